//! The route table of the organisers' area: every route with the permission it needs, in one
//! place. The `authorize` layer looks each request up here; a route missing from the table
//! is refused (deny by default), and a test walks the table for every role.

use super::session::{self, Current};
use super::{Permission, User, allows, web};
use crate::error::WebError;
use crate::state::AppState;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use http::{Method, StatusCode};

/// What a route requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone (the sign-in pages).
    Public,
    /// A password given, the second factor pending.
    SecondFactor,
    /// A signed-in person with this permission.
    Needs(Permission),
}

/// One route: method, path pattern (as axum matches it) and what it requires.
#[derive(Clone, Copy, Debug)]
pub struct AdminRoute {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

const fn route(method: &'static str, path: &'static str, access: Access) -> AdminRoute {
    AdminRoute {
        method,
        path,
        access,
    }
}

use Access::{Needs, Public, SecondFactor};
use Permission::*;

/// Every route of the organisers' area.
pub const ROUTES: &[AdminRoute] = &[
    route("GET", "/admin/login", Public),
    route("POST", "/admin/login", Public),
    route("GET", "/admin/login/forgot", Public),
    route("POST", "/admin/login/forgot", Public),
    route("GET", "/admin/login/code", SecondFactor),
    route("POST", "/admin/login/code", SecondFactor),
    route("GET", "/admin/password/{token}", Public),
    route("POST", "/admin/password/{token}", Public),
    route("POST", "/admin/logout", Needs(SignedIn)),
    route("POST", "/admin/logout/everywhere", Needs(SignedIn)),
    route("GET", "/admin/", Needs(SignedIn)),
    route("GET", "/admin/account", Needs(SignedIn)),
    route("POST", "/admin/account/totp", Needs(SignedIn)),
    route("POST", "/admin/account/totp/confirm", Needs(SignedIn)),
    route("GET", "/admin/registrations", Needs(ManageRegistrations)),
    route(
        "GET",
        "/admin/registrations.csv",
        Needs(ManageRegistrations),
    ),
    route(
        "GET",
        "/admin/registrations/{id}",
        Needs(ManageRegistrations),
    ),
    route(
        "POST",
        "/admin/registrations/{id}/confirm",
        Needs(ManageRegistrations),
    ),
    route(
        "POST",
        "/admin/registrations/{id}/cancel",
        Needs(ManageRegistrations),
    ),
    route(
        "POST",
        "/admin/registrations/{id}/revoke",
        Needs(ManageRegistrations),
    ),
    route(
        "POST",
        "/admin/registrations/{id}/resend/{mail}",
        Needs(ManageRegistrations),
    ),
    route("GET", "/admin/jobs", Needs(ManageRegistrations)),
    route("POST", "/admin/jobs/{id}/retry", Needs(ManageRegistrations)),
    route("GET", "/admin/posts", Needs(EditPosts)),
    route("GET", "/admin/posts/{slug}/{lang}", Needs(EditPosts)),
    route("POST", "/admin/posts/{slug}/{lang}", Needs(EditPosts)),
    route("GET", "/admin/events", Needs(EditSite)),
    route("GET", "/admin/events/{slug}", Needs(EditSite)),
    route("POST", "/admin/events/{slug}", Needs(EditSite)),
    route("GET", "/admin/events/{slug}/programme", Needs(EditSite)),
    route("POST", "/admin/events/{slug}/programme", Needs(EditSite)),
    route("GET", "/admin/events/{slug}/speakers", Needs(EditSite)),
    route("POST", "/admin/events/{slug}/speakers", Needs(EditSite)),
    route("GET", "/admin/source", Needs(EditSite)),
    route("POST", "/admin/source", Needs(EditSite)),
    route("GET", "/admin/settings", Needs(EditSite)),
    route("POST", "/admin/settings", Needs(EditSite)),
    route("GET", "/admin/media", Needs(EditPosts)),
    route("POST", "/admin/media", Needs(EditPosts)),
    route("GET", "/admin/signatures", Needs(Moderate)),
    route("POST", "/admin/signatures/{id}/approve", Needs(Moderate)),
    route("POST", "/admin/signatures/{id}/remove", Needs(Moderate)),
    route("GET", "/admin/hall", Needs(Moderate)),
    route("GET", "/admin/hall/{slug}", Needs(Moderate)),
    route("GET", "/admin/hall/{slug}/updates", Needs(Moderate)),
    route(
        "POST",
        "/admin/hall/{slug}/questions/{id}/{action}",
        Needs(Moderate),
    ),
    route("POST", "/admin/hall/{slug}/announcements", Needs(Moderate)),
    route("POST", "/admin/hall/{slug}/segment", Needs(Moderate)),
    route("GET", "/admin/hall/{slug}/polls", Needs(Moderate)),
    route("POST", "/admin/hall/{slug}/polls", Needs(Moderate)),
    route(
        "POST",
        "/admin/hall/{slug}/polls/{poll}/open",
        Needs(Moderate),
    ),
    route(
        "POST",
        "/admin/hall/{slug}/polls/{poll}/close",
        Needs(Moderate),
    ),
    route(
        "GET",
        "/admin/hall/{slug}/polls/{poll}/results.csv",
        Needs(Moderate),
    ),
    route("GET", "/admin/users", Needs(ManageUsers)),
    route("POST", "/admin/users", Needs(ManageUsers)),
    route("POST", "/admin/users/{id}/role", Needs(ManageUsers)),
    route("POST", "/admin/users/{id}/disabled", Needs(ManageUsers)),
    route("GET", "/admin/audit", Needs(ManageUsers)),
];

/// The signed-in person, for handlers behind `Needs(…)`.
#[derive(Clone, Debug)]
pub struct Admin {
    pub user: User,
    pub token_hash: String,
}

/// A person with a password but without the second factor yet.
#[derive(Clone, Debug)]
pub struct HalfSignedIn {
    pub user: User,
    pub token_hash: String,
}

/// The routes, each with its handler, behind the `authorize` layer.
pub fn router(state: AppState) -> Router<AppState> {
    let handlers = Router::new()
        .route(
            "/admin/login",
            get(web::login::page).post(web::login::submit),
        )
        .route(
            "/admin/login/forgot",
            get(web::reset::page).post(web::reset::submit),
        )
        .route(
            "/admin/login/code",
            get(web::login::code_page).post(web::login::code_submit),
        )
        .route(
            "/admin/password/{token}",
            get(web::password_link::page).post(web::password_link::submit),
        )
        .route("/admin/logout", post(web::login::logout))
        .route(
            "/admin/logout/everywhere",
            post(web::login::logout_everywhere),
        )
        .route("/admin/", get(web::dashboard::page))
        .route("/admin/account", get(web::account::page))
        .route("/admin/account/totp", post(web::account::totp_start))
        .route(
            "/admin/account/totp/confirm",
            post(web::account::totp_confirm),
        )
        .route("/admin/registrations", get(web::registrations::page))
        .route("/admin/registrations.csv", get(web::registrations::csv))
        .route("/admin/registrations/{id}", get(web::registration::page))
        .route(
            "/admin/registrations/{id}/confirm",
            post(web::registration::confirm),
        )
        .route(
            "/admin/registrations/{id}/cancel",
            post(web::registration::cancel),
        )
        .route(
            "/admin/registrations/{id}/revoke",
            post(web::registration::revoke),
        )
        .route(
            "/admin/registrations/{id}/resend/{mail}",
            post(web::registration::resend),
        )
        .route("/admin/jobs", get(web::jobs::page))
        .route("/admin/jobs/{id}/retry", post(web::jobs::retry))
        .route("/admin/posts", get(web::posts::list))
        .route(
            "/admin/posts/{slug}/{lang}",
            get(web::posts::edit).post(web::posts::save),
        )
        .route(
            "/admin/media",
            get(web::media::page).post(web::media::upload).layer(
                axum::extract::DefaultBodyLimit::max(crate::media::MAX_UPLOAD as usize + 64 * 1024),
            ),
        )
        .route("/admin/events", get(web::events::list))
        .route(
            "/admin/events/{slug}/programme",
            get(web::programme::page).post(web::programme::save),
        )
        .route(
            "/admin/events/{slug}/speakers",
            get(web::speakers::page).post(web::speakers::save),
        )
        .route(
            "/admin/events/{slug}",
            get(web::events::edit).post(web::events::save),
        )
        .route(
            "/admin/source",
            get(web::source::page).post(web::source::save),
        )
        .route(
            "/admin/settings",
            get(web::settings::page).post(web::settings::save),
        )
        .route("/admin/signatures", get(web::signatures::page))
        .route(
            "/admin/signatures/{id}/approve",
            post(web::signatures::approve),
        )
        .route(
            "/admin/signatures/{id}/remove",
            post(web::signatures::remove),
        )
        .route("/admin/hall", get(web::hall::index))
        .route("/admin/hall/{slug}", get(web::hall::page))
        .route("/admin/hall/{slug}/updates", get(web::hall::updates))
        .route(
            "/admin/hall/{slug}/questions/{id}/{action}",
            post(web::hall::moderate),
        )
        .route(
            "/admin/hall/{slug}/announcements",
            post(web::hall::announce),
        )
        .route("/admin/hall/{slug}/segment", post(web::hall::segment))
        .route(
            "/admin/hall/{slug}/polls",
            get(web::polls::page).post(web::polls::create),
        )
        .route(
            "/admin/hall/{slug}/polls/{poll}/open",
            post(web::polls::open),
        )
        .route(
            "/admin/hall/{slug}/polls/{poll}/close",
            post(web::polls::close),
        )
        .route(
            "/admin/hall/{slug}/polls/{poll}/results.csv",
            get(web::poll_results::csv),
        )
        .route("/admin/users", get(web::users::page).post(web::users::add))
        .route("/admin/users/{id}/role", post(web::users::role))
        .route("/admin/users/{id}/disabled", post(web::users::disabled))
        .route("/admin/audit", get(web::audit::page));
    handlers
        .route_layer(axum::middleware::from_fn_with_state(state, authorize))
        .route("/admin", get(|| async { Redirect::permanent("/admin/") }))
}

/// The table's entry for a request, if any.
pub fn lookup(method: &Method, path: &str) -> Option<&'static AdminRoute> {
    ROUTES
        .iter()
        .find(|r| r.method == method.as_str() && r.path == path)
}

/// Checks the request against the route table before its handler runs.
async fn authorize(
    State(state): State<AppState>,
    matched: MatchedPath,
    mut request: Request,
    next: Next,
) -> Result<Response, WebError> {
    if request.method() == Method::GET
        && let Some(response) = web::language_choice(request.uri())
    {
        return Ok(response);
    }
    let Some(entry) = lookup(request.method(), matched.as_str()) else {
        tracing::error!(
            path = matched.as_str(),
            "an admin route is missing from the route table"
        );
        return Ok(StatusCode::FORBIDDEN.into_response());
    };
    let never_cache = |mut response: Response| {
        response.headers_mut().insert(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
        response
    };
    match entry.access {
        Public => Ok(never_cache(next.run(request).await)),
        SecondFactor => match session::current(&state, request.headers()).await? {
            Current::Pending { user, token_hash } => {
                request
                    .extensions_mut()
                    .insert(HalfSignedIn { user, token_hash });
                Ok(never_cache(next.run(request).await))
            }
            Current::Active { .. } => Ok(Redirect::to("/admin/").into_response()),
            Current::None => Ok(Redirect::to("/admin/login").into_response()),
        },
        Needs(permission) => match session::current(&state, request.headers()).await? {
            Current::Active { user, token_hash } => {
                if !allows(user.role, user.chapter.as_ref(), permission, None) {
                    return Ok(never_cache(web::forbidden(
                        &state,
                        &user,
                        request.headers(),
                    )?));
                }
                let must_enrol = state.config.require_totp
                    && user.role.needs_second_factor()
                    && !user.totp_enabled
                    && !matches!(
                        entry.path,
                        "/admin/account"
                            | "/admin/account/totp"
                            | "/admin/account/totp/confirm"
                            | "/admin/logout"
                    );
                if must_enrol {
                    return Ok(Redirect::to("/admin/account").into_response());
                }
                request.extensions_mut().insert(Admin { user, token_hash });
                Ok(never_cache(next.run(request).await))
            }
            Current::Pending { .. } => Ok(Redirect::to("/admin/login/code").into_response()),
            Current::None => Ok(Redirect::to("/admin/login").into_response()),
        },
    }
}
