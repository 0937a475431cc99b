//! Mail: composing the registration, signature and organisers' e-mails, the transports (SMTP,
//! or `.eml` files for the demo), and turning claimed mail jobs into messages (`letters`).
//! Every mail is a job (`crate::jobs`); nothing here sends on its own.

pub mod broadcast;
mod compose;
pub mod demo_mailbox;
mod letters;
mod sender;
pub mod smtp;
mod supporter;
mod transport;

pub use compose::{
    CalendarPart, ComposeError, Composed, MailInputs, SignatureMailInputs, compose, compose_notice,
    compose_signature,
};
pub use letters::{Letter, letters, password_token};
pub use sender::Sender;
pub use transport::{Transport, TransportError};
