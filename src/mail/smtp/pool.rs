//! The connections kept open between messages, as lettre's pool kept them: up to `MAX_IDLE`
//! parked, each checked with a NOOP before reuse, a broken one closed instead of parked, and
//! those idle longer than `IDLE_FOR` closed (QUIT) by a sweep every `IDLE_FOR`.

use lettre::transport::smtp::client::AsyncSmtpConnection;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;
use tokio::time::Instant;

/// Connections parked at most; one more is closed when it comes back.
pub const MAX_IDLE: usize = 10;
/// How long a parked connection may wait for its next message before it is closed.
pub const IDLE_FOR: Duration = Duration::from_secs(60);

/// Open connections waiting for a message.
#[derive(Default)]
pub struct Pool {
    parked: Mutex<Vec<Parked>>,
}

struct Parked {
    conn: AsyncSmtpConnection,
    since: Instant,
}

impl Pool {
    /// A parked connection that still answers a NOOP, if there is one; those that do not are
    /// closed on the way.
    pub async fn take(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let mut conn = self.lock().pop()?.conn;
            if conn.test_connected().await {
                return Some(conn);
            }
            conn.abort().await;
        }
    }

    /// Parks a connection after a message, or closes it: when an error broke it, or when
    /// `MAX_IDLE` are parked already.
    pub async fn put_back(&self, mut conn: AsyncSmtpConnection) {
        if !conn.has_broken() {
            let mut parked = self.lock();
            if parked.len() < MAX_IDLE {
                parked.push(Parked {
                    conn,
                    since: Instant::now(),
                });
                return;
            }
        }
        conn.abort().await;
    }

    /// Closes (QUIT) the connections that have waited longer than `IDLE_FOR` at `now`.
    pub async fn close_idle(&self, now: Instant) {
        let stale: Vec<Parked> = {
            let mut parked = self.lock();
            let (stale, fresh) = std::mem::take(&mut *parked)
                .into_iter()
                .partition(|p| now.saturating_duration_since(p.since) > IDLE_FOR);
            *parked = fresh;
            stale
        };
        futures_util::future::join_all(stale.into_iter().map(|mut p| async move {
            p.conn.abort().await;
        }))
        .await;
    }

    /// How many connections are parked.
    pub fn parked(&self) -> usize {
        self.lock().len()
    }

    /// A sweep every `IDLE_FOR` that closes idle connections, ending when the pool is gone.
    /// Its handle is the caller's to abort.
    pub fn sweep(pool: Weak<Self>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(IDLE_FOR);
            // The first tick is immediate; nothing can be idle yet.
            tick.tick().await;
            loop {
                tick.tick().await;
                let Some(pool) = pool.upgrade() else { return };
                pool.close_idle(Instant::now()).await;
            }
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Parked>> {
        // The list stays consistent whatever panicked while holding it.
        self.parked.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A shared pool whose sweep stops when the last holder drops it.
pub struct SweptPool {
    /// The pool.
    pub pool: Arc<Pool>,
    sweep: tokio::task::JoinHandle<()>,
}

impl SweptPool {
    /// An empty pool and its sweep (needs a tokio runtime, as lettre's pool did).
    pub fn new() -> Self {
        let pool = Arc::new(Pool::default());
        let sweep = Pool::sweep(Arc::downgrade(&pool));
        Self { pool, sweep }
    }
}

impl Drop for SweptPool {
    fn drop(&mut self) {
        self.sweep.abort();
    }
}
