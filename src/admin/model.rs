//! Who may do what in the organisers' area: roles, permissions, the signed-in person.

use crate::domain::Slug;

/// What a person is in the organisers' area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Everything, including the people who have accounts.
    Owner,
    /// All content.
    Editor,
    /// The posts of one chapter.
    ChapterEditor,
    /// Hall questions and letter signatures.
    Moderator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Owner,
        Role::Editor,
        Role::ChapterEditor,
        Role::Moderator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::ChapterEditor => "chapter-editor",
            Role::Moderator => "moderator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether this role must use a second factor when the site requires it.
    pub fn needs_second_factor(self) -> bool {
        matches!(self, Role::Owner | Role::Moderator)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person with an account.
#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The chapter of a chapter editor.
    pub chapter: Option<Slug>,
    pub has_password: bool,
    pub totp_enabled: bool,
    pub disabled: bool,
    /// An editor given the right to send mail to people (owners always may).
    pub may_send_mail: bool,
}

impl User {
    /// Whether this person may use `permission` (see [`allows`]); sending mail to people
    /// also needs the account's own grant for an editor.
    pub fn may(&self, permission: Permission) -> bool {
        match permission {
            Permission::SendMail => {
                self.role == Role::Owner || (self.role == Role::Editor && self.may_send_mail)
            }
            _ => allows(self.role, self.chapter.as_ref(), permission, None),
        }
    }
}

/// What a route needs. Every route of the organisers' area names one (see `routes.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Any signed-in person: the dashboard, their own account.
    SignedIn,
    /// Reading and editing posts; for a chapter editor only their chapter's.
    EditPosts,
    /// Site settings, events, every chapter's posts.
    EditSite,
    /// Registrations, the waitlist, the mail queue.
    ManageRegistrations,
    /// Letter signatures (and, later, hall questions).
    Moderate,
    /// Accounts and the audit log.
    ManageUsers,
    /// Mail to registrants and signatories: owners, and editors given it ([`User::may`]).
    SendMail,
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Permission::SignedIn,
        Permission::EditPosts,
        Permission::EditSite,
        Permission::ManageRegistrations,
        Permission::Moderate,
        Permission::ManageUsers,
        Permission::SendMail,
    ];
}

/// Whether `role` (of `chapter`, for a chapter editor) may use `permission` on an object
/// belonging to `object_chapter` (`None`: not a chapter's, or no object yet).
pub fn allows(
    role: Role,
    own_chapter: Option<&Slug>,
    permission: Permission,
    object_chapter: Option<Option<&Slug>>,
) -> bool {
    use Permission::*;
    match (role, permission) {
        (_, SignedIn) => true,
        (Role::Owner, _) => true,
        (Role::Editor, EditPosts | EditSite | ManageRegistrations) => true,
        (Role::ChapterEditor, EditPosts) => match object_chapter {
            // The list of posts: they see their own chapter's.
            None => true,
            // A post: only one of their chapter (not the central office's).
            Some(chapter) => own_chapter.is_some() && chapter == own_chapter,
        },
        (Role::Moderator, Moderate) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn a_chapter_editor_reaches_only_their_chapters_posts() {
        let lebanon: Slug = "lebanon".parse().expect("slug");
        let tunisia: Slug = "tunisia".parse().expect("slug");
        let role = Role::ChapterEditor;
        let own = Some(&lebanon);
        assert!(allows(role, own, Permission::EditPosts, None));
        assert!(allows(
            role,
            own,
            Permission::EditPosts,
            Some(Some(&lebanon))
        ));
        assert!(!allows(
            role,
            own,
            Permission::EditPosts,
            Some(Some(&tunisia))
        ));
        assert!(!allows(role, own, Permission::EditPosts, Some(None)));
        assert!(!allows(role, own, Permission::EditSite, None));
        assert!(!allows(role, None, Permission::EditPosts, Some(None)));
    }
}
