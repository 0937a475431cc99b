//! The light path for event streams (src/serve/event_stream.rs): a connection that opens
//! with a request for `text/event-stream` is answered without hyper. Every hall test's
//! stream takes it (tests/app/sse.rs sends the `Accept` an `EventSource` sends); these
//! tests look at the wire: the head, the framing, an answer that is not a stream, a client
//! that leaves, and a server that stops.

use crate::hall::{EVENT, announce, attendee, open_the_doors};
use crate::helpers::{Backend, TestApp, eventually, spawn_app};
use convene::hall::PlainText;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const DEADLINE: Duration = Duration::from_secs(10);

fn address(app: &TestApp) -> String {
    app.address.trim_start_matches("http://").to_owned()
}

/// Sends `path`'s request for a stream in one write, as a browser does.
async fn ask_for_stream(app: &TestApp, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect(address(app)).await.expect("connect");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n",
        address(app)
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    stream
}

/// Reads until `done` holds for what was read (or the server closes), within [`DEADLINE`].
async fn read_until(stream: &mut TcpStream, seen: &mut String, done: impl Fn(&str) -> bool) {
    let mut chunk = [0u8; 4096];
    tokio::time::timeout(DEADLINE, async {
        while !done(seen) {
            // A reset counts as a close (the server closing with bytes unread resets).
            let n = stream.read(&mut chunk).await.unwrap_or(0);
            if n == 0 {
                return;
            }
            seen.push_str(&String::from_utf8_lossy(&chunk[..n]));
        }
    })
    .await
    .expect("in time");
}

/// The lower-cased header names of a head.
fn header_names(head: &str) -> std::collections::BTreeSet<String> {
    head.lines()
        .skip(1)
        .filter_map(|line| line.split_once(':'))
        .map(|(name, _)| name.to_ascii_lowercase())
        .collect()
}

/// The number of open hall streams of the demo event, as the hub counts them.
fn open_streams(app: &TestApp) -> usize {
    let event: convene::domain::Slug = EVENT.parse().expect("slug");
    app.state
        .hall
        .hub
        .local_counts()
        .into_iter()
        .find_map(|(slug, open)| (slug == event).then_some(open))
        .unwrap_or(0)
}

#[tokio::test]
async fn a_stream_answers_with_the_same_headers_chunked_and_closed_after() {
    let app = spawn_app(Backend::Sqlite).await;
    let event = open_the_doors(&app).await;
    let (_, hall) = attendee(&app, "wire@example.org").await;
    let mut stream = ask_for_stream(&app, &format!("{hall}/updates")).await;
    let mut seen = String::new();
    read_until(&mut stream, &mut seen, |s| s.contains("event: hello")).await;
    let (head, _) = seen.split_once("\r\n\r\n").expect("a whole head");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    let lower = format!("{}\r\n", head.to_ascii_lowercase());
    assert!(
        lower.contains("\r\ncontent-type: text/event-stream"),
        "{head}"
    );
    assert!(
        lower.contains("\r\ntransfer-encoding: chunked\r\n"),
        "{head}"
    );
    assert!(lower.contains("\r\nconnection: close\r\n"), "{head}");
    assert!(lower.contains("\r\ndate: "), "{head}");

    // The same answer through hyper (no `Accept`, so not the light path) has the same
    // headers, apart from the connection's own.
    let through_hyper = app
        .client
        .get(format!("{}{hall}/updates", app.address))
        .send()
        .await
        .expect("stream");
    let hyper_names: std::collections::BTreeSet<String> = through_hyper
        .headers()
        .keys()
        .map(|name| name.as_str().to_owned())
        .collect();
    let mut light_names = header_names(head);
    light_names.remove("connection");
    assert_eq!(light_names, hyper_names);
    drop(through_hyper);

    // Frames go out as they come, each one chunk.
    let text = PlainText::parse("Over the light path", 100).expect("text");
    announce(&app, &event.slug, &text).await;
    read_until(&mut stream, &mut seen, |s| {
        s.contains("Over the light path")
    })
    .await;
    assert!(seen.contains("Over the light path"), "{seen}");
}

#[tokio::test]
async fn a_stream_request_answered_otherwise_is_written_whole_then_closed() {
    let app = spawn_app(Backend::Sqlite).await;
    open_the_doors(&app).await;
    let mut stream = ask_for_stream(&app, "/en/hall/not-a-token/updates").await;
    let mut answer = Vec::new();
    tokio::time::timeout(DEADLINE, stream.read_to_end(&mut answer))
        .await
        .expect("the server closes")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").expect("a whole head");
    assert!(head.starts_with("HTTP/1.1 404 "), "{head}");
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_owned)
        })
        .expect("a length")
        .parse()
        .expect("a number");
    assert_eq!(body.len(), length, "{answer}");
}

#[tokio::test]
async fn a_client_that_leaves_is_counted_out_without_waiting_for_a_write() {
    let app = spawn_app(Backend::Sqlite).await;
    open_the_doors(&app).await;
    let (_, hall) = attendee(&app, "leaving@example.org").await;
    let mut stream = ask_for_stream(&app, &format!("{hall}/updates")).await;
    let mut seen = String::new();
    read_until(&mut stream, &mut seen, |s| s.contains("event: hello")).await;
    assert_eq!(open_streams(&app), 1);
    drop(stream);
    // No frame is sent meanwhile (keep-alives come every 16 seconds): the close itself
    // ends the stream.
    eventually(
        "the stream is counted out",
        Duration::from_secs(5),
        || async { open_streams(&app) == 0 },
    )
    .await;
}

#[tokio::test]
async fn a_client_sending_after_its_request_is_cut_off() {
    let app = spawn_app(Backend::Sqlite).await;
    open_the_doors(&app).await;
    let (_, hall) = attendee(&app, "chatty@example.org").await;
    let mut stream = ask_for_stream(&app, &format!("{hall}/updates")).await;
    let mut seen = String::new();
    read_until(&mut stream, &mut seen, |s| s.contains("event: hello")).await;
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    read_until(&mut stream, &mut seen, |_| false).await;
    assert!(
        !seen.contains("HTTP/1.1 200 OK\r\ncontent-type: text/html"),
        "{seen}"
    );
    eventually(
        "the stream is counted out",
        Duration::from_secs(5),
        || async { open_streams(&app) == 0 },
    )
    .await;
}
