//! `convene backup` and `convene restore` on real processes: a backup made while sign-ups
//! pour in keeps every acknowledged one, and the restored site opens the links sent before.

use crate::helpers::{Process, free_port};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

const EVENT: &str = "water-for-every-home-2026";
const PUBLIC_URL: &str = "https://convene.example";

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Runs the `convene` binary to completion (off the async threads).
async fn convene(args: Vec<String>) -> std::process::Output {
    tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
            .args(&args)
            .env("CONVENE_LOG", "warn")
            .output()
            .expect("run convene")
    })
    .await
    .expect("join")
}

fn path_arg(path: &Path) -> String {
    path.to_str().expect("utf-8 path").to_owned()
}

async fn sign_up(http: &reqwest::Client, base: &str, email: &str) -> u16 {
    let form = format!("{base}/en/events/{EVENT}/register");
    let response = http.get(&form).send().await.expect("form");
    let (cookie, csrf) = crate::helpers::csrf_session(response).await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("name", "Backed Up"),
        ("email", email),
        ("country", "LB"),
        ("lang", "en"),
        ("tz", "Asia/Beirut"),
        ("attest", "on"),
        ("consent", "on"),
    ];
    http.post(&form)
        .header("cookie", &cookie)
        .form(&fields)
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

/// Waits (bounded) for the mail to `email` in the file transport's folder; returns the
/// site-relative link in it that starts with `marker`.
async fn link_in_mail(mail_dir: &Path, email: &str, marker: &str) -> String {
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(50));
    for _ in 0..200 {
        tick.tick().await;
        for entry in std::fs::read_dir(mail_dir).into_iter().flatten().flatten() {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let Some(mail) = mail_parser::MessageParser::default().parse(&bytes) else {
                continue;
            };
            let to_them = mail
                .to()
                .and_then(|to| to.first())
                .and_then(|a| a.address())
                .is_some_and(|a| a == email);
            let text = mail.body_text(0).unwrap_or_default();
            if let (true, Some(start)) = (to_them, text.find(marker)) {
                let url: String = text[start..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                return url.trim_start_matches(PUBLIC_URL).to_owned();
            }
        }
    }
    panic!("no mail to {email} with {marker}");
}

/// Signs up, confirms by the mailed link, and returns the personal page's path.
async fn confirmed(http: &reqwest::Client, base: &str, mail_dir: &Path, email: &str) -> String {
    assert_eq!(sign_up(http, base, email).await, 303);
    let confirm = link_in_mail(
        mail_dir,
        email,
        &format!("{PUBLIC_URL}/en/registrations/confirm/"),
    )
    .await;
    let page = http
        .get(format!("{base}{confirm}"))
        .send()
        .await
        .expect("confirm page");
    let (cookie, csrf) = crate::helpers::csrf_session(page).await;
    let done = http
        .post(format!("{base}{confirm}"))
        .header("cookie", &cookie)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .expect("confirm");
    assert_eq!(done.status().as_u16(), 303, "confirmed");
    done.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned()
}

#[tokio::test]
async fn a_backup_under_sign_ups_restores_every_acknowledged_one_and_the_old_links() {
    let work = tempfile::tempdir().expect("dir");
    let (site, restored, archive) = (
        work.path().join("site"),
        work.path().join("restored"),
        work.path().join("site.tar.gz"),
    );
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let env = [
        ("CONVENE_PUBLIC_URL", PUBLIC_URL),
        ("CONVENE_FORM_LIMIT_PER_IP", "100000"),
    ];
    let listen = format!("127.0.0.1:{port}");
    let server = Process::start(
        &["demo", "--listen", &listen, "--data-dir", &path_arg(&site)],
        &env,
        port,
    )
    .await;
    let http = client();
    let personal = confirmed(&http, &base, &site.join("mail"), "kept@example.org").await;

    // A steady stream of sign-ups, from two clients, until told to stop.
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut streams = Vec::new();
    for stream in 0..2 {
        let (acknowledged, stop, base, http) =
            (acknowledged.clone(), stop.clone(), base.clone(), client());
        streams.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let email = format!("stream{stream}-{n}@example.org");
                if sign_up(&http, &base, &email).await == 303 {
                    acknowledged.lock().expect("lock").push(email);
                }
                n += 1;
            }
        }));
    }
    let count = || acknowledged.lock().expect("lock").len();
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(20));
    while count() < 20 {
        tick.tick().await;
    }
    let before: Vec<String> = acknowledged.lock().expect("lock").clone();
    let made = convene(vec![
        "backup".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&site),
    ])
    .await;
    let after = count();
    stop.store(true, Ordering::Relaxed);
    for stream in streams {
        stream.await.expect("stream");
    }
    assert!(
        made.status.success(),
        "backup failed: {}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(
        after > before.len(),
        "sign-ups went on while the backup ran ({} before, {after} after)",
        before.len()
    );
    drop(server);

    let unpacked = convene(vec![
        "restore".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&restored),
    ])
    .await;
    assert!(
        unpacked.status.success(),
        "restore failed: {}",
        String::from_utf8_lossy(&unpacked.stderr)
    );
    let db = convene::storage::Database::connect(&format!(
        "sqlite://{}",
        restored.join("convene.db").display()
    ))
    .await
    .expect("restored database");
    let stored = db
        .registrations(&EVENT.parse().expect("slug"))
        .await
        .expect("registrations");
    db.close().await;
    let emails: std::collections::HashSet<&str> = stored.iter().map(|r| r.email.as_str()).collect();
    for email in before
        .iter()
        .map(String::as_str)
        .chain(["kept@example.org"])
    {
        assert!(
            emails.contains(email),
            "{email} was acknowledged before the backup began but is not in the restored site"
        );
    }

    // The restored site starts, and a personal link sent before the backup opens (the same
    // key came along); the same link with another signature does not.
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let _restored_server = Process::start(
        &[
            "serve",
            "--listen",
            &listen,
            "--data-dir",
            &path_arg(&restored),
        ],
        &env,
        port,
    )
    .await;
    let base = format!("http://127.0.0.1:{port}");
    let page = http
        .get(format!("{base}{personal}"))
        .send()
        .await
        .expect("personal page");
    assert_eq!(page.status().as_u16(), 200, "{personal}");
    assert!(page.text().await.expect("body").contains("Backed Up"));
    // Another hex digit (not another case of the same one: hex decoding ignores case).
    let last = if personal.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{last}", &personal[..personal.len() - 1]);
    let refused = http
        .get(format!("{base}{forged}"))
        .send()
        .await
        .expect("forged");
    assert_eq!(
        refused.status().as_u16(),
        404,
        "a forged link opens nothing"
    );
}

#[tokio::test]
async fn restore_refuses_a_data_folder_that_is_not_empty() {
    let work = tempfile::tempdir().expect("dir");
    let site = work.path().join("site");
    let archive = work.path().join("site.tar");
    std::fs::create_dir(&site).expect("dir");
    convene::storage::Database::connect(&format!(
        "sqlite://{}?mode=rwc",
        site.join("convene.db").display()
    ))
    .await
    .expect("database")
    .close()
    .await;
    let made = convene(vec![
        "backup".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&site),
    ])
    .await;
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let busy = work.path().join("busy");
    std::fs::create_dir(&busy).expect("dir");
    std::fs::write(busy.join("notes.txt"), "mine").expect("write");
    let refused = convene(vec![
        "restore".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&busy),
    ])
    .await;
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("is not empty"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let left: Vec<_> = std::fs::read_dir(&busy)
        .expect("read")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("notes.txt")],
        "nothing added"
    );
    assert_eq!(
        std::fs::read_to_string(busy.join("notes.txt")).expect("read"),
        "mine"
    );
    // The staging folder beside it is gone too.
    let beside: Vec<_> = std::fs::read_dir(work.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".convene"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

#[tokio::test]
async fn restore_refuses_an_archive_that_is_not_a_backup() {
    let work = tempfile::tempdir().expect("dir");
    let archive = work.path().join("other.tar");
    let mut tar = tar::Builder::new(std::fs::File::create(&archive).expect("create"));
    let mut header = tar::Header::new_gnu();
    header.set_size(4);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "convene.db", &b"evil"[..])
        .expect("append");
    tar.finish().expect("finish");
    drop(tar);
    let target = work.path().join("target");
    let refused = convene(vec![
        "restore".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&target),
    ])
    .await;
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not a Convene backup"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!target.exists() || std::fs::read_dir(&target).expect("read").next().is_none());
}

#[tokio::test]
async fn a_restore_brings_back_the_configuration_media_and_key_byte_for_byte() {
    let work = tempfile::tempdir().expect("dir");
    let site = work.path().join("site");
    std::fs::create_dir_all(site.join("media/uploads")).expect("dirs");
    convene::storage::Database::connect(&format!(
        "sqlite://{}?mode=rwc",
        site.join("convene.db").display()
    ))
    .await
    .expect("database")
    .close()
    .await;
    let files = [
        ("convene.toml", b"log = \"warn\"\n".to_vec()),
        ("secret.key", b"ab".repeat(32)),
        ("media/uploads/poster.png", (0..=255u8).collect::<Vec<u8>>()),
    ];
    for (name, bytes) in &files {
        std::fs::write(site.join(name), bytes).expect("write");
    }
    // A configuration file elsewhere (as /etc/convene/convene.toml is) comes back beside the
    // data, under a name that says where it belongs.
    let etc = work.path().join("etc.toml");
    std::fs::write(&etc, "log = \"info\"\n").expect("write");
    for (config, archive) in [(None, "in-data.tar"), (Some(&etc), "in-etc.tar")] {
        let mut args = vec![
            "backup".to_owned(),
            path_arg(&work.path().join(archive)),
            "--data-dir".into(),
            path_arg(&site),
        ];
        if let Some(config) = config {
            args.extend(["--config".to_owned(), path_arg(config)]);
        }
        let made = convene(args).await;
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
    }

    let restored = work.path().join("restored");
    let done = convene(vec![
        "restore".into(),
        path_arg(&work.path().join("in-data.tar")),
        "--data-dir".into(),
        path_arg(&restored),
    ])
    .await;
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    for (name, bytes) in &files {
        assert_eq!(
            &std::fs::read(restored.join(name)).expect(name),
            bytes,
            "{name}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(work.path().join("in-data.tar"))
            .expect("archive")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the archive holds the key: owner only");
    }

    let elsewhere = work.path().join("restored-etc");
    let done = convene(vec![
        "restore".into(),
        path_arg(&work.path().join("in-etc.tar")),
        "--data-dir".into(),
        path_arg(&elsewhere),
    ])
    .await;
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(
        !elsewhere.join("convene.toml").exists(),
        "not read as this site's settings by surprise"
    );
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("convene.toml.restored")).expect("restored config"),
        "log = \"info\"\n"
    );
    assert!(String::from_utf8_lossy(&done.stdout).contains("etc.toml"));
}

#[tokio::test]
async fn restore_refuses_links_inside_a_backup() {
    let work = tempfile::tempdir().expect("dir");
    let archive = work.path().join("crafted.tar");
    let mut tar = tar::Builder::new(std::fs::File::create(&archive).expect("create"));
    let manifest = "format = 1\nconvene_version = \"0.1.0\"\nschema_version = 1\n\
                    created = \"2026-12-06T00:00:00Z\"\ndatabase = \"sqlite\"\ndata_dir = \"x\"\n";
    let mut header = tar::Header::new_gnu();
    header.set_size(manifest.len() as u64);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "MANIFEST.toml", manifest.as_bytes())
        .expect("manifest");
    let mut link = tar::Header::new_gnu();
    link.set_entry_type(tar::EntryType::Symlink);
    link.set_size(0);
    link.set_mode(0o777);
    tar.append_link(&mut link, "media/etc", "/etc")
        .expect("link");
    tar.finish().expect("finish");
    drop(tar);
    let target = work.path().join("target");
    let refused = convene(vec![
        "restore".into(),
        path_arg(&archive),
        "--data-dir".into(),
        path_arg(&target),
    ])
    .await;
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("unexpected entry media/etc"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!target.exists(), "nothing was restored");
}
