//! `GET/POST /{lang}/events/{slug}/register`: the registration form.

pub use super::form_check::RegisterForm;
use super::form_check::{closed_message, validate, zone_choices};
use super::form_guard::{self, Submission, Verdict, form_page};
use crate::content::{Event, SiteContent, SiteSettings};
use crate::domain::{Lang, Slug, ZoneName};
use crate::error::WebError;
use crate::registration::new_nonce;
use crate::site::embed::Framing;
use crate::site::forms::{Choice, FieldError, country_choices};
use crate::site::{Chrome, ClientAddr, site_lang};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Extension, Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use std::sync::Arc;

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

/// `GET /{lang}/events/{slug}/register`: the empty form; under `/{lang}/embed/` the same
/// form, to be framed (the route says which, by its [`Framing`]).
pub async fn show(
    Extension(framing): Extension<Framing>,
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
        framing,
        &loaded,
        &headers,
        form,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn render_form(
    state: &AppState,
    framing: Framing,
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
    let text = event.shown_text(lang, &settings.default_language, now);
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
    let (csrf_token, csrf_cookie) = framing.token(state, headers, &form_id(event));
    let prefix = framing.prefix();
    let chrome = Chrome::new(
        state,
        settings,
        lang,
        &format!("{prefix}events/{}/register", event.slug),
        tr.t_with("register-heading", "event", &title),
        text.map(|t| t.summary.clone()).unwrap_or_default(),
    )
    .embedded(framing.is_embed());
    let page = RegisterPage {
        heading: tr.t_with("register-heading", "event", &title),
        event_href: format!("/{lang}/events/{}", event.slug),
        action: format!("/{lang}/{prefix}events/{}/register", event.slug),
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
    Ok(form_page(
        framing,
        settings,
        status,
        page.render()?,
        csrf_cookie,
    ))
}

/// What an embedded form's token is tied to.
fn form_id(event: &Event) -> String {
    format!("register/{}", event.slug)
}

/// `POST`: checks, stores, and sends everyone to the same "check your mail" page.
pub async fn submit(
    Extension(framing): Extension<Framing>,
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
        "/{}/{}events/{}/register/sent",
        loaded.lang,
        framing.prefix(),
        loaded.event().slug
    ))
    .into_response();
    let submission = Submission {
        framing,
        form_id: &form_id(loaded.event()),
        csrf: &form.csrf,
        honeypot: &form.website,
    };
    match form_guard::check(&state, &headers, client, now, tr, submission).await? {
        Verdict::Pass => {}
        Verdict::Bot => return Ok(framing.finish(loaded.settings(), super::private(sent))),
        Verdict::Refused(refusal) => {
            let response = render_form(
                &state,
                framing,
                &loaded,
                &headers,
                form,
                Vec::new(),
                Some(refusal.banner.clone()),
                refusal.status,
            )
            .await?;
            return Ok(refusal.finish(response));
        }
    }
    if !loaded.event().registration_open(now) {
        return render_form(
            &state,
            framing,
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
                framing,
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
    Ok(framing.finish(loaded.settings(), super::private(sent)))
}

/// `GET …/register/sent`.
pub async fn sent(
    Extension(framing): Extension<Framing>,
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let loaded = load(&state, &lang, &slug).await?;
    let (settings, lang, event) = (loaded.settings(), &loaded.lang, loaded.event());
    let tr = state.catalog.translator(lang);
    let title = event
        .shown_text(lang, &settings.default_language, state.clock.now())
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let chrome = Chrome::new(
        &state,
        settings,
        lang,
        &format!("{}events/{}/register/sent", framing.prefix(), event.slug),
        tr.t("register-sent-heading"),
        String::new(),
    )
    .embedded(framing.is_embed());
    let page = SentPage {
        heading: tr.t("register-sent-heading"),
        text: tr.t("register-sent-text"),
        event_href: format!("/{lang}/events/{}", event.slug),
        event_title: title,
        chrome,
    };
    Ok(framing.finish(
        settings,
        super::private(Html(page.render()?).into_response()),
    ))
}
