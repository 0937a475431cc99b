//! Asking before a destructive edit: a page that lists what saving would remove, with a
//! button that sends the same form again (CSRF-protected) and one that goes back to the form
//! with everything as it was typed. The confirmation names what it confirms, so it does not
//! carry over to a different removal.

use super::{Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::error::WebError;
use crate::state::AppState;
use askama::Template;
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "admin/confirm.html")]
struct ConfirmPage<'a> {
    frame: Frame<'a>,
    heading: String,
    intro: String,
    items: Vec<String>,
    action: String,
    /// The submitted form, but for the token and the buttons (sent again as they were).
    fields: Vec<(String, String)>,
    confirm: String,
}

/// What confirms the removal of the rows with these ids.
pub fn confirmation(ids: &[&str]) -> String {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.join(",")
}

/// Whether the form confirms exactly this removal.
pub fn confirmed(form: &HashMap<String, String>, ids: &[&str]) -> bool {
    form.get("confirm") == Some(&confirmation(ids))
}

/// Whether the person chose to go back to the form from the question.
pub fn going_back(form: &HashMap<String, String>) -> bool {
    form.contains_key("back")
}

/// The removed rows, as JSON for the audit log (so they can be restored), with the count
/// before the edit.
pub fn audit_json(count: usize, removed: serde_json::Value) -> String {
    serde_json::json!({ "count": count, "removed": removed }).to_string()
}

/// The question: `items` would be removed by posting `form` to `action`.
#[expect(clippy::too_many_arguments, reason = "a page is its parts")]
pub fn ask(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    action: &str,
    intro_id: &str,
    items: Vec<String>,
    ids: &[&str],
    form: &HashMap<String, String>,
) -> Result<Response, WebError> {
    let lang = area_lang(headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(state, headers);
    let mut fields: Vec<(String, String)> = form
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "confirm" | "back"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    fields.sort();
    // The section of the area the removal belongs to, marked in the navigation.
    let section = if action.starts_with("/admin/posts") {
        "/admin/posts"
    } else {
        "/admin/events"
    };
    let page = ConfirmPage {
        frame: Frame::new(
            state,
            &lang,
            tr.t("admin-confirm-heading"),
            Some(&admin.user),
            section,
            token,
        ),
        heading: tr.t("admin-confirm-heading"),
        intro: tr.t(intro_id),
        items,
        action: action.to_owned(),
        fields,
        confirm: confirmation(ids),
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_names_exactly_what_it_removes() {
        let mut form = HashMap::new();
        form.insert("confirm".to_owned(), confirmation(&["b", "a"]));
        assert!(confirmed(&form, &["a", "b"]), "order does not matter");
        assert!(!confirmed(&form, &["a"]), "another removal asks again");
        assert!(!confirmed(&HashMap::new(), &["a"]));
    }
}
