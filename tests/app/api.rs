//! The read-only JSON API.

use crate::both_backends;
use crate::helpers::spawn_app;
use serde_json::Value;

async fn json(app: &crate::helpers::TestApp, path: &str) -> (u16, Value) {
    let response = app.get(path).await;
    let status = response.status().as_u16();
    (status, response.json().await.expect("json body"))
}

both_backends!(
    events_list_gives_each_instant_three_ways,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, body) = json(&app, "/api/v1/events").await;
        assert_eq!(status, 200);
        let events = body["events"].as_array().expect("events array");
        assert_eq!(events.len(), 2);
        let upcoming = events
            .iter()
            .find(|e| e["slug"] == "water-for-every-home-2026")
            .expect("upcoming");
        let starts = &upcoming["starts_at"];
        assert_eq!(starts["utc"], "2026-12-23T13:00:00Z");
        assert_eq!(starts["reference_local"], "2026-12-23T16:00:00");
        // The Hijri date of the local day under the site's settings (the conversion itself is
        // checked against the published Umm al-Qura tables in the domain's unit tests).
        let expected =
            convene::domain::HijriSettings::default().hijri_date(jiff::civil::date(2026, 12, 23));
        assert_eq!(
            starts["hijri"],
            serde_json::to_value(expected).expect("json")
        );
        assert_eq!(starts["hijri"]["year"], 1448);
        assert_eq!(upcoming["places_total"], 500);
        assert_eq!(upcoming["is_past"], false);
    }
);

both_backends!(one_event_in_the_requested_language, |backend| async move {
    let app = spawn_app(backend).await;
    let (status, body) = json(&app, "/api/v1/events/water-for-every-home-2026?lang=ar").await;
    assert_eq!(status, 200);
    assert_eq!(body["lang"], "ar");
    assert_eq!(body["segments"].as_array().map(Vec::len), Some(10));
    let dialogues: Vec<&Value> = body["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter(|s| s["kind"] == "dialogue")
        .collect();
    assert_eq!(dialogues.len(), 5);
    assert_eq!(dialogues[4]["number"], 5);
    assert!(
        body["title"]
            .as_str()
            .is_some_and(|t| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
    );
});

both_backends!(
    api_errors_are_json_with_the_right_status,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, body) = json(&app, "/api/v1/events?lang=xx").await;
        assert_eq!(status, 400);
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("en, ar, ur"))
        );
        let (status, body) = json(&app, "/api/v1/events/no-such-event").await;
        assert_eq!(status, 404);
        assert_eq!(body["error"]["status"], 404);
    }
);

both_backends!(
    openapi_document_describes_the_routes,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (status, doc) = json(&app, "/api/v1/openapi.json").await;
        assert_eq!(status, 200);
        assert_eq!(doc["openapi"], "3.1.0");
        for path in ["/api/v1/events", "/api/v1/events/{slug}"] {
            assert!(doc["paths"][path]["get"].is_object(), "{path}");
            // `lang` takes this site's languages, and nothing else.
            let lang = doc["paths"][path]["get"]["parameters"]
                .as_array()
                .and_then(|ps| ps.iter().find(|p| p["name"] == "lang"))
                .expect("a lang parameter");
            assert_eq!(
                lang["schema"]["enum"],
                serde_json::json!(["en", "ar", "ur", "tr", "id", "fr"]),
                "{path}"
            );
        }
        assert!(
            doc["paths"]["/api/v1/openapi.json"]["get"]
                .get("parameters")
                .is_none()
        );
        // Every property the API returns for an event is described.
        let (_, event) = json(&app, "/api/v1/events/water-for-every-home-2026").await;
        let described: Vec<String> = ["EventSummary"]
            .iter()
            .flat_map(|s| {
                doc["components"]["schemas"][s]["properties"]
                    .as_object()
                    .expect("props")
                    .keys()
                    .cloned()
            })
            .chain(
                doc["components"]["schemas"]["EventDetail"]["allOf"][1]["properties"]
                    .as_object()
                    .expect("props")
                    .keys()
                    .cloned(),
            )
            .collect();
        for key in event.as_object().expect("object").keys() {
            assert!(
                described.contains(key),
                "{key} is not in the OpenAPI document"
            );
        }
    }
);

both_backends!(
    the_api_reports_places_and_registration_times,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (_, body) = json(&app, "/api/v1/events/water-for-every-home-2026").await;
        assert_eq!(body["places_total"], 500);
        assert_eq!(body["places_left"], 500);
        assert_eq!(body["registration_open"], true);
        assert_eq!(
            body["registration_closes_at"]["reference_local"],
            "2026-12-23T12:00:00"
        );
        assert!(body["registration_opens_at"]["utc"].is_string());
    }
);

/// Every status the API answered is one the served document lists for that operation.
fn documented(doc: &Value, path: &str, status: u16) -> bool {
    doc["paths"][path]["get"]["responses"]
        .get(status.to_string())
        .is_some()
}

both_backends!(
    a_site_without_content_answers_a_documented_404,
    |backend| async move {
        use convene::config::{Config, Layer};
        // The application before any import: no site settings, no events.
        let data_dir = tempfile::tempdir().expect("temp dir");
        let url = crate::helpers::fresh_database_url(backend, data_dir.path()).await;
        let flags = Layer {
            listen: Some("127.0.0.1:0".parse().expect("address")),
            data_dir: Some(data_dir.path().to_owned()),
            database_url: Some(secrecy::SecretString::from(url)),
            ..Layer::default()
        };
        let config = Config::load(None, flags, "unused").expect("config");
        let (clock, _handle) = convene::clock::Clock::manual(crate::helpers::test_now());
        let app = convene::startup::Application::build(config, clock)
            .await
            .expect("application builds");
        let base = format!("http://127.0.0.1:{}", app.port());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        let get = |path: &str| reqwest::get(format!("{base}{path}"));
        let doc: Value = get("/api/v1/openapi.json")
            .await
            .expect("request")
            .json()
            .await
            .expect("json");
        for (path, documented_as) in [
            ("/api/v1/events", "/api/v1/events"),
            ("/api/v1/events/water", "/api/v1/events/{slug}"),
        ] {
            let response = get(path).await.expect("request");
            let status = response.status().as_u16();
            assert_eq!(status, 404, "{path}");
            let body: Value = response.json().await.expect("json");
            assert_eq!(body["error"]["status"], 404, "{path}");
            assert!(
                documented(&doc, documented_as, status),
                "{path} answered {status}, which the document does not list"
            );
        }
        // Storage faults answer 503 with Retry-After (ARCHITECTURE, "Storage faults").
        for path in ["/api/v1/events", "/api/v1/events/{slug}"] {
            let unavailable = &doc["paths"][path]["get"]["responses"]["503"];
            assert!(unavailable["headers"]["Retry-After"].is_object(), "{path}");
        }
        let _ = stop.send(());
        let _ = server.await;
    }
);
