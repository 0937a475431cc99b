//! Media on several instances. With an object store, what `convene import` brings on one
//! machine is served by an instance on another (whole, in ranges, revalidated) and found by
//! its editors and by `convene export`; without one, an instance on PostgreSQL that lacks
//! a file refuses to start and says what to do.

use crate::admin::{get_with, person, session_cookie, source_form};
use crate::both_backends;
use crate::helpers::{
    Backend, Process, TestApp, csrf_session, demo_dir, eventually, post, spawn_app, spawn_app_with,
};
use crate::s3::{S3Server, s3_server};
use convene::admin::Role;
use convene::config::Config;
use std::path::Path;
use std::time::Duration;

const BUCKET: &str = "convene-media";
const TRAILER: &str = "media/trailer.webm";
const EVENT_FILE: &str = "events/water-for-every-home-2026/event.toml";

/// The store's settings as `CONVENE_*` variables.
fn store_env(s3: &S3Server) -> [(&'static str, String); 4] {
    [
        ("CONVENE_MEDIA_S3_BUCKET", BUCKET.to_owned()),
        ("CONVENE_MEDIA_S3_ENDPOINT", s3.endpoint.clone()),
        ("CONVENE_MEDIA_S3_ACCESS_KEY", "convene-test".to_owned()),
        (
            "CONVENE_MEDIA_S3_SECRET_KEY",
            "convene-test-secret".to_owned(),
        ),
    ]
}

/// Points a configuration at the store.
fn use_store(config: &mut Config, s3: &S3Server) {
    config.media_s3_bucket = Some(BUCKET.to_owned());
    config.media_s3_endpoint = Some(s3.endpoint.clone());
    config.media_s3_access_key = Some("convene-test".to_owned());
    config.media_s3_secret_key = Some("convene-test-secret".to_owned().into());
}

/// Runs a `convene` command on `app`'s database with `data_dir`, and the store if given.
fn convene(
    app: &TestApp,
    data_dir: &Path,
    args: &[&str],
    s3: Option<&S3Server>,
) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_convene"));
    command
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("CONVENE_DATABASE_URL", app.state.config.database_url())
        .env("CONVENE_LOG", "warn");
    for (name, value) in s3.map(store_env).into_iter().flatten() {
        command.env(name, value);
    }
    command.output().expect("run convene")
}

/// Signs an owner in on `app`; returns the cookie and the form token.
async fn owner_on(app: &TestApp) -> (String, String) {
    let id = person(app, "owner@example.org", Role::Owner, None).await;
    let session = session_cookie(app, id).await;
    let page = get_with(app, "/admin/source?file=site.toml", &session).await;
    let (csrf_cookie, token) = csrf_session(page).await;
    (format!("{session}; {csrf_cookie}"), token)
}

/// POSTs `file` with `text` to the source editor (`action`: check or save).
async fn source_post(
    app: &TestApp,
    (cookie, token): (&str, &str),
    file: &str,
    text: &str,
    action: &str,
) -> reqwest::Response {
    let (_, base, revision) = source_form(app, file, cookie).await;
    post(
        app,
        "/admin/source",
        cookie,
        &[
            ("csrf", token),
            ("file", file),
            ("text", text),
            ("base", &base),
            ("revision", &revision),
            ("action", action),
        ],
    )
    .await
}

both_backends!(
    media_imported_on_one_machine_are_served_by_another_from_the_store,
    |backend| async move {
        let s3 = s3_server(BUCKET).await;
        let a = spawn_app_with(backend, |layer| {
            layer.media_s3_bucket = Some(BUCKET.to_owned());
            layer.media_s3_endpoint = Some(s3.endpoint.clone());
            layer.media_s3_access_key = Some("convene-test".to_owned());
            layer.media_s3_secret_key = Some("convene-test-secret".to_owned().into());
        })
        .await;
        // The operator imports on A's machine: the media go to the store.
        let demo = demo_dir();
        let imported = convene(
            &a,
            a.data_dir(),
            &["import", demo.to_str().expect("utf-8")],
            Some(&s3),
        );
        assert!(
            imported.status.success(),
            "{}",
            String::from_utf8_lossy(&imported.stderr)
        );
        let trailer = std::fs::read(demo.join(TRAILER)).expect("demo trailer");
        let in_bucket = reqwest::get(format!("{}/{BUCKET}/{TRAILER}", s3.endpoint))
            .await
            .expect("GET from the store");
        assert_eq!(in_bucket.status().as_u16(), 200);
        assert_eq!(in_bucket.bytes().await.expect("bytes").to_vec(), trailer);

        // B: another machine with an empty data folder, the same database and store.
        let b = a
            .instance_elsewhere(|config| use_store(config, &s3))
            .await
            .expect("B starts: every file is in the store");
        assert!(!b.data_dir().join("media").exists());
        let whole = b.get(&format!("/media/{TRAILER}")).await;
        assert_eq!(whole.status().as_u16(), 200);
        assert_eq!(whole.headers()["content-type"], "video/webm");
        assert_eq!(whole.headers()["accept-ranges"], "bytes");
        assert_eq!(whole.headers()["x-content-type-options"], "nosniff");
        let etag = whole.headers()["etag"].clone();
        assert_eq!(whole.bytes().await.expect("bytes").to_vec(), trailer);
        let part = b
            .client
            .get(format!("{}/media/{TRAILER}", b.address))
            .header("range", "bytes=100-199")
            .send()
            .await
            .expect("range");
        assert_eq!(part.status().as_u16(), 206);
        assert_eq!(
            part.headers()["content-range"],
            format!("bytes 100-199/{}", trailer.len()).as_str()
        );
        assert_eq!(
            part.bytes().await.expect("bytes").to_vec(),
            trailer[100..200]
        );
        let current = b
            .client
            .get(format!("{}/media/{TRAILER}", b.address))
            .header("if-none-match", etag)
            .send()
            .await
            .expect("revalidation");
        assert_eq!(current.status().as_u16(), 304);
        let captions = b.get("/media/media/trailer.en.vtt").await;
        assert_eq!(captions.status().as_u16(), 200);
        assert!(
            captions.headers()["content-type"]
                .to_str()
                .is_ok_and(|t| t.starts_with("text/vtt"))
        );
        assert_eq!(
            b.get("/media/media/live/seg_0_003.m4s")
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(
            b.get("/media/media/no-such-file.webm")
                .await
                .status()
                .as_u16(),
            404
        );

        // An organiser saves on B: the importer's check finds every file in the store.
        let (cookie, token) = owner_on(&b).await;
        let owner = (cookie.as_str(), token.as_str());
        let (site, _, _) = source_form(&b, "site.toml", &cookie).await;
        let saved = source_post(&b, owner, "site.toml", &site, "save").await;
        assert_eq!(saved.status().as_u16(), 303, "{:?}", saved.text().await);
        // A file no instance has is still refused, and named.
        let (event, _, _) = source_form(&b, EVENT_FILE, &cookie).await;
        assert!(event.contains(&format!("video = \"{TRAILER}\"")), "{event}");
        let broken = event.replacen(TRAILER, "media/lost-trailer.webm", 1);
        let refused = source_post(&b, owner, EVENT_FILE, &broken, "check").await;
        assert_eq!(refused.status().as_u16(), 422);
        let page = refused.text().await.expect("body");
        assert!(page.contains("media/lost-trailer.webm"), "{page}");

        // `convene export` on B's machine takes the media from the store.
        let out = tempfile::tempdir().expect("dir");
        let exported = convene(
            &b,
            b.data_dir(),
            &["export", out.path().to_str().expect("utf-8")],
            Some(&s3),
        );
        assert!(
            exported.status.success(),
            "{}",
            String::from_utf8_lossy(&exported.stderr)
        );
        assert_eq!(
            std::fs::read(out.path().join(TRAILER)).expect("exported"),
            trailer
        );
        assert!(out.path().join("media/live/seg_0_007.m4s").is_file());
        convene::content::read_dir(out.path(), &mut |_, _, _| {})
            .unwrap_or_else(|p| panic!("the export imports again: {p}"));

        // Importing again sends only what changed; new bytes under the same path are what
        // every instance serves at once.
        let store = match &b.state.media {
            convene::media::Media::S3(store) => store.clone(),
            convene::media::Media::Local(_) => panic!("B uses the store"),
        };
        let sent = store
            .put_file(TRAILER, &demo.join(TRAILER))
            .await
            .expect("put");
        assert!(!sent, "the same bytes are not sent twice");
        let poster = demo.join("media/trailer-poster.jpg");
        assert!(store.put_file(TRAILER, &poster).await.expect("put"));
        let replaced = b.get(&format!("/media/{TRAILER}")).await;
        assert_eq!(
            replaced.bytes().await.expect("bytes").to_vec(),
            std::fs::read(&poster).expect("poster")
        );
        assert_eq!(b.state.media.check().await, Ok(()));
    }
);

both_backends!(
    without_a_store_an_instance_lacking_the_media_refuses_to_start_on_postgres,
    |backend| async move {
        // A: the demo content, its media in A's folder only.
        let a = spawn_app(backend).await;
        let started = a.instance_elsewhere(|_| {}).await;
        match backend {
            Backend::Postgres => {
                let message = started.err().expect("B refuses to start").to_string();
                assert!(message.contains("media/live/index.m3u8"), "{message}");
                assert!(message.contains("media_s3_bucket"), "{message}");
                assert!(message.contains("copy the media folder"), "{message}");
                // The operator copies A's media folder: B starts and serves the trailer.
                let elsewhere = tempfile::tempdir().expect("dir");
                std::fs::create_dir_all(elsewhere.path().join("media")).expect("mkdir");
                crate::content_files::copy_dir(
                    &a.data_dir().join("media"),
                    &elsewhere.path().join("media"),
                );
                let b = a
                    .instance_elsewhere(|config| config.data_dir = elsewhere.path().to_owned())
                    .await
                    .expect("B starts with a copy of the media folder");
                assert_eq!(
                    b.get(&format!("/media/{TRAILER}")).await.status().as_u16(),
                    200
                );
                refused_by_convene_serve(&a).await;
            }
            Backend::Sqlite => {
                // Alone on SQLite it starts (the missing files go to the log): a missing
                // video is no reason to stop sign-ups.
                let b = started.expect("B starts on SQLite");
                assert_eq!(
                    b.get(&format!("/media/{TRAILER}")).await.status().as_u16(),
                    404
                );
            }
        }
    }
);

/// `convene serve` on another machine's empty data folder exits with the message.
async fn refused_by_convene_serve(a: &TestApp) {
    let elsewhere = tempfile::tempdir().expect("dir");
    let mut process = Process(
        std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(elsewhere.path())
            .env("CONVENE_DATABASE_URL", a.state.config.database_url())
            .env("CONVENE_SECRET_KEY", "k".repeat(40))
            .env("CONVENE_PUBLIC_URL", "https://convene.example")
            .env("CONVENE_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start convene serve"),
    );
    let mut status = None;
    eventually("convene serve stops", Duration::from_secs(30), || {
        status = process.0.try_wait().expect("wait");
        std::future::ready(status.is_some())
    })
    .await;
    assert!(!status.expect("exited").success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut process.0.stderr.take().expect("stderr"), &mut stderr)
        .expect("read stderr");
    assert!(
        stderr.contains("missing from this instance's media folder"),
        "{stderr}"
    );
    assert!(stderr.contains("media/live/index.m3u8"), "{stderr}");
    assert!(
        stderr.contains("run `convene import` on this machine"),
        "{stderr}"
    );
}

both_backends!(
    an_instance_given_a_store_sends_it_the_media_only_its_folder_holds,
    |backend| async move {
        // A imported before there was a store: the media are in its folder only.
        let a = spawn_app(backend).await;
        let s3 = s3_server(BUCKET).await;
        let in_bucket = || async {
            reqwest::get(format!("{}/{BUCKET}/{TRAILER}", s3.endpoint))
                .await
                .expect("GET from the store")
                .status()
                .as_u16()
        };
        assert_eq!(in_bucket().await, 404);
        // A restarts with the store configured: it sends what only it has.
        let folder = a.data_dir().to_owned();
        let _a_again = a
            .instance_elsewhere(|config| {
                use_store(config, &s3);
                config.data_dir = folder;
            })
            .await
            .expect("A starts with the store");
        assert_eq!(in_bucket().await, 200);
        // So an instance elsewhere, with the store, starts and serves every file.
        let b = a
            .instance_elsewhere(|config| use_store(config, &s3))
            .await
            .expect("B starts");
        assert_eq!(
            b.get("/media/media/live/index.m3u8")
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(
            b.get("/media/media/og-card.png").await.status().as_u16(),
            200
        );

        // The readiness check: this store answers; a bucket that is not there does not.
        assert_eq!(b.state.media.check().await, Ok(()));
        let missing = convene::media::S3Media::new(
            &convene::media::S3Settings {
                bucket: "no-such-bucket".to_owned(),
                region: "us-east-1".to_owned(),
                endpoint: Some(s3.endpoint.clone()),
                access_key: Some("convene-test".to_owned()),
                secret_key: Some("convene-test-secret".to_owned().into()),
            },
            b.data_dir().join("staging"),
        )
        .expect("a client");
        let refused = convene::media::Media::S3(missing).check().await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("media store")),
            "{refused:?}"
        );
    }
);
