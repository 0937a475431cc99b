//! The organisers' area at `/admin/`: accounts with Argon2id passwords and optional TOTP,
//! sessions, roles and the route table that says who may do what, the registrations
//! dashboard, post editing with preview, user management and the audit log.

mod model;
pub mod password;
pub mod routes;
pub mod session;
pub mod throttle;
pub mod totp;
mod web;

pub use model::{Permission, Role, User, allows};
pub use routes::{AdminRoute, router, table};
pub use web::audit_change;
