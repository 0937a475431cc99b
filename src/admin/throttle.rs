//! Sign-in throttling that slows guessing without locking anyone out.
//!
//! Every verified attempt (password or second-factor code) is counted, before it is checked,
//! under several keys at once; after a few free attempts each further one under a key must
//! wait twice as long as the last, up to a cap. The keys are:
//!
//! - the typed address *from one network* (IPv6 by /64): one attacker on one account;
//! - the network, whatever address it tries: one attacker spraying many accounts;
//! - the typed address from any network that has never signed in to it: many attackers on
//!   one account. Networks the account signed in from before are exempt, so its owner keeps
//!   signing in from home while strangers are slowed.
//!
//! Keys are derived from the typed address, never from whether it has an account, so the
//! waits are the same for unknown, invited and existing accounts and reveal nothing. They are
//! stored as HMACs under the server's key (no address in clear) and counted in the database,
//! so the delay holds across instances. The decisions are pure functions, tested here.

use crate::registration::LinkKey;
use jiff::{SignedDuration, Timestamp};

/// How one kind of key grows its delay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Attempts allowed without any delay.
    pub free: i64,
    /// The first delay, in seconds; each further attempt doubles it.
    pub base_secs: i64,
    /// The longest delay, in seconds.
    pub cap_secs: i64,
}

impl Policy {
    /// After `attempts` counted attempts, how long the next one must wait (seconds).
    pub fn delay_secs(self, attempts: i64) -> i64 {
        let over = attempts - self.free;
        if over <= 0 {
            return 0;
        }
        // 2^(over-1) without overflow: past 2^40 the cap has long been reached.
        let doublings = u32::try_from((over - 1).min(40)).unwrap_or(40);
        self.base_secs
            .saturating_mul(1_i64 << doublings)
            .min(self.cap_secs)
    }
}

/// The longest wait any key imposes.
pub const CAP: SignedDuration = SignedDuration::from_mins(15);

/// One address from one network: a person who mistyped gets three tries, then 2 s, 4 s …
pub const ACCOUNT_FROM_NETWORK: Policy = Policy {
    free: 3,
    base_secs: 2,
    cap_secs: CAP.as_secs(),
};
/// One network, all addresses: room for a shared office or school before it slows.
pub const NETWORK: Policy = Policy {
    free: 20,
    base_secs: 2,
    cap_secs: CAP.as_secs(),
};
/// One address from every network it never signed in from: a distributed attack.
pub const ACCOUNT_FROM_STRANGERS: Policy = Policy {
    free: 10,
    base_secs: 2,
    cap_secs: CAP.as_secs(),
};

/// A count older than this starts again.
pub const QUIET: SignedDuration = SignedDuration::from_hours(24);
/// How long a network stays known to an account after a sign-in from it.
pub const KNOWN_FOR: SignedDuration = SignedDuration::from_hours(24 * 90);

/// What is being attempted: the password step (by typed address) or the code step (by
/// account, which is known by then).
#[derive(Clone, Copy, Debug)]
pub enum Step<'a> {
    Password { address: &'a str },
    Code { user_id: i64 },
}

/// The keys an attempt counts under, each with its policy.
#[derive(Clone, Debug)]
pub struct Keys {
    /// The account (typed address or id) from this network.
    pub pair: String,
    /// The network.
    pub network: String,
    /// The account from networks it does not know.
    pub account: String,
    /// Whether this network signed in to the account before (the account key is skipped).
    pub known: String,
}

/// The typed address as the database compares it.
pub fn normal_address(address: &str) -> String {
    address.trim().to_lowercase()
}

impl Keys {
    /// The keys of `step` from `network` (see [`crate::site::network_key`]).
    pub fn new(key: &LinkKey, step: Step<'_>, network: &str) -> Self {
        let account = match step {
            Step::Password { address } => format!("password\0{}", normal_address(address)),
            Step::Code { user_id } => format!("code\0{user_id}"),
        };
        let sign = |what: &str| key.sign("login-throttle", what);
        Self {
            pair: sign(&format!("pair\0{account}\0{network}")),
            network: sign(&format!("network\0{network}")),
            account: sign(&format!("account\0{account}")),
            known: sign(&format!("known\0{account}\0{network}")),
        }
    }

    /// The keys to count under, with their policies: the account-wide key only when the
    /// network is not known to the account.
    pub fn counted(&self, known: bool) -> Vec<(String, Policy)> {
        let mut keys = vec![
            (self.pair.clone(), ACCOUNT_FROM_NETWORK),
            (self.network.clone(), NETWORK),
        ];
        if !known {
            keys.push((self.account.clone(), ACCOUNT_FROM_STRANGERS));
        }
        keys
    }
}

/// The instant before which a count is forgotten.
pub fn quiet_since(now: Timestamp) -> Timestamp {
    now.checked_sub(QUIET).unwrap_or(Timestamp::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_starts_after_the_free_attempts_doubles_and_is_capped() {
        let p = ACCOUNT_FROM_NETWORK;
        let delays: Vec<i64> = (1..=14).map(|n| p.delay_secs(n)).collect();
        assert_eq!(
            delays,
            [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
        );
        assert_eq!(p.delay_secs(i64::MAX), 900, "no overflow");
        assert_eq!(p.delay_secs(-5), 0);
    }

    #[test]
    fn keys_depend_on_the_typed_address_and_network_only() {
        let key = LinkKey::generate();
        let a = Keys::new(
            &key,
            Step::Password {
                address: " Amal@Example.org",
            },
            "192.0.2.1",
        );
        let b = Keys::new(
            &key,
            Step::Password {
                address: "amal@example.org",
            },
            "192.0.2.1",
        );
        let c = Keys::new(
            &key,
            Step::Password {
                address: "amal@example.org",
            },
            "192.0.2.2",
        );
        assert_eq!(a.pair, b.pair);
        assert_ne!(a.pair, c.pair, "another network");
        assert_eq!(a.account, c.account, "the same account from anywhere");
        assert_ne!(a.network, c.network);
        assert_ne!(a.known, c.known);
        let code = Keys::new(&key, Step::Code { user_id: 7 }, "192.0.2.1");
        assert_eq!(code.network, a.network, "one network count for both steps");
        assert_ne!(code.pair, a.pair);
        assert_eq!(a.counted(true).len(), 2);
        assert_eq!(a.counted(false).len(), 3);
    }
}
