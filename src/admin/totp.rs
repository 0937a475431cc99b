//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), as every
//! authenticator app speaks them, and recovery codes.

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Secret, TOTP};

/// Seconds per step.
const STEP: i64 = 30;
/// Steps either side of now that are accepted (clock drift of a phone).
const DRIFT: i64 = 1;

/// A new random secret (160 bits), base32 as authenticator apps show it.
pub fn new_secret() -> String {
    match Secret::Raw(rand::random::<[u8; 20]>().to_vec()).to_encoded() {
        Secret::Encoded(s) => s,
        Secret::Raw(_) => unreachable!("to_encoded gives an encoded secret"),
    }
}

fn totp(secret: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        0,
        STEP as u64,
        bytes,
        Some("Convene".to_owned()),
        account.replace(':', ""),
    )
    .ok()
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn setup_url(secret: &str, account: &str) -> Option<String> {
    totp(secret, account).map(|t| t.get_url())
}

/// The code for `at` (for tests and the enrolment check).
pub fn code_at(secret: &str, at: Timestamp) -> Option<String> {
    totp(secret, "x").map(|t| t.generate(at.as_second().max(0) as u64))
}

/// The time step `code` is valid for at `now` (within the allowed drift), if any. The caller
/// stores the step so that a code is accepted only once.
pub fn matching_step(secret: &str, code: &str, now: Timestamp) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "x")?;
    let current = now.as_second() / STEP;
    (current - DRIFT..=current + DRIFT).find(|step| {
        let expected = t.generate((step * STEP).max(0) as u64);
        constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten recovery codes to show once (`xxxxx-xxxxx`, 50 bits each).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..10)
        .map(|_| {
            let pick = |_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char;
            let a: String = (0..5).map(pick).collect();
            let b: String = (0..5).map(pick).collect();
            format!("{a}-{b}")
        })
        .collect()
}

/// How a recovery code is stored.
pub fn recovery_hash(code: &str) -> String {
    let normalised: String = code
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    hex::encode(Sha256::digest(normalised.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B: the ASCII secret "12345678901234567890", 8-digit codes; the
        // 6-digit code is their last six digits.
        let secret = match Secret::Raw(b"12345678901234567890".to_vec()).to_encoded() {
            Secret::Encoded(s) => s,
            Secret::Raw(_) => unreachable!(),
        };
        for (at, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (2_000_000_000, "69279037"),
        ] {
            let code =
                code_at(&secret, Timestamp::from_second(at).expect("instant")).expect("code");
            assert_eq!(code, eight[2..], "at {at}");
        }
    }

    #[test]
    fn a_code_matches_its_step_and_its_neighbours_only() {
        let secret = new_secret();
        let now = Timestamp::from_second(1_800_000_000).expect("instant");
        let code = code_at(&secret, now).expect("code");
        assert_eq!(matching_step(&secret, &code, now), Some(60_000_000));
        let later = Timestamp::from_second(1_800_000_030).expect("instant");
        assert_eq!(matching_step(&secret, &code, later), Some(60_000_000));
        let much_later = Timestamp::from_second(1_800_000_095).expect("instant");
        assert_eq!(matching_step(&secret, &code, much_later), None);
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert!(
            setup_url(&secret, "amal@example.org")
                .expect("url")
                .starts_with("otpauth://totp/")
        );
    }

    #[test]
    fn recovery_codes_are_distinct_and_hash_the_same_however_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            codes
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            10
        );
        assert_eq!(
            recovery_hash(&codes[0]),
            recovery_hash(&format!(" {} ", codes[0].to_uppercase()))
        );
    }
}
