//! The `convene` binary as an organiser uses it.

use crate::helpers::demo_dir;
use std::process::Command;

fn convene(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .env_remove("CONVENE_DATABASE_URL")
        .output()
        .expect("run convene")
}

#[test]
fn a_bad_import_changes_nothing_and_says_where_the_problems_are() {
    let data = tempfile::tempdir().expect("dir");
    let data_dir = data.path().to_str().expect("utf-8");
    let good = convene(&[
        "import",
        demo_dir().to_str().expect("utf-8"),
        "--data-dir",
        data_dir,
    ]);
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
    assert!(String::from_utf8_lossy(&good.stdout).contains("2 event(s)"));

    let broken = tempfile::tempdir().expect("dir");
    std::fs::write(
        broken.path().join("site.toml"),
        "default_language = \"en\"\nlanguages = [\"en\"\n",
    )
    .expect("write");
    let bad = convene(&[
        "import",
        broken.path().to_str().expect("utf-8"),
        "--data-dir",
        data_dir,
    ]);
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("site.toml:"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");

    let out = tempfile::tempdir().expect("dir");
    let export = convene(&[
        "export",
        out.path().to_str().expect("utf-8"),
        "--data-dir",
        data_dir,
    ]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert!(
        out.path()
            .join("events/water-for-every-home-2026/ar.md")
            .exists(),
        "the first import is still there"
    );
}

#[test]
fn config_shows_the_effective_settings_without_secrets() {
    let output = convene(&[
        "config",
        "--database-url",
        "postgres://convene:hunter2@db.internal/convene",
    ]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("postgres://convene:***@db.internal/convene"),
        "{stdout}"
    );
    assert!(!stdout.contains("hunter2"), "{stdout}");
}
