//! `convene registrations list|export`: the organiser's view of registrations before the
//! organisers' area exists.

use crate::config::Config;
use crate::domain::Slug;
use crate::registration::Registration;
use crate::storage::Database;
use std::collections::BTreeMap;
use std::io::Write;

/// Output formats of `export`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Counts by status and by country, then one line per registration.
pub async fn list(config: &Config, event: &Slug) -> anyhow::Result<()> {
    let registrations = load(config, event).await?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} registration(s) for {event}", registrations.len())?;
    writeln!(out, "\nby status:")?;
    for (status, n) in count(&registrations, |r| r.status.as_str().to_owned()) {
        writeln!(out, "  {status:<12} {n}")?;
    }
    writeln!(out, "\nby country (places held):")?;
    let holding: Vec<&Registration> = registrations
        .iter()
        .filter(|r| r.status.holds_place())
        .collect();
    for (country, n) in count(holding.iter().copied(), |r| r.country.clone()) {
        writeln!(out, "  {country:<12} {n}")?;
    }
    writeln!(out)?;
    for r in &registrations {
        let position = r
            .waitlist_position
            .map(|p| format!(" #{p}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{:>6}  {:<10}{position:<6} {}  {}  {}  {}",
            r.id,
            r.status.as_str(),
            r.country,
            r.lang,
            r.name,
            r.email.as_str()
        )?;
    }
    Ok(())
}

/// Every registration as CSV (safe to open in a spreadsheet) or JSON, on standard output.
pub async fn export(config: &Config, event: &Slug, format: Format) -> anyhow::Result<()> {
    let registrations = load(config, event).await?;
    let stdout = std::io::stdout().lock();
    match format {
        Format::Csv => write_csv(stdout, &registrations)?,
        Format::Json => {
            let rows: Vec<_> = registrations.iter().map(json_row).collect();
            let mut stdout = stdout;
            serde_json::to_writer_pretty(&mut stdout, &rows)?;
            std::io::Write::write_all(&mut stdout, b"\n")?;
        }
    }
    Ok(())
}

async fn load(config: &Config, event: &Slug) -> anyhow::Result<Vec<Registration>> {
    let db = Database::connect(&config.database_url()).await?;
    let registrations = db.registrations(event).await?;
    db.close().await;
    Ok(registrations)
}

fn count<'a>(
    items: impl IntoIterator<Item = &'a Registration>,
    key: impl Fn(&Registration) -> String,
) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in items {
        *counts.entry(key(r)).or_default() += 1;
    }
    counts
}

const COLUMNS: [&str; 11] = [
    "id",
    "status",
    "name",
    "email",
    "country",
    "language",
    "time_zone",
    "registered_at",
    "confirmed_at",
    "waitlist_position",
    "offer_expires_at",
];

fn fields(r: &Registration) -> [String; 11] {
    let time = |t: Option<jiff::Timestamp>| t.map(|t| t.to_string()).unwrap_or_default();
    [
        r.id.to_string(),
        r.status.as_str().to_owned(),
        r.name.clone(),
        r.email.as_str().to_owned(),
        r.country.clone(),
        r.lang.clone(),
        r.time_zone.clone(),
        r.created_at.to_string(),
        time(r.confirmed_at),
        r.waitlist_position
            .map(|p| p.to_string())
            .unwrap_or_default(),
        time(r.offer_expires_at),
    ]
}

/// Writes CSV; cells a spreadsheet would run as a formula are defused.
pub fn write_csv(out: impl Write, registrations: &[Registration]) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS)?;
    for r in registrations {
        writer.write_record(fields(r).iter().map(|f| defuse_formula(f).into_owned()))?;
    }
    writer.flush()?;
    Ok(())
}

/// Prefixes a cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`, as
/// OWASP recommends against CSV injection; names like "-Amal" stay readable.
pub fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

fn json_row(r: &Registration) -> serde_json::Value {
    let values = fields(r);
    let map: serde_json::Map<String, serde_json::Value> = COLUMNS
        .iter()
        .zip(values)
        .map(|(k, v)| {
            (
                (*k).to_owned(),
                if v.is_empty() {
                    serde_json::Value::Null
                } else {
                    serde_json::Value::String(v)
                },
            )
        })
        .collect();
    let mut value = serde_json::Value::Object(map);
    value["holds_place"] = serde_json::Value::Bool(r.status.holds_place());
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused_and_others_untouched() {
        assert_eq!(
            defuse_formula("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(defuse_formula("+1"), "'+1");
        assert_eq!(defuse_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse_formula("Amina"), "Amina");
        assert_eq!(defuse_formula(""), "");
    }
}
