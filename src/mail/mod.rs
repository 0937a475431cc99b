//! Mail: composing the registration and signature e-mails, the transports (SMTP, or `.eml` files for the
//! demo), and the worker that drains the outbox with retries.

mod compose;
pub mod demo_mailbox;
mod transport;
mod worker;

pub use compose::{
    ComposeError, Composed, MailInputs, SignatureMailInputs, compose, compose_notice,
    compose_signature,
};
pub use transport::{Transport, TransportError};
pub use worker::{deliver_due, queue_reminders, run_worker};
