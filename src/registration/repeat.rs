//! A sign-up for an address already registered for the event: what changes and which mail
//! goes out. A pure decision (storage only executes it), so every case is a unit test.

use super::{MailKind, Status};
use jiff::SignedDuration;

/// What happens to the existing registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing changes.
    Nothing,
    /// A fresh confirmation link replaces an expired one.
    NewLink,
    /// A new start for someone who cancelled or let a link or offer lapse: back to pending
    /// with the details just typed and a fresh link.
    Restart,
}

/// The decision for one repeated sign-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repeat {
    pub change: Change,
    /// The mail to send, if any (then the registration's last-mail time moves to now).
    pub mail: Option<MailKind>,
}

/// Decides for a registration in `status` whose confirmation link has `link_expired`, last
/// mailed `since_last_mail` ago. Repeated sign-ups (a double click, a bot, someone pressing
/// again) send at most one mail per `resend_after`, except when the person needs a new link.
///
/// A cancelled or lapsed registration starts again with its link mailed at once, however
/// recent the last mail: that is someone registering anew after cancelling, and nobody else
/// can repeat it quickly (cancelling takes the personal link from the owner's mailbox; a
/// link or offer lapses only after its lifetime). Once restarted the registration is
/// pending, so further repeats are throttled again, on top of the per-address limit of the
/// form.
pub fn repeat_sign_up(
    status: Status,
    link_expired: bool,
    since_last_mail: SignedDuration,
    resend_after: SignedDuration,
) -> Repeat {
    let may_mail = since_last_mail >= resend_after;
    let confirm_if = |send: bool| send.then_some(MailKind::Confirm);
    match status {
        // Same link again while it works; a fresh one once it has expired.
        Status::Pending if link_expired => Repeat {
            change: Change::NewLink,
            mail: Some(MailKind::Confirm),
        },
        Status::Pending => Repeat {
            change: Change::Nothing,
            mail: confirm_if(may_mail),
        },
        Status::Cancelled | Status::Expired => Repeat {
            change: Change::Restart,
            mail: Some(MailKind::Confirm),
        },
        Status::Confirmed | Status::Waitlisted | Status::Offered => Repeat {
            change: Change::Nothing,
            mail: may_mail.then_some(MailKind::AlreadyRegistered),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAIT: SignedDuration = SignedDuration::from_mins(10);
    const SOON: SignedDuration = SignedDuration::from_mins(2);
    const LATER: SignedDuration = SignedDuration::from_mins(11);

    fn decide(status: Status, link_expired: bool, since: SignedDuration) -> Repeat {
        repeat_sign_up(status, link_expired, since, WAIT)
    }

    #[test]
    fn a_pending_registration_gets_its_link_again_but_not_twice_in_ten_minutes() {
        assert_eq!(
            decide(Status::Pending, false, SOON),
            Repeat {
                change: Change::Nothing,
                mail: None
            }
        );
        assert_eq!(
            decide(Status::Pending, false, LATER),
            Repeat {
                change: Change::Nothing,
                mail: Some(MailKind::Confirm)
            }
        );
    }

    #[test]
    fn an_expired_link_is_replaced_and_sent_at_once() {
        assert_eq!(
            decide(Status::Pending, true, SOON),
            Repeat {
                change: Change::NewLink,
                mail: Some(MailKind::Confirm)
            }
        );
    }

    #[test]
    fn a_cancelled_or_lapsed_registration_starts_again_with_its_link_at_once() {
        for status in [Status::Cancelled, Status::Expired] {
            for (expired, since) in [(false, SOON), (true, SOON), (false, LATER)] {
                assert_eq!(
                    decide(status, expired, since),
                    Repeat {
                        change: Change::Restart,
                        mail: Some(MailKind::Confirm)
                    },
                    "{status:?} {expired} {since:?}"
                );
            }
        }
        // Restarted, it is pending again: the next repeat waits as for any pending one.
        assert_eq!(
            decide(Status::Pending, false, SignedDuration::ZERO).mail,
            None
        );
    }

    #[test]
    fn someone_already_in_is_told_so_at_most_every_ten_minutes() {
        for status in [Status::Confirmed, Status::Waitlisted, Status::Offered] {
            assert_eq!(
                decide(status, true, SOON),
                Repeat {
                    change: Change::Nothing,
                    mail: None
                }
            );
            assert_eq!(
                decide(status, false, LATER),
                Repeat {
                    change: Change::Nothing,
                    mail: Some(MailKind::AlreadyRegistered)
                }
            );
        }
    }
}
