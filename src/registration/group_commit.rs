//! Group commit for sign-ups: requests that arrive while a transaction is committing are
//! stored together in the next one, so a burst pays for one commit per batch instead of one
//! per person. Each caller gets its answer only after its batch has committed, so an
//! acknowledged sign-up is durable exactly as before.
//!
//! If a batch fails, its sign-ups are retried one transaction each, so one bad request cannot
//! fail the others; if it failed because the storage is unavailable, each is answered so at
//! once (the visitor is asked to try again). The writer task ends by itself when the last [`SignUpQueue`] is dropped.

use super::SignUp;
use crate::registration::{Lifetimes, SignUpRequest};
use crate::storage::{Database, StoreError};
use tokio::sync::{mpsc, oneshot};

/// Most sign-ups stored in one transaction.
const MAX_BATCH: usize = 256;

type Reply = oneshot::Sender<Result<SignUp, StoreError>>;

/// The front of the queue; cheap to clone.
#[derive(Clone)]
pub struct SignUpQueue {
    sender: mpsc::Sender<(SignUpRequest, Reply)>,
}

/// The queue's writer stopped (the application is shutting down).
#[derive(Debug, thiserror::Error)]
#[error("the sign-up writer has stopped")]
pub struct QueueClosed;

impl SignUpQueue {
    /// Starts the writer for `db`.
    pub fn start(db: Database, lifetimes: Lifetimes) -> Self {
        let (sender, receiver) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(write_batches(db, lifetimes, receiver));
        Self { sender }
    }

    /// Stores a sign-up with the next batch and returns its outcome once committed.
    pub async fn sign_up(&self, request: SignUpRequest) -> anyhow::Result<SignUp> {
        let (reply, answer) = oneshot::channel();
        self.sender
            .send((request, reply))
            .await
            .map_err(|_| QueueClosed)?;
        Ok(answer.await.map_err(|_| QueueClosed)??)
    }
}

async fn write_batches(
    db: Database,
    lifetimes: Lifetimes,
    mut receiver: mpsc::Receiver<(SignUpRequest, Reply)>,
) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = receiver.recv().await {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let requests: Vec<SignUpRequest> = batch.iter().map(|(r, _)| r.clone()).collect();
        match db.sign_up_batch(&requests, lifetimes).await {
            Ok(outcomes) => {
                for ((_, reply), outcome) in batch.drain(..).zip(outcomes) {
                    let _ = reply.send(Ok(outcome));
                }
            }
            // The database itself is out (down, full, locked): trying each one again would
            // only make every visitor wait longer for the same answer.
            Err(err) if err.is_unavailable() => {
                tracing::warn!(error = %err, size = requests.len(), "a sign-up batch failed: storage unavailable");
                let reason = err.to_string();
                for (_, reply) in batch.drain(..) {
                    let _ = reply.send(Err(StoreError::Unavailable(reason.clone())));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, size = requests.len(), "a sign-up batch failed; storing its sign-ups one by one");
                for (r, reply) in batch.drain(..) {
                    let outcome = db
                        .sign_up(&r.new, &r.confirm_nonce, &r.access_nonce, r.now, lifetimes)
                        .await;
                    let _ = reply.send(outcome);
                }
            }
        }
    }
}
