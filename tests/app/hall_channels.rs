//! Interpretation channels: how each is carried (an audio rendition of the playlist, a
//! stream of sound only, a stream with picture) is checked on import and in the source
//! editor, and the hall shows each channel with its kind, the chosen one pressed, with and
//! without `?channel=`.

use crate::admin::{get_with, person, session_cookie, source_form};
use crate::both_backends;
use crate::content_files::copy_dir;
use crate::hall::{attendee, open_the_doors};
use crate::helpers::{TestApp, csrf_session, demo_dir, post, spawn_app};
use convene::admin::Role;
use convene::content;

const EVENT_FILE: &str = "events/water-for-every-home-2026/event.toml";
const DEMO_CHANNELS: &str =
    "en = { kind = \"rendition\" }\nur = { kind = \"audio\", url = \"media/live/ur.m3u8\" }";

/// The demo folder with the upcoming event's channels replaced by `channels`; the problems
/// its import reports (empty: it imports).
fn import_with(channels: &str, kind: &str) -> String {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(&demo_dir(), dir.path());
    let path = dir.path().join(EVENT_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(DEMO_CHANNELS), "the demo's channels changed");
    let text = text
        .replacen(DEMO_CHANNELS, channels, 1)
        .replacen("kind = \"hls\"", kind, 1);
    std::fs::write(&path, text).expect("write");
    match content::read_dir(dir.path(), &mut |_, _, _| {}) {
        Ok(_) => String::new(),
        Err(problems) => problems.to_string(),
    }
}

#[test]
fn the_demo_carries_a_rendition_and_a_sound_only_channel() {
    let report = content::read_dir(&demo_dir(), &mut |_, _, _| {}).expect("demo imports");
    let event = report
        .content
        .events
        .iter()
        .find(|e| e.slug.as_str() == "water-for-every-home-2026")
        .expect("event");
    let stream = event.stream.as_ref().expect("a stream");
    let kinds: Vec<(&str, &str)> = stream
        .languages
        .iter()
        .map(|(l, c)| (l.as_str(), c.kind().as_str()))
        .collect();
    assert_eq!(kinds, [("en", "rendition"), ("ur", "audio")]);
    // The renditions and the separate stream travel with the content.
    for file in [
        "media/live/stream_en.m3u8",
        "media/live/seg_en_007.m4s",
        "media/live/ur.m3u8",
        "media/live/init_ur.mp4",
        "media/live/seg_ur_000.m4s",
    ] {
        assert!(
            report.media.keys().any(|p| p.as_str() == file),
            "{file} is not among the media"
        );
    }
}

#[test]
fn channels_the_stream_cannot_carry_are_reported_on_import() {
    // A rendition the playlist does not have: named, with the languages it has.
    let shown = import_with("fr = { kind = \"rendition\" }", "kind = \"hls\"");
    assert!(shown.contains(&format!("{EVENT_FILE}:")), "{shown}");
    assert!(
        shown.contains(
            "the fr channel: the playlist media/live/index.m3u8 has no audio rendition in fr"
        ),
        "{shown}"
    );
    assert!(shown.contains("its audio renditions: ar, en"), "{shown}");
    // A bad address of a channel's own stream.
    let shown = import_with(
        "ur = { kind = \"audio\", url = \"ftp://example.org/ur\" }",
        "kind = \"hls\"",
    );
    assert!(
        shown.contains("\"ftp://example.org/ur\" is not a stream address"),
        "{shown}"
    );
    // A sound-only channel without its address, a rendition with one, an unknown kind.
    let shown = import_with("ur = { kind = \"audio\" }", "kind = \"hls\"");
    assert!(
        shown.contains(
            "the ur channel: a channel of kind = \"audio\" needs the url of its own stream"
        ),
        "{shown}"
    );
    let shown = import_with(
        "en = { kind = \"rendition\", url = \"media/live/ur.m3u8\" }",
        "kind = \"hls\"",
    );
    assert!(
        shown.contains("a rendition is carried in the main playlist"),
        "{shown}"
    );
    let shown = import_with("en = { kind = \"dubbed\" }", "kind = \"hls\"");
    assert!(shown.contains("dubbed"), "{shown}");
    // An embedded player can neither switch its sound nor be muted.
    let shown = import_with("en = { kind = \"rendition\" }", "kind = \"embed\"");
    assert!(
        shown.contains("the en channel: kind = \"rendition\" needs kind = \"hls\" under [stream]"),
        "{shown}"
    );
    // The old form (an address alone) is still a stream with picture and sound.
    assert_eq!(
        import_with(
            "en = \"https://live.example.org/en.m3u8\"",
            "kind = \"hls\""
        ),
        ""
    );
}

both_backends!(
    the_source_editor_refuses_a_rendition_the_playlist_lacks,
    |backend| async move {
        let app = spawn_app(backend).await;
        let id = person(&app, "channels@example.org", Role::Editor, None).await;
        let cookie = session_cookie(&app, id).await;
        let page = get_with(&app, &format!("/admin/source?file={EVENT_FILE}"), &cookie).await;
        let (csrf_cookie, token) = csrf_session(page).await;
        let cookie = format!("{cookie}; {csrf_cookie}");
        let (original, base, revision) = source_form(&app, EVENT_FILE, &cookie).await;
        // The editor shows the file as export writes it: a table per channel.
        let english = "[stream.languages.en]\nkind = \"rendition\"";
        assert!(original.contains(english), "{original}");
        let edited = original.replacen(english, "[stream.languages.tr]\nkind = \"rendition\"", 1);
        let line = edited
            .lines()
            .position(|l| l == "[stream.languages.tr]")
            .expect("the edited line")
            + 1;
        let save = |text: String| {
            let (app, cookie, token, base, revision) = (&app, &cookie, &token, &base, &revision);
            async move {
                post(
                    app,
                    "/admin/source",
                    cookie,
                    &[
                        ("csrf", token.as_str()),
                        ("file", EVENT_FILE),
                        ("text", text.as_str()),
                        ("base", base.as_str()),
                        ("revision", revision.as_str()),
                        ("action", "save"),
                    ],
                )
                .await
            }
        };
        let refused = save(edited).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = crate::helpers::plain(&refused.text().await.expect("body"));
        assert!(
            body.contains(&format!("{EVENT_FILE}:{line}"))
                || body.contains(&format!("{EVENT_FILE}:{}", line + 1)),
            "line {line}: {body}"
        );
        assert!(body.contains("has no audio rendition in tr"), "{body}");
        // A stream of sound only from elsewhere instead: saved, and the hall offers it.
        let fixed = original.replacen(
            english,
            "[stream.languages.tr]\nkind = \"audio\"\nurl = \"https://radio.example.net/tr.mp3\"",
            1,
        );
        assert_eq!(save(fixed).await.status().as_u16(), 303);
        open_the_doors(&app).await;
        let (_, hall) = attendee(&app, "listener@example.org").await;
        let response = app.get(&format!("{hall}?channel=tr")).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(
            csp.contains("media-src 'self' blob: data: https://radio.example.net"),
            "{csp}"
        );
        let html = response.text().await.expect("body");
        let tr = button(&html, "tr");
        assert!(tr.contains(r#"data-kind="audio""#), "{tr}");
        assert!(tr.contains(r#"aria-pressed="true""#), "{tr}");
        assert!(
            html.contains(r#"src="https://radio.example.net/tr.mp3" lang="tr""#),
            "{html}"
        );
    }
);

/// The channel button of `lang` in a hall page (its opening tag and label).
fn button(html: &str, lang: &str) -> String {
    let start = html
        .find(&format!(r#"name="channel" value="{lang}""#))
        .unwrap_or_else(|| panic!("no {lang} channel in {html}"));
    let end = start + html[start..].find("</button>").expect("button end");
    html[start..end].to_owned()
}

async fn hall_page(app: &TestApp, hall: &str) -> String {
    let (status, html) = app.get_text(hall).await;
    assert_eq!(status, 200);
    html
}

both_backends!(
    the_hall_shows_each_channel_with_its_kind,
    |backend| async move {
        let app = spawn_app(backend).await;
        open_the_doors(&app).await;
        // Registered in English: the English rendition is chosen, the picture is the main
        // playlist and no separate sound plays.
        let (_, hall) = attendee(&app, "channels@example.org").await;
        let html = hall_page(&app, &hall).await;
        let ar = button(&html, "ar");
        assert!(ar.contains(r#"data-kind="main""#), "{ar}");
        assert!(ar.contains(r#"aria-pressed="false""#), "{ar}");
        assert!(ar.contains("original"), "{ar}");
        let en = button(&html, "en");
        assert!(en.contains(r#"data-kind="rendition""#), "{en}");
        assert!(en.contains(r#"aria-pressed="true""#), "{en}");
        assert!(en.contains(r#"data-src="""#), "{en}");
        assert!(en.contains("interpretation"), "{en}");
        let ur = button(&html, "ur");
        assert!(ur.contains(r#"data-kind="audio""#), "{ur}");
        assert!(
            ur.contains(r#"data-src="/media/media/live/ur.m3u8""#),
            "{ur}"
        );
        assert!(ur.contains("interpretation, sound only"), "{ur}");
        assert!(html.contains(r#"role="group" aria-labelledby="hall-channels-label""#));
        assert!(html.contains(r#"data-channel="en""#), "{html}");
        assert!(html.contains(r#"src="/media/media/live/index.m3u8""#));
        assert!(
            html.contains(r#"<audio id="hall-channel-audio" class="hall-channel-audio" controls preload="none" hidden"#),
            "{html}"
        );
        let status = html
            .split(r#"id="hall-channel-now" role="status">"#)
            .nth(1)
            .and_then(|r| r.split("</p>").next())
            .expect("the switcher's status");
        assert!(
            status.contains("Playing:") && status.contains("interpretation"),
            "{status}"
        );
        // ?channel=ur (the link without JavaScript): the picture muted, Urdu beside it.
        let html = hall_page(&app, &format!("{hall}?channel=ur")).await;
        assert!(button(&html, "ur").contains(r#"aria-pressed="true""#));
        assert!(button(&html, "en").contains(r#"aria-pressed="false""#));
        assert!(
            html.contains(r#"data-hls="/media/media/live/index.m3u8" muted>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"src="/media/media/live/ur.m3u8" lang="ur""#),
            "{html}"
        );
        // The proceedings' language: the main stream as it comes.
        let html = hall_page(&app, &format!("{hall}?channel=ar")).await;
        assert!(button(&html, "ar").contains(r#"aria-pressed="true""#));
        assert!(!html.contains(" muted>"));
        // The caption form keeps the channel; the channel form keeps the captions.
        let html = hall_page(&app, &format!("{hall}?channel=ur&captions=en")).await;
        assert!(html.contains(r#"<input type="hidden" name="channel" value="ur">"#));
        assert!(html.contains(r#"<input type="hidden" name="captions" value="en">"#));
        // An Arabic page: the same channels, the labels in Arabic.
        let html = hall_page(&app, &hall.replacen("/en/", "/ar/", 1)).await;
        assert!(
            button(&html, "ur").contains("ترجمة فورية، صوت فقط"),
            "{html}"
        );
    }
);
