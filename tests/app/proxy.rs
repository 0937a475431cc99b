//! Behind a trusted reverse proxy each forwarded client has its own rate-limit budget; from
//! anyone else the forwarding headers are ignored.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, spawn_app_with};
use convene::site::TrustedProxies;

const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// Signs up `email` through the form, the request saying it was forwarded `for` a client;
/// the answer's status.
async fn sign_up_forwarded(app: &TestApp, forwarded: &str, email: &str) -> u16 {
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    app.client
        .post(format!("{}{FORM}", app.address))
        .header("cookie", cookie)
        .header("forwarded", forwarded)
        .header("x-forwarded-for", forwarded.trim_start_matches("for="))
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", "Amina Qureshi"),
            ("email", email),
            ("country", "PK"),
            ("lang", "en"),
            ("tz", "Asia/Karachi"),
            ("attest", "on"),
            ("consent", "on"),
            ("website", ""),
        ])
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

both_backends!(
    forwarded_clients_get_their_own_budget_only_from_a_trusted_proxy,
    |backend| async move {
        let behind_proxy = spawn_app_with(backend, |layer| {
            layer.form_limit_per_ip = Some(1);
            layer.trusted_proxies = Some(TrustedProxies::parse(["127.0.0.1"]).expect("valid"));
        })
        .await;
        assert_eq!(
            sign_up_forwarded(&behind_proxy, "for=192.0.2.1", "a@example.org").await,
            303
        );
        assert_eq!(
            sign_up_forwarded(&behind_proxy, "for=192.0.2.1", "b@example.org").await,
            429,
            "the first client has used its budget"
        );
        assert_eq!(
            sign_up_forwarded(&behind_proxy, "for=192.0.2.2", "c@example.org").await,
            303,
            "another client behind the same proxy has its own"
        );

        let direct = spawn_app_with(backend, |layer| layer.form_limit_per_ip = Some(1)).await;
        assert_eq!(
            sign_up_forwarded(&direct, "for=192.0.2.1", "a@example.org").await,
            303
        );
        assert_eq!(
            sign_up_forwarded(&direct, "for=192.0.2.2", "c@example.org").await,
            429,
            "an untrusted peer's forged header is ignored: one budget for the connection's address"
        );
    }
);
