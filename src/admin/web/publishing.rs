//! Where a language version of a post stands, as the organisers' forms show and set it:
//! draft, scheduled for an instant (typed and shown as a clock time in the post's reference
//! zone) or published. Slugs for new things are proposed here too.

use crate::content::{Post, Publication, SiteContent};
use crate::domain::{Lang, Slug, ZoneName};
use crate::i18n::Translator;
use jiff::{Timestamp, civil};

/// The zone a post's scheduled times are written in: its event's reference zone, else the
/// next public event's, else the first event's, else UTC.
pub fn zone_for(content: &SiteContent, post: Option<&Post>, now: Timestamp) -> ZoneName {
    let own = post
        .and_then(|p| p.event.as_ref())
        .and_then(|slug| content.events.iter().find(|e| &e.slug == slug));
    let next = || content.public_events().find(|e| !e.is_past(now));
    own.or_else(next)
        .or_else(|| content.events.first())
        .map(|e| e.reference_zone.clone())
        .unwrap_or_else(|| {
            "UTC"
                .parse()
                .unwrap_or_else(|_| unreachable!("UTC is a zone"))
        })
}

/// `at` as the clock time in `zone`, the way a `datetime-local` field holds it.
pub fn local(at: Timestamp, zone: &ZoneName) -> String {
    at.to_zoned_datetime(zone.zone().clone())
        .datetime()
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

/// A clock time typed in `zone` (`2026-12-01T09:00`), if it exists there exactly once.
pub fn parse_local(text: &str, zone: &ZoneName) -> Option<Timestamp> {
    let dt: civil::DateTime = text.trim().parse().ok()?;
    zone.zone()
        .to_ambiguous_zoned_datetime(dt)
        .unambiguous()
        .ok()
        .map(|z| z.timestamp())
}

/// What a version's state reads as: "Draft …", "Scheduled for … (zone)", "Public".
pub fn version_label(
    tr: Translator<'_>,
    post: &Post,
    lang: &Lang,
    now: Timestamp,
    zone: &ZoneName,
) -> String {
    let Some(text) = post.texts.get(lang) else {
        return tr.t("admin-version-missing");
    };
    match (text.publication, post.public_from(lang)) {
        (Publication::Draft, _) => tr.t("admin-version-draft"),
        (_, None) => tr.t("admin-version-post-hidden"),
        (_, Some(from)) if from > now => tr.t_args(
            "admin-version-scheduled",
            &[
                ("when", &local(from, zone).replace('T', " ")),
                ("zone", zone.as_str()),
            ],
        ),
        (_, Some(_)) => tr.t("admin-version-public"),
    }
}

/// A short mark for a version in lists: `None` when it is public or missing.
pub fn version_mark(post: &Post, lang: &Lang, now: Timestamp) -> Option<&'static str> {
    let text = post.texts.get(lang)?;
    match (text.publication, post.public_from(lang)) {
        (Publication::Draft, _) => Some("admin-mark-draft"),
        (_, Some(from)) if from > now => Some("admin-mark-scheduled"),
        _ => None,
    }
}

/// A slug for something new titled `title`: its Latin letters and digits (accents
/// dropped), else `fallback`; with `-2`, `-3` … added while `taken` says it is in use.
pub fn propose_slug(title: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> Slug {
    let words: Vec<String> = crate::search::normalize(title)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut base = String::new();
    for word in words {
        if base.len() + word.len() + 1 > 60 {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.push_str(&word);
    }
    if base.is_empty() {
        base = fallback.to_owned();
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(&candidate) || candidate.parse::<Slug>().is_err() {
        candidate = format!("{base}-{n}");
        n += 1;
        if n > 1000 {
            break;
        }
    }
    candidate
        .parse()
        .unwrap_or_else(|_| "new".parse().unwrap_or_else(|_| unreachable!("a slug")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_proposed_from_titles_and_kept_unique() {
        let none = |_: &str| false;
        assert_eq!(
            propose_slug("Water for Every Home: Médine 2027!", "post", none).as_str(),
            "water-for-every-home-medine-2027"
        );
        // No Latin letter: the fallback.
        assert_eq!(
            propose_slug("دعوة من فرع لبنان", "invitation", none).as_str(),
            "invitation"
        );
        let taken = |s: &str| s == "appeal" || s == "appeal-2";
        assert_eq!(propose_slug("Appeal", "x", taken).as_str(), "appeal-3");
        let long = "word ".repeat(40);
        assert!(propose_slug(&long, "x", none).as_str().len() <= 60);
    }

    #[test]
    fn clock_times_are_read_in_the_zone_and_refused_when_they_do_not_exist() {
        let riyadh: ZoneName = "Asia/Riyadh".parse().unwrap_or_else(|e| panic!("{e:?}"));
        let at = parse_local("2026-12-01T09:00", &riyadh).unwrap_or_else(|| panic!("parses"));
        assert_eq!(at.to_string(), "2026-12-01T06:00:00Z");
        assert_eq!(local(at, &riyadh), "2026-12-01T09:00");
        let paris: ZoneName = "Europe/Paris".parse().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(
            parse_local("2027-03-28T02:30", &paris).is_none(),
            "skipped hour"
        );
        assert!(parse_local("tomorrow", &paris).is_none());
    }
}
