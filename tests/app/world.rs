//! Visitors from anywhere: every country and every time zone can take part, named and
//! ordered for the page's language, and every instant shown agrees with the others.

use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, mails, post, spawn_app};

const FORM: &str = "/en/events/water-for-every-home-2026/register";

/// Submits the registration form with `country` and `tz`; the response to the POST.
async fn register(app: &TestApp, email: &str, country: &str, tz: &str) -> reqwest::Response {
    let (cookie, csrf) = csrf_session(app.get(FORM).await).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Wanjiru Kamau"),
        ("email", email),
        ("country", country),
        ("lang", "en"),
        ("tz", tz),
        ("attest", "on"),
        ("consent", "on"),
        ("website", ""),
    ];
    post(app, FORM, &cookie, &fields).await
}

/// The `<option>`s of the `<select name="…">` in `page`: (value, label, selected).
pub fn options(page: &str, select: &str) -> Vec<(String, String, bool)> {
    let start = page
        .find(&format!("name=\"{select}\""))
        .unwrap_or_else(|| panic!("no select {select}"));
    let end = start + page[start..].find("</select>").expect("select ends");
    page[start..end]
        .split("<option")
        .skip(1)
        .map(|o| {
            let value = o
                .split("value=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .unwrap_or_default()
                .to_owned();
            let label = o
                .split_once('>')
                .map(|(_, l)| l.split('<').next().unwrap_or_default().trim().to_owned())
                .unwrap_or_default();
            (
                value,
                label,
                o.split('>').next().is_some_and(|a| a.contains("selected")),
            )
        })
        .collect()
}

both_backends!(
    people_from_countries_the_old_list_left_out_can_register,
    |backend| async move {
        let app = spawn_app(backend).await;
        // The form offers them (before, a required select listed only 36 countries).
        let offered = options(&app.get_text(FORM).await.1, "country");
        for code in ["KE", "ES", "BR", "PH", "AF"] {
            assert!(offered.iter().any(|(value, _, _)| value == code), "{code}");
        }
        for (i, country) in ["KE", "ES", "BR", "PH", "AF"].iter().enumerate() {
            let response = register(&app, &format!("p{i}@example.org"), country, "UTC").await;
            assert_eq!(response.status().as_u16(), 303, "{country} is accepted");
        }
        assert_eq!(app.run_due_jobs().await.expect("deliver"), 5);
        assert_eq!(mails(&app).len(), 5);

        let refused = register(&app, "zz@example.org", "ZZ", "UTC").await;
        assert_eq!(
            refused.status().as_u16(),
            422,
            "an unassigned code is refused"
        );
    }
);

both_backends!(
    the_country_list_is_complete_named_and_ordered_in_the_pages_language,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, fr) = app
            .get_text("/fr/events/water-for-every-home-2026/register")
            .await;
        let labels: Vec<String> = options(&fr, "country")
            .into_iter()
            .filter(|(value, _, _)| !value.is_empty())
            .map(|(_, label, _)| label)
            .collect();
        assert_eq!(labels.len(), 249);
        let at = |name: &str| {
            labels
                .iter()
                .position(|l| l == name)
                .unwrap_or_else(|| panic!("{name} missing"))
        };
        assert!(at("Égypte") < at("Espagne"));
        assert!(at("Espagne") < at("États-Unis"));
        assert!(at("États-Unis") < at("Éthiopie"));
        assert!(at("Éthiopie") < at("Yémen"));

        let (_, ar) = app
            .get_text("/ar/events/water-for-every-home-2026/register")
            .await;
        let kenya = options(&ar, "country")
            .into_iter()
            .find(|(value, _, _)| value == "KE")
            .map(|(_, label, _)| label);
        assert_eq!(kenya.as_deref(), Some("كينيا"));
    }
);

both_backends!(
    every_iana_zone_is_offered_and_accepted_including_tehran_and_the_us_west_coast,
    |backend| async move {
        let app = spawn_app(backend).await;
        let zones = options(&app.get_text(FORM).await.1, "tz");
        assert!(
            zones.len() > 300,
            "every zone, not a short list: {}",
            zones.len()
        );
        for zone in ["Asia/Tehran", "America/Los_Angeles", "Pacific/Kiritimati"] {
            assert!(zones.iter().any(|(value, _, _)| value == zone), "{zone}");
        }
        assert!(
            !zones.iter().any(|(value, _, _)| value.starts_with("US/")),
            "legacy aliases are not listed twice"
        );
        for (i, zone) in ["Asia/Tehran", "America/Los_Angeles"].iter().enumerate() {
            let response = register(&app, &format!("z{i}@example.org"), "IR", zone).await;
            assert_eq!(response.status().as_u16(), 303, "{zone} is accepted");
        }
    }
);

both_backends!(
    the_form_names_zones_for_people_in_the_pages_language_and_sends_the_iana_id,
    |backend| async move {
        let app = spawn_app(backend).await;
        for (lang, karachi) in [
            ("en", "Pakistan Time — Karachi (GMT+05:00)"),
            ("fr", "heure du Pakistan — Karachi (UTC+05:00)"),
            ("ar", "توقيت باكستان — كراتشي (غرينتش\u{61c}+٠٥:٠٠)"),
        ] {
            let page = format!("/{lang}/events/water-for-every-home-2026/register?tz=Asia/Karachi");
            let zones = options(&app.get_text(&page).await.1, "tz");
            let chosen: Vec<_> = zones.iter().filter(|(_, _, selected)| *selected).collect();
            assert_eq!(chosen.len(), 1, "{lang}: one zone selected");
            assert_eq!(
                chosen[0].0, "Asia/Karachi",
                "{lang}: the value is the IANA id"
            );
            assert_eq!(chosen[0].1, karachi, "{lang}: the label is CLDR's name");
            let ids: Vec<_> = zones
                .iter()
                .filter(|(_, label, _)| label.contains('/') || label.contains('_'))
                .collect();
            assert!(ids.is_empty(), "{lang}: labels that are ids: {ids:?}");
        }
        // West to east: Los Angeles before London before Karachi.
        let zones = options(&app.get_text(FORM).await.1, "tz");
        let at = |id: &str| zones.iter().position(|(v, _, _)| v == id).expect("offered");
        assert!(at("America/Los_Angeles") < at("Europe/London"));
        assert!(at("Europe/London") < at("Asia/Karachi"));
    }
);

both_backends!(
    the_form_preselects_the_visitors_zone_and_leaves_it_to_the_browser_otherwise,
    |backend| async move {
        let app = spawn_app(backend).await;
        let page = app
            .get_text(&format!("{FORM}?tz=America/Los_Angeles"))
            .await
            .1;
        let selected: Vec<String> = options(&page, "tz")
            .into_iter()
            .filter(|(_, _, selected)| *selected)
            .map(|(value, _, _)| value)
            .collect();
        assert_eq!(selected, ["America/Los_Angeles"]);
        assert!(!page.contains("data-browser-zone"), "the page's zone wins");

        // Nothing known about the visitor: the page script may pick the browser's zone.
        let page = app.get_text(FORM).await.1;
        assert!(page.contains("data-browser-zone"));
    }
);

/// The cities table's cells for `city`: date, doors and start, as (datetime, text).
fn city_cells(page: &str, city: &str) -> Vec<(String, String)> {
    let row = page
        .split("<tr><th scope=\"row\">")
        .find(|row| row.starts_with(city))
        .unwrap_or_else(|| panic!("a row for {city}"));
    let row = row.split("</tr>").next().expect("row");
    row.split("<time datetime=\"")
        .skip(1)
        .map(|cell| {
            let (datetime, rest) = cell.split_once("\">").expect("attribute");
            let text = rest.split("</time>").next().expect("text");
            (datetime.to_owned(), crate::helpers::plain(text))
        })
        .collect()
}

both_backends!(
    each_city_row_shows_the_date_of_its_doors_and_a_start_on_the_next_day_with_its_date,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (content, _) = crate::helpers::demo_content();
        let event = content
            .events
            .iter()
            .find(|e| e.slug.as_str() == "water-for-every-home-2026")
            .expect("the demo event");
        let (status, page) = app
            .get_text("/en/events/water-for-every-home-2026?tz=Australia/Sydney")
            .await;
        assert_eq!(status, 200);
        let sydney = jiff::tz::TimeZone::get("Australia/Sydney").expect("zone");
        let doors = event.doors_open_at.to_zoned_datetime(sydney.clone());
        let starts = event.starts_at.to_zoned_datetime(sydney);
        let cells = city_cells(&page, "Sydney");
        assert_eq!(cells.len(), 3, "date, doors, start: {cells:?}");
        assert_eq!(
            cells[0].0,
            doors.date().to_string(),
            "the row's date is the doors' date"
        );
        let start_day = starts.strftime("%b %-d").to_string();
        if starts.date() == doors.date() {
            assert!(!cells[2].1.contains(&start_day), "{cells:?}");
        } else {
            assert!(
                cells[2].1.contains(&start_day),
                "a start on the next day says which day: {cells:?}"
            );
        }
        // The visitor's own line (in Sydney) names the same day as the table.
        let weekday = doors.strftime("%a, %b %-d").to_string();
        assert!(
            crate::helpers::plain(&page).contains(&weekday),
            "the page says {weekday} somewhere for the doors"
        );
        assert_eq!(cells[0].1, weekday, "{cells:?}");
    }
);
