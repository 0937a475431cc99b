//! The light path for event streams: a connection that opened with a request for
//! `text/event-stream` is answered without hyper, by writing the answer's head and then each
//! frame as it comes, and closed when the answer ends.
//!
//! Why: hyper keeps two 8 KiB buffers per HTTP/1.1 connection for its whole life (the read
//! buffer reserves 8 KiB on the first read and the write buffer is allocated with 8 KiB,
//! neither configurable), and a per-connection watchdog timer. An open hall holds one
//! stream per attendee for hours, mostly idle; here such a connection holds only the
//! answer's body and the socket, and bytes only while a frame is being written.
//!
//! The answer comes from the same application, so every header, check and limit is the same
//! as through hyper. The connection is not kept alive afterwards (`connection: close`);
//! `EventSource` opens a new one to reconnect anyway.

use super::app::App;
use super::caps::Permit;
use axum::extract::ConnectInfo;
use bytes::Bytes;
use hyper::body::Body as HttpBody;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::watch;

/// Answers `request` on `io`, then closes: at once when `stop` fires, the peer goes, or a
/// write fails. The application must answer, and an answer that is not an event stream be
/// written, within `idle`.
pub async fn serve<IO, S>(
    mut io: IO,
    peer: SocketAddr,
    mut app: S,
    mut request: http::Request<axum::body::Body>,
    idle: Duration,
    mut stop: watch::Receiver<bool>,
    permit: Permit,
) where
    IO: AsyncRead + AsyncWrite + Unpin,
    S: App,
{
    request.extensions_mut().insert(ConnectInfo(peer));
    let answered = tokio::select! {
        answered = tokio::time::timeout(idle, app.answer(request)) => answered,
        _ = stop.changed() => return,
    };
    let Ok(Ok(response)) = answered else {
        tracing::debug!(%peer, "closing a stream request the application did not answer in time");
        return;
    };
    let (parts, body) = response.into_parts();
    let framing = Framing::of(&parts, &body);
    let head = head(&parts, framing);
    let stream = is_event_stream(&parts.headers);
    // The headers are in `head` now: not kept for the hours a stream may last.
    drop(parts);
    let written = write(&mut io, head, body, framing);
    if stream {
        tokio::select! {
            () = written => {}
            _ = stop.changed() => {}
        }
    } else if tokio::time::timeout(idle, written).await.is_err() {
        tracing::debug!(%peer, "closing a connection that is too slow to read its answer");
    }
    drop(permit);
}

/// How the body is delimited on the wire.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// No body at all (`204`, `304`).
    Empty,
    /// Exactly this many bytes, as `content-length` says.
    Length(u64),
    /// Chunked: frames as they come, then the last chunk.
    Chunked,
}

impl Framing {
    fn of(parts: &http::response::Parts, body: &impl HttpBody) -> Self {
        if matches!(parts.status.as_u16(), 100..=199 | 204 | 304) {
            return Self::Empty;
        }
        let declared = parts
            .headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse().ok());
        match declared.or(body.size_hint().exact()) {
            Some(length) => Self::Length(length),
            None => Self::Chunked,
        }
    }
}

fn is_event_stream(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"))
}

/// The answer's head: its status and headers, a `date`, the framing, and `connection: close`.
fn head(parts: &http::response::Parts, framing: Framing) -> Bytes {
    use http::header::{CONNECTION, CONTENT_LENGTH, DATE, TRANSFER_ENCODING};
    let mut head = Vec::with_capacity(512);
    let status = parts.status;
    head.extend_from_slice(b"HTTP/1.1 ");
    head.extend_from_slice(status.as_str().as_bytes());
    head.push(b' ');
    head.extend_from_slice(status.canonical_reason().unwrap_or("").as_bytes());
    head.extend_from_slice(b"\r\n");
    let mut line = |name: &[u8], value: &[u8]| {
        head.extend_from_slice(name);
        head.extend_from_slice(b": ");
        head.extend_from_slice(value);
        head.extend_from_slice(b"\r\n");
    };
    for (name, value) in &parts.headers {
        if [&CONNECTION, &TRANSFER_ENCODING, &CONTENT_LENGTH].contains(&name) {
            continue;
        }
        line(name.as_str().as_bytes(), value.as_bytes());
    }
    if !parts.headers.contains_key(DATE) {
        line(b"date", http_date().as_bytes());
    }
    match framing {
        Framing::Empty => {}
        Framing::Length(length) => line(b"content-length", length.to_string().as_bytes()),
        Framing::Chunked => line(b"transfer-encoding", b"chunked"),
    }
    line(b"connection", b"close");
    head.extend_from_slice(b"\r\n");
    Bytes::from(head)
}

/// Now, as HTTP writes it (`Sun, 06 Nov 1994 08:49:37 GMT`).
#[expect(
    clippy::disallowed_methods,
    reason = "the Date header is the wire's clock (as hyper's own), not time the app reasons about"
)]
fn http_date() -> String {
    // The format media answers use for `last-modified` (src/media/serve.rs).
    jiff::Timestamp::try_from(std::time::SystemTime::now())
        .map(|now| now.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string())
        .unwrap_or_default()
}

/// Writes `head`, then the body's frames as they come, until the body ends, the peer closes
/// (noticed at once, not at the next write) or an error.
async fn write<IO, B>(io: &mut IO, head: Bytes, body: B, framing: Framing)
where
    IO: AsyncRead + AsyncWrite + Unpin,
    B: HttpBody<Data = Bytes>,
{
    let mut body = std::pin::pin!(body);
    let mut out = Outgoing {
        bytes: head,
        unflushed: false,
        finished: framing == Framing::Empty,
    };
    std::future::poll_fn(|cx| out.poll(cx, io, body.as_mut(), framing)).await;
}

/// The bytes being written and what comes after them.
struct Outgoing {
    /// What is still to be written of the current frame (empty between frames).
    bytes: Bytes,
    /// Written but not yet flushed (TLS holds bytes until flushed).
    unflushed: bool,
    /// The body has ended; after `bytes` nothing follows.
    finished: bool,
}

impl Outgoing {
    /// Ready when there is nothing more to do on this connection.
    fn poll<IO, B>(
        &mut self,
        cx: &mut Context<'_>,
        io: &mut IO,
        mut body: Pin<&mut B>,
        framing: Framing,
    ) -> Poll<()>
    where
        IO: AsyncRead + AsyncWrite + Unpin,
        B: HttpBody<Data = Bytes>,
    {
        loop {
            if peer_gone(cx, io) {
                return Poll::Ready(());
            }
            if !self.bytes.is_empty() {
                match Pin::new(&mut *io).poll_write(cx, &self.bytes) {
                    Poll::Ready(Ok(0) | Err(_)) => return Poll::Ready(()),
                    Poll::Ready(Ok(n)) => {
                        bytes::Buf::advance(&mut self.bytes, n);
                        self.unflushed = true;
                        continue;
                    }
                    Poll::Pending => return Poll::Pending,
                }
            }
            // Between frames nothing is held: the frame's memory went with its last byte.
            self.bytes = Bytes::new();
            if self.unflushed {
                match Pin::new(&mut *io).poll_flush(cx) {
                    Poll::Ready(Ok(())) => self.unflushed = false,
                    Poll::Ready(Err(_)) => return Poll::Ready(()),
                    Poll::Pending => return Poll::Pending,
                }
            }
            if self.finished {
                return Poll::Ready(());
            }
            match body.as_mut().poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        self.bytes = encode(data, framing);
                    }
                }
                // A failed body is cut short: without its last chunk the client sees it
                // unfinished, as through hyper.
                Poll::Ready(Some(Err(_))) => return Poll::Ready(()),
                Poll::Ready(None) => {
                    self.finished = true;
                    if framing == Framing::Chunked {
                        self.bytes = Bytes::from_static(b"0\r\n\r\n");
                    }
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// One frame as it goes on the wire.
fn encode(data: Bytes, framing: Framing) -> Bytes {
    match framing {
        Framing::Chunked if data.is_empty() => Bytes::new(),
        Framing::Chunked => {
            let size = format!("{:x}\r\n", data.len());
            let mut chunk = Vec::with_capacity(size.len() + data.len() + 2);
            chunk.extend_from_slice(size.as_bytes());
            chunk.extend_from_slice(&data);
            chunk.extend_from_slice(b"\r\n");
            Bytes::from(chunk)
        }
        Framing::Length(_) | Framing::Empty => data,
    }
}

/// Whether the peer has closed its side, the connection failed, or the peer sent more: a
/// client never sends anything after a request for a stream, and nothing more is answered
/// on this connection.
fn peer_gone<IO: AsyncRead + Unpin>(cx: &mut Context<'_>, io: &mut IO) -> bool {
    let mut scratch = [0u8; 16];
    let mut buf = ReadBuf::new(&mut scratch);
    match Pin::new(&mut *io).poll_read(cx, &mut buf) {
        Poll::Ready(Ok(())) => true,
        Poll::Ready(Err(err)) => err.kind() != io::ErrorKind::WouldBlock,
        Poll::Pending => false,
    }
}
