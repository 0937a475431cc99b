//! Attendance after the event: the report computed from the hall's recorded stays
//! (`report.rs`; recording is the hall's, `hall/attendance.rs`), and certificates of
//! attendance with their public verification page (`certificate.rs`). The organisers'
//! pages are in `admin/web/attendance.rs`; the attendee's own in their personal page.

pub mod certificate;
pub mod personal;
pub mod report;

use crate::state::AppState;

/// The public routes: a certificate's verification address.
pub fn router() -> axum::Router<AppState> {
    axum::Router::new().route(
        "/{lang}/certificates/{token}",
        axum::routing::get(certificate::page),
    )
}
