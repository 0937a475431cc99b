//! Passwords: Argon2id hashes, and the rules a new password must meet.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, ParamsBuilder};

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 12;
/// The longest (hashing cost grows with length).
pub const MAX_LENGTH: usize = 256;

/// Passwords that appear in breach lists and guessing dictionaries, one per line.
const COMMON: &str = include_str!("common-passwords.txt");

/// Why a new password is refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum WeakPassword {
    #[error("use at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("use at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("this password is on a list of common passwords; choose another")]
    Common,
}

/// Checks the rules for a new password (`email` may not be the password either).
pub fn check_new(password: &str, email: &str) -> Result<(), WeakPassword> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(WeakPassword::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(WeakPassword::TooLong);
    }
    let folded = password.to_lowercase();
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    let repeats_one_char = folded.chars().all(|c| folded.starts_with(c));
    if repeats_one_char
        || folded == email.to_lowercase()
        || (local.len() >= 4 && folded.contains(&local))
        || COMMON.lines().any(|common| common == folded)
    {
        return Err(WeakPassword::Common);
    }
    Ok(())
}

/// Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = ParamsBuilder::new()
        .m_cost(19 * 1024)
        .t_cost(2)
        .p_cost(1)
        .build()
        .unwrap_or_default();
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// The PHC string to store.
pub fn hash(password: &str) -> String {
    let salt_bytes: [u8; 16] = rand::random();
    let salt =
        SaltString::encode_b64(&salt_bytes).unwrap_or_else(|_| unreachable!("16 bytes encode"));
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// Whether `password` matches the stored hash.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash with the same parameters as every stored one, to check against when an account has
/// no password (it does not exist, or was invited and never set one).
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("not a password of anyone"))
}

/// Checks `password` against `stored`, or against a dummy hash when there is none, so that
/// every answer costs one Argon2 verify whether or not the account exists or has a password.
/// This blocks for tens of milliseconds: call it off the async threads.
pub fn verify_or_dummy(password: &str, stored: Option<&str>) -> bool {
    match stored {
        Some(stored) => verify(password, stored),
        None => {
            let _ = verify(password, dummy_hash());
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let a = hash("a long enough passphrase");
        let b = hash("a long enough passphrase");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b);
        assert!(verify("a long enough passphrase", &a));
        assert!(!verify("a long enough passphrasE", &a));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn the_dummy_hash_has_the_parameters_of_real_ones_and_matches_nothing() {
        let real = hash("a long enough passphrase");
        let params = |h: &str| h.rsplitn(3, '$').nth(2).map(str::to_owned);
        assert_eq!(params(dummy_hash()), params(&real));
        assert!(!verify_or_dummy("not a password of anyone", None));
        assert!(verify_or_dummy("a long enough passphrase", Some(&real)));
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        assert_eq!(check_new("short", "a@b.org"), Err(WeakPassword::TooShort));
        assert_eq!(
            check_new("password1234", "a@b.org"),
            Err(WeakPassword::Common)
        );
        assert_eq!(
            check_new("aaaaaaaaaaaaaa", "a@b.org"),
            Err(WeakPassword::Common)
        );
        assert_eq!(
            check_new("amina.haddad-2026", "amina.haddad@example.org"),
            Err(WeakPassword::Common)
        );
        assert_eq!(
            check_new(&"x".repeat(300), "a@b.org"),
            Err(WeakPassword::TooLong)
        );
        assert_eq!(check_new("rain on the roof of Tunis", "a@b.org"), Ok(()));
    }
}
