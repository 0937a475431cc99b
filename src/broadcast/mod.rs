//! Mail from organisers to people (issue 16): a message written per language, for an
//! audience (an event's registrants, by status, language or country), queued as one job per
//! person in one transaction and sent by the job workers; every message can be unsubscribed
//! from with one click (RFC 8058), and every later broadcast honours it.

mod audience;
mod texts;
mod unsubscribe;
mod web;

pub use audience::{Audience, Recipient, RecipientId, Which};
pub use texts::{BroadcastText, BroadcastTexts, TextProblem};
pub use unsubscribe::{UnsubscribeToken, address_hash};
pub use web::router;
