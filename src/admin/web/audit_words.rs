//! The history in the reader's language. Each line of the audit log is written once, in
//! the English words of the log itself (the command line reads the same lines); shown on
//! the history page, every action, subject and before/after value the area writes becomes
//! the page's language, with names (event and post titles, chapter names, languages,
//! countries, roles, statuses) where the line holds slugs and codes. Text this version
//! does not know (written by an older or newer one) is shown as it was written.

use crate::admin::Role;
use crate::content::SiteContent;
use crate::domain::Lang;
use crate::i18n::Translator;
use crate::registration::{MailKind, Status};
use crate::storage::AuditEntry;

/// Every action written to the log (by the area and the command line), with its message.
pub const ACTIONS: &[(&str, &str)] = &[
    ("added a person", "audit-action-person-added"),
    ("approved a signature", "audit-action-signature-approved"),
    (
        "cancelled a registration",
        "audit-action-registration-cancelled",
    ),
    ("changed a role", "audit-action-role-changed"),
    ("changed an event", "audit-action-event-changed"),
    ("changed the live segment", "audit-action-segment-changed"),
    ("changed the site settings", "audit-action-settings-changed"),
    (
        "changed who may send mail",
        "audit-action-mail-right-changed",
    ),
    ("closed a poll", "audit-action-poll-closed"),
    (
        "confirmed a registration",
        "audit-action-registration-confirmed",
    ),
    ("created a chapter", "audit-action-chapter-created"),
    ("created a kind of post", "audit-action-kind-created"),
    ("created a post", "audit-action-post-created"),
    ("created an event", "audit-action-event-created"),
    ("deleted a post", "audit-action-post-deleted"),
    ("deleted an event", "audit-action-event-deleted"),
    ("deleted media", "audit-action-media-deleted"),
    ("disabled a person", "audit-action-person-disabled"),
    ("edited a content file", "audit-action-file-edited"),
    ("edited a post", "audit-action-post-edited"),
    ("edited a programme", "audit-action-programme-edited"),
    ("edited the speakers", "audit-action-speakers-edited"),
    ("enabled a person", "audit-action-person-enabled"),
    ("enabled two-step sign-in", "audit-action-totp-enabled"),
    ("erased a supporter", "audit-action-supporter-erased"),
    ("exported a poll's results", "audit-action-poll-exported"),
    ("exported attendance", "audit-action-attendance-exported"),
    (
        "exported registrations",
        "audit-action-registrations-exported",
    ),
    ("exported supporters", "audit-action-supporters-exported"),
    (
        "issued certificates of attendance",
        "audit-action-certificates-issued",
    ),
    ("made a password link", "audit-action-password-link"),
    (
        "moderated a hall question",
        "audit-action-question-moderated",
    ),
    ("opened a poll", "audit-action-poll-opened"),
    (
        "posted an announcement in the hall",
        "audit-action-announced",
    ),
    ("prepared a poll", "audit-action-poll-prepared"),
    ("published a post again", "audit-action-post-published"),
    ("published an event", "audit-action-event-published"),
    ("removed a signature", "audit-action-signature-removed"),
    ("resent a mail", "audit-action-mail-resent"),
    ("retried a failed job", "audit-action-job-retried"),
    ("revoked a personal link", "audit-action-link-revoked"),
    (
        "saved live captions as recording tracks",
        "audit-action-tracks-saved",
    ),
    ("sent a message", "audit-action-message-sent"),
    ("set password", "audit-action-password-set"),
    ("set the caption ingest token", "audit-action-caption-token"),
    ("signed out everywhere", "audit-action-signed-out"),
    ("translated a post", "audit-action-post-translated"),
    ("unpublished a post", "audit-action-post-unpublished"),
    ("unpublished an event", "audit-action-event-unpublished"),
    ("uploaded media", "audit-action-media-uploaded"),
    (
        "withdrew a hall announcement",
        "audit-action-announcement-withdrawn",
    ),
];

/// Whole values written as words, with their message.
const WORDS: &[(&str, &str)] = &[
    ("on", "audit-value-on"),
    ("off", "audit-value-off"),
    ("on the site", "audit-value-on-site"),
    ("off the site", "audit-value-off-site"),
    ("failed", "audit-value-failed"),
    ("waiting", "audit-value-waiting"),
    ("may send mail", "audit-value-may-send"),
    ("may not send mail", "audit-value-may-not-send"),
    ("the schedule", "audit-value-schedule"),
    ("published", "audit-value-published"),
    ("a draft", "audit-value-draft"),
    ("draft", "audit-value-draft"),
    ("unlimited", "audit-value-unlimited"),
    ("approve", "audit-value-approved"),
    ("hide", "audit-value-hidden"),
    ("answered", "audit-value-answered"),
    ("pin", "audit-value-pinned"),
    ("unpin", "audit-value-unpinned"),
];

/// Counted values (`"3 rows"`): the English noun and the message taking `$count`.
const COUNTS: &[(&str, &str)] = &[
    ("rows", "audit-value-rows"),
    ("votes", "audit-value-votes"),
    ("segments", "audit-value-segments"),
    ("speakers", "audit-value-speakers"),
    ("lines", "audit-value-lines"),
    ("recipients", "audit-value-recipients"),
    ("characters", "audit-value-characters"),
];

/// Labelled parts (`"places 500"`): the English label and the message taking `$value`.
const LABELLED: &[(&str, &str)] = &[
    ("places ", "audit-value-places"),
    ("starts ", "audit-value-starts"),
    ("registration ", "audit-value-registration"),
    ("contact ", "audit-value-contact"),
    ("hashtags ", "audit-value-hashtags"),
    ("hijri ", "audit-value-hijri"),
    ("embeds ", "audit-value-embeds"),
    ("a draft starting ", "audit-value-draft-starting"),
    ("scheduled for ", "audit-value-scheduled"),
    ("copy of mail ", "audit-value-mail-copy"),
];

/// An audit line as shown.
pub struct ShownEntry {
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Renders one line of the log in `tr`'s language.
pub fn shown(tr: Translator<'_>, content: &SiteContent, entry: &AuditEntry) -> ShownEntry {
    let words = Words { tr, content };
    ShownEntry {
        actor: if entry.actor == "command line" {
            tr.t("audit-actor-command-line")
        } else {
            entry.actor.clone()
        },
        action: words.action(&entry.action),
        subject: words.subject(&entry.subject),
        before: entry.before.as_deref().map(|v| words.value(v)),
        after: entry.after.as_deref().map(|v| words.value(v)),
    }
}

struct Words<'a> {
    tr: Translator<'a>,
    content: &'a SiteContent,
}

impl Words<'_> {
    fn action(&self, action: &str) -> String {
        if let Some((_, id)) = ACTIONS.iter().find(|(en, _)| *en == action) {
            return self.tr.t(id);
        }
        if let Some(source) = action.strip_prefix("created an event, copied from ") {
            return self
                .tr
                .t_with("audit-action-event-copied", "event", &self.name(source));
        }
        if let Some(role) = action.strip_prefix("added a person as ") {
            return self
                .tr
                .t_with("audit-action-person-added-as", "role", &self.role(role));
        }
        action.to_owned()
    }

    fn subject(&self, subject: &str) -> String {
        let tr = self.tr;
        match subject {
            "site" => return tr.t("audit-subject-site"),
            "supporters" => return tr.t("audit-subject-supporters"),
            _ => {}
        }
        for thing in ["registration", "signature", "supporter", "job"] {
            if let Some(id) = numbered(subject, thing) {
                return tr.t_with(&format!("audit-subject-{thing}"), "id", id);
            }
        }
        for thing in ["poll", "question", "announcement"] {
            if let Some((id, event)) = subject
                .strip_prefix(thing)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.split_once(" of "))
                .filter(|(id, _)| id.parse::<i64>().is_ok())
            {
                return tr.t_args(
                    &format!("audit-subject-{thing}"),
                    &[("id", id), ("event", &self.name(event))],
                );
            }
        }
        // A post's version: "slug (lang)".
        if let Some((slug, lang)) = subject
            .strip_suffix(')')
            .and_then(|s| s.rsplit_once(" ("))
            .and_then(|(slug, lang)| Some((slug, lang.parse::<Lang>().ok()?)))
        {
            return tr.t_args(
                "audit-subject-post-version",
                &[
                    ("post", &self.name(slug)),
                    ("language", &tr.t(&format!("lang-{lang}"))),
                ],
            );
        }
        self.name(subject)
    }

    /// The title or name of the event, post, chapter or kind of post called `slug`
    /// (else `slug` itself: an e-mail address, a media path, something since deleted).
    fn name(&self, slug: &str) -> String {
        let lang = self.tr.lang();
        let c = self.content;
        if let Some(e) = c.events.iter().find(|e| e.slug.as_str() == slug) {
            return super::event_title(e, lang);
        }
        if let Some(p) = c.posts.iter().find(|p| p.slug.as_str() == slug) {
            return super::post_title(p, lang);
        }
        if let Some(ch) = c.chapters.iter().find(|ch| ch.slug.as_str() == slug) {
            return in_lang(&ch.name, lang).unwrap_or(slug).to_owned();
        }
        if let Some(k) = c.post_kinds.iter().find(|k| k.slug.as_str() == slug) {
            return in_lang(&k.name, lang).unwrap_or(slug).to_owned();
        }
        slug.to_owned()
    }

    /// A role as written ("editor", "chapter-editor (lebanon)").
    fn role(&self, text: &str) -> String {
        let (role, chapter) = match text.strip_suffix(')').and_then(|t| t.split_once(" (")) {
            Some((role, chapter)) => (role, Some(chapter)),
            None => (text, None),
        };
        let Some(role) = Role::parse(role) else {
            return text.to_owned();
        };
        let name = self.tr.t(&format!("admin-role-{}", role.as_str()));
        match chapter {
            Some(chapter) => self.tr.t_args(
                "audit-value-role-of",
                &[("role", &name), ("chapter", &self.name(chapter))],
            ),
            None => name,
        }
    }

    /// A before or after value: parts joined by "; ", each translated when known.
    fn value(&self, value: &str) -> String {
        if value.starts_with(['{', '[']) {
            // Data (what a deletion removed, an announcement's texts): shown as stored.
            return value.to_owned();
        }
        value
            .split("; ")
            .map(|part| self.part(part))
            .collect::<Vec<_>>()
            .join(&self.tr.t("audit-separator"))
    }

    fn part(&self, part: &str) -> String {
        let tr = self.tr;
        if let Some((_, id)) = WORDS.iter().find(|(en, _)| *en == part) {
            return tr.t(id);
        }
        // A registration's status; older lines hold the outcome's debug form.
        let debug = part.split_once(" {").map(|(s, _)| s.to_lowercase());
        if let Some(s) = Status::parse(part).or_else(|| debug.as_deref().and_then(Status::parse)) {
            return tr.t(&format!("admin-status-{}", s.as_str()));
        }
        if Role::parse(part.split(" (").next().unwrap_or_default()).is_some() {
            return self.role(part);
        }
        if let Some(role) = part.strip_prefix("role ") {
            return tr.t_with("audit-value-role", "role", &self.role(role));
        }
        if let Some(date) = part.strip_suffix(", draft") {
            return tr.t_with("audit-value-date-draft", "date", date);
        }
        if let Some(rest) = part.strip_prefix("this version ") {
            return tr.t_with("audit-value-this-version", "state", &self.part(rest));
        }
        if let Some((count, rest)) = part.split_once(' ')
            && count.parse::<i64>().is_ok()
        {
            if let Some((_, id)) = COUNTS.iter().find(|(noun, _)| *noun == rest) {
                return tr.t_with(id, "count", count);
            }
            if let Some(minutes) = rest
                .strip_prefix("certificates, at least ")
                .and_then(|m| m.strip_suffix(" minutes"))
            {
                return tr.t_args(
                    "audit-value-certificates",
                    &[("count", count), ("minutes", minutes)],
                );
            }
        }
        for (label, id) in LABELLED {
            if let Some(rest) = part.strip_prefix(label) {
                let rest = match *id {
                    "audit-value-mail-copy" => MailKind::parse(rest)
                        .map(|k| tr.t(&format!("admin-mail-kind-{}", k.as_str())))
                        .unwrap_or_else(|| rest.to_owned()),
                    "audit-value-places" => self.part(rest),
                    _ => rest.to_owned(),
                };
                return tr.t_with(id, "value", &rest);
            }
        }
        // An upload: "name (123 bytes)".
        if let Some((name, bytes)) = part
            .strip_suffix(" bytes)")
            .and_then(|p| p.rsplit_once(" ("))
            .filter(|(_, b)| b.parse::<u64>().is_ok())
        {
            return tr.t_args("audit-value-upload", &[("name", name), ("bytes", bytes)]);
        }
        // A post's text: "\"Title\", 1234 characters".
        if let Some((title, count)) = part
            .strip_suffix(" characters")
            .and_then(|p| p.rsplit_once(", "))
            .filter(|(t, c)| t.starts_with('"') && c.parse::<i64>().is_ok())
        {
            return tr.t_args(
                "audit-value-text",
                &[("title", title.trim_matches('"')), ("count", count)],
            );
        }
        // A new post: "kind \"Title\" in lang, published".
        if let Some((head, state)) = part.rsplit_once(", ")
            && let Some((kind, rest)) = head.split_once(" \"")
            && let Some((title, lang)) = rest.rsplit_once("\" in ")
            && let Ok(lang) = lang.parse::<Lang>()
        {
            return tr.t_args(
                "audit-value-new-post",
                &[
                    ("kind", &self.name(kind)),
                    ("title", title),
                    ("language", &tr.t(&format!("lang-{lang}"))),
                    ("state", &self.part(state)),
                ],
            );
        }
        // A new kind of post: "slug: Name, signable".
        if let Some(head) = part.strip_suffix(", signable") {
            return tr.t_with("audit-value-signable", "kind", head);
        }
        part.to_owned()
    }
}

/// `"registration 12"` → `"12"`.
fn numbered<'a>(subject: &'a str, thing: &str) -> Option<&'a str> {
    subject
        .strip_prefix(thing)
        .and_then(|rest| rest.strip_prefix(' '))
        .filter(|id| id.parse::<i64>().is_ok())
}

fn in_lang<'a>(
    names: &'a std::collections::BTreeMap<Lang, String>,
    lang: &Lang,
) -> Option<&'a str> {
    names
        .get(lang)
        .or_else(|| names.values().next())
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn every_action_has_its_words_in_every_language() {
        let catalog = Catalog::load().expect("catalog");
        for lang in ["en", "ar", "ur", "tr", "id", "fr"] {
            let lang: Lang = lang.parse().expect("tag");
            let tr = catalog.translator(&lang);
            for (english, id) in ACTIONS {
                let shown = tr.t(id);
                assert_ne!(shown, *id, "{id} missing in {lang}");
                if lang.as_str() == "en" {
                    assert_eq!(shown, *english, "{id}");
                } else {
                    assert_ne!(shown, *english, "{id} untranslated in {lang}");
                }
            }
        }
    }
}
