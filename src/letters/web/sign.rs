//! The form that signs a letter, and the "check your mail" page after it.

use super::{Letter, letter};
use crate::error::WebError;
use crate::i18n::Translator;
use crate::letters::NewSignature;
use crate::registration::new_nonce;
use crate::registration::web::form::SentPage;
use crate::registration::web::form_guard::{self, Submission, Verdict, form_page};
use crate::registration::web::private;
use crate::site::embed::Framing;
use crate::site::forms::{Choice, FieldError, country_choices};
use crate::site::{Chrome, ClientAddr, network_key};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Extension, Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// The longest organisation name accepted.
const MAX_ORGANISATION: usize = 200;

/// The submitted form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct SignForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    organisation: String,
    show_name: Option<String>,
    consent: Option<String>,
    /// "Also keep me informed" (unticked unless the person ticks it).
    keep_informed: Option<String>,
    /// "Keep me informed about this letter" (unticked unless the person ticks it).
    letter_updates: Option<String>,
    /// The honeypot.
    #[serde(default)]
    website: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "sign.html")]
struct SignPage<'a> {
    chrome: Chrome<'a>,
    heading: String,
    count: String,
    letter_href: String,
    action: String,
    form: SignForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    csrf: String,
    countries: Vec<Choice>,
}

impl SignPage<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[allow(clippy::too_many_arguments)]
async fn render_form(
    state: &AppState,
    framing: Framing,
    letter: &Letter,
    headers: &HeaderMap,
    form: SignForm,
    errors: Vec<FieldError>,
    banner: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = &letter.lang;
    let tr = state.catalog.translator(lang);
    let (csrf_token, cookie) = framing.token(state, headers, &form_id(letter));
    let slug = &letter.post().slug;
    let heading = tr.t_with("letter-sign-title", "letter", letter.title());
    let rest = match framing {
        Framing::Site => format!("posts/{slug}/sign"),
        Framing::Embed => format!("embed/letters/{slug}/sign"),
    };
    let chrome = Chrome::new(
        state,
        &letter.content.settings,
        lang,
        &rest,
        heading.clone(),
        String::new(),
    )
    .embedded(framing.is_embed());
    let countries = country_choices(tr, &form.country);
    let page = SignPage {
        heading,
        count: letter.progress(state, tr).await?.count,
        letter_href: letter.href(),
        action: format!("/{lang}/{rest}"),
        form,
        errors,
        banner,
        csrf: csrf_token,
        countries,
        chrome,
    };
    Ok(form_page(
        framing,
        &letter.content.settings,
        status,
        page.render()?,
        cookie,
    ))
}

/// What an embedded form's token is tied to.
fn form_id(letter: &Letter) -> String {
    format!("sign/{}", letter.post().slug)
}

/// `GET /{lang}/posts/{slug}/sign`, and `/{lang}/embed/letters/{slug}/sign` to be framed
/// (the route says which, by its [`Framing`]).
pub async fn show(
    Extension(framing): Extension<Framing>,
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    // Every box unticked: listing a name publicly is consent, given by ticking it.
    let form = SignForm::default();
    render_form(
        &state,
        framing,
        &letter,
        &headers,
        form,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

fn validate(
    form: &SignForm,
    letter: &Letter,
    tr: Translator<'_>,
) -> Result<NewSignature, Vec<FieldError>> {
    let mut errors = Vec::new();
    let person = form_guard::person(&form.name, &form.email, &form.country, tr, &mut errors);
    let organisation = form.organisation.trim();
    if organisation.chars().count() > MAX_ORGANISATION || organisation.chars().any(char::is_control)
    {
        errors.push(FieldError {
            field: "organisation",
            message: tr.t("letter-error-organisation"),
        });
    }
    if form.consent.is_none() {
        errors.push(FieldError {
            field: "consent",
            message: tr.t("letter-error-consent"),
        });
    }
    match person {
        Some((name, email, country)) if errors.is_empty() => Ok(NewSignature {
            post: letter.post().slug.clone(),
            email,
            name: name.as_str().to_owned(),
            country,
            organisation: (!organisation.is_empty()).then(|| organisation.to_owned()),
            show_name: form.show_name.is_some(),
            lang: letter.lang.clone(),
            flagged: false,
            updates_consent: form
                .letter_updates
                .as_ref()
                .map(|_| tr.t("letter-keep-informed")),
        }),
        _ => Err(errors),
    }
}

/// `POST …/sign`: checks, stores, and shows everyone the same page.
pub async fn submit(
    Extension(framing): Extension<Framing>,
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<SignForm>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let tr = state.catalog.translator(&letter.lang);
    let now = state.clock.now();
    let sent_path = match framing {
        Framing::Site => format!("/{}/posts/{}/sign/sent", letter.lang, letter.post().slug),
        Framing::Embed => format!(
            "/{}/embed/letters/{}/sign/sent",
            letter.lang,
            letter.post().slug
        ),
    };
    let settings = &letter.content.settings;
    let sent = framing.finish(settings, private(Redirect::to(&sent_path).into_response()));
    let submission = Submission {
        framing,
        form_id: &form_id(&letter),
        csrf: &form.csrf,
        honeypot: &form.website,
    };
    match form_guard::check(&state, &headers, client, now, tr, submission).await? {
        Verdict::Pass => {}
        Verdict::Bot => return Ok(sent),
        Verdict::Refused(refusal) => {
            let response = render_form(
                &state,
                framing,
                &letter,
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
    let mut new = match validate(&form, &letter, tr) {
        Ok(new) => new,
        Err(errors) => {
            return render_form(
                &state,
                framing,
                &letter,
                &headers,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // Many signatures from one network: accepted, but held for a moderator.
    new.flagged = state
        .limits
        .signatures_unflagged_per_ip
        .hit(&network_key(client), now)
        .await?
        .is_err();
    // Per-address limit: the same answer either way, so it reveals nothing.
    if state
        .limits
        .signups_per_address
        .hit(
            &format!("letter:{}", new.email.as_str().to_lowercase()),
            now,
        )
        .await?
        .is_ok()
    {
        state
            .db
            .sign(&new, &new_nonce(), &new_nonce(), now, state.lifetimes)
            .await?;
    }
    if form.keep_informed.is_some() {
        let supporter = crate::supporters::NewSupporter {
            email: new.email.clone(),
            name: new.name.clone(),
            lang: letter.lang.clone(),
            country: Some(new.country.clone()),
            source: crate::supporters::Source::Signature,
            consent_text: tr.t("supporters-keep-informed"),
        };
        crate::supporters::opt_in(&state, &supporter).await?;
    }
    Ok(sent)
}

/// `GET …/sign/sent`.
pub async fn sent(
    Extension(framing): Extension<Framing>,
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let letter = letter(&state, &lang, &slug).await?;
    let tr = state.catalog.translator(&letter.lang);
    let rest = match framing {
        Framing::Site => format!("posts/{}/sign/sent", letter.post().slug),
        Framing::Embed => format!("embed/letters/{}/sign/sent", letter.post().slug),
    };
    let chrome = Chrome::new(
        &state,
        &letter.content.settings,
        &letter.lang,
        &rest,
        tr.t("letter-sent-heading"),
        String::new(),
    )
    .embedded(framing.is_embed());
    let page = SentPage {
        heading: tr.t("letter-sent-heading"),
        text: tr.t("letter-sent-text"),
        event_href: letter.href(),
        event_title: letter.title().to_owned(),
        chrome,
    };
    let response = private(Html(page.render()?).into_response());
    Ok(framing.finish(&letter.content.settings, response))
}
