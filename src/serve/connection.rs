//! One connection: HTTP/1.1 through hyper, the peer's address for handlers, and a watchdog
//! that closes the connection when a request head takes longer than the header timeout
//! (counted from the connection's start or the end of its previous answer), or when a
//! request in progress moves no byte for the idle timeout, unless its answer is an event
//! stream.
//!
//! The watchdog ticks per connection and reads counters the socket and the service bump
//! with relaxed atomics, so a request costs no allocation and no timer (hyper's own
//! header timeout would allocate and arm one per request).

use super::app::App;
use super::caps::Permit;
use super::event_stream;
use super::first_request::{self, First};
use super::rewind::Rewind;
use axum::extract::ConnectInfo;
use hyper::body::{Body as HttpBody, Frame, Incoming, SizeHint};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll, ready};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::watch;

/// What the watchdog looks at; one per connection, updated with relaxed atomics (it only
/// needs to see that something changed between two of its ticks).
#[derive(Default)]
struct Activity {
    /// Reads and writes that moved at least a byte.
    moved: AtomicU64,
    /// Requests begun plus answers ended: changes whenever `busy` does.
    turns: AtomicU64,
    /// Requests whose answer has not ended.
    busy: AtomicUsize,
    /// Of those, answers that are event streams (exempt from the idle timeout).
    streams: AtomicUsize,
}

impl Activity {
    fn moved(&self) {
        self.moved.fetch_add(1, Ordering::Relaxed);
    }
}

/// The two timeouts the watchdog keeps.
#[derive(Clone, Copy)]
pub struct Timeouts {
    pub header: Duration,
    pub idle: Duration,
}

/// Serves one accepted connection (a socket, or a TLS stream over one) until it ends, stays
/// idle too long, or `stop` fires (then hyper finishes the request in progress and closes;
/// the caller bounds that). A connection that opens with a request for an event stream is
/// served on the light path instead (see [`super::event_stream`]).
pub async fn serve<IO, S>(
    mut stream: IO,
    peer: SocketAddr,
    app: S,
    http: hyper::server::conn::http1::Builder,
    timeouts: Timeouts,
    stop: watch::Receiver<bool>,
    permit: Permit,
) where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: App,
{
    let opened = tokio::time::Instant::now();
    match first_request::read(&mut stream, timeouts.header).await {
        First::Nothing => {}
        First::EventStream(request) => {
            event_stream::serve(stream, peer, app, *request, timeouts.idle, stop, permit).await;
        }
        First::Other(read) => {
            // Boxed: hyper's connection is large, and a stream's task should not carry
            // room for it.
            let waited = opened.elapsed();
            let stream = Rewind::new(read, stream);
            Box::pin(serve_http(
                stream, peer, app, http, timeouts, waited, stop, permit,
            ))
            .await;
        }
    }
}

/// Serves the connection through hyper; `waited` is how long the first read took (it
/// counts toward the first head's timeout).
#[expect(
    clippy::too_many_arguments,
    reason = "the connection's arguments plus the time its first read took"
)]
async fn serve_http<IO, S>(
    stream: IO,
    peer: SocketAddr,
    app: S,
    http: hyper::server::conn::http1::Builder,
    timeouts: Timeouts,
    waited: Duration,
    mut stop: watch::Receiver<bool>,
    permit: Permit,
) where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: App,
{
    let activity = Arc::new(Activity::default());
    let io = TokioIo::new(Counted {
        inner: stream,
        activity: activity.clone(),
    });
    let service = ConnService {
        app,
        peer,
        activity: activity.clone(),
    };
    let conn = http.serve_connection(io, service);
    tokio::pin!(conn);
    let watchdog = watch(&activity, timeouts, waited);
    tokio::pin!(watchdog);
    let mut stopping = false;
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(err) = result {
                    tracing::debug!(%peer, error = %err, "connection ended with an error");
                }
                break;
            }
            _ = stop.changed(), if !stopping => {
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
            () = &mut watchdog => {
                tracing::debug!(%peer, "closing a connection that is too slow");
                break;
            }
        }
    }
    drop(permit);
}

/// Completes when the connection has waited too long for a request head, or a request in
/// progress (not an event stream) has moved no byte for too long. It checks four times per
/// shorter timeout, so each fires between its value and one check later. `waited` counts
/// toward the first head's timeout.
async fn watch(activity: &Activity, timeouts: Timeouts, waited: Duration) {
    const CHECKS: u32 = 4;
    let step = timeouts.header.min(timeouts.idle) / CHECKS;
    let checks = |timeout: Duration| timeout.as_millis().div_ceil(step.as_millis().max(1));
    let (header_checks, idle_checks) = (checks(timeouts.header), checks(timeouts.idle));
    // The first check one step from now: a check at once would count an instant as a step.
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + step, step);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut moved = activity.moved.load(Ordering::Relaxed);
    let mut turns = activity.turns.load(Ordering::Relaxed);
    // Checks in a row without progress: waiting for a head, or in a silent request.
    let mut waiting = waited.as_millis() / step.as_millis().max(1);
    let mut quiet = 0;
    loop {
        tick.tick().await;
        let now_moved = activity.moved.load(Ordering::Relaxed);
        let now_turns = activity.turns.load(Ordering::Relaxed);
        let stirred = std::mem::replace(&mut moved, now_moved) != now_moved;
        let turned = std::mem::replace(&mut turns, now_turns) != now_turns;
        if turned || activity.streams.load(Ordering::Relaxed) > 0 {
            (waiting, quiet) = (0, 0);
        } else if activity.busy.load(Ordering::Relaxed) == 0 {
            // Between requests, bytes or not: a head must be complete in time.
            quiet = 0;
            waiting += 1;
            if waiting >= header_checks {
                return;
            }
        } else {
            waiting = 0;
            quiet = if stirred { 0 } else { quiet + 1 };
            if quiet >= idle_checks {
                return;
            }
        }
    }
}

/// The socket, counting the reads and writes that move bytes.
struct Counted<S> {
    inner: S,
    activity: Arc<Activity>,
}

impl<S: AsyncRead + Unpin> AsyncRead for Counted<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let result = Pin::new(&mut this.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            this.activity.moved();
        }
        result
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Counted<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write(cx, buf);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            this.activity.moved();
        }
        result
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            this.activity.moved();
        }
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// The application as hyper calls it on this connection: it adds the peer's address
/// (handlers read it as `ConnectInfo<SocketAddr>`, as with `axum::serve`) and tracks each
/// answer.
#[derive(Clone)]
struct ConnService<S> {
    app: S,
    peer: SocketAddr,
    activity: Arc<Activity>,
}

impl<S: App> hyper::service::Service<http::Request<Incoming>> for ConnService<S> {
    type Response = http::Response<Tracked<S::Body>>;
    type Error = Infallible;
    type Future = Tracking<S::Future>;

    fn call(&self, request: http::Request<Incoming>) -> Self::Future {
        let mut request = request.map(axum::body::Body::new);
        request.extensions_mut().insert(ConnectInfo(self.peer));
        let busy = Busy::enter(&self.activity);
        // The application is always ready (a `Router` documents `poll_ready` as a no-op, and
        // the layers around it add no back-pressure), so it is called directly, as
        // hyper-util's own adapter does after `oneshot`.
        let inner = self.app.clone().answer(request);
        Tracking {
            inner,
            busy: Some(busy),
        }
    }
}

/// One request in progress; dropping it (answer ended, or abandoned) ends it.
struct Busy {
    activity: Arc<Activity>,
    stream: bool,
}

impl Busy {
    fn enter(activity: &Arc<Activity>) -> Self {
        activity.busy.fetch_add(1, Ordering::Relaxed);
        activity.turns.fetch_add(1, Ordering::Relaxed);
        Self {
            activity: activity.clone(),
            stream: false,
        }
    }

    fn mark_stream(&mut self) {
        if !self.stream {
            self.stream = true;
            self.activity.streams.fetch_add(1, Ordering::Relaxed);
        }
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        if self.stream {
            self.activity.streams.fetch_sub(1, Ordering::Relaxed);
        }
        self.activity.busy.fetch_sub(1, Ordering::Relaxed);
        self.activity.turns.fetch_add(1, Ordering::Relaxed);
    }
}

pin_project_lite::pin_project! {
    /// The application's future; on completion, the answer carries the request's [`Busy`].
    struct Tracking<F> {
        #[pin]
        inner: F,
        busy: Option<Busy>,
    }
}

impl<F, B> Future for Tracking<F>
where
    F: Future<Output = Result<http::Response<B>, Infallible>>,
{
    type Output = Result<http::Response<Tracked<B>>, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let Ok(response) = ready!(this.inner.poll(cx));
        let mut busy = this.busy.take();
        let event_stream = response
            .headers()
            .get(http::header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"));
        if event_stream && let Some(busy) = busy.as_mut() {
            busy.mark_stream();
        }
        Poll::Ready(Ok(response.map(|body| Tracked { body, _busy: busy })))
    }
}

pin_project_lite::pin_project! {
    /// An answer's body, holding its request's [`Busy`] until hyper has taken the last frame.
    pub struct Tracked<B> {
        #[pin]
        body: B,
        _busy: Option<Busy>,
    }
}

impl<B> HttpBody for Tracked<B>
where
    B: HttpBody<Data = bytes::Bytes, Error: Into<axum::BoxError>>,
{
    type Data = bytes::Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        self.project().body.poll_frame(cx).map_err(Into::into)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
