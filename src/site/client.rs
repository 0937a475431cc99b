//! The visitor's address behind trusted reverse proxies (`Forwarded`, `X-Forwarded-For`).
//!
//! Rate limits are kept per client network. Behind a proxy every connection comes from the
//! proxy, so the address the proxy reports is used instead — but only when the connection
//! comes from a proxy the operator listed in `trusted_proxies`: anyone else can write these
//! headers, and believing them would let a visitor pick a fresh budget for every request.

pub use crate::domain::TrustedProxies;
use crate::error::WebError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use http::HeaderMap;
use http::request::Parts;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};

/// One hop named by a forwarding header.
#[derive(Debug, PartialEq, Eq)]
enum Hop {
    Addr(IpAddr),
    /// `unknown` or an obfuscated identifier (`_hidden`): the hop that wrote it hid the
    /// client, so what stands further left came from the client and is not believed.
    Hidden,
    /// Not a node at all: nothing further left is believed.
    Garbage,
}

/// The client's address: the peer, unless the peer is a trusted proxy; then the rightmost
/// hop of `Forwarded` (else `X-Forwarded-For`) that is not itself a trusted proxy.
pub fn client_ip(peer: SocketAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let peer = peer.ip().to_canonical();
    if !trusted.contains(peer) {
        return peer;
    }
    let hops = if headers.contains_key(http::header::FORWARDED) {
        forwarded_hops(headers)
    } else {
        forwarded_for_hops(headers)
    };
    for hop in hops.into_iter().rev() {
        match hop {
            Hop::Addr(ip) if trusted.contains(ip) => {}
            Hop::Addr(ip) => return ip.to_canonical(),
            Hop::Hidden | Hop::Garbage => break,
        }
    }
    peer
}

/// The `for=` of every element of every `Forwarded` header (RFC 7239), in order.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Hop> {
    let mut hops = Vec::new();
    for value in headers.get_all(http::header::FORWARDED) {
        let Ok(value) = value.to_str() else {
            hops.push(Hop::Garbage);
            continue;
        };
        for element in split_outside_quotes(value, ',') {
            let node = split_outside_quotes(element, ';')
                .into_iter()
                .find_map(|pair| {
                    let (name, value) = pair.split_once('=')?;
                    name.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| value.trim())
                });
            if let Some(node) = node {
                hops.push(unquote(node).map_or(Hop::Garbage, |n| parse_node(&n)));
            }
        }
    }
    hops
}

/// The entries of every `X-Forwarded-For` header, in order.
fn forwarded_for_hops(headers: &HeaderMap) -> Vec<Hop> {
    let mut hops = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        match value.to_str() {
            Ok(value) => hops.extend(value.split(',').map(|v| parse_node(v.trim()))),
            Err(_) => hops.push(Hop::Garbage),
        }
    }
    hops
}

/// Splits at `separator` where it is not inside a quoted string.
fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let (mut parts, mut start, mut quoted, mut escaped) = (Vec::new(), 0, false, false);
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// A token as is, or a quoted string without its quotes and escapes; `None` if malformed.
fn unquote(value: &str) -> Option<String> {
    let Some(inner) = value.strip_prefix('"') else {
        return (!value.contains('"')).then(|| value.to_owned());
    };
    let inner = inner.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        out.push(if c == '\\' { chars.next()? } else { c });
    }
    Some(out)
}

/// A node: `unknown`, `_obfuscated`, an IPv4 address or `[IPv6]`, each with an optional port.
fn parse_node(node: &str) -> Hop {
    if node.eq_ignore_ascii_case("unknown") || node.starts_with('_') {
        return Hop::Hidden;
    }
    if let Ok(ip) = node.parse::<IpAddr>() {
        // A bare address (IPv6 unbracketed, as some proxies write X-Forwarded-For).
        return Hop::Addr(ip);
    }
    let (host, port) = match node.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((v6, port)) => match v6.parse::<Ipv6Addr>() {
                Ok(v6) => (Some(IpAddr::V6(v6)), port),
                Err(_) => (None, port),
            },
            None => (None, ""),
        },
        None => match node.split_once(':') {
            Some((v4, _)) => (v4.parse().ok(), &node[v4.len()..]),
            None => (None, ""),
        },
    };
    let port_ok = match port.strip_prefix(':') {
        None => port.is_empty(),
        Some(p) => {
            (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
                || p.starts_with('_')
        }
    };
    match host {
        Some(ip) if port_ok => Hop::Addr(ip),
        _ => Hop::Garbage,
    }
}

/// The client's address (see [`client_ip`]), for handlers that key limits by it.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let ConnectInfo(peer) = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .copied()
            .ok_or_else(|| anyhow::anyhow!("the server did not record the peer address"))?;
        Ok(Self(client_ip(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusted(entries: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(entries.iter().copied()).expect("valid entries")
    }

    fn client(peer: &str, headers: &[(&str, &str)], proxies: &[&str]) -> String {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
                value.parse().expect("value"),
            );
        }
        client_ip(peer.parse().expect("peer"), &map, &trusted(proxies)).to_string()
    }

    const PROXY: &str = "10.0.0.1:4000";
    const LAN: &[&str] = &["10.0.0.0/8"];

    #[test]
    fn an_untrusted_peers_headers_are_ignored() {
        let forged = [
            ("forwarded", "for=203.0.113.9"),
            ("x-forwarded-for", "203.0.113.8"),
        ];
        assert_eq!(client("198.51.100.4:5000", &forged, LAN), "198.51.100.4");
        assert_eq!(client(PROXY, &forged, &[]), "10.0.0.1");
    }

    #[test]
    fn forwarded_ipv4_quoted_and_with_ports() {
        assert_eq!(
            client(PROXY, &[("forwarded", "for=192.0.2.60")], LAN),
            "192.0.2.60"
        );
        assert_eq!(
            client(
                PROXY,
                &[("forwarded", "For=\"192.0.2.60:8080\";proto=https")],
                LAN
            ),
            "192.0.2.60"
        );
        assert_eq!(
            client(
                PROXY,
                &[("forwarded", "proto=http;for=192.0.2.43:_port;by=10.0.0.1")],
                LAN
            ),
            "192.0.2.43"
        );
    }

    #[test]
    fn forwarded_ipv6_in_brackets() {
        assert_eq!(
            client(
                PROXY,
                &[("forwarded", "for=\"[2001:db8:cafe::17]:4711\"")],
                LAN
            ),
            "2001:db8:cafe::17"
        );
        assert_eq!(
            client(PROXY, &[("forwarded", "for=\"[2001:db8::1]\"")], LAN),
            "2001:db8::1"
        );
        assert_eq!(
            client(PROXY, &[("x-forwarded-for", "[2001:db8::2]:80")], LAN),
            "2001:db8::2"
        );
        assert_eq!(
            client(PROXY, &[("x-forwarded-for", "2001:db8::3")], LAN),
            "2001:db8::3"
        );
    }

    #[test]
    fn an_unknown_or_obfuscated_node_ends_the_walk_and_the_peer_is_used() {
        // A proxy that hides its client: the address left of it is the client's own claim.
        let h = [("forwarded", "for=192.0.2.7, for=unknown, for=_hidden")];
        assert_eq!(client(PROXY, &h, LAN), "10.0.0.1");
        assert_eq!(
            client(PROXY, &[("forwarded", "for=_gazonk")], LAN),
            "10.0.0.1"
        );
        assert_eq!(
            client(PROXY, &[("x-forwarded-for", "unknown")], LAN),
            "10.0.0.1"
        );
    }

    #[test]
    fn trusted_hops_are_walked_from_the_right() {
        // The client forged the leftmost entry; the proxies appended the rest.
        let h = [(
            "forwarded",
            "for=1.2.3.4, for=192.0.2.5;proto=https, for=10.1.1.1",
        )];
        assert_eq!(client(PROXY, &h, LAN), "192.0.2.5");
        let xff = [("x-forwarded-for", "1.2.3.4, 192.0.2.6, 10.2.2.2 , 10.3.3.3")];
        assert_eq!(client(PROXY, &xff, LAN), "192.0.2.6");
        // Every hop a trusted proxy: nothing names a client, so the peer is used.
        let inside = [("x-forwarded-for", "10.9.9.9, 10.8.8.8")];
        assert_eq!(client(PROXY, &inside, LAN), "10.0.0.1");
    }

    #[test]
    fn several_headers_read_in_order_and_forwarded_wins() {
        let h = [
            ("forwarded", "for=1.2.3.4"),
            ("forwarded", "for=192.0.2.8, for=10.0.0.2"),
            ("x-forwarded-for", "192.0.2.99"),
        ];
        assert_eq!(client(PROXY, &h, LAN), "192.0.2.8");
        let xff = [
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "192.0.2.9"),
        ];
        assert_eq!(client(PROXY, &xff, LAN), "192.0.2.9");
    }

    #[test]
    fn garbage_falls_back_to_the_peer() {
        for value in [
            "for=not-an-ip",
            "for=\"[2001:db8::1\"",
            "for=\"unterminated",
            "for=1.2.3.4:99999999",
            "for=[::1]x",
        ] {
            assert_eq!(
                client(PROXY, &[("forwarded", value)], LAN),
                "10.0.0.1",
                "{value}"
            );
        }
        // Garbage on the right stops the walk: what is left of it is not believed.
        let h = [("x-forwarded-for", "192.0.2.1, bogus")];
        assert_eq!(client(PROXY, &h, LAN), "10.0.0.1");
        assert_eq!(client(PROXY, &[("x-forwarded-for", "")], LAN), "10.0.0.1");
    }

    #[test]
    fn mapped_addresses_match_their_ipv4_entries() {
        let h = [("x-forwarded-for", "192.0.2.10")];
        assert_eq!(
            client("[::ffff:127.0.0.1]:80", &h, &["127.0.0.1"]),
            "192.0.2.10"
        );
    }

    #[test]
    fn the_list_names_a_bad_entry() {
        let list = trusted(&["127.0.0.1", " ::1 ", "10.0.0.0/8"]);
        assert_eq!(
            list.to_toml(),
            r#"["127.0.0.1/32", "::1/128", "10.0.0.0/8"]"#
        );
        let err = TrustedProxies::parse(["127.0.0.1", "10.0.0.0/33"]).expect_err("invalid");
        assert!(err.contains("`10.0.0.0/33`"), "{err}");
        let err = TrustedProxies::parse(["proxy.local"]).expect_err("invalid");
        assert!(err.contains("`proxy.local`"), "{err}");
    }
}
