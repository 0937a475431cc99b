//! Where mail goes: an SMTP relay (`super::smtp`), or `.eml` files in the data folder when
//! no relay is configured (the demo shows them on a page).

use super::smtp::{Relay, RelayError, RelaySettings};
use lettre::Message;
use std::path::PathBuf;

/// A configured transport.
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server, e.g. `smtp://127.0.0.1:2525` or `smtps://user:pass@host`.
    Smtp(Relay),
    /// One `.eml` file per message in this folder.
    Files(PathBuf),
}

/// A delivery that failed; the text never contains the recipient's address.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TransportError(String);

impl Transport {
    /// An SMTP transport from a URL, sending at most `per_second` messages a second (0: no
    /// limit).
    pub fn smtp(url: &str, per_second: u32) -> Result<Self, TransportError> {
        let settings = RelaySettings::from_url(url)
            .map_err(|e| TransportError(format!("the SMTP URL is not valid: {e}")))?;
        Ok(Transport::Smtp(Relay::new(settings, per_second)))
    }

    /// Sends one message.
    pub async fn send(&self, message: Message, file_stem: &str) -> Result<(), TransportError> {
        match self {
            Transport::Smtp(relay) => relay.send(&message).await.map_err(|e| describe(&e)),
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

/// What the job records of a failed delivery: the kind of failure and the relay's reply code,
/// never an address.
fn describe(err: &RelayError) -> TransportError {
    let (kind, code) = match err {
        RelayError::Smtp(e) if e.is_transient() => ("temporary failure", e.status()),
        RelayError::Smtp(e) if e.is_permanent() => ("permanent failure", e.status()),
        RelayError::Smtp(e) => ("connection or protocol error", e.status()),
        RelayError::Unreachable(_) => ("connection or protocol error", None),
        RelayError::TimedOut(_) => ("timeout", None),
    };
    let code = code.map_or_else(|| "no reply code".to_owned(), |c| c.to_string());
    TransportError(format!("SMTP {kind} ({code})"))
}
