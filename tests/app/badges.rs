//! Live counts for partner sites: places left and signatures as SVG badges in the asked
//! language, the letter's count as JSON, open to any origin; unknown or unsigned things 404.

use crate::both_backends;
use crate::helpers::spawn_app;

const EVENT: &str = "water-for-every-home-2026";
const LETTER: &str = "open-letter-water-ministers";

both_backends!(
    badges_and_counts_follow_the_stored_numbers,
    |backend| async move {
        let app = spawn_app(backend).await;
        let places = app
            .state
            .db
            .places(&EVENT.parse().expect("slug"))
            .await
            .expect("places");
        let left = places.left().expect("the demo event has a capacity");
        let response = app
            .get(&format!("/badges/events/{EVENT}/places.svg?lang=en"))
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["access-control-allow-origin"], "*");
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("type")
                .starts_with("image/svg+xml")
        );
        let svg = response.text().await.expect("body");
        assert!(
            svg.contains(&format!("aria-label=\"Places left: {left}\"")),
            "{svg}"
        );
        let (status, arabic) = app
            .get_text(&format!("/badges/events/{EVENT}/places.svg?lang=ar"))
            .await;
        assert_eq!(status, 200);
        assert!(arabic.contains("المقاعد المتبقية") && arabic.contains("direction=\"rtl\""));

        let count = app
            .state
            .db
            .signature_count(&LETTER.parse().expect("slug"))
            .await
            .expect("count");
        let response = app.get(&format!("/api/v1/letters/{LETTER}")).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["access-control-allow-origin"], "*");
        let json: serde_json::Value = response.json().await.expect("json");
        assert_eq!(json["signatures"].as_i64(), Some(count));
        assert_eq!(json["slug"], LETTER);
        let (_, svg) = app
            .get_text(&format!("/badges/letters/{LETTER}/signatures.svg"))
            .await;
        assert!(svg.contains(&format!("Signatures: {count}")), "{svg}");

        // Nothing for what does not exist or is not signed, and a clear refusal of a
        // language the site does not offer.
        assert_eq!(
            app.get("/badges/events/no-such-event/places.svg")
                .await
                .status(),
            404
        );
        assert_eq!(
            app.get("/badges/letters/press-release-announcement/signatures.svg")
                .await
                .status(),
            404
        );
        assert_eq!(
            app.get(&format!("/badges/events/{EVENT}/places.svg?lang=xx"))
                .await
                .status(),
            400
        );
    }
);
