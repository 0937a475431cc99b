//! What mail servers and attendees see: every registration mail, snapshot-tested in English
//! and Arabic with the volatile parts (tokens, dates of sending) redacted.

use crate::helpers::{demo_content, test_now};
use convene::i18n::Catalog;
use convene::mail::{MailInputs, compose};
use convene::registration::{LinkKey, MailKind, Registration, Status};
use convene::storage::LinkNonces;

fn registration(lang: &str, status: Status) -> Registration {
    Registration {
        id: 7,
        event: "water-for-every-home-2026".parse().expect("slug"),
        email: "amina@example.org".parse().expect("email"),
        name: "Amina Qureshi".to_owned(),
        country: "PK".to_owned(),
        lang: lang.to_owned(),
        time_zone: "Asia/Karachi".to_owned(),
        status,
        created_at: test_now(),
        confirmed_at: Some(test_now()),
        waitlist_position: Some(12),
        offer_expires_at: Some(test_now() + jiff::SignedDuration::from_hours(48)),
    }
}

#[test]
fn every_registration_mail_in_english_and_arabic() {
    let (content, _) = demo_content();
    let event = content
        .events
        .iter()
        .find(|e| e.slug.as_str() == "water-for-every-home-2026")
        .expect("event");
    let catalog = Catalog::load().expect("strings");
    let key = LinkKey::new(vec![7; 32]).expect("key");
    let nonces = LinkNonces {
        confirm: Some("0123456789abcdef0123456789abcdef".to_owned()),
        confirm_expires_at: Some(test_now() + jiff::SignedDuration::from_hours(72)),
        access: "fedcba9876543210fedcba9876543210".to_owned(),
    };
    let kinds = [
        MailKind::Confirm,
        MailKind::Confirmed,
        MailKind::Waitlisted,
        MailKind::Offer,
        MailKind::Cancelled,
        MailKind::Expired,
        MailKind::AlreadyRegistered,
        MailKind::Reminder,
    ];
    for lang in ["en", "ar"] {
        for kind in kinds {
            let reg = registration(lang, Status::Confirmed);
            let mail = compose(&MailInputs {
                kind,
                registration: &reg,
                nonces: &nonces,
                event,
                settings: &content.settings,
                catalog: &catalog,
                key: &key,
                public_url: "https://convene.example",
                now: test_now(),
            })
            .expect("compose");
            let shown = format!(
                "Subject: {}\n\n--- text ---\n{}\n--- html ---\n{}\n--- ics ---\n{}",
                mail.subject,
                mail.text,
                mail.html,
                mail.ics.as_ref().map_or("(none)", |c| c.text.as_str())
            );
            insta::with_settings!({
                snapshot_suffix => format!("{}-{lang}", kind.as_str()),
                filters => vec![(r"\b7\.[0-9a-f]{32}\.[0-9a-f]{32}\b", "[link token]")],
            }, {
                insta::assert_snapshot!(shown);
            });
        }
    }
}

#[test]
fn both_signature_mails_in_english_and_urdu() {
    use convene::letters::{Signature, SignatureMail, SignatureNonces, SignatureStatus};
    use convene::mail::{SignatureMailInputs, compose_signature};
    let (content, _) = demo_content();
    let letter = content
        .posts
        .iter()
        .find(|p| p.slug.as_str() == "open-letter-water-ministers")
        .expect("letter");
    let catalog = Catalog::load().expect("strings");
    let key = LinkKey::new(vec![7; 32]).expect("key");
    let nonces = SignatureNonces {
        confirm: Some("0123456789abcdef0123456789abcdef".to_owned()),
        access: "fedcba9876543210fedcba9876543210".to_owned(),
    };
    for lang in ["en", "ur"] {
        let signature = Signature {
            id: 7,
            post: letter.slug.clone(),
            email: "salma@example.org".parse().expect("email"),
            name: "Salma Ben Ali".to_owned(),
            country: "TN".parse().expect("country"),
            organisation: None,
            show_name: true,
            lang: lang.parse().expect("lang"),
            status: SignatureStatus::Pending,
            created_at: test_now(),
            confirmed_at: None,
            flagged: false,
        };
        for kind in [SignatureMail::Confirm, SignatureMail::Confirmed] {
            let mail = compose_signature(&SignatureMailInputs {
                kind,
                signature: &signature,
                nonces: &nonces,
                letter,
                settings: &content.settings,
                catalog: &catalog,
                key: &key,
                public_url: "https://convene.example",
            })
            .expect("compose");
            assert!(mail.ics.is_none());
            let shown = format!(
                "Subject: {}\n\n--- text ---\n{}\n--- html ---\n{}",
                mail.subject, mail.text, mail.html
            );
            insta::with_settings!({
                snapshot_suffix => format!("{}-{lang}", kind.as_str()),
                filters => vec![(r"\b7\.[0-9a-f]{32}\.[0-9a-f]{32}\b", "[link token]")],
            }, {
                insta::assert_snapshot!(shown);
            });
        }
    }
}
