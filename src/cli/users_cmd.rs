//! `convene user add|reset-password`: the first owner (no account ships with Convene) and
//! a way back in when a password is lost.

use super::UserAction;
use crate::admin::{Role, session};
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::{EmailAddress, Slug};
use crate::storage::{AuditEntry, Database};
use jiff::SignedDuration;

/// How long the printed link works.
const LINK_LIFETIME: SignedDuration = SignedDuration::from_hours(72);

pub async fn run(config: &Config, action: UserAction) -> anyhow::Result<()> {
    let db = Database::connect(&config.database_url()).await?;
    let now = Clock::configured(config.clock_start).now();
    let base = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.listen));
    let base = base.trim_end_matches('/');
    let (user, action_name) =
        match action {
            UserAction::Add {
                email,
                role,
                chapter,
                name,
                ..
            } => {
                let email: EmailAddress = email
                    .parse()
                    .map_err(|e| anyhow::anyhow!("{email:?} is not an e-mail address: {e}"))?;
                let role = Role::parse(&role).ok_or_else(|| {
                    anyhow::anyhow!("--role must be owner, editor, chapter-editor or moderator")
                })?;
                let chapter: Option<Slug> = match (role, chapter) {
                    (Role::ChapterEditor, Some(c)) => Some(
                        c.parse()
                            .map_err(|e| anyhow::anyhow!("--chapter {c:?}: {e}"))?,
                    ),
                    (Role::ChapterEditor, None) => {
                        anyhow::bail!("a chapter editor needs --chapter SLUG (see chapters.toml)")
                    }
                    (_, Some(_)) => anyhow::bail!("--chapter is only for --role chapter-editor"),
                    (_, None) => None,
                };
                let name = name.unwrap_or_else(|| email.as_str().to_owned());
                let user = db
                .create_user(email.as_str(), &name, role, chapter.as_ref().map(Slug::as_str), now)
                .await?
                .ok_or_else(|| {
                    let email = email.as_str();
                    anyhow::anyhow!(
                        "{email} already has an account; use `convene user reset-password {email}`"
                    )
                })?;
                (user, format!("added a person as {role}"))
            }
            UserAction::ResetPassword { email, .. } => {
                let account = db
                    .credentials(&email)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("no account for {email}"))?;
                (account.user, "made a password link".to_owned())
            }
        };
    let (token, hash) = session::new_token();
    db.create_password_link(&hash, user.id, now + LINK_LIFETIME)
        .await?;
    db.audit(
        None,
        &AuditEntry {
            at: now,
            actor: "command line".into(),
            action: action_name,
            subject: user.email.clone(),
            before: None,
            after: Some(user.role.to_string()),
        },
    )
    .await?;
    db.close().await;
    println!(
        "{} ({}) can set a password within 72 hours at:\n{base}/admin/password/{token}\n\
         The link works once. Hand it over privately; it is not stored anywhere.",
        user.email, user.role
    );
    Ok(())
}
