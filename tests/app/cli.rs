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

#[tokio::test]
async fn registrations_export_as_csv_is_safe_to_open_in_a_spreadsheet() {
    let data = tempfile::tempdir().expect("dir");
    let data_dir = data.path().to_str().expect("utf-8");
    assert!(
        convene(&[
            "import",
            demo_dir().to_str().expect("utf-8"),
            "--data-dir",
            data_dir
        ])
        .status
        .success()
    );
    let db = convene::storage::Database::connect(&format!(
        "sqlite://{}?mode=rwc",
        data.path().join("convene.db").display()
    ))
    .await
    .expect("db");
    let new = convene::registration::NewRegistration {
        event: "water-for-every-home-2026".parse().expect("slug"),
        email: "formula@example.org".parse().expect("email"),
        name: "=HYPERLINK(\"http://evil.example\",\"click\")"
            .parse()
            .expect("name"),
        country: "TN".parse().expect("country"),
        lang: "fr".parse().expect("lang"),
        time_zone: "Africa/Tunis".parse().expect("zone"),
    };
    let lifetimes = convene::registration::Lifetimes {
        confirm_link: jiff::SignedDuration::from_hours(1),
        offer: jiff::SignedDuration::from_hours(1),
        resend_after: jiff::SignedDuration::from_mins(1),
    };
    db.sign_up(&new, "n", "a", crate::helpers::test_now(), lifetimes)
        .await
        .expect("sign up");
    db.close().await;

    let out = convene(&[
        "registrations",
        "export",
        "--event",
        "water-for-every-home-2026",
        "--data-dir",
        data_dir,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("id,status,name,email"), "{csv}");
    assert!(
        csv.contains("\"'=HYPERLINK("),
        "the formula is defused: {csv}"
    );
    let list = convene(&[
        "registrations",
        "list",
        "--event",
        "water-for-every-home-2026",
        "--data-dir",
        data_dir,
    ]);
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains("pending") && text.contains("1 registration(s)"),
        "{text}"
    );
    let json = convene(&[
        "registrations",
        "export",
        "--format",
        "json",
        "--event",
        "water-for-every-home-2026",
        "--data-dir",
        data_dir,
    ]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(rows[0]["country"], "TN");
}
