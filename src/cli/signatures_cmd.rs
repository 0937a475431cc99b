//! `convene signatures export --letter SLUG`: an open letter's signatures, for organisers.

use super::registrations_cmd::{Format, defuse_formula};
use crate::config::Config;
use crate::domain::Slug;
use crate::letters::Signature;
use crate::storage::Database;
use std::io::Write;

const COLUMNS: [&str; 9] = [
    "id",
    "status",
    "name",
    "email",
    "country",
    "organisation",
    "listed",
    "signed_at",
    "confirmed_at",
];

fn fields(s: &Signature) -> [String; 9] {
    [
        s.id.to_string(),
        s.status.as_str().to_owned(),
        s.name.clone(),
        s.email.as_str().to_owned(),
        s.country.to_string(),
        s.organisation.clone().unwrap_or_default(),
        s.show_name.to_string(),
        s.created_at.to_string(),
        s.confirmed_at.map(|t| t.to_string()).unwrap_or_default(),
    ]
}

/// Every signature of `letter` (pending and confirmed), as CSV or JSON on standard output,
/// after a count on standard error.
pub async fn export(config: &Config, letter: &Slug, format: Format) -> anyhow::Result<()> {
    let db = Database::connect(&config.database_url()).await?;
    let signatures = db.signatures(letter).await?;
    db.close().await;
    let confirmed = signatures
        .iter()
        .filter(|s| s.status == crate::letters::SignatureStatus::Confirmed)
        .count();
    eprintln!(
        "{} signature(s) of {letter}: {confirmed} confirmed, {} waiting for confirmation",
        signatures.len(),
        signatures.len() - confirmed
    );
    let mut out = std::io::stdout().lock();
    match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(COLUMNS)?;
            for s in &signatures {
                writer.write_record(fields(s).iter().map(|f| defuse_formula(f).into_owned()))?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = signatures
                .iter()
                .map(|s| {
                    let mut row: serde_json::Map<String, serde_json::Value> = COLUMNS
                        .iter()
                        .zip(fields(s))
                        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v)))
                        .collect();
                    row.insert("listed".into(), serde_json::Value::Bool(s.show_name));
                    serde_json::Value::Object(row)
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
    }
    Ok(())
}
