//! `GET/POST /{lang}/events/{slug}/register`: the registration form.

use crate::content::{Event, SiteContent, SiteSettings};
use crate::domain::{CountryCode, EmailAddress, Lang, Slug, ZoneName};
use crate::error::WebError;
use crate::i18n::Translator;
use crate::registration::{NewRegistration, PersonName, new_nonce};
use crate::site::forms::{Choice, FieldError, country_choices, parse_field};
use crate::site::{Chrome, ClientAddr, csrf, network_key, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;
use std::sync::Arc;

/// The submitted form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    tz: String,
    attest: Option<String>,
    consent: Option<String>,
    /// "Also keep me informed" (unticked unless the person ticks it).
    keep_informed: Option<String>,
    /// The honeypot: hidden from people, filled in by naive bots.
    #[serde(default)]
    website: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    event_href: String,
    action: String,
    /// Why the form is not shown (closed, not yet open), if so.
    closed: Option<String>,
    places: Option<String>,
    eligibility: String,
    attestation: String,
    form: RegisterForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    csrf: String,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    zones: Vec<Choice>,
    /// No zone known for the visitor (no `?tz=`, no cookie, nothing typed): the page script
    /// may preselect the browser's zone.
    zone_from_browser: bool,
}

impl RegisterPage<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[derive(Template)]
#[template(path = "register_sent.html")]
pub(crate) struct SentPage<'a> {
    pub chrome: Chrome<'a>,
    pub heading: String,
    pub text: String,
    pub event_href: String,
    pub event_title: String,
}

/// The content a form request works with, from the in-memory snapshot (no database read:
/// sign-up bursts are what this form meets).
struct Loaded {
    content: Arc<SiteContent>,
    lang: Lang,
    event_at: usize,
}

impl Loaded {
    fn settings(&self) -> &SiteSettings {
        &self.content.settings
    }

    fn event(&self) -> &Event {
        &self.content.events[self.event_at]
    }
}

async fn load(state: &AppState, lang: &str, slug: &str) -> Result<Loaded, WebError> {
    let content = state.content().await?;
    let lang = site_lang(&content.settings, lang)?;
    let slug: Slug = slug.parse().map_err(|_| WebError::NotFound)?;
    // Registration is for events visitors can see.
    let event_at = content
        .events
        .iter()
        .position(|e| e.slug == slug && e.is_public())
        .ok_or(WebError::NotFound)?;
    Ok(Loaded {
        content,
        lang,
        event_at,
    })
}

/// `GET`: the empty form.
pub async fn show(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(query): Query<crate::site::PageQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let loaded = load(&state, &lang, &slug).await?;
    // The page's zone: `?tz=` (from the event page's zone form), else the cookie; a value
    // that is not a zone is ignored here (the select cannot show it).
    let zone = query
        .tz
        .as_deref()
        .filter(|tz| tz.parse::<ZoneName>().is_ok())
        .or_else(|| crate::site::request::cookie(&headers, crate::site::ZONE_COOKIE))
        .unwrap_or_default()
        .to_owned();
    let form = RegisterForm {
        lang: loaded.lang.to_string(),
        tz: zone,
        ..RegisterForm::default()
    };
    render_form(
        &state,
        &loaded,
        &headers,
        form,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn render_form(
    state: &AppState,
    loaded: &Loaded,
    headers: &HeaderMap,
    form: RegisterForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let (settings, lang, event) = (loaded.settings(), &loaded.lang, loaded.event());
    let tr = state.catalog.translator(lang);
    let now = state.clock.now();
    let text = event
        .text(lang)
        .or_else(|| event.text(&settings.default_language));
    let title = text.map(|t| t.title.clone()).unwrap_or_default();
    let formats = crate::i18n::Formats::new(lang, settings.digits_for(lang), settings.hijri)?;
    let places = state.db.places(&event.slug).await?;
    let places = places.left().map(|left| {
        if left == 0 {
            tr.t("places-full")
        } else {
            tr.t_count("places-left", left, &formats.number(left))
        }
    });
    let closed = (!event.registration_open(now)).then(|| closed_message(event, now, tr, &formats));
    let (csrf_token, csrf_cookie) = csrf::form_token(state, headers);
    let chrome = Chrome::new(
        state,
        settings,
        lang,
        &format!("events/{}/register", event.slug),
        tr.t_with("register-heading", "event", &title),
        text.map(|t| t.summary.clone()).unwrap_or_default(),
    );
    let page = RegisterPage {
        heading: tr.t_with("register-heading", "event", &title),
        event_href: format!("/{lang}/events/{}", event.slug),
        action: format!("/{lang}/events/{}/register", event.slug),
        closed,
        places,
        eligibility: text.map(|t| t.eligibility.clone()).unwrap_or_default(),
        attestation: text.map(|t| t.attestation.clone()).unwrap_or_default(),
        countries: country_choices(tr, &form.country),
        languages: settings
            .languages
            .iter()
            .map(|l| Choice {
                value: l.to_string(),
                label: state.catalog.text(l.as_str(), "language-name-self", None),
                selected: l.as_str() == form.lang,
            })
            .collect(),
        zones: zone_choices(event, &form.tz, &formats),
        zone_from_browser: form.tz.is_empty(),
        form,
        errors,
        banner,
        csrf: csrf_token,
        chrome,
    };
    let mut response = (status, Html(page.render()?)).into_response();
    if let Some(cookie) = csrf_cookie
        && let Ok(value) = cookie.parse()
    {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    Ok(super::private(response))
}

fn closed_message(
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
fn zone_choices(event: &Event, selected: &str, f: &crate::i18n::Formats) -> Vec<Choice> {
    let selected = if selected.is_empty() {
        event.reference_zone.as_str()
    } else {
        selected
    };
    crate::site::forms::zone_choices(selected, f, event.starts_at)
}

/// Turns the typed form into a sign-up, or says what to correct.
fn validate(
    form: &RegisterForm,
    event: &Event,
    settings: &SiteSettings,
    tr: Translator<'_>,
) -> Result<NewRegistration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name =
        parse_field::<PersonName>(&form.name, "name", "register-error-name", tr, &mut errors);
    let email = parse_field::<EmailAddress>(
        &form.email,
        "email",
        "register-error-email",
        tr,
        &mut errors,
    );
    let country = parse_field::<CountryCode>(
        &form.country,
        "country",
        "register-error-country",
        tr,
        &mut errors,
    );
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
    match (name, email, country) {
        (Some(name), Some(email), Some(country)) if errors.is_empty() => Ok(NewRegistration {
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

/// `POST`: checks, stores, and sends everyone to the same "check your mail" page.
pub async fn submit(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<RegisterForm>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &lang, &slug).await?;
    let tr = state.catalog.translator(&loaded.lang);
    let now = state.clock.now();
    let sent = Redirect::to(&format!(
        "/{}/events/{}/register/sent",
        loaded.lang,
        loaded.event().slug
    ))
    .into_response();
    if let Err(retry) = state
        .limits
        .forms_per_ip
        .hit(&network_key(client), now)
        .await?
    {
        let minutes = retry.minutes();
        let banner = tr.t_with("register-error-rate", "minutes", &minutes.to_string());
        let response = render_form(
            &state,
            &loaded,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await?;
        return Ok(retry.on(response));
    }
    if !csrf::verify(&state, &headers, &form.csrf) {
        let banner = tr.t("register-error-session");
        return render_form(
            &state,
            &loaded,
            &headers,
            form,
            Vec::new(),
            Some(banner),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    if !form.website.is_empty() {
        return Ok(super::private(sent));
    }
    if !loaded.event().registration_open(now) {
        return render_form(
            &state,
            &loaded,
            &headers,
            form,
            Vec::new(),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    }
    let new = match validate(&form, loaded.event(), loaded.settings(), tr) {
        Ok(new) => new,
        Err(errors) => {
            return render_form(
                &state,
                &loaded,
                &headers,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // Per-address limit: silently the same answer, so the limit reveals nothing either.
    if state
        .limits
        .signups_per_address
        .hit(&new.email.as_str().to_lowercase(), now)
        .await?
        .is_ok()
    {
        let supporter = form
            .keep_informed
            .is_some()
            .then(|| crate::supporters::NewSupporter {
                email: new.email.clone(),
                name: new.name.as_str().to_owned(),
                lang: new.lang.clone(),
                country: Some(new.country.clone()),
                source: crate::supporters::Source::Registration,
                consent_text: tr.t("supporters-keep-informed"),
            });
        let request = crate::registration::SignUpRequest {
            new,
            confirm_nonce: new_nonce(),
            access_nonce: new_nonce(),
            now,
        };
        state.signups.sign_up(request).await?;
        state.metrics.sign_up();
        if let Some(supporter) = supporter {
            crate::supporters::opt_in(&state, &supporter).await?;
        }
    }
    Ok(super::private(sent))
}

/// `GET …/register/sent`.
pub async fn sent(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &lang, &slug).await?;
    let (settings, lang, event) = (loaded.settings(), &loaded.lang, loaded.event());
    let tr = state.catalog.translator(lang);
    let title = event
        .text(lang)
        .or_else(|| event.text(&settings.default_language))
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let chrome = Chrome::new(
        &state,
        settings,
        lang,
        &format!("events/{}/register/sent", event.slug),
        tr.t("register-sent-heading"),
        String::new(),
    );
    let page = SentPage {
        heading: tr.t("register-sent-heading"),
        text: tr.t("register-sent-text"),
        event_href: format!("/{lang}/events/{}", event.slug),
        event_title: title,
        chrome,
    };
    Ok(super::private(Html(page.render()?).into_response()))
}
