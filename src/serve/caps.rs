//! Caps on open connections, in total and per client network (an IPv4 address or an IPv6
//! /64, like `site::network_key`), counted from accept to close.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

/// The open connections, shared by the accept loop and every connection's [`Permit`].
#[derive(Clone)]
pub struct Caps(Arc<Inner>);

struct Inner {
    total: usize,
    per_network: usize,
    open: Mutex<Open>,
}

#[derive(Default)]
struct Open {
    total: usize,
    by_network: HashMap<u128, usize>,
}

/// One admitted connection; dropping it frees its place.
pub struct Permit {
    caps: Caps,
    network: u128,
}

/// The network a client address counts against: IPv4 (also when mapped into IPv6) by
/// address, IPv6 by its /64, which one subscriber usually holds whole. The top bit keeps
/// the two kinds apart.
fn network(ip: IpAddr) -> u128 {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    match ip {
        IpAddr::V4(v4) => u128::from(u32::from(v4)),
        IpAddr::V6(v6) => (u128::from(v6) & !((1u128 << 64) - 1)) | 1,
    }
}

impl Caps {
    /// At most `total` connections, and `per_network` from one network (0: no such cap).
    pub fn new(total: usize, per_network: usize) -> Self {
        Self(Arc::new(Inner {
            total,
            per_network,
            open: Mutex::new(Open::default()),
        }))
    }

    /// Admits a connection from `ip`, or `None` when it would go over a cap.
    pub fn admit(&self, ip: IpAddr) -> Option<Permit> {
        let network = network(ip);
        let mut open = self.0.open.lock().unwrap_or_else(PoisonError::into_inner);
        if open.total >= self.0.total {
            return None;
        }
        let from_network = open.by_network.get(&network).copied().unwrap_or(0);
        if self.0.per_network > 0 && from_network >= self.0.per_network {
            return None;
        }
        *open.by_network.entry(network).or_default() += 1;
        open.total += 1;
        Some(Permit {
            caps: self.clone(),
            network,
        })
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.0
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .total
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut open = self
            .caps
            .0
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        open.total = open.total.saturating_sub(1);
        if let Some(count) = open.by_network.get_mut(&self.network) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.by_network.remove(&self.network);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn one_network_is_capped_while_another_is_admitted() {
        let caps = Caps::new(10, 2);
        let a = [caps.admit(ip("192.0.2.1")), caps.admit(ip("192.0.2.1"))];
        assert!(a.iter().all(Option::is_some));
        assert!(caps.admit(ip("192.0.2.1")).is_none());
        assert!(
            caps.admit(ip("::ffff:192.0.2.1")).is_none(),
            "mapped is the same"
        );
        assert!(caps.admit(ip("192.0.2.2")).is_some());
        drop(a);
        assert!(
            caps.admit(ip("192.0.2.1")).is_some(),
            "closing frees the place"
        );
    }

    #[test]
    fn ipv6_counts_by_its_64() {
        let caps = Caps::new(10, 1);
        let _first = caps.admit(ip("2001:db8:1:2::1"));
        assert!(caps.admit(ip("2001:db8:1:2:ffff::9")).is_none());
        assert!(caps.admit(ip("2001:db8:1:3::1")).is_some());
    }

    #[test]
    fn the_total_caps_every_network_and_zero_means_no_per_network_cap() {
        let caps = Caps::new(3, 0);
        let held: Vec<_> = (0..3).map(|_| caps.admit(ip("192.0.2.1"))).collect();
        assert!(held.iter().all(Option::is_some));
        assert!(caps.admit(ip("192.0.2.9")).is_none());
        assert_eq!(caps.open(), 3);
        drop(held);
        assert_eq!(caps.open(), 0);
        assert!(caps.0.open.lock().expect("lock").by_network.is_empty());
    }
}
