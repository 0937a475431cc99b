//! The reverse proxies whose forwarding headers are believed (`trusted_proxies`): a list
//! that can only hold IP addresses and CIDR ranges. Read by the configuration and by
//! `site::client`, so it lives below both.

use ipnet::IpNet;
use serde::{Deserialize, Deserializer};
use std::net::IpAddr;

/// The proxies whose forwarding headers are believed: addresses and CIDR ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses entries such as `127.0.0.1`, `::1` or `10.0.0.0/8`; the error names the bad one.
    pub fn parse<'a>(entries: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let mut nets = Vec::new();
        for entry in entries.into_iter().map(str::trim).filter(|e| !e.is_empty()) {
            let net = match entry.parse::<IpNet>() {
                Ok(net) => net,
                Err(_) => entry.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
                    format!(
                        "`{entry}` in trusted_proxies is neither an IP address nor a CIDR range; \
                         use entries such as 127.0.0.1 or 10.0.0.0/8"
                    )
                })?,
            };
            nets.push(net.trunc());
        }
        Ok(Self(nets))
    }

    /// Whether `ip` is one of the trusted proxies.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The entries as a TOML array, as `convene config` shows them.
    pub fn to_toml(&self) -> String {
        let entries = self
            .0
            .iter()
            .map(|net| toml::Value::String(net.to_string()));
        toml::Value::Array(entries.collect()).to_string()
    }
}

impl<'de> Deserialize<'de> for TrustedProxies {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = Vec::<String>::deserialize(deserializer)?;
        Self::parse(entries.iter().map(String::as_str)).map_err(serde::de::Error::custom)
    }
}
