//! The registration form as typed and what it checks: the typed fields into a sign-up, and
//! the words for a form that is closed; with the zone choices it offers.

use crate::content::{Event, SiteSettings};
use crate::domain::{Lang, ZoneName};
use crate::i18n::Translator;
use crate::registration::NewRegistration;
use crate::site::forms::{Choice, FieldError};
use serde::Deserialize;

/// The submitted form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    pub(super) name: String,
    #[serde(default)]
    pub(super) email: String,
    #[serde(default)]
    pub(super) country: String,
    #[serde(default)]
    pub(super) lang: String,
    #[serde(default)]
    pub(super) tz: String,
    pub(super) attest: Option<String>,
    pub(super) consent: Option<String>,
    /// "Also keep me informed" (unticked unless the person ticks it).
    pub(super) keep_informed: Option<String>,
    /// The honeypot: hidden from people, filled in by naive bots.
    #[serde(default)]
    pub(super) website: String,
    #[serde(default)]
    pub(super) csrf: String,
}

pub(super) fn closed_message(
    event: &Event,
    now: jiff::Timestamp,
    tr: Translator<'_>,
    f: &crate::i18n::Formats,
) -> String {
    let local = |t: jiff::Timestamp| {
        let z = t.to_zoned_datetime(event.reference_zone.zone().clone());
        format!("{} {}", f.gregorian_date(z.date()), f.time(z.time()))
    };
    match event.registration_opens_at {
        Some(opens) if now < opens => tr.t_with("register-not-open", "opens", &local(opens)),
        _ => tr.t("register-closed"),
    }
}

/// Every zone of the bundled database, the visitor's selected (else the event's reference
/// zone, which the page script replaces with the browser's zone when it runs).
pub(super) fn zone_choices(event: &Event, selected: &str, f: &crate::i18n::Formats) -> Vec<Choice> {
    let selected = if selected.is_empty() {
        event.reference_zone.as_str()
    } else {
        selected
    };
    crate::site::forms::zone_choices(selected, f, event.starts_at)
}

/// Turns the typed form into a sign-up, or says what to correct.
pub(super) fn validate(
    form: &RegisterForm,
    event: &Event,
    settings: &SiteSettings,
    tr: Translator<'_>,
) -> Result<NewRegistration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let person = super::form_guard::person(&form.name, &form.email, &form.country, tr, &mut errors);
    let lang = form
        .lang
        .parse::<Lang>()
        .ok()
        .filter(|l| settings.offers(l))
        .unwrap_or_else(|| settings.default_language.clone());
    let time_zone = form
        .tz
        .parse::<ZoneName>()
        .unwrap_or_else(|_| event.reference_zone.clone());
    let attestation_required = event
        .texts
        .values()
        .any(|t| !t.attestation.trim().is_empty());
    if attestation_required && form.attest.is_none() {
        errors.push(FieldError {
            field: "attest",
            message: tr.t("register-error-attestation"),
        });
    }
    if form.consent.is_none() {
        errors.push(FieldError {
            field: "consent",
            message: tr.t("register-error-consent"),
        });
    }
    match person {
        Some((name, email, country)) if errors.is_empty() => Ok(NewRegistration {
            event: event.slug.clone(),
            email,
            name,
            country,
            lang,
            time_zone,
        }),
        _ => Err(errors),
    }
}
