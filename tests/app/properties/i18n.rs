//! Choosing a language and a zone from what a visitor sends: `Accept-Language` never makes
//! negotiation panic and it always answers one of the offered languages; `?tz=` and the zone
//! cookie never make `PageRequest` panic, a valid zone is taken, anything else in `?tz=` is
//! refused and anything else in the cookie ignored.

use convene::domain::{Lang, ZoneName};
use convene::i18n::negotiate;
use convene::site::{PageQuery, PageRequest};
use http::HeaderMap;
use http::header::{ACCEPT_LANGUAGE, COOKIE};
use proptest::prelude::*;

const OFFERED: &[&str] = &["en", "ar", "ur", "fr", "tr", "id", "pt-BR", "zh-TW"];

fn offered() -> impl Strategy<Value = (Vec<Lang>, usize)> {
    proptest::sample::subsequence(OFFERED.to_vec(), 1..=OFFERED.len()).prop_flat_map(|tags| {
        let langs: Vec<Lang> = tags.iter().map(|t| t.parse().expect("valid")).collect();
        let n = langs.len();
        (Just(langs), 0..n)
    })
}

/// Headers browsers send, garbled ones, and arbitrary text.
fn accept_language() -> impl Strategy<Value = String> {
    let tag = prop_oneof![
        proptest::sample::select(vec![
            "en",
            "en-US",
            "ar-SA",
            "ur-PK",
            "fr",
            "pt",
            "pt-br",
            "zh-Hant-TW",
            "zh",
            "*",
            "i-klingon",
            "x-private",
            "de-DE-1996",
            "und",
            "",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9*_-]{0,12}",
    ];
    let q = prop_oneof![
        Just(String::new()),
        "(0|1|0\\.[0-9]{1,3}|-1|1e9|NaN|inf|x)".prop_map(|q| format!(";q={q}")),
        ";[ a-z=;]{0,8}",
    ];
    prop_oneof![
        4 => proptest::collection::vec((tag, q), 0..8).prop_map(|items| {
            items.iter().map(|(t, q)| format!("{t}{q}")).collect::<Vec<_>>().join(", ")
        }),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(super::config(1000))]

    #[test]
    fn negotiation_always_answers_an_offered_language(
        header in proptest::option::of(accept_language()),
        (offered, default) in offered(),
    ) {
        let chosen = negotiate(header.as_deref(), &offered, &offered[default]);
        prop_assert!(offered.contains(chosen), "{chosen} is not offered");
        if header.is_none() {
            prop_assert_eq!(chosen, &offered[default]);
        }
    }

    #[test]
    fn a_header_naming_one_offered_language_gets_it(
        (offered, default) in offered(), pick in any::<prop::sample::Index>(),
    ) {
        let wanted = pick.get(&offered);
        let header = format!("xx-YY, {wanted};q=0.5");
        prop_assert_eq!(negotiate(Some(&header), &offered, &offered[default]), wanted);
    }

    #[test]
    fn a_zone_in_the_query_is_taken_or_refused(
        raw in prop_oneof![
            proptest::sample::select(ZoneName::all_names()),
            "[A-Za-z_/+0-9.-]{0,40}",
            any::<String>(),
        ],
    ) {
        let query = PageQuery { tz: Some(raw.clone()) };
        match (PageRequest::from_parts(&query, &HeaderMap::new()), raw.parse::<ZoneName>()) {
            (Ok(request), Ok(zone)) => {
                prop_assert_eq!(request.zone.zone.as_ref(), Some(&zone));
                prop_assert!(request.zone.just_chosen);
                let cookie = request.set_cookie().expect("a chosen zone is remembered");
                prop_assert!(cookie.starts_with(&format!("tz={zone};")), "{}", cookie);
                prop_assert!(request.cache_key("/en/").ends_with(zone.as_str()));
            }
            (Ok(request), Err(_)) => {
                // Only an empty value means "no choice"; it falls back to the cookie.
                prop_assert!(raw.is_empty());
                prop_assert!(request.zone.zone.is_none());
            }
            (Err(_), Ok(zone)) => prop_assert!(false, "{} refused though it is {}", raw, zone),
            (Err(_), Err(_)) => {}
        }
    }

    #[test]
    fn a_zone_cookie_is_taken_when_valid_and_ignored_otherwise(
        value in prop_oneof![
            proptest::sample::select(ZoneName::all_names()),
            "[ -~]{0,40}",
        ],
        before in "[a-z]{0,5}=[a-z0-9]{0,5}",
    ) {
        prop_assume!(!before.starts_with("tz="));
        let mut headers = HeaderMap::new();
        let Ok(header) = format!("{before}; tz={value}").parse() else {
            return Ok(());
        };
        headers.insert(COOKIE, header);
        headers.insert(ACCEPT_LANGUAGE, http::HeaderValue::from_static("en"));
        let request = PageRequest::from_parts(&PageQuery::default(), &headers)
            .expect("a cookie never makes the request fail");
        prop_assert!(!request.zone.just_chosen);
        prop_assert_eq!(request.set_cookie(), None);
        // The cookie's value ends at `;`; spaces around the pair are not part of it.
        let expected = value.split(';').next().unwrap_or("").trim_end().parse::<ZoneName>().ok();
        prop_assert_eq!(request.zone.zone, expected);
    }
}
