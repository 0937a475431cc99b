//! The relay client against a minimal relay on a real socket: connections reused, replaced,
//! capped and closed as lettre's pool did.

use super::pool::{IDLE_FOR, MAX_IDLE};
use super::test_relay::TestRelay;
use super::{Relay, RelayError, RelaySettings};
use lettre::Message;
use tokio::time::Instant;

fn relay(port: u16) -> Relay {
    Relay::new(
        RelaySettings::from_url(&format!("smtp://127.0.0.1:{port}")).expect("url"),
        0,
    )
}

fn message(to: &str) -> Message {
    Message::builder()
        .from("Convene <noreply@example.org>".parse().expect("from"))
        .to(to.parse().expect("to"))
        .subject("Hello")
        .body("A line.".to_owned())
        .expect("message")
}

fn parked(relay: &Relay) -> usize {
    relay.shared.pool.pool.parked()
}

fn on(heard: &[(usize, String)], connection: usize) -> Vec<&str> {
    heard
        .iter()
        .filter(|(n, _)| *n == connection)
        .map(|(_, verb)| verb.as_str())
        .collect()
}

#[tokio::test]
async fn one_connection_carries_message_after_message_checked_with_a_noop() {
    let mut server = TestRelay::start(false).await;
    let relay = relay(server.port);
    relay.send(&message("a@example.org")).await.expect("first");
    relay.send(&message("b@example.org")).await.expect("second");
    let heard = server.heard();
    assert_eq!(
        on(&heard, 1),
        [
            "EHLO", "MAIL", "RCPT", "DATA", "MESSAGE", "NOOP", "MAIL", "RCPT", "DATA", "MESSAGE"
        ]
    );
    assert!(on(&heard, 2).is_empty(), "no second connection: {heard:?}");
    assert_eq!(parked(&relay), 1);
}

#[tokio::test]
async fn a_connection_the_relay_closed_is_replaced_by_a_new_one() {
    let mut server = TestRelay::start(true).await;
    let relay = relay(server.port);
    relay.send(&message("a@example.org")).await.expect("first");
    relay.send(&message("b@example.org")).await.expect("second");
    let heard = server.heard();
    assert_eq!(on(&heard, 2), ["EHLO", "MAIL", "RCPT", "DATA", "MESSAGE"]);
}

#[tokio::test]
async fn a_refused_recipient_is_a_permanent_failure_and_its_connection_is_not_kept() {
    let mut server = TestRelay::start(false).await;
    let relay = relay(server.port);
    let err = relay
        .send(&message("reject@example.org"))
        .await
        .expect_err("refused");
    let RelayError::Smtp(err) = err else {
        panic!("a reply, not a connection failure: {err}")
    };
    assert!(err.is_permanent(), "{err}");
    assert_eq!(parked(&relay), 0, "closed after the error");
    relay.send(&message("a@example.org")).await.expect("next");
    let heard = server.heard();
    assert_eq!(on(&heard, 1).last(), Some(&"QUIT"));
    assert_eq!(on(&heard, 2).last(), Some(&"MESSAGE"));
}

#[tokio::test]
async fn connections_idle_too_long_are_closed_with_quit() {
    let mut server = TestRelay::start(false).await;
    let relay = relay(server.port);
    relay.send(&message("a@example.org")).await.expect("sent");
    let pool = &relay.shared.pool.pool;
    pool.close_idle(Instant::now()).await;
    assert_eq!(pool.parked(), 1, "not idle long enough yet");
    pool.close_idle(Instant::now() + IDLE_FOR + std::time::Duration::from_secs(1))
        .await;
    assert_eq!(pool.parked(), 0);
    assert_eq!(on(&server.heard(), 1).last(), Some(&"QUIT"));
}

#[tokio::test]
async fn at_most_max_idle_connections_are_kept_after_a_burst() {
    let mut server = TestRelay::start(false).await;
    let relay = relay(server.port);
    let burst = (0..=MAX_IDLE).map(|i| {
        let relay = relay.clone();
        async move { relay.send(&message(&format!("r{i}@example.org"))).await }
    });
    for sent in futures_util::future::join_all(burst).await {
        sent.expect("sent");
    }
    assert_eq!(parked(&relay), MAX_IDLE);
    let heard = server.heard();
    let connections = heard.iter().map(|(n, _)| *n).max();
    assert_eq!(connections, Some(MAX_IDLE + 1), "one each, all at once");
    let quits = heard.iter().filter(|(_, verb)| verb == "QUIT").count();
    assert_eq!(quits, 1, "the one over the limit is closed");
}

#[tokio::test]
async fn the_credentials_of_the_url_sign_in_before_the_first_message() {
    let mut server = TestRelay::start(false).await;
    let url = format!("smtp://mail%40example.org:p%40ss@127.0.0.1:{}", server.port);
    let relay = Relay::new(RelaySettings::from_url(&url).expect("url"), 0);
    relay.send(&message("a@example.org")).await.expect("sent");
    let heard = server.heard();
    // PLAIN, the first of lettre's default mechanisms: "\0user\0password" in base64.
    assert_eq!(
        on(&heard, 1)[..3],
        [
            "EHLO",
            "AUTH PLAIN AG1haWxAZXhhbXBsZS5vcmcAcEBzcw==",
            "MAIL"
        ]
    );
}

#[tokio::test]
async fn a_relay_that_stops_answering_is_cut_off_and_its_connection_dropped() {
    // Accepts connections and never says a word (not even its greeting).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let silent = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let within = std::time::Duration::from_millis(300);
    let settings = RelaySettings::from_url(&format!("smtp://127.0.0.1:{port}")).expect("url");
    let relay = Relay::sending_within(settings, within);
    let sent = relay.send(&message("someone@example.org")).await;
    assert!(
        matches!(sent, Err(RelayError::TimedOut(t)) if t == within),
        "{sent:?}"
    );
    assert_eq!(parked(&relay), 0, "a connection cut off is not kept");
    silent.abort();
}
