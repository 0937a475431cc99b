//! The values the forms and content files are parsed into (`EmailAddress`, `Slug`,
//! `ZoneName`, `CountryCode`, `Hashtag`, `Lang`, `Places`, `MediaPath`, a person's name):
//! no input makes a constructor panic, and whatever one accepts is written out
//! (`Display`/`as_str`, serde) in a form the same constructor accepts again, unchanged.

use convene::content::MediaPath;
use convene::domain::{CountryCode, EmailAddress, Hashtag, Lang, Places, Slug, ZoneName};
use convene::registration::PersonName;
use proptest::prelude::*;
use std::fmt::Debug;
use std::str::FromStr;

/// Parses `input`; when accepted, the written form parses back to the same value, and
/// writing that again gives the same text (what is stored is a fixed point).
fn round_trips<T>(input: &str, text: impl Fn(&T) -> String) -> Result<Option<T>, TestCaseError>
where
    T: FromStr + PartialEq + Debug,
    T::Err: std::fmt::Display,
{
    let Ok(value) = input.parse::<T>() else {
        return Ok(None);
    };
    let written = text(&value);
    let again = written.parse::<T>();
    prop_assert!(
        again.as_ref().is_ok_and(|a| *a == value),
        "{input:?} was accepted as {written:?}, which parses to {:?}",
        again.as_ref().map_err(ToString::to_string)
    );
    prop_assert_eq!(text(again.as_ref().ok().expect("checked")), written);
    Ok(Some(value))
}

/// Arbitrary text, and text near what each constructor accepts.
fn near(shape: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![1 => any::<String>(), 3 => proptest::string::string_regex(shape).expect("regex")]
}

fn zone_like() -> impl Strategy<Value = String> {
    let names = ZoneName::all_names();
    prop_oneof![
        2 => proptest::sample::select(names.clone()),
        2 => (proptest::sample::select(names), any::<u64>()).prop_map(|(name, bits)| {
            // The same name in other letter cases (the database matches case-insensitively).
            name.chars()
                .enumerate()
                .map(|(i, c)| if bits >> (i % 64) & 1 == 1 { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
                .collect()
        }),
        1 => near("[A-Za-z_/+0-9-]{0,70}"),
    ]
}

proptest! {
    #![proptest_config(super::config(1000))]

    #[test]
    fn email_addresses_round_trip(
        input in near("[ \t]?[A-Za-z0-9._%+<>\"-]{0,70}@[a-zé0-9.-]{0,40}[ \n]?"),
    ) {
        if let Some(email) = round_trips::<EmailAddress>(&input, |e| e.as_str().to_owned())? {
            prop_assert_eq!(format!("{}@{}", email.local_part(), email.domain()), email.as_str());
            let json = serde_json::to_string(&email).expect("serialises");
            prop_assert_eq!(serde_json::from_str::<EmailAddress>(&json).ok(), Some(email));
        }
    }

    #[test]
    fn slugs_round_trip(input in near("-?[a-z0-9-]{0,90}-?")) {
        if let Some(slug) = round_trips::<Slug>(&input, ToString::to_string)? {
            prop_assert_eq!(slug.as_str(), input.as_str(), "a slug is taken as written");
        }
    }

    #[test]
    fn zone_names_round_trip(input in zone_like()) {
        if let Some(zone) = round_trips::<ZoneName>(&input, ToString::to_string)? {
            // The zone is usable: converting an instant into it does not panic.
            let _ = jiff::Timestamp::UNIX_EPOCH.to_zoned_datetime(zone.zone().clone());
        }
    }

    #[test]
    fn country_codes_round_trip(input in near("[A-Za-z0-9é]{0,3}")) {
        if let Some(code) = round_trips::<CountryCode>(&input, ToString::to_string)? {
            prop_assert_eq!(code.as_str().len(), 2);
            prop_assert!(code.as_str().bytes().all(|b| b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn hashtags_round_trip(input in near("#{0,2}[\\w\\-# <>]{0,110}")) {
        round_trips::<Hashtag>(&input, ToString::to_string)?;
    }

    #[test]
    fn language_tags_round_trip(input in near("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,3}")) {
        if let Some(lang) = round_trips::<Lang>(&input, ToString::to_string)? {
            let _ = lang.direction();
        }
    }

    #[test]
    fn media_paths_round_trip(input in near("(\\.{0,2}/?[a-zA-Z0-9._-]{0,12}/?){0,5}")) {
        round_trips::<MediaPath>(&input, |p| p.as_str().to_owned())?;
    }

    #[test]
    fn person_names_round_trip(input in any::<String>()) {
        if let Some(name) = round_trips::<PersonName>(&input, |n| n.as_str().to_owned())? {
            prop_assert!(!name.as_str().is_empty() && name.as_str().chars().count() <= 200);
        }
    }

    #[test]
    fn places_are_one_to_a_million_and_round_trip(n in prop_oneof![any::<i64>(), -5i64..1_000_010]) {
        match Places::try_from(n) {
            Ok(places) => {
                prop_assert!((1..=1_000_000).contains(&n));
                prop_assert_eq!(i64::from(places.get()), n);
                let json = serde_json::to_string(&places).expect("serialises");
                prop_assert_eq!(serde_json::from_str::<Places>(&json).ok(), Some(places));
            }
            Err(_) => prop_assert!(!(1..=1_000_000).contains(&n)),
        }
    }
}
