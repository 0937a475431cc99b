//! The public forms over HTTP (the registration form and the open letter's signature form),
//! on both backends: whatever a stranger posts — any text in any field, fields missing,
//! repeated or unknown, a wrong CSRF token — is answered with a redirect or a 4xx page, never
//! a server error, and what was typed comes back escaped: the page a browser reads has no
//! event handler and no inline script.

use crate::helpers::{Backend, TestApp, csrf_session, spawn_app_with};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

const REGISTER: &str = "/en/events/water-for-every-home-2026/register";
const SIGN: &str = "/en/posts/open-letter-water-ministers/sign";

/// What a field may hold: valid values, hostile markup, control characters, anything.
fn field(valid: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    proptest::option::weighted(
        0.9,
        prop_oneof![
            3 => proptest::sample::select(valid).prop_map(str::to_owned),
            1 => proptest::sample::select(&[
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "Salma\u{0}Ben Ali",
                "' OR 1=1 --",
                "\u{202e}evil",
                "  ",
            ][..])
            .prop_map(str::to_owned),
            1 => any::<String>(),
        ],
    )
}

/// One submission: the fields in order (a name may repeat), and whether the CSRF token is
/// the one the form page gave.
#[derive(Clone, Debug)]
struct Submission {
    fields: Vec<(String, String)>,
    real_csrf: bool,
}

fn submission(
    fields: &'static [(&'static str, &'static [&'static str])],
) -> BoxedStrategy<Submission> {
    let values: Vec<_> = fields.iter().map(|(_, valid)| field(valid)).collect();
    let extra = proptest::collection::vec(("[a-z_]{1,8}", ".{0,8}"), 0..2);
    (values, extra, proptest::bool::weighted(0.9))
        .prop_map(move |(values, extra, real_csrf)| Submission {
            fields: fields
                .iter()
                .zip(values)
                .filter_map(|((name, _), value)| Some(((*name).to_owned(), value?)))
                .chain(extra)
                .collect(),
            real_csrf,
        })
        .boxed()
}

const PEOPLE: &[&str] = &["Salma Ben Ali", "Ahmad Raza", "Ayşe Yılmaz", "سلمى", ""];
const EMAILS: &[&str] = &["salma@example.org", "a.raza+w@example.pk", "no-at-sign", ""];
const COUNTRIES: &[&str] = &["TN", "pk", "XX", "TUN", ""];
const CHECKED: &[&str] = &["on", ""];

const REGISTER_FIELDS: &[(&str, &[&str])] = &[
    ("name", PEOPLE),
    ("email", EMAILS),
    ("country", COUNTRIES),
    ("lang", &["en", "ar", "xx", ""]),
    ("tz", &["Asia/Karachi", "Mars/Olympus", ""]),
    ("attest", CHECKED),
    ("consent", CHECKED),
    ("website", &[""]),
];

const SIGN_FIELDS: &[(&str, &[&str])] = &[
    ("name", PEOPLE),
    ("email", EMAILS),
    ("country", COUNTRIES),
    ("organisation", &["Water Users of Sfax", ""]),
    ("show_name", CHECKED),
    ("consent", CHECKED),
    ("website", &[""]),
];

/// Posts `s` to `path` and checks the answer.
async fn post(app: &TestApp, path: &str, s: &Submission) -> Result<(), TestCaseError> {
    let page = app.get(path).await;
    prop_assert_eq!(page.status().as_u16(), 200);
    let (cookie, token) = csrf_session(page).await;
    let mut fields = s.fields.clone();
    fields.push((
        "csrf".to_owned(),
        if s.real_csrf { token } else { "0".repeat(32) },
    ));
    let response = app
        .client
        .post(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .form(&fields)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let body = response.text().await.expect("body");
    prop_assert!(
        [303, 400, 403, 409, 422, 429].contains(&status),
        "{status} for {fields:?}: {body}"
    );
    // The page as a browser reads it: no event handler and no inline script anywhere, so
    // nothing typed became markup (the site's pages have neither; CSP forbids them).
    for (tag, attrs) in super::markdown::tags(&body) {
        prop_assert!(
            !attrs.iter().any(|(a, _)| a.starts_with("on")),
            "<{tag} {attrs:?}> for {fields:?}"
        );
        prop_assert!(
            tag != "script" || attrs.iter().any(|(a, _)| a == "src"),
            "an inline script for {fields:?}"
        );
    }
    Ok(())
}

/// Runs `cases` submissions to each form on a fresh app on `backend`.
fn run(backend: Backend, cases: u32, name: &'static str) {
    let handle = tokio::runtime::Handle::current();
    let app = handle.block_on(spawn_app_with(backend, |layer| {
        // The per-network form limit would answer 429 before the fields are read.
        layer.form_limit_per_ip = Some(1_000_000);
    }));
    let strategy = (submission(REGISTER_FIELDS), submission(SIGN_FIELDS));
    TestRunner::new(proptest::test_runner::Config {
        source_file: Some(file!()),
        test_name: Some(name),
        ..super::config(cases)
    })
    .run(&strategy, |(register, sign)| {
        handle.block_on(async {
            post(&app, REGISTER, &register).await?;
            post(&app, SIGN, &sign).await
        })
    })
    .unwrap_or_else(|failure| panic!("{failure}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_form_submission_is_answered_without_a_server_error_on_sqlite() {
    tokio::task::spawn_blocking(|| run(Backend::Sqlite, 192, "forms_on_sqlite"))
        .await
        .expect("the property ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_form_submission_is_answered_without_a_server_error_on_postgres() {
    tokio::task::spawn_blocking(|| run(Backend::Postgres, 192, "forms_on_postgres"))
        .await
        .expect("the property ran");
}
