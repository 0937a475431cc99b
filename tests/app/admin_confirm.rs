//! Destructive edits ask first: the programme and speakers forms, posted so that they would
//! remove every row or a segment with a recording or premiere, show what would go and save
//! only when that is confirmed; the audit log keeps the removed rows.

use crate::admin::{
    form_fields, get_with, person, post_fields, session_cookie, set_field, upcoming_event,
};
use crate::both_backends;
use crate::helpers::{TestApp, csrf_session, plain, spawn_app};
use convene::admin::Role;

const PROGRAMME: &str = "/admin/events/water-for-every-home-2026/programme";
const SPEAKERS: &str = "/admin/events/water-for-every-home-2026/speakers";

/// An editor's cookies (session and form) and the page's CSRF token.
async fn editor(app: &TestApp) -> (String, String) {
    let id = person(app, "editor@example.org", Role::Editor, None).await;
    let session = session_cookie(app, id).await;
    let (csrf_cookie, token) = csrf_session(get_with(app, PROGRAMME, &session).await).await;
    (format!("{session}; {csrf_cookie}"), token)
}

/// The value the question page's confirm button sends.
fn confirm_value(html: &str) -> String {
    html.split(r#"name="confirm" value=""#)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a confirm button")
        .to_owned()
}

async fn newest_audit(app: &TestApp) -> convene::storage::AuditEntry {
    app.state
        .db
        .audit_log(1)
        .await
        .expect("audit log")
        .remove(0)
}

both_backends!(
    an_empty_programme_form_asks_before_removing_every_segment,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, token) = editor(&app).await;
        let before = upcoming_event(&app).await;
        let fields = vec![
            ("csrf".to_owned(), token.clone()),
            ("revision".to_owned(), app.revision().await),
        ];
        let asked = post_fields(&app, PROGRAMME, &cookie, &fields).await;
        assert_eq!(asked.status().as_u16(), 200);
        let html = asked.text().await.expect("body");
        let text = plain(&html);
        assert!(text.contains("Remove for good?"), "{text}");
        for segment in &before.segments {
            assert!(text.contains(segment.id.as_str()), "{} listed", segment.id);
        }
        assert_eq!(
            upcoming_event(&app).await.segments.len(),
            before.segments.len()
        );

        // Confirmed without the form's token: refused.
        let forged = vec![("confirm".to_owned(), confirm_value(&html))];
        let refused = post_fields(&app, PROGRAMME, &cookie, &forged).await;
        assert_eq!(refused.status().as_u16(), 403);
        assert_eq!(
            upcoming_event(&app).await.segments.len(),
            before.segments.len()
        );

        // Confirmed with it: removed, and the audit log keeps every segment with its texts.
        let mut confirmed = form_fields(&html);
        set_field(&mut confirmed, "confirm", &confirm_value(&html));
        let saved = post_fields(&app, PROGRAMME, &cookie, &confirmed).await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        assert!(upcoming_event(&app).await.segments.is_empty());
        let entry = newest_audit(&app).await;
        assert_eq!(entry.action, "edited a programme");
        let kept: serde_json::Value =
            serde_json::from_str(entry.before.as_deref().expect("before")).expect("JSON");
        assert_eq!(kept["count"], before.segments.len());
        let removed = kept["removed"].as_array().expect("removed rows");
        assert_eq!(removed.len(), before.segments.len());
        let first = &before.segments[0];
        assert_eq!(removed[0]["segment"]["id"], first.id.as_str());
        let english = &before.texts[&"en".parse().expect("lang")].segments[&first.id];
        assert_eq!(removed[0]["texts"]["en"]["title"], english.title.as_str());
        assert!(
            removed.iter().any(|r| !r["segment"]["premiere"].is_null()),
            "premieres are kept in the log"
        );
        // The audit page folds the long JSON away.
        let owner = person(&app, "owner@example.org", Role::Owner, None).await;
        let owner = session_cookie(&app, owner).await;
        let audit = get_with(&app, "/admin/audit", &owner).await;
        let audit = plain(&audit.text().await.expect("body"));
        assert!(
            audit.contains(
                "What was removed (JSON, to restore it)</summary><pre class=\"audit-json\""
            ),
            "{audit}"
        );
    }
);

both_backends!(
    removing_a_segment_with_a_premiere_asks_and_going_back_keeps_the_form,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, _) = editor(&app).await;
        let html = get_with(&app, PROGRAMME, &cookie)
            .await
            .text()
            .await
            .expect("body");
        let event = upcoming_event(&app).await;
        let index = event
            .segments
            .iter()
            .position(|s| s.premiere.is_some())
            .expect("a segment with a premiere");
        let segment = event.segments[index].id.to_string();
        let mut fields = form_fields(&html);
        set_field(&mut fields, &format!("seg-{index}-remove"), "on");
        set_field(&mut fields, &format!("seg-{index}-minutes"), "7");
        let asked = post_fields(&app, PROGRAMME, &cookie, &fields).await;
        assert_eq!(asked.status().as_u16(), 200);
        let question = asked.text().await.expect("body");
        let text = plain(&question);
        assert!(text.contains(&segment), "{text}");
        assert!(
            text.contains("its recording and premiere go with it"),
            "{text}"
        );
        let others = event.segments.iter().filter(|s| s.id.as_str() != segment);
        for other in others {
            assert!(
                !text.contains(&format!("{}:", other.id)),
                "only {segment} is listed"
            );
        }

        // Back to the form: what was typed is still there, nothing saved.
        let mut back = form_fields(&question);
        set_field(&mut back, "back", "1");
        let form = post_fields(&app, PROGRAMME, &cookie, &back).await;
        assert_eq!(form.status().as_u16(), 200);
        let form = form.text().await.expect("body");
        assert!(
            form.contains(&format!(
                r#"name="seg-{index}-minutes" type="number" min="1" max="1440" value="7""#
            )),
            "the typed length is kept"
        );
        assert!(
            form.contains(&format!(r#"name="seg-{index}-remove" checked"#)),
            "the ticked box is kept"
        );
        assert!(
            upcoming_event(&app).await.segments[index]
                .premiere
                .is_some()
        );

        // A confirmation of another removal does not carry over: asked again.
        let mut other = fields.clone();
        set_field(&mut other, "confirm", "opening");
        let again = post_fields(&app, PROGRAMME, &cookie, &other).await;
        assert_eq!(again.status().as_u16(), 200);
        assert!(plain(&again.text().await.expect("body")).contains("Remove for good?"));

        let mut confirmed = form_fields(&question);
        set_field(&mut confirmed, "confirm", &confirm_value(&question));
        let saved = post_fields(&app, PROGRAMME, &cookie, &confirmed).await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        let after = upcoming_event(&app).await;
        assert_eq!(after.segments.len(), event.segments.len() - 1);
        assert!(after.segments.iter().all(|s| s.id.as_str() != segment));
        let entry = newest_audit(&app).await;
        let kept: serde_json::Value =
            serde_json::from_str(entry.before.as_deref().expect("before")).expect("JSON");
        assert_eq!(kept["removed"][0]["segment"]["id"], segment.as_str());
        assert!(!kept["removed"][0]["segment"]["premiere"].is_null());
    }
);

both_backends!(
    removing_every_speaker_asks_first_and_the_log_keeps_them,
    |backend| async move {
        let app = spawn_app(backend).await;
        let (cookie, token) = editor(&app).await;
        // The programme goes first (its segments name the speakers).
        let html = post_fields(
            &app,
            PROGRAMME,
            &cookie,
            &[
                ("csrf".to_owned(), token.clone()),
                ("revision".to_owned(), app.revision().await),
            ],
        )
        .await
        .text()
        .await
        .expect("body");
        let mut confirmed = form_fields(&html);
        set_field(&mut confirmed, "confirm", &confirm_value(&html));
        let saved = post_fields(&app, PROGRAMME, &cookie, &confirmed).await;
        assert_eq!(saved.status().as_u16(), 303);

        let event = upcoming_event(&app).await;
        assert!(!event.speakers.is_empty());
        let fields = [
            ("csrf".to_owned(), token),
            ("revision".to_owned(), app.revision().await),
        ];
        let asked = post_fields(&app, SPEAKERS, &cookie, &fields).await;
        assert_eq!(asked.status().as_u16(), 200);
        let question = asked.text().await.expect("body");
        let text = plain(&question);
        assert!(text.contains("every speaker"), "{text}");
        for speaker in &event.speakers {
            assert!(text.contains(&speaker.name), "{} listed", speaker.name);
        }
        assert_eq!(
            upcoming_event(&app).await.speakers.len(),
            event.speakers.len()
        );

        let mut confirmed = form_fields(&question);
        set_field(&mut confirmed, "confirm", &confirm_value(&question));
        let saved = post_fields(&app, SPEAKERS, &cookie, &confirmed).await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        assert!(upcoming_event(&app).await.speakers.is_empty());
        let entry = newest_audit(&app).await;
        assert_eq!(entry.action, "edited the speakers");
        let kept: serde_json::Value =
            serde_json::from_str(entry.before.as_deref().expect("before")).expect("JSON");
        let removed = kept["removed"].as_array().expect("removed rows");
        assert_eq!(removed.len(), event.speakers.len());
        assert_eq!(
            removed[0]["speaker"]["name"],
            event.speakers[0].name.as_str()
        );
        assert!(removed[0]["texts"]["en"]["role"].is_string());
    }
);
