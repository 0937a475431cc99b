//! Connection hygiene: slow clients are closed after the header timeout while others are
//! served, the caps answer `503` beyond them, an event stream outlives the idle timeout,
//! and shutdown ends within its grace even with a request stuck.

use crate::helpers::{Backend, fresh_database_url, spawn_app_with, test_now};
use convene::clock::Clock;
use convene::config::{Config, Layer};
use convene::serve::ServerLayer;
use convene::startup::Application;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// The longest any wait in these tests may take before it counts as a failure.
const DEADLINE: Duration = Duration::from_secs(10);

/// A server on an empty SQLite database with `server` settings; stopped by the sender,
/// finished when the handle completes.
struct Server {
    address: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    running: tokio::task::JoinHandle<std::io::Result<()>>,
    _data: tempfile::TempDir,
}

async fn start(server: ServerLayer) -> Server {
    let data = tempfile::tempdir().expect("dir");
    let url = fresh_database_url(Backend::Sqlite, data.path()).await;
    let flags = Layer {
        listen: Some("127.0.0.1:0".parse().expect("address")),
        data_dir: Some(data.path().to_owned()),
        database_url: Some(url.into()),
        server,
        ..Layer::default()
    };
    let config = Config::load(None, flags, "unused").expect("config");
    let (clock, _) = Clock::manual(test_now());
    let app = Application::build(config, clock)
        .await
        .expect("builds")
        .without_background_jobs();
    let address = SocketAddr::from(([127, 0, 0, 1], app.port()));
    let (stop, stopped) = tokio::sync::oneshot::channel();
    let running = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    Server {
        address,
        stop,
        running,
        _data: data,
    }
}

/// A raw connection from `from` (a loopback address) to `to`.
async fn connect_from(from: [u8; 4], to: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().expect("socket");
    socket
        .bind(SocketAddr::from((from, 0)))
        .expect("bind the client side");
    socket.connect(to).await.expect("connect")
}

/// A client whose connections come from `from`.
fn client_from(from: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::from(from))
        .timeout(DEADLINE)
        .build()
        .expect("client")
}

/// Reads until the server closes the connection (or resets it), within [`DEADLINE`].
async fn closed_by_server(stream: &mut TcpStream) -> Result<(), &'static str> {
    let mut sink = [0u8; 4096];
    tokio::time::timeout(DEADLINE, async {
        loop {
            match stream.read(&mut sink).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .map_err(|_| "the server kept the connection open")
}

fn seconds(header: u32, idle: u32) -> ServerLayer {
    ServerLayer {
        header_timeout_seconds: Some(header),
        idle_timeout_seconds: Some(idle),
        ..ServerLayer::default()
    }
}

#[tokio::test]
async fn slow_header_clients_are_closed_after_the_header_timeout_while_others_are_served() {
    let server = start(ServerLayer {
        max_connections_per_address: Some(0),
        ..seconds(1, 60)
    })
    .await;
    let opened = std::time::Instant::now();
    let mut silent = Vec::new();
    let mut partial = Vec::new();
    for _ in 0..100 {
        silent.push(connect_from([127, 0, 0, 1], server.address).await);
        let mut stream = connect_from([127, 0, 0, 1], server.address).await;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .await
            .expect("write");
        partial.push(stream);
    }
    // One client that keeps sending a byte of its headers now and then, never finishing.
    let mut dripping = connect_from([127, 0, 0, 1], server.address).await;
    dripping.write_all(b"G").await.expect("write");
    let drip = async {
        let mut tick = tokio::time::interval(Duration::from_millis(200));
        loop {
            tick.tick().await;
            if dripping.write_all(b"E").await.is_err() {
                return;
            }
        }
    };

    // Everyone else is served at once, while all of them are open.
    let visitor = client_from([127, 0, 0, 1]);
    let served = tokio::time::timeout(
        Duration::from_secs(2),
        visitor
            .get(format!("http://{}/healthz", server.address))
            .send(),
    )
    .await
    .expect("a visitor is served promptly")
    .expect("healthz");
    assert_eq!(served.status().as_u16(), 200);

    // The slow ones are closed by the server.
    tokio::time::timeout(DEADLINE, drip)
        .await
        .expect("the dripping client is cut off");
    for stream in silent.iter_mut().chain(partial.iter_mut()) {
        closed_by_server(stream).await.expect("a slow client");
    }
    assert!(
        opened.elapsed() >= Duration::from_millis(950),
        "not before the timeout"
    );
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_header_timeout() {
    let server = start(seconds(1, 60)).await;
    let mut stream = connect_from([127, 0, 0, 1], server.address).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let mut answer = [0u8; 12];
    stream.read_exact(&mut answer).await.expect("an answer");
    assert_eq!(&answer, b"HTTP/1.1 200");
    let answered = std::time::Instant::now();
    closed_by_server(&mut stream)
        .await
        .expect("an idle keep-alive connection");
    assert!(
        answered.elapsed() >= Duration::from_millis(950),
        "not before the timeout"
    );
}

#[tokio::test]
async fn beyond_the_cap_per_address_the_answer_is_503_while_another_address_is_served() {
    let server = start(ServerLayer {
        max_connections_per_address: Some(4),
        ..seconds(30, 60)
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(connect_from([127, 0, 0, 1], server.address).await);
    }
    let url = format!("http://{}/healthz", server.address);
    let refused = client_from([127, 0, 0, 1])
        .get(&url)
        .send()
        .await
        .expect("an answer, not a failure to connect");
    assert_eq!(refused.status().as_u16(), 503);
    assert_eq!(refused.headers()["retry-after"], "5");
    let text = refused.text().await.expect("body");
    assert!(text.contains("Too many open connections"), "{text}");

    let other = client_from([127, 0, 0, 2])
        .get(&url)
        .send()
        .await
        .expect("another address");
    assert_eq!(other.status().as_u16(), 200);

    // Closing one frees its place (once the server has seen it close).
    drop(held.pop());
    let client = client_from([127, 0, 0, 1]);
    let served = tokio::time::timeout(DEADLINE, async {
        loop {
            if let Ok(r) = client.get(&url).send().await
                && r.status().as_u16() == 200
            {
                return;
            }
        }
    })
    .await;
    assert!(served.is_ok(), "a freed place is given again");
}

#[tokio::test]
async fn beyond_the_total_cap_every_address_is_answered_503() {
    let server = start(ServerLayer {
        max_connections: Some(3),
        max_connections_per_address: Some(0),
        ..seconds(30, 60)
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(connect_from([127, 0, 0, 1], server.address).await);
    }
    let refused = client_from([127, 0, 0, 2])
        .get(format!("http://{}/healthz", server.address))
        .send()
        .await
        .expect("an answer");
    assert_eq!(refused.status().as_u16(), 503);
    drop(held);
}

#[tokio::test]
async fn a_stalled_upload_is_closed_after_the_idle_timeout() {
    let server = start(seconds(30, 1)).await;
    let mut upload = stalled_upload(server.address).await;
    let stalled = std::time::Instant::now();
    closed_by_server(&mut upload)
        .await
        .expect("an upload that stopped sending");
    // Not before the timeout (timers never fire early; a little slack for rounding).
    assert!(
        stalled.elapsed() >= Duration::from_millis(950),
        "{:?}",
        stalled.elapsed()
    );
}

/// A sign-up whose body stops after a few bytes: the handler waits for the rest.
async fn stalled_upload(address: SocketAddr) -> TcpStream {
    let mut stream = connect_from([127, 0, 0, 1], address).await;
    stream
        .write_all(
            b"POST /en/events/some-event/register HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=",
        )
        .await
        .expect("write");
    stream
}

#[tokio::test]
async fn a_hall_stream_outlives_the_idle_timeout() {
    let app = spawn_app_with(Backend::Sqlite, |layer| layer.server = seconds(30, 1)).await;
    let event = crate::hall::open_the_doors(&app).await;
    let (_, hall) = crate::hall::attendee(&app, "patient@example.org").await;
    let mut stream = app
        .client
        .get(format!("{}{hall}/updates", app.address))
        .send()
        .await
        .expect("stream");
    assert_eq!(stream.status().as_u16(), 200);
    // Read until the stream has sent its count of attendees (the last frame for a while:
    // keep-alives come every 16 seconds).
    let mut seen = String::new();
    while !seen.contains("event: count") {
        let chunk = tokio::time::timeout(DEADLINE, stream.chunk())
            .await
            .expect("frames arrive")
            .expect("read")
            .expect("the stream is open");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    // Two stalled uploads in a row are closed by the idle timeout: the stream has then been
    // silent for longer than the timeout (and its check) allows a request to be.
    let address: SocketAddr = app
        .address
        .trim_start_matches("http://")
        .parse()
        .expect("address");
    for _ in 0..2 {
        let mut upload = stalled_upload(address).await;
        closed_by_server(&mut upload)
            .await
            .expect("a stalled upload");
    }
    let text = convene::hall::PlainText::parse("Still here?", 100).expect("text");
    crate::hall::announce(&app, &event.slug, &text).await;
    let mut seen = String::new();
    while !seen.contains("Still here?") {
        let chunk = tokio::time::timeout(DEADLINE, stream.chunk())
            .await
            .expect("the announcement arrives")
            .expect("the stream was not cut")
            .expect("the stream is still open");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
}

#[tokio::test]
async fn shutdown_ends_within_the_grace_even_with_a_request_stuck() {
    let server = start(ServerLayer {
        shutdown_grace_seconds: Some(1),
        ..seconds(30, 60)
    })
    .await;
    let mut upload = stalled_upload(server.address).await;
    // The upload is in the handler's hands once a normal request on another connection has
    // been answered after it (the server accepts in order).
    let ok = client_from([127, 0, 0, 1])
        .get(format!("http://{}/healthz", server.address))
        .send()
        .await
        .expect("healthz");
    assert_eq!(ok.status().as_u16(), 200);
    let _ = server.stop.send(());
    let stopped = tokio::time::timeout(Duration::from_secs(5), server.running).await;
    assert!(
        stopped.is_ok(),
        "the server still runs 5 s after a stop with a 1 s grace"
    );
    closed_by_server(&mut upload)
        .await
        .expect("the stuck request's connection");
}

/// `convene demo` stops within its grace after SIGTERM although an upload never finishes.
#[cfg(unix)]
#[tokio::test]
async fn sigterm_stops_the_process_within_its_grace_with_a_request_stuck() {
    let data = tempfile::tempdir().expect("dir");
    let port = crate::helpers::free_port();
    let listen = format!("127.0.0.1:{port}");
    let data_dir = data.path().to_str().expect("utf-8");
    let mut server = crate::helpers::Process::start(
        &["demo", "--listen", &listen, "--data-dir", data_dir],
        &[("CONVENE_SHUTDOWN_GRACE_SECONDS", "1")],
        port,
    )
    .await;
    let address: SocketAddr = listen.parse().expect("address");
    let mut upload = stalled_upload(address).await;
    let ok = client_from([127, 0, 0, 1])
        .get(format!("http://{listen}/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(ok.status().as_u16(), 200);
    let pid = server.0.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(sent.success());
    let exited = tokio::time::timeout(Duration::from_secs(8), async {
        let mut tick = tokio::time::interval(Duration::from_millis(50));
        loop {
            tick.tick().await;
            if let Ok(Some(status)) = server.0.try_wait() {
                return status;
            }
        }
    })
    .await
    .expect("the process exits within 8 s of SIGTERM with a 1 s grace");
    assert!(exited.success(), "{exited:?}");
    closed_by_server(&mut upload)
        .await
        .expect("the stuck request's connection");
}
