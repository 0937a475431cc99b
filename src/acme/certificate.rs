//! A certificate as it is stored and served: its private key and chain in one PEM text,
//! ready for rustls, with the validity read from the leaf (when to renew it).

use jiff::{SignedDuration, Timestamp};
use rustls::sign::CertifiedKey;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::sync::Arc;

/// Renew when this much of the validity is left (certificates of 90 days: after 60).
const RENEW_BEFORE: SignedDuration = SignedDuration::from_hours(30 * 24);

/// A key and its certificate chain, leaf first.
pub struct Certificate {
    /// What rustls serves.
    pub certified: Arc<CertifiedKey>,
    /// The key and chain as PEM, as they are stored.
    pub pem: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
}

/// Without the key: the validity only.
impl std::fmt::Debug for Certificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Certificate({} to {})", self.not_before, self.not_after)
    }
}

/// Why a stored or received certificate cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("no private key in the PEM text")]
    NoKey,
    #[error("no certificate in the PEM text")]
    NoCertificate,
    #[error("the PEM text is not valid: {0}")]
    Pem(#[from] rustls_pki_types::pem::Error),
    #[error("the private key cannot sign, or is not the certificate's: {0}")]
    Key(#[from] rustls::Error),
    #[error("the certificate's validity cannot be read")]
    Validity,
}

impl Certificate {
    /// Reads a key and chain (leaf first) from one PEM text.
    pub fn from_pem(pem: &str) -> Result<Self, CertificateError> {
        let key = PrivateKeyDer::from_pem_slice(pem.as_bytes()).map_err(|e| match e {
            rustls_pki_types::pem::Error::NoItemsFound => CertificateError::NoKey,
            other => CertificateError::Pem(other),
        })?;
        let chain =
            CertificateDer::pem_slice_iter(pem.as_bytes()).collect::<Result<Vec<_>, _>>()?;
        let leaf = chain.first().ok_or(CertificateError::NoCertificate)?;
        let (not_before, not_after) = validity(leaf).ok_or(CertificateError::Validity)?;
        // Also checks that the key is the certificate's.
        let certified =
            CertifiedKey::from_der(chain, key, &rustls::crypto::ring::default_provider())?;
        Ok(Self {
            certified: Arc::new(certified),
            pem: pem.to_owned(),
            not_before,
            not_after,
        })
    }

    /// The leaf certificate (DER), as clients receive it.
    pub fn leaf(&self) -> &[u8] {
        self.certified.cert.first().map_or(&[], |c| c.as_ref())
    }

    /// When to obtain the next one: 30 days before expiry, or with a third of the validity
    /// left for certificates shorter than 90 days (Let's Encrypt's short-lived ones).
    pub fn renew_at(&self) -> Timestamp {
        let lifetime = self.not_after.duration_since(self.not_before);
        let before = RENEW_BEFORE.min(lifetime / 3);
        self.not_after
            .checked_sub(before)
            .unwrap_or(self.not_before)
    }
}

/// `notBefore` and `notAfter` of a DER certificate: the fourth to sixth fields of its
/// `tbsCertificate` (after the optional version, the serial, the signature algorithm and
/// the issuer; RFC 5280 §4.1). A reader of these few fields only, for certificates this
/// server obtained itself.
fn validity(der: &[u8]) -> Option<(Timestamp, Timestamp)> {
    let (_, certificate, _) = tlv(der, SEQUENCE)?;
    let (_, mut tbs, _) = tlv(certificate, SEQUENCE)?;
    if tbs.first() == Some(&VERSION) {
        tbs = tlv(tbs, VERSION)?.2;
    }
    for _ in 0..3 {
        tbs = any_tlv(tbs)?.2;
    }
    let (_, validity, _) = tlv(tbs, SEQUENCE)?;
    let (from_tag, from, rest) = any_tlv(validity)?;
    let (until_tag, until, _) = any_tlv(rest)?;
    Some((time(from_tag, from)?, time(until_tag, until)?))
}

const SEQUENCE: u8 = 0x30;
const VERSION: u8 = 0xA0;
const UTC_TIME: u8 = 0x17;
const GENERALIZED_TIME: u8 = 0x18;

/// One DER element with the expected tag: (tag, contents, what follows).
fn tlv(input: &[u8], tag: u8) -> Option<(u8, &[u8], &[u8])> {
    any_tlv(input).filter(|(t, _, _)| *t == tag)
}

fn any_tlv(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (length, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 {
            return None;
        }
        let (bytes, rest) = rest.split_at_checked(count)?;
        let length = bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (length, rest)
    };
    let (contents, rest) = rest.split_at_checked(length)?;
    Some((tag, contents, rest))
}

/// `YYMMDDHHMMSSZ` (UTCTime, years 1950–2049) or `YYYYMMDDHHMMSSZ` (GeneralizedTime).
fn time(tag: u8, contents: &[u8]) -> Option<Timestamp> {
    let text = std::str::from_utf8(contents).ok()?.strip_suffix('Z')?;
    let full = match tag {
        UTC_TIME => {
            let century = if text.get(..2)? >= "50" { "19" } else { "20" };
            format!("{century}{text}")
        }
        GENERALIZED_TIME => text.to_owned(),
        _ => return None,
    };
    if full.len() != 14 || !full.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &full[0..4],
        &full[4..6],
        &full[6..8],
        &full[8..10],
        &full[10..12],
        &full[12..14]
    )
    .parse()
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issued(from: (i32, u8, u8), until: (i32, u8, u8)) -> String {
        let key = rcgen::KeyPair::generate().expect("key");
        let mut params =
            rcgen::CertificateParams::new(vec!["conf.example.org".to_owned()]).expect("params");
        params.not_before = rcgen::date_time_ymd(from.0, from.1, from.2);
        params.not_after = rcgen::date_time_ymd(until.0, until.1, until.2);
        let cert = params.self_signed(&key).expect("certificate");
        format!("{}{}", key.serialize_pem(), cert.pem())
    }

    fn at(text: &str) -> Timestamp {
        text.parse().expect("instant")
    }

    #[test]
    fn a_90_day_certificate_is_renewed_30_days_before_it_ends() {
        let cert = Certificate::from_pem(&issued((2026, 12, 1), (2027, 3, 1))).expect("loads");
        assert_eq!(cert.not_before, at("2026-12-01T00:00:00Z"));
        assert_eq!(cert.not_after, at("2027-03-01T00:00:00Z"));
        assert_eq!(cert.renew_at(), at("2027-01-30T00:00:00Z"));
        assert!(!cert.leaf().is_empty());
    }

    #[test]
    fn a_short_certificate_is_renewed_with_a_third_left_and_late_years_read_right() {
        let short = Certificate::from_pem(&issued((2026, 12, 1), (2026, 12, 7))).expect("loads");
        assert_eq!(short.renew_at(), at("2026-12-05T00:00:00Z"));
        // Years from 2050 on are written as GeneralizedTime.
        let long = Certificate::from_pem(&issued((2049, 1, 1), (2051, 6, 1))).expect("loads");
        assert_eq!(long.not_before, at("2049-01-01T00:00:00Z"));
        assert_eq!(long.not_after, at("2051-06-01T00:00:00Z"));
    }

    #[test]
    fn a_text_without_key_or_certificate_is_refused() {
        let pem = issued((2026, 12, 1), (2027, 3, 1));
        let cert_only = &pem[pem.find("-----BEGIN CERTIFICATE").expect("a certificate")..];
        assert!(matches!(
            Certificate::from_pem(cert_only),
            Err(CertificateError::NoKey)
        ));
        let key_only = &pem[..pem.find("-----BEGIN CERTIFICATE").expect("a certificate")];
        assert!(matches!(
            Certificate::from_pem(key_only),
            Err(CertificateError::NoCertificate)
        ));
        assert!(validity(&[0x30, 0x82, 0xff]).is_none(), "truncated");
    }

    #[test]
    fn a_key_that_is_not_the_certificates_is_refused() {
        let one = issued((2026, 12, 1), (2027, 3, 1));
        let other = issued((2026, 12, 1), (2027, 3, 1));
        let split = |pem: &str| {
            let at = pem.find("-----BEGIN CERTIFICATE").expect("a certificate");
            (pem[..at].to_owned(), pem[at..].to_owned())
        };
        let (key, _) = split(&one);
        let (_, certificate) = split(&other);
        assert!(matches!(
            Certificate::from_pem(&format!("{key}{certificate}")),
            Err(CertificateError::Key(_))
        ));
    }
}
