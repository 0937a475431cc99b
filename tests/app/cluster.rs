//! The reference cluster of `deploy/cluster/cluster`, end to end: three `convene serve`
//! processes on one PostgreSQL database with NATS between them and media in an S3-compatible
//! store, behind nginx. Everything goes through the load balancer, as visitors would, and
//! one instance is killed in the middle of a sign-up burst.

use crate::helpers::{Backend, eventually, fresh_database_url};
use convene::registration::{LinkKey, Purpose, Status};
use convene::storage::Database;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub(crate) const EVENT: &str = "water-for-every-home-2026";
/// Registration is open at this instant in the demo content as it is in the repository.
const CLOCK_START: &str = "2026-12-01T12:00:00Z";
const PLACES: usize = 40;
const SIGN_UPS: usize = 120;
const VISITORS: usize = 24;
/// Form submissions allowed per client network and ten minutes, across the instances.
const FORM_LIMIT: usize = 12;
const _: () = assert!(
    SIGN_UPS.div_ceil(VISITORS) <= FORM_LIMIT,
    "a burst visitor is never limited"
);

/// A running cluster; stopped (every process, and its database dropped) when dropped.
pub(crate) struct Cluster {
    dir: tempfile::TempDir,
    settings: HashMap<String, String>,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/cluster/cluster")
}

impl Cluster {
    /// Starts three instances on `database_url` with the demo content holding `places`, their
    /// clocks starting at `clock_start`.
    pub(crate) async fn up(database_url: String, places: usize, clock_start: &str) -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let content = dir.path().join("content");
        std::fs::create_dir_all(&content).expect("content folder");
        crate::content_files::copy_dir(&crate::helpers::demo_dir(), &content);
        let event = content.join(format!("events/{EVENT}/event.toml"));
        let text = std::fs::read_to_string(&event).expect("event.toml");
        std::fs::write(
            &event,
            text.replace("places = 500", &format!("places = {places}")),
        )
        .expect("write event.toml");
        let state = dir.path().join("cluster");
        let mut up = std::process::Command::new(script());
        up.arg("up")
            .arg(&state)
            .env("CONVENE_BIN", env!("CARGO_BIN_EXE_convene"))
            .env("DATABASE_URL", &database_url)
            .env("CONTENT", &content)
            .env("CLOCK_START", clock_start)
            .env("CONVENE_FORM_LIMIT_PER_IP", FORM_LIMIT.to_string());
        let output = tokio::task::spawn_blocking(move || up.output())
            .await
            .expect("join")
            .expect("run deploy/cluster/cluster");
        let cluster = Self {
            settings: read_settings(&state.join("cluster.env")),
            dir,
        };
        assert!(
            output.status.success(),
            "the cluster did not start:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        cluster
    }

    pub(crate) fn state(&self) -> PathBuf {
        self.dir.path().join("cluster")
    }

    /// The load balancer's address.
    pub(crate) fn lb(&self) -> &str {
        &self.settings["LB_URL"]
    }

    /// Instance `n`'s own address (1-based), bypassing the load balancer.
    pub(crate) fn instance(&self, n: usize) -> String {
        format!(
            "http://127.0.0.1:{}",
            self.settings[&format!("INSTANCE_{n}_PORT")]
        )
    }

    /// The key every instance signs its links with.
    pub(crate) fn link_key(&self) -> LinkKey {
        LinkKey::new(
            std::fs::read_to_string(self.state().join("secret.key"))
                .expect("secret.key")
                .trim()
                .as_bytes()
                .to_vec(),
        )
        .expect("key")
    }

    /// Kills instance `n` with SIGKILL, as a crash would.
    pub(crate) async fn kill(&self, n: usize) {
        let mut kill = std::process::Command::new(script());
        kill.arg("kill").arg(self.state()).arg(n.to_string());
        let status = tokio::task::spawn_blocking(move || kill.status())
            .await
            .expect("join")
            .expect("cluster kill");
        assert!(status.success(), "killing instance {n}");
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = std::process::Command::new(script())
            .arg("down")
            .arg(self.state())
            .stdout(std::process::Stdio::null())
            .status();
    }
}

fn read_settings(path: &Path) -> HashMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// A visitor with a network of its own: the load balancer passes on the address it claims
/// in `X-Forwarded-For`, and the instances trust the balancer.
struct Visitor {
    http: reqwest::Client,
    base: String,
    address: String,
    cookie: String,
    csrf: String,
}

impl Visitor {
    async fn new(base: &str, address: String) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client");
        let form = http
            .get(format!("{base}/en/events/{EVENT}/register"))
            .header("x-forwarded-for", &address)
            .send()
            .await
            .expect("the registration form");
        let (cookie, csrf) = crate::helpers::csrf_session(form).await;
        Self {
            http,
            base: base.to_owned(),
            address,
            cookie,
            csrf,
        }
    }

    /// The status of a sign-up of `email`, `None` when the connection was cut.
    async fn sign_up(&self, email: &str) -> Option<u16> {
        let fields = [
            ("csrf", self.csrf.as_str()),
            ("name", "Cluster Visitor"),
            ("email", email),
            ("country", "TN"),
            ("lang", "en"),
            ("tz", "Africa/Tunis"),
            ("attest", "on"),
            ("consent", "on"),
        ];
        self.post(&format!("/en/events/{EVENT}/register"), &fields)
            .await
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Option<u16> {
        self.http
            .post(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .header("x-forwarded-for", &self.address)
            .form(fields)
            .send()
            .await
            .ok()
            .map(|r| r.status().as_u16())
    }
}

/// What the burst's visitors were told.
#[derive(Default)]
struct Ledger {
    acknowledged: Vec<String>,
    /// 502 from the balancer: the instance died with the request in hand.
    cut: usize,
    /// Any other answer, with its status.
    unexpected: Vec<(String, Option<u16>)>,
}

/// `SIGN_UPS` sign-ups from `VISITORS` visitors through the balancer, an equal share each
/// (the form limit holds across instances: a visitor taking more than `FORM_LIMIT` would be
/// refused); instance 2 is killed once a third of them were acknowledged.
async fn burst(cluster: &Cluster) -> Ledger {
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for v in 0..VISITORS {
        let visitor = Visitor::new(cluster.lb(), format!("203.0.113.{}", v + 1)).await;
        let acknowledged = acknowledged.clone();
        tasks.push(tokio::spawn(async move {
            let mut ledger = Ledger::default();
            for n in (v..SIGN_UPS).step_by(VISITORS) {
                let email = format!("cluster{n}@example.org");
                match visitor.sign_up(&email).await {
                    Some(303) => {
                        ledger.acknowledged.push(email);
                        acknowledged.fetch_add(1, Ordering::Relaxed);
                    }
                    Some(502) => ledger.cut += 1,
                    other => ledger.unexpected.push((email, other)),
                }
            }
            ledger
        }));
    }
    {
        let acknowledged = acknowledged.clone();
        eventually(
            "a third of the sign-ups were acknowledged",
            Duration::from_secs(60),
            || {
                let acknowledged = acknowledged.clone();
                async move { acknowledged.load(Ordering::Relaxed) >= SIGN_UPS / 3 }
            },
        )
        .await;
    }
    cluster.kill(2).await;
    let mut all = Ledger::default();
    for task in tasks {
        let ledger = task.await.expect("visitor");
        all.acknowledged.extend(ledger.acknowledged);
        all.cut += ledger.cut;
        all.unexpected.extend(ledger.unexpected);
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cluster_behind_a_load_balancer_behaves_as_one_site() {
    let dir = tempfile::tempdir().expect("dir");
    let database_url = fresh_database_url(Backend::Postgres, dir.path()).await;
    let cluster = Cluster::up(database_url.clone(), PLACES, CLOCK_START).await;

    // Media imported on one machine are served by every instance.
    let http = reqwest::Client::new();
    for n in 1..=3 {
        let trailer = http
            .get(format!("{}/media/media/trailer.webm", cluster.instance(n)))
            .send()
            .await
            .expect("trailer");
        assert_eq!(
            trailer.status().as_u16(),
            200,
            "the trailer on instance {n}"
        );
    }

    // Every instance has the event page cached with every place free.
    for n in [1, 3] {
        let page = http
            .get(format!("{}/en/events/{EVENT}", cluster.instance(n)))
            .send()
            .await
            .expect("event page");
        let text = page.text().await.expect("page text");
        assert!(
            text.contains(&format!("\u{2068}{PLACES}\u{2069} places left")),
            "instance {n} shows the places free before the burst"
        );
    }

    // A sign-up burst larger than the places, one instance killed in the middle.
    let ledger = burst(&cluster).await;
    assert!(
        ledger.unexpected.is_empty(),
        "answers other than 303 or a cut connection: {:?}",
        ledger.unexpected
    );
    assert!(
        ledger.cut <= VISITORS,
        "{} cut connections, more than the visitors that can have had a request in hand",
        ledger.cut
    );
    let db = Database::connect(&database_url).await.expect("database");
    let event = EVENT.parse().expect("slug");
    let stored = db.registrations(&event).await.expect("registrations");
    let emails: Vec<&str> = stored.iter().map(|r| r.email.as_str()).collect();
    let unique: HashSet<&str> = emails.iter().copied().collect();
    assert_eq!(emails.len(), unique.len(), "duplicate registrations");
    let lost: Vec<&String> = ledger
        .acknowledged
        .iter()
        .filter(|e| !unique.contains(e.as_str()))
        .collect();
    assert!(lost.is_empty(), "acknowledged and lost: {lost:?}");

    // Every stored sign-up confirms, all on instance 3 (instance 1 learns of them only from
    // the others): exactly the places are given.
    let key = cluster.link_key();
    let confirmer = Visitor::new(&cluster.instance(3), "198.51.100.1".to_owned()).await;
    for registration in &stored {
        let (_, nonces) = db
            .link_nonces(registration.id)
            .await
            .expect("nonces")
            .expect("a registration's nonces");
        let nonce = nonces.confirm.expect("a confirmation nonce");
        let link = format!(
            "/en/registrations/confirm/{}",
            key.token(Purpose::Confirm, registration.id, &nonce)
        );
        let csrf = confirmer.csrf.clone();
        let status = confirmer.post(&link, &[("csrf", csrf.as_str())]).await;
        assert_eq!(
            status,
            Some(303),
            "confirming {}",
            registration.email.as_str()
        );
    }
    let after = db.registrations(&event).await.expect("registrations");
    let confirmed = after
        .iter()
        .filter(|r| r.status == Status::Confirmed)
        .count();
    assert_eq!(confirmed, PLACES, "never oversold, never undersold");

    // "Places left" on instance 1, which answered none of the confirmations, follows them
    // within 2 s (its cached page says every place is free).
    let url = format!("{}/en/events/{EVENT}", cluster.instance(1));
    eventually(
        "instance 1 shows the event as full",
        Duration::from_secs(2),
        || {
            let (http, url) = (http.clone(), url.clone());
            async move {
                let page = http.get(&url).send().await.expect("page");
                let text = page.text().await.unwrap_or_default();
                text.contains("All places are taken")
            }
        },
    )
    .await;

    // Limits hold across instances, per real client behind the balancer.
    let limited = Visitor::new(cluster.lb(), "192.0.2.77".to_owned()).await;
    let mut allowed = 0;
    for n in 0..(FORM_LIMIT * 2) {
        match limited.sign_up(&format!("limited{n}@example.org")).await {
            Some(303) => allowed += 1,
            Some(429) => break,
            other => panic!("a limited sign-up answered {other:?}"),
        }
    }
    assert_eq!(
        allowed, FORM_LIMIT,
        "the form limit, counted once across instances"
    );
    let other = Visitor::new(cluster.lb(), "192.0.2.78".to_owned()).await;
    assert_eq!(
        other.sign_up("another-network@example.org").await,
        Some(303),
        "another client keeps its own budget"
    );

    db.close().await;
}
