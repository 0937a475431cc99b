//! `/admin/users` (owners): who has an account, adding people (with a one-time link to set
//! their password), changing roles, disabling. A change of role or disabling ends all of
//! that person's sessions.

use super::{CheckedForm, Frame, area_lang, audit_change, respond};
use crate::admin::session::Admin;
use crate::admin::{Role, User, session};
use crate::domain::{EmailAddress, Slug};
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderMap, StatusCode};
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

/// How long a set-password link works.
pub const LINK_LIFETIME: SignedDuration = SignedDuration::from_hours(72);

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage<'a> {
    frame: Frame<'a>,
    users: Vec<(User, String)>,
    roles: Vec<(String, String)>,
    chapters: Vec<(String, String)>,
    me: i64,
    error: Option<String>,
    /// A set-password link just created, to hand to the new person.
    new_link: Option<(String, String)>,
}

async fn render(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    error: Option<String>,
    new_link: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let content = state.content().await?;
    let users = state
        .db
        .users()
        .await?
        .into_iter()
        .map(|u| {
            let role = tr.t(&format!("admin-role-{}", u.role));
            (u, role)
        })
        .collect();
    let page = UsersPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-nav-users"),
            Some(&admin.user),
            "/admin/users",
            token,
        ),
        users,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str().to_owned(), tr.t(&format!("admin-role-{r}"))))
            .collect(),
        chapters: content
            .chapters
            .iter()
            .map(|c| {
                (
                    c.slug.to_string(),
                    c.name
                        .get(&lang)
                        .cloned()
                        .unwrap_or_else(|| c.slug.to_string()),
                )
            })
            .collect(),
        me: admin.user.id,
        error,
        new_link,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/users`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    render(&state, &admin, &headers, None, None, StatusCode::OK).await
}

/// A one-time link for `user` to set a password; stored as a hash.
pub async fn password_link(
    state: &AppState,
    user: &User,
    now: Timestamp,
) -> Result<String, WebError> {
    let (token, hash) = session::new_token();
    state
        .db
        .create_password_link(&hash, user.id, now + LINK_LIFETIME)
        .await?;
    Ok(format!("{}/admin/password/{token}", state.public_url()))
}

#[derive(Debug, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    chapter: String,
}

fn role_and_chapter(role: &str, chapter: &str, chapters: &[Slug]) -> Option<(Role, Option<Slug>)> {
    let role = Role::parse(role)?;
    match role {
        Role::ChapterEditor => {
            let chapter: Slug = chapter.parse().ok()?;
            chapters.contains(&chapter).then_some((role, Some(chapter)))
        }
        _ => Some((role, None)),
    }
}

/// `POST /admin/users`: adds a person and shows their set-password link once.
pub async fn add(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<AddForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let content = state.content().await?;
    let chapters: Vec<Slug> = content.chapters.iter().map(|c| c.slug.clone()).collect();
    let email = form.email.trim().parse::<EmailAddress>();
    let name = form.name.trim();
    let Some((role, chapter)) = role_and_chapter(&form.role, &form.chapter, &chapters) else {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-role")),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let (Ok(email), false) = (email, name.is_empty() || name.chars().count() > 200) else {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-person")),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let now = state.clock.now();
    let Some(user) = state
        .db
        .create_user(
            email.as_str(),
            name,
            role,
            chapter.as_ref().map(Slug::as_str),
            now,
        )
        .await?
    else {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-exists")),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    };
    audit_change(
        &state,
        Some(&admin.user),
        "added a person",
        &user.email,
        None,
        Some(format!("role {role}")),
    )
    .await?;
    let link = password_link(&state, &user, now).await?;
    render(
        &state,
        &admin,
        &headers,
        None,
        Some((user.email.clone(), link)),
        StatusCode::OK,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    chapter: String,
    #[serde(default)]
    disabled: String,
    #[serde(default)]
    mail: String,
}

/// `POST /admin/users/{id}/role`.
pub async fn role(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<RoleForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let before = state.db.user(id).await?.ok_or(WebError::NotFound)?;
    let content = state.content().await?;
    let chapters: Vec<Slug> = content.chapters.iter().map(|c| c.slug.clone()).collect();
    let Some((role, chapter)) = role_and_chapter(&form.role, &form.chapter, &chapters) else {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-role")),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if id == admin.user.id && role != Role::Owner {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-self")),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    }
    state
        .db
        .set_role(id, role, chapter.as_ref().map(Slug::as_str))
        .await?;
    audit_change(
        &state,
        Some(&admin.user),
        "changed a role",
        &before.email,
        Some(describe(before.role, before.chapter.as_ref())),
        Some(describe(role, chapter.as_ref())),
    )
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

fn describe(role: Role, chapter: Option<&Slug>) -> String {
    match chapter {
        Some(c) => format!("{role} ({c})"),
        None => role.to_string(),
    }
}

/// `POST /admin/users/{id}/disabled`: `disabled=1` disables, anything else enables.
pub async fn disabled(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<RoleForm>,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let before = state.db.user(id).await?.ok_or(WebError::NotFound)?;
    let disable = form.disabled == "1";
    if id == admin.user.id && disable {
        return render(
            &state,
            &admin,
            &headers,
            Some(tr.t("admin-users-error-self")),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    }
    state.db.set_disabled(id, disable).await?;
    audit_change(
        &state,
        Some(&admin.user),
        if disable {
            "disabled a person"
        } else {
            "enabled a person"
        },
        &before.email,
        Some(
            if before.disabled {
                "disabled"
            } else {
                "enabled"
            }
            .to_owned(),
        ),
        Some(if disable { "disabled" } else { "enabled" }.to_owned()),
    )
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

/// `POST /admin/users/{id}/mail`: `mail=1` lets an editor send mail to people, anything else
/// takes it back (owners always may; other roles never).
pub async fn send_mail(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    Path(id): Path<i64>,
    CheckedForm(form): CheckedForm<RoleForm>,
) -> Result<Response, WebError> {
    let before = state.db.user(id).await?.ok_or(WebError::NotFound)?;
    let grant = form.mail == "1";
    if before.role != crate::admin::Role::Editor {
        return Err(WebError::BadRequest(
            "only editors are given or refused the right to send mail".into(),
        ));
    }
    state.db.set_may_send_mail(id, grant).await?;
    let word = |may: bool| {
        if may {
            "may send mail"
        } else {
            "may not send mail"
        }
        .to_owned()
    };
    audit_change(
        &state,
        Some(&admin.user),
        "changed who may send mail",
        &before.email,
        Some(word(before.may_send_mail)),
        Some(word(grant)),
    )
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
}
