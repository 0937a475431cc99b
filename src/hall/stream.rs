//! One Server-Sent Events stream: what was missed since `Last-Event-ID` first (read from
//! the log), then live frames from the hub, each sent only to the viewers it is for, with
//! nothing sent twice.

use super::frame::{Frame, caption_of};
use super::hub::{Channel, Presence};
use super::lanes::Delivery;
use super::{HallUpdate, UpdateKind, Viewer};
use crate::domain::{Lang, Slug};
use crate::storage::{Database, StoreError};
use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::{broadcast, watch};

/// Updates replayed from the log per read.
const REPLAY_PAGE: i64 = 500;

/// Everything a stream needs.
pub struct StreamStart {
    pub db: Database,
    pub event: Slug,
    pub channel: Arc<Channel>,
    pub presence: Presence,
    /// The window's slot under the cap across instances.
    pub window: super::Window,
    /// The attendee's stay in the hall, recorded while the stream is open.
    pub stay: super::Stay,
    pub viewer: Viewer,
    /// The caption language chosen (`None`: no captions).
    pub captions: Option<Lang>,
    /// The last update the client has (from `Last-Event-ID` or the page it loaded).
    pub after: i64,
    /// The first frame (`hello`: server time and where the stream starts).
    pub hello: Bytes,
    pub closing: watch::Receiver<bool>,
    /// Counted in `/metrics` while the stream is open.
    pub counted: crate::metrics::HallConnection,
}

struct State {
    db: Database,
    event: Slug,
    receiver: broadcast::Receiver<Delivery>,
    viewer: Viewer,
    captions: Option<Lang>,
    last: i64,
    backlog: VecDeque<Bytes>,
    closing: watch::Receiver<bool>,
    ended: bool,
    /// The log has more to replay before live frames may follow.
    more: bool,
    _presence: Presence,
    _window: super::Window,
    _stay: super::Stay,
    _counted: crate::metrics::HallConnection,
}

impl State {
    /// Queues one page of the stored updates after `self.last` that this viewer may see;
    /// `self.more` says whether the log has more (read when this page has been sent, so a
    /// long replay never sits in memory at once).
    async fn replay(&mut self) -> Result<(), StoreError> {
        let updates = self
            .db
            .updates_after(&self.event, self.last, REPLAY_PAGE)
            .await?;
        self.more = updates.len() as i64 == REPLAY_PAGE;
        for update in &updates {
            self.queue(update);
        }
        Ok(())
    }

    fn queue(&mut self, update: &HallUpdate) {
        let caption = caption_of(update);
        if self.take(
            update.seq,
            update.audience,
            Some(update.kind),
            caption.as_ref(),
        ) {
            self.backlog.push_back(Frame::update(update).bytes);
        }
    }

    /// Records update `seq` as seen; whether this viewer is sent it. A revocation is sent to
    /// the attendee it revokes (and ends their stream), to nobody else; a caption only to
    /// streams that chose its language.
    fn take(
        &mut self,
        seq: i64,
        audience: super::Audience,
        kind: Option<UpdateKind>,
        caption: Option<&Lang>,
    ) -> bool {
        self.last = seq;
        if kind == Some(UpdateKind::Caption) {
            return caption.is_some() && caption == self.captions.as_ref();
        }
        let for_viewer = audience.includes(self.viewer);
        if kind == Some(UpdateKind::Revoked) {
            let revokes_this = for_viewer && matches!(self.viewer, Viewer::Attendee(_));
            self.ended |= revokes_this;
            return revokes_this;
        }
        for_viewer
    }

    /// The next chunk to send, or `None` when the stream ends.
    async fn next(&mut self) -> Option<Bytes> {
        loop {
            if let Some(bytes) = self.backlog.pop_front() {
                return Some(bytes);
            }
            if self.ended || *self.closing.borrow() {
                return None;
            }
            if self.more {
                // Boxed: a read of the log is rare, and its future is large; inline, every
                // open stream would carry room for it while it waits for the next frame.
                if Box::pin(self.replay()).await.is_err() {
                    return None;
                }
                continue;
            }
            let received = tokio::select! {
                received = self.receiver.recv() => received,
                _ = self.closing.changed() => return None,
            };
            match received {
                Ok(Delivery { prev, frame }) => {
                    if frame.seq == 0 {
                        return Some(frame.bytes.clone());
                    }
                    if frame.seq <= self.last {
                        continue;
                    }
                    if prev > self.last {
                        // A gap (this stream started between a pump's read and its send):
                        // the log has what is missing, in order. (Updates between `prev` and
                        // this one are captions of other lanes, nothing missed.)
                        self.more = true;
                        continue;
                    }
                    if self.take(
                        frame.seq,
                        frame.audience,
                        frame.kind,
                        frame.caption.as_ref(),
                    ) {
                        return Some(frame.bytes.clone());
                    }
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    // Fell behind the channel: read the rest from the log.
                    self.more = true;
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}

/// The `text/event-stream` response.
pub async fn respond(start: StreamStart) -> Result<Response, StoreError> {
    // Subscribe before reading the log, so nothing falls between the two.
    let receiver = start.channel.subscribe(start.captions.as_ref());
    let mut state = State {
        db: start.db,
        event: start.event,
        receiver,
        viewer: start.viewer,
        captions: start.captions,
        last: start.after,
        backlog: VecDeque::from([start.hello]),
        closing: start.closing,
        ended: false,
        more: false,
        _presence: start.presence,
        _window: start.window,
        _stay: start.stay,
        _counted: start.counted,
    };
    state.replay().await?;
    let stream = futures_util::stream::unfold(state, |mut state| async move {
        state
            .next()
            .await
            .map(|bytes| (Ok::<_, std::convert::Infallible>(bytes), state))
    });
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    headers.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    headers.insert(
        http::HeaderName::from_static("x-accel-buffering"),
        http::HeaderValue::from_static("no"),
    );
    Ok(response)
}
