//! Content folders: the demo imports cleanly, exports round-trip, and bad folders are
//! reported with file and line and change nothing.

use crate::helpers::{demo_content, demo_dir};
use convene::content;
use std::path::Path;

/// Copies a folder's files and sub-folders into `to` (which exists).
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn the_demo_content_is_valid() {
    let (content, media) = demo_content();
    assert_eq!(content.settings.languages.len(), 6);
    assert_eq!(content.chapters.len(), 6);
    assert_eq!(content.events.len(), 2);
    assert_eq!(content.post_kinds.len(), 5);
    assert_eq!(content.posts.len(), 11);
    assert!(content.posts.iter().all(|p| p.texts.len() == 6));
    assert!(media.len() >= 4);
}

/// Every page of the demo is written in every language the demo site offers: each post and
/// event, each chapter's and kind's name, the site's own texts. (The Arabic pages once showed
/// four of the six chapter invitations in English.)
#[test]
fn every_demo_page_is_in_every_site_language() {
    let (content, _) = demo_content();
    let languages = &content.settings.languages;
    let mut missing = Vec::new();
    for lang in languages {
        for post in &content.posts {
            if !post.texts.contains_key(lang) {
                missing.push(format!("post {} in {lang}", post.slug));
            }
        }
        for event in &content.events {
            if !event.texts.contains_key(lang) {
                missing.push(format!("event {} in {lang}", event.slug));
            }
        }
        for chapter in &content.chapters {
            if !chapter.name.contains_key(lang) || !chapter.city.contains_key(lang) {
                missing.push(format!("chapter {} in {lang}", chapter.slug));
            }
        }
        for kind in &content.post_kinds {
            if !kind.name.contains_key(lang) || !kind.plural.contains_key(lang) {
                missing.push(format!("kind {} in {lang}", kind.slug));
            }
        }
        if !content.settings.texts.contains_key(lang) {
            missing.push(format!("site.toml [translations.{lang}]"));
        }
    }
    assert!(missing.is_empty(), "missing: {missing:#?}");
    // A real translation, not a copy: no version of a post repeats another's title.
    for post in &content.posts {
        let titles: std::collections::BTreeSet<&str> =
            post.texts.values().map(|t| t.title.as_str()).collect();
        assert_eq!(
            titles.len(),
            post.texts.len(),
            "{}: a title is copied",
            post.slug
        );
    }
}

#[test]
fn export_then_import_gives_the_same_content() {
    let report = content::read_dir(&demo_dir(), &mut |_, _, _| {}).expect("demo imports");
    let media_root = tempfile::tempdir().expect("dir");
    for (path, from) in &report.media {
        let to = media_root.path().join(path.as_str());
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(from, to).expect("copy");
    }
    let out = tempfile::tempdir().expect("dir");
    content::export_dir(
        &report.content,
        Some(media_root.path()),
        out.path(),
        &mut |_, _, _| {},
    )
    .expect("export");
    let again = content::read_dir(out.path(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("re-import: {p}"));
    assert_eq!(
        serde_json::to_value(&report.content).expect("json"),
        serde_json::to_value(&again.content).expect("json")
    );
}

#[test]
fn every_problem_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(&demo_dir(), dir.path());
    let event = dir
        .path()
        .join("events/water-for-every-home-2026/event.toml");
    edit(
        &event,
        "reference_zone = \"Asia/Riyadh\"",
        "reference_zone = \"Asia/Madinah\"",
    );
    let chapters = dir.path().join("chapters.toml");
    edit(
        &chapters,
        "time_zone = \"Asia/Beirut\"",
        "time_zone = \"Asia/Beirut\"\nunknown_field = 1",
    );
    let past = dir
        .path()
        .join("events/water-for-every-home-2025/event.toml");
    let text = std::fs::read_to_string(&past).expect("read");
    let first_speakers = text.find("speakers = [").expect("a segment with speakers");
    std::fs::write(
        &past,
        format!(
            "{}speakers = [\"nobody-at-all\", {}",
            &text[..first_speakers],
            &text[first_speakers + 12..]
        ),
    )
    .expect("write");

    let problems = content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("the folder is bad");
    let shown = problems.to_string();
    assert!(
        shown.contains("events/water-for-every-home-2026/event.toml:"),
        "{shown}"
    );
    assert!(shown.contains("Asia/Madinah"), "{shown}");
    assert!(shown.contains("chapters.toml:"), "{shown}");
    assert!(shown.contains("unknown_field"), "{shown}");
    assert!(shown.contains("unknown speaker nobody-at-all"), "{shown}");
    let speaker_line = problems
        .0
        .iter()
        .find(|p| p.message.contains("nobody-at-all"))
        .and_then(|p| p.line);
    let expected_line = text[..first_speakers].lines().count() + 1;
    assert_eq!(speaker_line, Some(expected_line), "{shown}");
}

#[test]
fn a_missing_translation_of_a_segment_title_is_reported() {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(&demo_dir(), dir.path());
    let fr = dir.path().join("events/water-for-every-home-2026/fr.md");
    edit(&fr, "[segment.dialogue-3]", "[segment.dialogue-33]");
    let problems = content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("bad");
    let shown = problems.to_string();
    assert!(
        shown.contains("fr.md: add [segment.dialogue-3] with a title"),
        "{shown}"
    );
    assert!(
        shown.contains("[segment.dialogue-33]: no such segment"),
        "{shown}"
    );
}

#[test]
fn bad_posts_are_reported_with_file_and_line() {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(&demo_dir(), dir.path());
    // An oversized body.
    let news = dir.path().join("posts/news-volunteer-translators/en.md");
    let text = std::fs::read_to_string(&news).expect("read");
    std::fs::write(
        &news,
        format!("{text}\n{}\n", "Every drop counts. ".repeat(6_000)),
    )
    .expect("write");
    // A reference-style link without its definition, and a javascript: link.
    let appeal = dir.path().join("posts/appeal-rain-gardens/en.md");
    let text = std::fs::read_to_string(&appeal).expect("read");
    std::fs::write(
        &appeal,
        format!("{text}\nSee [our guide][guide] and [this](javascript:alert(1)).\n"),
    )
    .expect("write");
    // Two folders claiming one slug, and a post of an unknown kind.
    let copy = dir.path().join("posts/invitation-copy");
    std::fs::create_dir_all(&copy).expect("mkdir");
    copy_dir(&dir.path().join("posts/invitation-australia"), &copy);
    edit(
        &copy.join("post.toml"),
        "kind = \"invitation\"",
        "kind = \"poem\"",
    );

    let problems = content::read_dir(dir.path(), &mut |_, _, _| {}).expect_err("bad");
    let shown = problems.to_string();
    assert!(
        shown.contains("posts/news-volunteer-translators/en.md:")
            && shown.contains("a post may hold at most 100 KB"),
        "{shown}"
    );
    assert!(
        shown.contains("the link [guide] has no definition"),
        "{shown}"
    );
    assert!(
        shown.contains("\"javascript:alert(1)\" is not allowed"),
        "{shown}"
    );
    assert!(
        shown.contains("posts/invitation-copy/post.toml:"),
        "{shown}"
    );
    assert!(
        shown.contains("the slug must match the folder name \"invitation-copy\""),
        "{shown}"
    );
    assert!(shown.contains("unknown kind poem"), "{shown}");
    assert!(
        shown.contains("the post slug invitation-australia is used twice"),
        "{shown}"
    );
    let link_line = problems
        .0
        .iter()
        .find(|p| p.message.contains("[guide]"))
        .and_then(|p| p.line);
    let expected = std::fs::read_to_string(&appeal)
        .expect("read")
        .lines()
        .count();
    assert_eq!(link_line, Some(expected), "{shown}");
}
