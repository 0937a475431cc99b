//! The first bytes of a connection, read once: either a whole request for an event stream
//! (served on its own light path, see [`super::event_stream`]) or bytes for hyper to read
//! again.
//!
//! Only what is certainly a plain stream request takes the light path: a complete HTTP/1.1
//! `GET` head in the first read, nothing after it, no body, no upgrade, and an `Accept`
//! naming `text/event-stream` (as every `EventSource` sends). Anything else, including a
//! head split over several packets, goes to hyper unchanged.

use bytes::{Bytes, BytesMut};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt};

/// The most read before deciding; a longer head goes to hyper, which reads the rest.
const FIRST_READ: usize = 4096;

/// Request headers the light path accepts, at most (hyper takes up to 100).
const MAX_HEADERS: usize = 48;

/// What the first read brought.
pub enum First {
    /// Nothing within the header timeout, the peer gone, or a read error: close.
    Nothing,
    /// A complete request asking for an event stream.
    EventStream(Box<http::Request<axum::body::Body>>),
    /// Anything else: the bytes read, for hyper.
    Other(Bytes),
}

/// Reads once from `io`, waiting at most `within` for the first bytes.
pub async fn read<IO: AsyncRead + Unpin>(io: &mut IO, within: Duration) -> First {
    let mut buf = BytesMut::with_capacity(FIRST_READ);
    match tokio::time::timeout(within, io.read_buf(&mut buf)).await {
        Ok(Ok(0) | Err(_)) | Err(_) => First::Nothing,
        Ok(Ok(_)) => match event_stream_request(&buf) {
            Some(request) => First::EventStream(Box::new(request)),
            None => First::Other(buf.freeze()),
        },
    }
}

/// The request in `bytes` when they are exactly one complete head asking for an event stream.
fn event_stream_request(bytes: &[u8]) -> Option<http::Request<axum::body::Body>> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut head = httparse::Request::new(&mut headers);
    let httparse::Status::Complete(length) = head.parse(bytes).ok()? else {
        return None;
    };
    if length != bytes.len() || head.method != Some("GET") || head.version != Some(1) {
        return None;
    }
    let named = |name: &'static str| {
        head.headers
            .iter()
            .filter(move |h| h.name.eq_ignore_ascii_case(name))
    };
    let wants_stream = named("accept").any(|h| contains(h.value, b"text/event-stream"));
    let more_than_a_get = ["content-length", "transfer-encoding", "upgrade", "expect"]
        .into_iter()
        .any(|name| named(name).next().is_some());
    if !wants_stream || more_than_a_get {
        return None;
    }
    let mut request = http::Request::builder()
        .method(http::Method::GET)
        .uri(head.path?)
        .version(http::Version::HTTP_11);
    for header in head.headers.iter() {
        request = request.header(
            http::HeaderName::from_bytes(header.name.as_bytes()).ok()?,
            http::HeaderValue::from_bytes(header.value).ok()?,
        );
    }
    request.body(axum::body::Body::empty()).ok()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STREAM: &[u8] =
        b"GET /en/hall/abc/updates HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\nCookie: a=b\r\n\r\n";

    #[test]
    fn a_whole_stream_request_is_recognised_with_its_headers() {
        let request = event_stream_request(STREAM).expect("a stream request");
        assert_eq!(request.uri().path(), "/en/hall/abc/updates");
        assert_eq!(request.headers()["cookie"], "a=b");
        assert_eq!(request.headers()["host"], "x");
    }

    #[test]
    fn anything_else_goes_to_hyper() {
        let page = b"GET / HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n";
        let cut = &STREAM[..STREAM.len() - 2];
        let pipelined = [STREAM, b"GET / HTTP/1.1\r\n\r\n"].concat();
        let post = b"POST /x HTTP/1.1\r\nAccept: text/event-stream\r\nContent-Length: 0\r\n\r\n";
        let old = b"GET /x HTTP/1.0\r\nAccept: text/event-stream\r\n\r\n";
        let upgrade = b"GET /x HTTP/1.1\r\nAccept: text/event-stream\r\nUpgrade: websocket\r\n\r\n";
        let bad = b"GET /x HTTP/1.1\r\nAccept: text/event-stream\r\nX: \x7f\r\n\r\n";
        for bytes in [&page[..], cut, &pipelined, post, old, upgrade, bad] {
            assert!(
                event_stream_request(bytes).is_none(),
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[tokio::test]
    async fn a_silent_peer_gets_nothing_and_other_bytes_come_back_whole() {
        let (mut client, mut server) = tokio::io::duplex(64);
        let silent = read(&mut server, Duration::from_millis(1)).await;
        assert!(matches!(silent, First::Nothing));
        tokio::io::AsyncWriteExt::write_all(&mut client, b"GET / HTTP/1.1\r\n")
            .await
            .expect("write");
        match read(&mut server, Duration::from_secs(5)).await {
            First::Other(bytes) => assert_eq!(&bytes[..], b"GET / HTTP/1.1\r\n"),
            _ => panic!("a partial head is for hyper"),
        }
    }
}
