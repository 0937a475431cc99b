//! The route table of the organisers' area: every route with the permission it needs and its
//! handler, in one place. Each handler sits behind an `authorize` layer holding its row, so a
//! route cannot exist without saying who may use it; a test walks the table for every role.

use super::session::{self, Admin, Current, HalfSignedIn};
use super::{Permission, web};
use crate::error::WebError;
use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::handler::Handler;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{self, MethodRouter};
use http::Method;

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
#[derive(Clone, Debug)]
pub struct AdminRoute {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
}

/// A route of the table with the handler that answers it.
struct Entry {
    route: AdminRoute,
    handler: MethodRouter<AppState>,
}

impl Entry {
    /// Accepts request bodies up to `bytes` (uploads) instead of axum's default.
    fn body_limit(mut self, bytes: usize) -> Self {
        self.handler = self.handler.layer(DefaultBodyLimit::max(bytes));
        self
    }
}

fn get<H, T>(path: &'static str, access: Access, handler: H) -> Entry
where
    H: Handler<T, AppState>,
    T: 'static,
{
    Entry {
        route: AdminRoute {
            method: Method::GET,
            path,
            access,
        },
        handler: routing::get(handler),
    }
}

fn post<H, T>(path: &'static str, access: Access, handler: H) -> Entry
where
    H: Handler<T, AppState>,
    T: 'static,
{
    Entry {
        route: AdminRoute {
            method: Method::POST,
            path,
            access,
        },
        handler: routing::post(handler),
    }
}

use Access::{Needs, Public, SecondFactor};
use Permission::*;

/// Every route of the organisers' area, with what it requires and its handler. A route
/// cannot be added without saying who may use it.
fn entries() -> Vec<Entry> {
    use web::*;
    vec![
        get("/admin/login", Public, login::page),
        post("/admin/login", Public, login::submit),
        get("/admin/login/forgot", Public, reset::page),
        post("/admin/login/forgot", Public, reset::submit),
        get("/admin/login/code", SecondFactor, login_code::code_page),
        post("/admin/login/code", SecondFactor, login_code::code_submit),
        get("/admin/password/{token}", Public, password_link::page),
        post("/admin/password/{token}", Public, password_link::submit),
        post("/admin/logout", Needs(SignedIn), logout::logout),
        post(
            "/admin/logout/everywhere",
            Needs(SignedIn),
            logout::logout_everywhere,
        ),
        get("/admin/", Needs(SignedIn), dashboard::page),
        get("/admin/account", Needs(SignedIn), account::page),
        post("/admin/account/totp", Needs(SignedIn), account::totp_start),
        post(
            "/admin/account/totp/confirm",
            Needs(SignedIn),
            account::totp_confirm,
        ),
        get(
            "/admin/registrations",
            Needs(ManageRegistrations),
            registrations::page,
        ),
        get(
            "/admin/registrations.csv",
            Needs(ManageRegistrations),
            registrations::csv,
        ),
        get(
            "/admin/registrations/{id}",
            Needs(ManageRegistrations),
            registration::page,
        ),
        post(
            "/admin/registrations/{id}/confirm",
            Needs(ManageRegistrations),
            registration::confirm,
        ),
        post(
            "/admin/registrations/{id}/cancel",
            Needs(ManageRegistrations),
            registration::cancel,
        ),
        post(
            "/admin/registrations/{id}/revoke",
            Needs(ManageRegistrations),
            registration::revoke,
        ),
        post(
            "/admin/registrations/{id}/resend/{mail}",
            Needs(ManageRegistrations),
            registration::resend,
        ),
        get("/admin/jobs", Needs(ManageRegistrations), jobs::page),
        post(
            "/admin/jobs/{id}/retry",
            Needs(ManageRegistrations),
            jobs::retry,
        ),
        get("/admin/posts", Needs(EditPosts), posts::list),
        get("/admin/posts/new", Needs(EditPosts), post_new::page),
        post("/admin/posts/new", Needs(EditPosts), post_new::create),
        get("/admin/posts/{slug}", Needs(EditPosts), post_page::page),
        post(
            "/admin/posts/{slug}/visibility",
            Needs(EditPosts),
            post_page::visibility,
        ),
        post(
            "/admin/posts/{slug}/delete",
            Needs(EditPosts),
            post_page::delete,
        ),
        get(
            "/admin/posts/{slug}/{lang}",
            Needs(EditPosts),
            post_edit::edit,
        ),
        post(
            "/admin/posts/{slug}/{lang}",
            Needs(EditPosts),
            post_edit::save,
        ),
        get("/admin/events", Needs(EditSite), events::list),
        get("/admin/events/new", Needs(EditSite), event_new::page),
        post("/admin/events/new", Needs(EditSite), event_new::create),
        get("/admin/events/{slug}", Needs(EditSite), events::edit),
        post("/admin/events/{slug}", Needs(EditSite), events::save),
        post(
            "/admin/events/{slug}/visibility",
            Needs(EditSite),
            event_state::visibility,
        ),
        post(
            "/admin/events/{slug}/delete",
            Needs(EditSite),
            event_state::delete,
        ),
        // Attendance is about registrants: those who manage registrations see it and issue
        // certificates.
        get(
            "/admin/events/{slug}/attendance",
            Needs(ManageRegistrations),
            attendance::page,
        ),
        get(
            "/admin/events/{slug}/attendance.csv",
            Needs(ManageRegistrations),
            attendance::csv,
        ),
        post(
            "/admin/events/{slug}/attendance/certificates",
            Needs(ManageRegistrations),
            attendance::certificates,
        ),
        get("/admin/chapters", Needs(EditSite), chapters::page),
        post("/admin/chapters", Needs(EditSite), chapters::create),
        get("/admin/kinds", Needs(EditSite), kinds::page),
        post("/admin/kinds", Needs(EditSite), kinds::create),
        get(
            "/admin/events/{slug}/programme",
            Needs(EditSite),
            programme::page,
        ),
        post(
            "/admin/events/{slug}/programme",
            Needs(EditSite),
            programme::save,
        ),
        get(
            "/admin/events/{slug}/speakers",
            Needs(EditSite),
            speakers::page,
        ),
        post(
            "/admin/events/{slug}/speakers",
            Needs(EditSite),
            speakers::save,
        ),
        get("/admin/source", Needs(EditSite), source::page),
        post("/admin/source", Needs(EditSite), source::save),
        get("/admin/settings", Needs(EditSite), settings::page),
        post("/admin/settings", Needs(EditSite), settings::save),
        get("/admin/media", Needs(EditPosts), media::page),
        post("/admin/media", Needs(EditPosts), media::upload)
            .body_limit(crate::media::MAX_UPLOAD as usize + 64 * 1024),
        post(
            "/admin/media/delete",
            Needs(EditPosts),
            media_delete::delete,
        ),
        get("/admin/signatures", Needs(Moderate), signatures::page),
        post(
            "/admin/signatures/{id}/approve",
            Needs(Moderate),
            signatures::approve,
        ),
        post(
            "/admin/signatures/{id}/remove",
            Needs(Moderate),
            signatures::remove,
        ),
        get("/admin/hall", Needs(Moderate), hall::index),
        get("/admin/hall/{slug}", Needs(Moderate), hall::page),
        get("/admin/hall/{slug}/updates", Needs(Moderate), hall::updates),
        post(
            "/admin/hall/{slug}/questions/{id}/{action}",
            Needs(Moderate),
            hall::moderate,
        ),
        post(
            "/admin/hall/{slug}/announcements",
            Needs(Moderate),
            hall::announce,
        ),
        // Who may announce may see the announcements afterwards and withdraw them.
        get(
            "/admin/hall/{slug}/announcements",
            Needs(Moderate),
            announcements::page,
        ),
        post(
            "/admin/hall/{slug}/announcements/{announcement}/withdraw",
            Needs(Moderate),
            announcements::withdraw,
        ),
        post("/admin/hall/{slug}/segment", Needs(Moderate), hall::segment),
        get("/admin/hall/{slug}/polls", Needs(Moderate), polls::page),
        post("/admin/hall/{slug}/polls", Needs(Moderate), polls::create),
        post(
            "/admin/hall/{slug}/polls/{poll}/open",
            Needs(Moderate),
            polls::open,
        ),
        post(
            "/admin/hall/{slug}/polls/{poll}/close",
            Needs(Moderate),
            polls::close,
        ),
        get(
            "/admin/hall/{slug}/polls/{poll}/results.csv",
            Needs(Moderate),
            poll_results::csv,
        ),
        get(
            "/admin/hall/{slug}/captions",
            Needs(Moderate),
            captions::page,
        ),
        post(
            "/admin/hall/{slug}/captions",
            Needs(Moderate),
            captions::send,
        ),
        post(
            "/admin/hall/{slug}/captions/token",
            Needs(EditSite),
            captions::set_token,
        ),
        post(
            "/admin/hall/{slug}/captions/tracks",
            Needs(EditSite),
            caption_tracks::save,
        ),
        get("/admin/users", Needs(ManageUsers), users::page),
        post("/admin/users", Needs(ManageUsers), users::add),
        post("/admin/users/{id}/role", Needs(ManageUsers), users::role),
        post(
            "/admin/users/{id}/disabled",
            Needs(ManageUsers),
            users::disabled,
        ),
        post(
            "/admin/users/{id}/mail",
            Needs(ManageUsers),
            users::send_mail,
        ),
        get("/admin/audit", Needs(ManageUsers), audit::page),
        get(
            "/admin/supporters",
            Needs(ManageRegistrations),
            supporters::page,
        ),
        get(
            "/admin/supporters.csv",
            Needs(ManageRegistrations),
            supporters::csv,
        ),
        post(
            "/admin/supporters/{id}/erase",
            Needs(ManageRegistrations),
            supporters::erase,
        ),
        get("/admin/mail", Needs(SendMail), mail::list),
        get("/admin/mail/new", Needs(SendMail), mail_compose::page),
        post("/admin/mail/new", Needs(SendMail), mail_compose::submit),
        get("/admin/mail/{id}", Needs(SendMail), mail::progress),
    ]
}

/// What every route of the area requires (the table without its handlers), for the tests
/// that walk it for every role.
pub fn table() -> Vec<AdminRoute> {
    entries().into_iter().map(|e| e.route).collect()
}

/// The routes, each with its handler behind the `authorize` layer that checks what the
/// route requires.
pub fn router(state: AppState) -> Router<AppState> {
    let mut router = Router::new();
    for Entry { route, handler } in entries() {
        let path = route.path;
        let guarded = handler.route_layer(from_fn_with_state((state.clone(), route), authorize));
        router = router.route(path, guarded);
    }
    router.route(
        "/admin",
        routing::get(|| async { Redirect::permanent("/admin/") }),
    )
}

/// Checks the request against the route table before its handler runs.
async fn authorize(
    State((state, entry)): State<(AppState, AdminRoute)>,
    mut request: Request,
    next: Next,
) -> Result<Response, WebError> {
    if request.method() == Method::GET
        && let Some(response) = web::language_choice(request.uri())
    {
        return Ok(response);
    }
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
                if !user.may(permission) {
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
