//! `HostName`: a fully qualified DNS name a public certificate can be issued for.

use std::str::FromStr;

/// Lowercase ASCII labels of letters, digits and inner hyphens, 1–63 characters each, at
/// least two of them, at most 253 characters in all; the last label is not all digits (so
/// an IP address is refused), and there is no wildcard (a certificate obtained over HTTP
/// cannot cover one). Written in uppercase or with a trailing dot, it is stored without.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HostName(String);

/// Why a text is not a host name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "{0:?} is not a host name such as conference.example.org (letters, digits, hyphens and dots; \
     internationalised names in their xn-- form)"
)]
pub struct HostNameError(String);

impl HostName {
    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for HostName {
    type Err = HostNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim().trim_end_matches('.').to_ascii_lowercase();
        let label_ok = |label: &str| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        let labels: Vec<&str> = name.split('.').collect();
        let ok = name.len() <= 253
            && labels.len() >= 2
            && labels.iter().all(|l| label_ok(l))
            && labels
                .last()
                .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()));
        if ok {
            Ok(Self(name))
        } else {
            Err(HostNameError(s.to_owned()))
        }
    }
}

super::string_serde!(HostName);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kept_lowercase_without_the_root_dot() {
        let name: HostName = "Conf.Example.ORG.".parse().expect("a host name");
        assert_eq!(name.as_str(), "conf.example.org");
        assert!("xn--bcher-kva.example".parse::<HostName>().is_ok());
    }

    #[test]
    fn addresses_wildcards_and_bare_names_are_refused() {
        for bad in [
            "",
            "localhost",
            "192.0.2.1",
            "*.example.org",
            "-a.example.org",
            "a_b.example.org",
            "exa mple.org",
            "a..example.org",
            "https://example.org",
        ] {
            assert!(bad.parse::<HostName>().is_err(), "{bad} was accepted");
        }
        let long = format!("{}.org", "a".repeat(64));
        assert!(long.parse::<HostName>().is_err());
    }
}
