//! The small things a careful reader noticed (issue 15), each read off the pages as served:
//! the organiser named without a missing article, "Speaker" for one speaker, French spacing
//! before ":", the recordings page's Hijri date first, no emoji flags, the same countdown
//! clock in every language, Urdu times isolated so they read "2:30 PM", and the menu's Home
//! marked only on the home page.

use crate::both_backends;
use crate::helpers::{demo_content, plain, spawn_app};

const EVENT: &str = "/events/water-for-every-home-2026";
const PAST: &str = "/events/water-for-every-home-2025";

/// The inner text of the first element whose opening tag contains `marker`, tags removed.
fn text_of(page: &str, marker: &str) -> String {
    let start = page.find(marker).unwrap_or_else(|| panic!("{marker}"));
    let open_end = start + page[start..].find('>').expect("tag ends") + 1;
    let tag = page[..start]
        .rfind('<')
        .map(|i| {
            page[i + 1..]
                .split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or_default()
        })
        .expect("a tag");
    let end = open_end + page[open_end..].find(&format!("</{tag}>")).expect("closed");
    strip_tags(&page[open_end..end])
}

fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    plain(&text)
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

both_backends!(
    the_organiser_needs_no_article_and_one_speaker_is_a_speaker,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, en) = app.get_text(&format!("/en{EVENT}")).await;
        assert_eq!(
            text_of(&en, "class=\"organiser\""),
            "Organiser: Women's Committee of the Global Water Alliance"
        );
        let (_, fr) = app.get_text(&format!("/fr{EVENT}")).await;
        assert_eq!(
            text_of(&fr, "class=\"organiser\""),
            "Organisation\u{a0}: Comité des femmes de l’Alliance mondiale de l’eau"
        );

        // Segments with one speaker say so in the singular, with two in the plural.
        let (content, _) = demo_content();
        let event = content
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2026")
            .expect("event");
        let one = event
            .segments
            .iter()
            .find(|s| s.speakers.len() == 1)
            .expect("a segment with one speaker");
        let two = event
            .segments
            .iter()
            .find(|s| s.speakers.len() == 2)
            .expect("a segment with two speakers");
        for (lang, singular, plural) in [
            ("en", "Speaker: ", "Speakers: "),
            ("fr", "Intervenante\u{a0}: ", "Intervenantes\u{a0}: "),
            ("ar", "المتحدثة: ", "المتحدثتان: "),
            ("ur", "مقرر: ", "مقررین: "),
        ] {
            let (_, page) = app.get_text(&format!("/{lang}{EVENT}")).await;
            let speakers_of = |id: &str| {
                let at = page
                    .find(&format!("id=\"segment-{id}\""))
                    .unwrap_or_else(|| panic!("segment {id}"));
                text_of(&page[at..], "class=\"segment-speakers\"")
            };
            let line = speakers_of(&one.id.to_string());
            assert!(line.starts_with(singular), "{lang}: {line:?}");
            let line = speakers_of(&two.id.to_string());
            assert!(line.starts_with(plural), "{lang}: {line:?}");
        }
    }
);

both_backends!(
    french_pages_put_a_no_break_space_before_colons_and_question_marks,
    |backend| async move {
        let app = spawn_app(backend).await;
        for path in [
            format!("/fr{EVENT}"),
            format!("/fr{EVENT}/register"),
            format!("/fr{PAST}/recordings"),
            // (Not the home page: its cards include posts in other languages, rightly
            // spaced as those languages are.)
            "/fr/posts/open-letter-water-ministers".to_owned(),
        ] {
            let (status, page) = app.get_text(&path).await;
            assert_eq!(status, 200, "{path}");
            let body = &page[page.find("<body").expect("body")..];
            let text = strip_tags(
                &body
                    .split("<script")
                    .next()
                    .expect("before scripts")
                    .replace("&nbsp;", "\u{a0}"),
            );
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if !matches!(c, ':' | ';' | '?' | '!') || i == 0 {
                    continue;
                }
                let next = chars.get(i + 1).copied().unwrap_or(' ');
                if !next.is_whitespace() {
                    continue; // 16:00, https://…
                }
                let before = chars[i - 1];
                assert!(
                    before == '\u{a0}' || before == '\u{202f}',
                    "{path}: no no-break space before {c:?} in {:?}",
                    chars[i.saturating_sub(40)..(i + 2).min(chars.len())]
                        .iter()
                        .collect::<String>()
                );
            }
        }
    }
);

both_backends!(
    the_recordings_page_puts_the_hijri_date_first_as_every_other_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, page) = app.get_text(&format!("/en{PAST}/recordings")).await;
        assert_eq!(status, 200);
        let dates = &page[page.find("class=\"dates\"").expect("the dates")..];
        let dates = strip_tags(&dates[..dates.find("</p>").expect("paragraph ends")]);
        let hijri = dates.find(" AH").expect("a Hijri date");
        let year = dates.find("2025").expect("a Gregorian date");
        assert!(hijri < year, "Hijri first: {dates:?}");
        assert!(plain(&page).contains("Recordings: "), "the heading's label");
    }
);

both_backends!(
    speakers_countries_are_named_without_emoji_flags,
    |backend| async move {
        let app = spawn_app(backend).await;
        for lang in ["en", "ar", "ur"] {
            let (_, page) = app.get_text(&format!("/{lang}{EVENT}")).await;
            assert!(
                !page
                    .chars()
                    .any(|c| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)),
                "{lang}: regional indicator letters read as 'LB' without a colour emoji font"
            );
            assert!(page.contains("class=\"speaker-country\""));
        }
    }
);

both_backends!(
    the_last_hours_countdown_is_the_same_clock_in_every_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (content, _) = demo_content();
        let doors = content
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2026")
            .expect("event")
            .doors_open_at;
        app.clock.set(doors - jiff::SignedDuration::from_secs(38));
        for (lang, clock) in [
            ("en", "00:38"),
            ("ar", "٠٠:٣٨"),
            ("ur", "00:38"),
            ("fr", "00:38"),
        ] {
            let (_, page) = app.get_text(&format!("/{lang}{EVENT}")).await;
            let countdown = text_of(&page, "id=\"countdown\"");
            assert!(countdown.contains(clock), "{lang}: {countdown:?}");
            assert!(!countdown.contains("صفر"), "{lang}: {countdown:?}");
            assert!(page.contains("<time datetime=\"PT38S\">"), "{lang}");
        }
        // More than an hour ahead it is said in words.
        app.clock.set(doors - jiff::SignedDuration::from_hours(3));
        let (_, page) = app
            .get_text("/en/events/water-for-every-home-2026?tz=UTC")
            .await;
        assert!(
            text_of(&page, "id=\"countdown\"").contains("3 hours"),
            "{page}"
        );
    }
);

both_backends!(
    urdu_times_are_isolated_so_they_read_as_the_header_does,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, page) = app.get_text(&format!("/ur{EVENT}")).await;
        let start = page.find("class=\"cities\"").expect("the cities table");
        let table = &page[start..start + page[start..].find("</table>").expect("ends")];
        let times: Vec<&str> = table
            .split("<time ")
            .skip(1)
            .filter_map(|t| t.split_once('>').map(|(_, r)| r))
            .filter_map(|t| t.split("</time>").next())
            .filter(|t| t.contains("PM") || t.contains("AM"))
            .collect();
        assert!(!times.is_empty(), "{table}");
        for t in times {
            assert!(
                t.contains("\u{2068}") && t.contains("\u{2069}"),
                "a first-strong isolate keeps {t:?} reading left to right"
            );
        }
    }
);

both_backends!(
    home_is_marked_in_the_menu_only_on_the_home_page,
    |backend| async move {
        let app = spawn_app(backend).await;
        let current = |page: &str| {
            let nav = &page[page.find("class=\"main-nav\"").expect("menu")..];
            let nav = &nav[..nav.find("</nav>").expect("ends")];
            nav.split("<a ")
                .skip(1)
                .filter(|a| a.contains("aria-current=\"page\""))
                .map(|a| a.split('"').nth(1).unwrap_or_default().to_owned())
                .collect::<Vec<_>>()
        };
        let (_, home) = app.get_text("/en/").await;
        assert_eq!(current(&home), ["/en/"]);
        let (_, event) = app.get_text(&format!("/en{EVENT}")).await;
        assert!(current(&event).is_empty(), "{:?}", current(&event));
    }
);
