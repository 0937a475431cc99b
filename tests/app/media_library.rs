//! The media library (issue 16): an upload keeps the name it had on the organiser's
//! computer (shown and searchable), with its kind, size and dimensions (unknown duration for
//! video); the library says where each file is used; deleting a used file is refused, saying
//! where, and allowed once nothing uses it — in the media folder and in an S3 store alike.

use crate::admin::{get_with, person, session_cookie};
use crate::both_backends;
use crate::helpers::{Backend, TestApp, csrf_session, plain, post, spawn_app, spawn_app_with};
use convene::admin::Role;

struct Organiser {
    cookie: String,
    token: String,
}

async fn organiser(app: &TestApp) -> Organiser {
    let id = person(app, "editor@example.org", Role::Editor, None).await;
    let cookie = session_cookie(app, id).await;
    let (csrf_cookie, token) = csrf_session(get_with(app, "/admin/media", &cookie).await).await;
    Organiser {
        cookie: format!("{cookie}; {csrf_cookie}"),
        token,
    }
}

/// Uploads a demo file under `name`; returns its path (`uploads/…`).
async fn upload(app: &TestApp, who: &Organiser, demo_file: &str, name: &str) -> String {
    let bytes = std::fs::read(crate::helpers::demo_dir().join("media").join(demo_file))
        .expect("demo media");
    let form = reqwest::multipart::Form::new()
        .text("csrf", who.token.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    let response = app
        .client
        .post(format!("{}/admin/media", app.address))
        .header("cookie", &who.cookie)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    assert_eq!(response.status(), 200);
    let page = plain(&response.text().await.expect("body"));
    let shown_name = name.rsplit(['/', '\\']).next().expect("name");
    let notice = page
        .split("Uploaded as media/")
        .nth(1)
        .expect("the notice")
        .to_owned();
    let (path, rest) = notice.split_once(' ').expect("path");
    assert!(
        rest.starts_with(&format!("(from “{shown_name}”)")),
        "{rest}"
    );
    path.to_owned()
}

/// The library's row of `path`, as text.
async fn row(app: &TestApp, who: &Organiser, query: &str, path: &str) -> Option<String> {
    let page = get_with(app, &format!("/admin/media?q={query}"), &who.cookie).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    html.split(&format!(r#"<tr data-path="{path}">"#))
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .map(plain)
}

async fn delete(app: &TestApp, who: &Organiser, path: &str) -> (u16, String) {
    let response = post(
        app,
        "/admin/media/delete",
        &who.cookie,
        &[("csrf", who.token.as_str()), ("path", path)],
    )
    .await;
    let status = response.status().as_u16();
    (status, plain(&response.text().await.expect("body")))
}

/// Shows `image` as the image of the demo's Lebanon invitation.
async fn use_on_a_post(app: &TestApp, image: Option<&str>) {
    let mut content = (*app.state.content().await.expect("content")).clone();
    let post = content
        .posts
        .iter_mut()
        .find(|p| p.slug.as_str() == "invitation-lebanon")
        .expect("post");
    post.image = image.map(|i| i.parse().expect("media path"));
    app.replace_content(&content).await;
}

/// The whole story, on whichever store `app` has; returns the deleted image's path.
async fn library_story(app: &TestApp) -> String {
    let who = organiser(app).await;
    let image = upload(
        app,
        &who,
        "og-card.png",
        r"C:\Users\salma\Affiche conférence 2026.png",
    )
    .await;
    let video = upload(app, &who, "trailer.webm", "Trailer (final).webm").await;
    let captions = upload(app, &who, "trailer.en.vtt", "trailer.en.vtt").await;

    // Each row: the original name, kind, size, and dimensions or duration.
    let shown = row(app, &who, "", &image).await.expect("the image's row");
    assert!(shown.contains("Affiche conférence 2026.png"), "{shown}");
    assert!(
        !shown.contains("salma"),
        "only the name's last part is kept: {shown}"
    );
    assert!(shown.contains("png") && shown.contains("KB"), "{shown}");
    assert!(shown.contains("1200 × 630"), "{shown}");
    assert!(shown.contains("Not used"), "{shown}");
    let shown = row(app, &who, "", &video).await.expect("the video's row");
    assert!(
        shown.contains("Trailer (final).webm")
            && shown.contains("0:09")
            && !shown.contains("unknown"),
        "{shown}"
    );
    assert!(row(app, &who, "", &captions).await.is_some());

    // The post editor's caption pickers offer the caption file alone, by its name.
    let editor = get_with(app, "/admin/posts/invitation-lebanon/en", &who.cookie).await;
    let html = editor.text().await.expect("body");
    let picker = html
        .split(r#"name="caption-en">"#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("the English caption picker");
    assert!(
        picker.contains(&format!(
            r#"<option value="{captions}">trailer.en.vtt ({captions})</option>"#
        )),
        "{picker}"
    );
    assert!(
        !picker.contains(&image) && !picker.contains(&video),
        "{picker}"
    );

    // Searched by the original name, any case, or by the stored path.
    assert!(row(app, &who, "AFFICHE", &image).await.is_some());
    assert!(row(app, &who, "affiche", &video).await.is_none());
    let stored = image.trim_start_matches("uploads/");
    assert!(row(app, &who, &stored[..8], &image).await.is_some());
    let none = get_with(app, "/admin/media?q=nothing-like-this", &who.cookie).await;
    assert!(plain(&none.text().await.expect("body")).contains("No file matches this search."));

    // Used by a post: listed with it, and not deleted.
    use_on_a_post(app, Some(&image)).await;
    let shown = row(app, &who, "", &image).await.expect("row");
    assert!(
        shown.contains("Post: An invitation from the Lebanon chapter"),
        "{shown}"
    );
    let (status, page) = delete(app, &who, &image).await;
    assert_eq!(status, 409, "{page}");
    assert!(
        page.contains(&format!("media/{image} is still used, so it was not deleted. Used by: Post: An invitation from the Lebanon chapter")),
        "{page}"
    );
    assert_eq!(app.get(&format!("/media/{image}")).await.status(), 200);

    // Nothing uses it any more: deleted, gone from the library and from /media/.
    use_on_a_post(app, None).await;
    let (status, page) = delete(app, &who, &image).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains(&format!("Deleted media/{image}.")), "{page}");
    assert!(row(app, &who, "", &image).await.is_none());
    assert_eq!(app.get(&format!("/media/{image}")).await.status(), 404);
    // Again, or a path that is no upload: nothing to delete.
    for path in [image.as_str(), "../secret.key", "media/og-card.png", ""] {
        let (status, page) = delete(app, &who, path).await;
        assert_eq!(status, 422, "{path}");
        assert!(page.contains("There is no such uploaded file."), "{page}");
    }
    // The other files stay.
    assert!(row(app, &who, "", &video).await.is_some());
    image
}

both_backends!(
    the_library_keeps_names_says_where_files_are_used_and_deletes_only_unused_ones,
    |backend| async move {
        let app = spawn_app(backend).await;
        let image = library_story(&app).await;
        let name = image.trim_start_matches("uploads/");
        assert!(!app.data_dir().join("media/uploads").join(name).exists());
    }
);

#[tokio::test]
async fn the_library_works_the_same_with_an_s3_store() {
    let s3 = crate::s3::s3_server("convene-media").await;
    let endpoint = s3.endpoint.clone();
    let app = spawn_app_with(Backend::Postgres, |layer| {
        layer.media_s3_bucket = Some("convene-media".to_owned());
        layer.media_s3_endpoint = Some(endpoint);
        layer.media_s3_access_key = Some("convene-test".to_owned());
        layer.media_s3_secret_key = Some("convene-test-secret".to_owned().into());
    })
    .await;
    let image = library_story(&app).await;
    let in_bucket = reqwest::get(format!("{}/convene-media/{image}", s3.endpoint))
        .await
        .expect("GET from the store");
    assert_eq!(
        in_bucket.status(),
        404,
        "the object is gone from the bucket"
    );
}
