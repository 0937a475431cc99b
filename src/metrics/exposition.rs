//! Writes [`Metrics`] in the Prometheus text exposition format (version 0.0.4).

use super::Metrics;
use super::requests::BUCKETS;
use crate::storage::PoolUse;
use std::fmt::Write;
use std::sync::atomic::Ordering;

/// A label value with `\`, `"` and newlines escaped, as the format requires.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}"
    );
}

fn gauge(out: &mut String, name: &str, help: &str, value: i64) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
    );
}

/// The job queue at the moment of the scrape.
pub(super) struct Jobs {
    pub waiting: i64,
    pub scheduled: i64,
    pub oldest_waiting_seconds: Option<f64>,
}

/// The connection to NATS, when configured.
pub(super) struct Nats {
    pub connected: bool,
    pub losses: u64,
}

/// What the scrape read besides this process's counters: the pool, and site-wide numbers
/// from the database (`None` when reading them failed).
pub(super) struct Site {
    pub pool: PoolUse,
    pub jobs: Option<Jobs>,
    pub nats: Option<Nats>,
    /// People waiting for a place, by event (events with nobody waiting are left out).
    pub waitlists: Option<Vec<(String, i64)>>,
}

/// A family of series with one label each.
fn labelled<T: std::fmt::Display>(
    out: &mut String,
    name: &str,
    kind: &str,
    help: &str,
    label: &str,
    series: impl IntoIterator<Item = (String, T)>,
) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    for (value_of_label, value) in series {
        let _ = writeln!(
            out,
            "{name}{{{label}=\"{}\"}} {value}",
            escape(&value_of_label)
        );
    }
}

/// The whole exposition.
pub(super) fn render(metrics: &Metrics, site: &Site) -> String {
    let Site {
        pool,
        jobs,
        nats,
        waitlists,
    } = site;
    let mut out = String::new();
    let name = "convene_http_request_duration_seconds";
    let _ = writeln!(
        out,
        "# HELP {name} Requests this instance answered, by matched route, method and status, \
         and how long their answer's head took.\n# TYPE {name} histogram"
    );
    for ((route, method, status), series) in metrics.requests.snapshot() {
        let labels = format!(
            "route=\"{}\",method=\"{}\",status=\"{status}\"",
            escape(&route),
            escape(method.as_str())
        );
        // Each bucket counts its own range; Prometheus's buckets are cumulative.
        let mut below = 0;
        for (bound, bucket) in BUCKETS.iter().zip(&series.buckets) {
            below += bucket.load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{bound}\"}} {below}");
        }
        let count = series.count.load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {count}");
        #[expect(
            clippy::cast_precision_loss,
            reason = "microseconds as seconds for display"
        )]
        let sum = series.sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "{name}_sum{{{labels}}} {sum}");
        let _ = writeln!(out, "{name}_count{{{labels}}} {count}");
    }
    counter(
        &mut out,
        "convene_page_cache_hits_total",
        "Pages this instance answered from its page cache.",
        metrics.page_cache_hits.load(Ordering::Relaxed),
    );
    counter(
        &mut out,
        "convene_page_cache_misses_total",
        "Pages this instance rendered because its cache had no fresh copy.",
        metrics.page_cache_misses.load(Ordering::Relaxed),
    );
    counter(
        &mut out,
        "convene_sign_ups_total",
        "Sign-ups this instance stored (each acknowledged to its sender).",
        metrics.sign_ups.load(Ordering::Relaxed),
    );
    counter(
        &mut out,
        "convene_confirmations_total",
        "Registrations confirmed by their link on this instance.",
        metrics.confirmations.load(Ordering::Relaxed),
    );
    labelled(
        &mut out,
        "convene_hall_connections",
        "gauge",
        "Open update streams of the online hall on this instance, by event (sum over \
         instances for the site).",
        "event",
        metrics
            .hall_connections()
            .into_iter()
            .map(|(event, n)| (event.to_string(), n)),
    );
    labelled(
        &mut out,
        "convene_mail_failures_total",
        "counter",
        "Attempts to send a mail that failed on this instance (retried or parked), by kind \
         of mail.",
        "mail",
        metrics.mail_failures(),
    );
    if let Some(waitlists) = waitlists {
        labelled(
            &mut out,
            "convene_waitlist_length",
            "gauge",
            "People on the waitlist, by event, site-wide (from the database; events with \
             nobody waiting are left out).",
            "event",
            waitlists.iter().cloned(),
        );
    }
    gauge(
        &mut out,
        "convene_db_pool_connections",
        "Connections this instance's database pool holds (idle and in use).",
        i64::from(pool.size),
    );
    gauge(
        &mut out,
        "convene_db_pool_idle_connections",
        "Connections of the database pool not in use.",
        i64::try_from(pool.idle).unwrap_or(i64::MAX),
    );
    gauge(
        &mut out,
        "convene_db_pool_max_connections",
        "The most connections the pool opens.",
        i64::from(pool.max),
    );
    if let Some(nats) = nats {
        gauge(
            &mut out,
            "convene_nats_connected",
            "1 while this instance is connected to NATS, else 0 (changes then travel by polling).",
            i64::from(nats.connected),
        );
        counter(
            &mut out,
            "convene_nats_losses_total",
            "Times this instance lost its connection to NATS.",
            nats.losses,
        );
    }
    if let Some(jobs) = jobs {
        gauge(
            &mut out,
            "convene_jobs_waiting",
            "Jobs due now and not yet done (mail, expiry, reminders), all instances.",
            jobs.waiting,
        );
        gauge(
            &mut out,
            "convene_jobs_scheduled",
            "Jobs scheduled for later, retries included.",
            jobs.scheduled,
        );
        let name = "convene_jobs_oldest_waiting_seconds";
        let _ = writeln!(
            out,
            "# HELP {name} How long the oldest waiting job has been due (0 when none waits).\n\
             # TYPE {name} gauge\n{name} {}",
            jobs.oldest_waiting_seconds.unwrap_or(0.0)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_buckets_are_cumulative_and_end_with_the_count() {
        let metrics = Metrics::default();
        let get = http::Method::GET;
        for seconds in [0.0005, 0.003, 0.003, 0.2, 3.0] {
            metrics
                .requests
                .observe("/{lang}/events/{slug}", &get, 200, seconds);
        }
        let pool = PoolUse {
            size: 1,
            idle: 1,
            max: 1,
        };
        let site = Site {
            pool,
            jobs: None,
            nats: None,
            waitlists: None,
        };
        let text = render(&metrics, &site);
        let bucket = |le: &str| {
            let prefix = format!(
                "convene_http_request_duration_seconds_bucket{{route=\"/{{lang}}/events/{{slug}}\",method=\"GET\",status=\"200\",le=\"{le}\"}} "
            );
            text.lines()
                .find_map(|line| line.strip_prefix(&prefix))
                .unwrap_or_else(|| panic!("no bucket le={le} in {text}"))
                .to_owned()
        };
        let expected = [
            ("0.001", "1"),
            ("0.0025", "1"),
            ("0.005", "3"),
            ("0.1", "3"),
            ("0.25", "4"),
            ("2.5", "4"),
            ("+Inf", "5"),
        ];
        for (le, count) in expected {
            assert_eq!(bucket(le), count, "le={le}");
        }
    }
}
