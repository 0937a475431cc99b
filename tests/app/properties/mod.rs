//! Property tests (issue 11: fuzzing on the stable toolchain, where `cargo fuzz` is not
//! available): the parsers that strangers and organisers feed — the content importer, the
//! Markdown pipeline, the form fields, signed links, `Accept-Language` and zones — run on
//! generated and mutated input and must never panic, refuse what is wrong with a reason, and
//! give back what they accept.
//!
//! Each property is bounded (see [`config`]) so the whole set takes seconds in
//! `./scripts/test`; `PROPTEST_CASES=10000 cargo nextest run -E 'test(/properties::/)'` runs
//! longer locally. A failing case proptest finds is written to
//! `tests/proptest-regressions/properties/<module>.txt`: commit it; those files are the
//! corpus, replayed first on every run.

mod content;
mod domain;
mod forms;
mod i18n;
mod links;
mod markdown;

use proptest::test_runner::Config;

/// `default_cases` cases (or `PROPTEST_CASES` when set), shrinking bounded in time.
pub fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default_cases);
    Config {
        cases,
        // A failure is reported with its smallest example found within a minute.
        max_shrink_time: 60_000,
        max_shrink_iters: 4096,
        ..Config::default()
    }
}
