//! Open letters that visitors sign: the form, the confirmation by mail, the public list,
//! withdrawal by the signer, and the organisers' export.
//!
//! A signature counts only once the signer follows the link mailed to them; the public
//! list shows names only of those who agreed, and never an address.

mod model;
mod progress;
mod web;

pub use model::*;
pub use progress::{GoalView, SignatureProgress};
pub use web::router;
