//! The content importer (`content::read_dir`) on mutated copies of the demo folder: byte
//! flips, truncations, insertions and deletions in any of its TOML and Markdown files never
//! make it panic; a folder it refuses comes with problems that each name a file of the folder
//! and, where they give a line, a line of that file, and a TOML syntax error always gives its
//! line. Export then import gives back the same content, whatever text the organisers wrote.

use crate::helpers::demo_dir;
use convene::content::{self, Problems, SiteContent};
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use std::path::{Path, PathBuf};

/// A copy of the demo folder and the original bytes of each file the importer reads.
struct Folder {
    dir: tempfile::TempDir,
    files: Vec<(PathBuf, Vec<u8>)>,
}

impl Folder {
    fn copy_of_demo() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut files = Vec::new();
        copy(&demo_dir(), dir.path(), Path::new(""), &mut files);
        files.sort();
        assert!(files.len() > 40, "the demo's text files: {}", files.len());
        Folder { dir, files }
    }
}

fn copy(from: &Path, to: &Path, relative: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        let rel = relative.join(entry.file_name());
        if source.is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy(&source, &target, &rel, files);
        } else {
            let bytes = std::fs::read(&source).expect("read");
            std::fs::write(&target, &bytes).expect("write");
            let read_by_importer = rel.components().count() <= 3
                && rel.extension().is_some_and(|x| x == "toml" || x == "md")
                && rel != Path::new("README.md");
            if read_by_importer {
                files.push((rel, bytes));
            }
        }
    }
}

/// Puts a file back as it was when the case ends, also when the importer panicked.
struct Restore<'a>(&'a Path, &'a [u8]);

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        std::fs::write(self.0, self.1).expect("restore the file");
    }
}

/// One change to a file's bytes; positions are taken modulo the length.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

/// Bytes that mean something to TOML, to the front matter and to Markdown.
const TOKENS: &[&str] = &[
    "\"",
    "'",
    "\"\"\"",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "+++",
    "\n+++\n",
    "\\",
    "\\u",
    "\\U0011FFFF",
    "0",
    "-",
    ":",
    "T",
    "Z",
    "1979-05-27T07:32:00",
    "99999999999999999999",
    "nan",
    "inf",
    "true",
    "x = 1\n",
    "[segment.x]\n",
    "[[speaker]]\n",
    "[x](javascript:alert(1))",
    "<b>",
    "\u{feff}",
    "\0",
    "\u{ff}",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, bits)| Mutation::Flip(at, bits)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), proptest::sample::select(TOKENS))
            .prop_map(|(at, t)| Mutation::Insert(at, t.as_bytes().to_vec())),
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Mutation::Delete(at, n)),
    ]
}

fn apply(original: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for m in mutations {
        let at = |i: usize| {
            if bytes.is_empty() {
                0
            } else {
                i % (bytes.len() + 1)
            }
        };
        match m {
            Mutation::Flip(i, bits) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] ^= bits;
            }
            Mutation::Flip(..) => {}
            Mutation::Truncate(i) => bytes.truncate(at(*i)),
            Mutation::Insert(i, new) => {
                let i = at(*i);
                bytes.splice(i..i, new.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let i = at(*i);
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
        }
    }
    bytes
}

/// The TOML of a file (all of it, or its front matter), when it can be told apart.
fn toml_part(path: &Path, text: &str) -> Option<String> {
    if path.extension().is_some_and(|x| x == "toml") {
        return Some(text.to_owned());
    }
    let rest = text.strip_prefix("+++")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let mut toml = String::new();
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(toml);
        }
        toml.push_str(line);
    }
    None
}

fn check_problems(folder: &Path, problems: &Problems) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty(), "refused without a reason");
    let shown = problems.to_string();
    for p in problems.iter() {
        prop_assert!(p.file.is_relative(), "{} in {shown}", p.file.display());
        let on_disk = folder.join(&p.file);
        prop_assert!(
            on_disk.exists(),
            "{} does not exist: {shown}",
            p.file.display()
        );
        prop_assert!(!p.message.trim().is_empty(), "an empty message: {shown}");
        if let Some(line) = p.line {
            let text =
                String::from_utf8_lossy(&std::fs::read(&on_disk).expect("read")).into_owned();
            let lines = text.lines().count().max(1);
            prop_assert!(
                (1..=lines + 1).contains(&line),
                "line {line} of {} (which has {lines}): {shown}",
                p.file.display()
            );
        }
    }
    Ok(())
}

/// A runner like `proptest!`'s, whose failures are kept in this file's regressions file.
fn runner(cases: u32, name: &'static str) -> TestRunner {
    TestRunner::new(proptest::test_runner::Config {
        source_file: Some(file!()),
        test_name: Some(name),
        ..super::config(cases)
    })
}

#[test]
fn mutated_content_files_are_refused_with_file_and_line_never_with_a_panic() {
    let folder = Folder::copy_of_demo();
    let files = folder.files.clone();
    let strategy = (
        proptest::sample::select(files),
        proptest::collection::vec(mutation(), 1..4),
    );
    runner(512, "mutated_content_files")
        .run(&strategy, |((relative, original), mutations)| {
            let path = folder.dir.path().join(&relative);
            let mutated = apply(&original, &mutations);
            let _restore = Restore(&path, &original);
            std::fs::write(&path, &mutated).expect("write");
            let outcome = content::read_dir(folder.dir.path(), &mut |_, _, _| {});
            let problems = match outcome {
                Ok(_) => return Ok(()),
                Err(problems) => problems,
            };
            check_problems(folder.dir.path(), &problems)?;
            // A TOML syntax error is reported at its line in the file it is in.
            let syntax_error = std::str::from_utf8(&mutated)
                .ok()
                .and_then(|text| toml_part(&relative, text))
                .is_some_and(|toml| toml.parse::<toml::Table>().is_err());
            if syntax_error {
                prop_assert!(
                    problems
                        .iter()
                        .any(|p| p.file == relative && p.line.is_some()),
                    "a syntax error in {} without its line: {problems}",
                    relative.display()
                );
            }
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
}

/// Text as organisers write it, with what is special to TOML, the front matter and
/// Markdown, in several scripts.
fn text() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "water",
        "ماء للجميع",
        "پانی",
        "Su",
        "air",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\"",
        "'",
        "\\",
        "\\n",
        "+++",
        "\n+++\n",
        "\n+++",
        "\"\"\"",
        "'''",
        "#",
        "=",
        "*",
        "_",
        "`",
        "$",
        "{",
        "}",
        "é",
        "\u{2028}",
        "\u{1}",
        "\u{7f}",
        "\u{feff}",
        "🌊",
        "1.",
        "- ",
    ];
    proptest::collection::vec(proptest::sample::select(PIECES), 0..24).prop_map(|p| p.concat())
}

/// New texts for one event, one post and the site, in one language.
#[derive(Clone, Debug)]
struct Edit {
    event: prop::sample::Index,
    post: prop::sample::Index,
    lang: prop::sample::Index,
    title: String,
    summary: String,
    zone_label: String,
    description: String,
    speaker_name: String,
    segment_title: String,
    site_name: String,
    post_title: String,
    post_body: String,
}

fn edit() -> impl Strategy<Value = Edit> {
    (
        (
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
        ),
        (text(), text(), text(), text()),
        (text(), text(), text(), text(), text()),
    )
        .prop_map(
            |((event, post, lang), (title, summary, zone_label, description), rest)| {
                let (speaker_name, segment_title, site_name, post_title, post_body) = rest;
                Edit {
                    event,
                    post,
                    lang,
                    title,
                    summary,
                    zone_label,
                    description,
                    speaker_name,
                    segment_title,
                    site_name,
                    post_title,
                    post_body,
                }
            },
        )
}

/// The demo content with `edit`'s texts. What the importer requires of a text (a title
/// that is not blank, a body that does not start with a blank line, which the front matter's
/// fence takes) is kept by a letter in front.
fn edited(mut content: SiteContent, e: &Edit) -> SiteContent {
    let lang = e.lang.get(&content.settings.languages).clone();
    if let Some(site) = content.settings.texts.get_mut(&lang) {
        site.site_name = format!("S{}", e.site_name);
    }
    let event = e.event.get_mut(&mut content.events);
    if let Some(speaker) = event.speakers.first_mut() {
        speaker.name = e.speaker_name.clone();
    }
    if let Some(text) = event.texts.get_mut(&lang) {
        text.title = format!("T{}", e.title);
        text.summary = e.summary.clone();
        text.zone_label = e.zone_label.clone();
        text.description = format!("D{}", e.description);
        if let Some(segment) = text.segments.values_mut().next() {
            segment.title = format!("G{}", e.segment_title);
        }
    }
    let post = e.post.get_mut(&mut content.posts);
    if let Some(text) = post.texts.get_mut(&lang) {
        text.title = format!("P{}", e.post_title);
        text.body = format!("B{}", e.post_body);
    }
    content
}

#[test]
fn export_then_import_gives_back_any_text() {
    let demo = content::read_dir(&demo_dir(), &mut |_, _, _| {})
        .unwrap_or_else(|p| panic!("the demo imports: {p}"));
    // The media are copied once; each case then writes the text files over the last's.
    let out = tempfile::tempdir().expect("temp dir");
    content::export_dir(
        &demo.content,
        Some(&demo_dir()),
        out.path(),
        &mut |_, _, _| {},
    )
    .expect("export");
    runner(128, "export_then_import")
        .run(&edit(), |e| {
            let content = edited(demo.content.clone(), &e);
            content::export_dir(&content, None, out.path(), &mut |_, _, _| {}).expect("export");
            let again = content::read_dir(out.path(), &mut |_, _, _| {});
            let again = match again {
                Ok(report) => report.content,
                Err(problems) => {
                    return Err(TestCaseError::fail(format!(
                        "the export is refused: {problems}"
                    )));
                }
            };
            prop_assert_eq!(
                serde_json::to_value(&content).expect("json"),
                serde_json::to_value(&again).expect("json")
            );
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
}

/// The mutation check can fail: a broken `event.toml` is refused, with its line.
#[test]
fn a_syntax_error_is_found_by_the_check() {
    let folder = Folder::copy_of_demo();
    let (relative, original) = folder
        .files
        .iter()
        .find(|(p, _)| p.ends_with("event.toml"))
        .expect("an event.toml");
    let path = folder.dir.path().join(relative);
    let _restore = Restore(&path, original);
    std::fs::write(
        &path,
        apply(original, &[Mutation::Insert(0, b"[[".to_vec())]),
    )
    .expect("write");
    let problems = content::read_dir(folder.dir.path(), &mut |_, _, _| {}).expect_err("refused");
    assert!(
        check_problems(folder.dir.path(), &problems).is_ok(),
        "{problems}"
    );
    assert!(
        problems
            .iter()
            .any(|p| &p.file == relative && p.line == Some(1)),
        "{problems}"
    );
}
