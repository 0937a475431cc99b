//! Who a mail is from: the organisation, named as the content names it in the recipient's
//! language, on the configured sending address (`mail_from`, the one its domain's SPF and
//! DKIM cover); replies go to the site's contact address.

use crate::content::SiteSettings;
use crate::domain::Lang;
use lettre::message::Mailbox;

/// The From and Reply-To of a mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sender {
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
}

impl Sender {
    /// The sender of mail in `lang` for a site with `settings`, sent from `mail_from`.
    /// Without content (password resets before an import) it is `mail_from` as configured.
    pub fn new(
        mail_from: &str,
        settings: Option<&SiteSettings>,
        lang: &Lang,
    ) -> anyhow::Result<Self> {
        let configured: Mailbox = mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail_from {mail_from:?} is not an address: {e}"))?;
        let Some(settings) = settings else {
            return Ok(Self {
                from: configured,
                reply_to: None,
            });
        };
        let organiser = settings.text(lang).organiser.trim();
        let name = if organiser.is_empty() {
            configured.name.clone()
        } else {
            Some(organiser.to_owned())
        };
        let reply_to = settings
            .contact_email
            .as_str()
            .parse()
            .ok()
            .filter(|contact| *contact != configured.email)
            .map(|contact| Mailbox::new(None, contact));
        Ok(Self {
            from: Mailbox::new(name, configured.email),
            reply_to,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SiteSettings {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/demo");
        crate::content::read_dir(&demo, &mut |_, _, _| {})
            .expect("demo content")
            .content
            .settings
    }

    #[test]
    fn mail_is_from_the_organisation_in_the_recipients_language() {
        let settings = settings();
        let ar: Lang = "ar".parse().expect("lang");
        let sender = Sender::new("Convene <noreply@conference.example>", Some(&settings), &ar)
            .expect("sender");
        assert_eq!(
            sender.from.name.as_deref(),
            Some(settings.text(&ar).organiser.as_str())
        );
        assert_eq!(sender.from.email.to_string(), "noreply@conference.example");
        assert_eq!(
            sender.reply_to.map(|r| r.email.to_string()),
            Some(settings.contact_email.as_str().to_owned())
        );
    }

    #[test]
    fn without_content_the_configured_sender_stays() {
        let en: Lang = "en".parse().expect("lang");
        let sender =
            Sender::new("Convene <noreply@conference.example>", None, &en).expect("sender");
        assert_eq!(sender.from.name.as_deref(), Some("Convene"));
        assert_eq!(sender.reply_to, None);
        assert!(Sender::new("not an address", None, &en).is_err());
    }
}
