//! Signed links `{id}.{nonce}.{mac}`: verifying never panics on any text, a token opens
//! exactly the registration and purpose it was made for, and any change to a valid token —
//! one character replaced, inserted or removed, or a part respelled — is refused.

use convene::registration::{LinkKey, Purpose, VerifiedLink};
use proptest::prelude::*;

const PURPOSES: [Purpose; 4] = [
    Purpose::Confirm,
    Purpose::Access,
    Purpose::SignatureConfirm,
    Purpose::SignatureAccess,
];

fn key() -> LinkKey {
    LinkKey::new(vec![7; 32]).expect("32 bytes")
}

fn purpose() -> impl Strategy<Value = Purpose> {
    proptest::sample::select(PURPOSES.to_vec())
}

fn nonce() -> impl Strategy<Value = String> {
    any::<[u8; 16]>().prop_map(hex::encode)
}

fn id() -> impl Strategy<Value = i64> {
    prop_oneof![1i64..1000, 1..i64::MAX]
}

/// What a mutation does to a token.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, char),
    Insert(usize, char),
    Remove(usize),
    /// The tag or nonce in capitals (the same bytes in hex).
    Upper,
    /// Text added at the end.
    Append(String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let c = prop_oneof![
        proptest::sample::select(b"0123456789abcdefABCDEF.+-_ %=".to_vec()).prop_map(char::from),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), c.clone()).prop_map(|(i, c)| Mutation::Replace(i, c)),
        (any::<usize>(), c).prop_map(|(i, c)| Mutation::Insert(i, c)),
        any::<usize>().prop_map(Mutation::Remove),
        Just(Mutation::Upper),
        ".{1,4}".prop_map(Mutation::Append),
    ]
}

fn mutate(token: &str, m: &Mutation) -> String {
    let mut chars: Vec<char> = token.chars().collect();
    match m {
        Mutation::Replace(i, c) => {
            let i = i % chars.len();
            chars[i] = *c;
        }
        Mutation::Insert(i, c) => chars.insert(i % (chars.len() + 1), *c),
        Mutation::Remove(i) => {
            chars.remove(i % chars.len());
        }
        Mutation::Upper => return token.to_ascii_uppercase(),
        Mutation::Append(s) => return format!("{token}{s}"),
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(super::config(1000))]

    #[test]
    fn verifying_never_panics(
        text in prop_oneof![
            any::<String>(),
            "[+-]?[0-9]{0,22}\\.[0-9a-fA-F]{0,34}\\.[0-9a-fA-F]{0,40}(\\..*)?",
        ],
        purpose in purpose(),
    ) {
        // A random key has made none of these.
        prop_assert_eq!(key().verify(purpose, &text), None, "{:?}", text);
    }

    #[test]
    fn a_token_opens_its_own_registration_for_its_own_purpose(
        id in id(), nonce in nonce(), made_for in purpose(), used_for in purpose(),
    ) {
        let token = key().token(made_for, id, &nonce);
        let verified = key().verify(used_for, &token);
        if made_for == used_for {
            prop_assert_eq!(verified, Some(VerifiedLink { id, nonce }));
        } else {
            prop_assert_eq!(verified, None);
        }
        prop_assert_eq!(LinkKey::generate().verify(made_for, &token), None, "another key");
    }

    #[test]
    fn any_change_to_a_token_is_refused(
        id in id(), nonce in nonce(), purpose in purpose(), m in mutation(),
    ) {
        let token = key().token(purpose, id, &nonce);
        let changed = mutate(&token, &m);
        prop_assume!(changed != token);
        prop_assert_eq!(key().verify(purpose, &changed), None, "{} became {}", token, changed);
    }
}

/// Ids written another way are a change too (a leading `+` or zero once opened the link).
#[test]
fn another_spelling_of_the_id_is_refused() {
    let nonce = "0123456789abcdef0123456789abcdef";
    let token = key().token(Purpose::Access, 42, nonce);
    for spelling in ["+42", "042", "0042", " 42", "42 "] {
        let respelled = token.replacen("42.", &format!("{spelling}."), 1);
        assert_eq!(
            key().verify(Purpose::Access, &respelled),
            None,
            "{respelled}"
        );
    }
}
