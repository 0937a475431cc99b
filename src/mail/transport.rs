//! Where mail goes: an SMTP server (lettre), or `.eml` files in the data folder when no
//! server is configured (the demo shows them on a page).

use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

/// A configured transport.
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server, e.g. `smtp://127.0.0.1:2525` or `smtps://user:pass@host`.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `.eml` file per message in this folder.
    Files(PathBuf),
}

/// A delivery that failed; the text never contains the recipient's address.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TransportError(String);

impl Transport {
    /// An SMTP transport from a URL.
    pub fn smtp(url: &str) -> Result<Self, TransportError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| TransportError(format!("the SMTP URL is not valid: {e}")))?
            .build();
        Ok(Transport::Smtp(transport))
    }

    /// Sends one message.
    pub async fn send(&self, message: Message, file_stem: &str) -> Result<(), TransportError> {
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| {
                let code = e
                    .status()
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "no reply code".to_owned());
                let kind = if e.is_transient() {
                    "temporary failure"
                } else if e.is_permanent() {
                    "permanent failure"
                } else {
                    "connection or protocol error"
                };
                TransportError(format!("SMTP {kind} ({code})"))
            }),
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| TransportError(format!("cannot create {}: {e}", dir.display())))?;
                // Written aside and renamed, so a reader never sees half a message.
                let path = dir.join(format!("{file_stem}.eml"));
                let partial = dir.join(format!(".{file_stem}.eml.part"));
                tokio::fs::write(&partial, message.formatted())
                    .await
                    .map_err(|e| {
                        TransportError(format!("cannot write {}: {e}", partial.display()))
                    })?;
                tokio::fs::rename(&partial, &path)
                    .await
                    .map_err(|e| TransportError(format!("cannot write {}: {e}", path.display())))
            }
        }
    }
}
