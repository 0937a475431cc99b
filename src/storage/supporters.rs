//! Supporters: asking (with the confirmation mail queued in the same transaction),
//! confirming, the list with counts, and erasing.

use super::rows::instant;
use super::{Database, StoreError};
use crate::jobs::Job;
use crate::supporters::NewSupporter;
use jiff::Timestamp;
use sqlx::Row;

/// A supporter as organisers see them.
#[derive(Clone, Debug)]
pub struct Supporter {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub country: Option<String>,
    pub source: String,
    pub consent_text: String,
    pub consented_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
}

/// What became of a request to be kept informed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptIn {
    /// Stored (or renewed while unconfirmed); the confirmation mail is queued.
    Asked { id: i64 },
    /// This address is a confirmed supporter already: nothing to do.
    Already,
}

const COLUMNS: &str = "id, email, name, lang, country, source, consent_text, consented_at, \
                       confirmed_at";

fn read(row: &sqlx::any::AnyRow) -> Result<Supporter, StoreError> {
    Ok(Supporter {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        lang: row.try_get("lang")?,
        country: row.try_get("country")?,
        source: row.try_get("source")?,
        consent_text: row.try_get("consent_text")?,
        consented_at: instant(row.try_get("consented_at")?),
        confirmed_at: row.try_get::<Option<i64>, _>("confirmed_at")?.map(instant),
    })
}

impl Database {
    /// Records that `new` asked to be kept informed and queues the mail with the
    /// confirmation link (`nonce`), in one transaction. An unconfirmed request is renewed
    /// (new wording, new link); a confirmed supporter is left as they are.
    pub async fn opt_in(
        &self,
        new: &NewSupporter,
        nonce: &str,
        now: Timestamp,
    ) -> Result<OptIn, StoreError> {
        let key = new.email.as_str().to_lowercase();
        let mut tx = self.pool.begin().await?;
        let existing = sqlx::query("SELECT id, confirmed_at FROM supporters WHERE email_key = $1")
            .bind(&key)
            .fetch_optional(&mut *tx)
            .await?;
        let id: i64 = match existing {
            Some(row) if row.try_get::<Option<i64>, _>("confirmed_at")?.is_some() => {
                tx.rollback().await?;
                return Ok(OptIn::Already);
            }
            Some(row) => {
                let id: i64 = row.try_get("id")?;
                sqlx::query(
                    "UPDATE supporters SET email = $2, name = $3, lang = $4, country = $5, \
                     source = $6, consent_text = $7, consented_at = $8, confirm_nonce = $9 \
                     WHERE id = $1",
                )
                .bind(id)
                .bind(new.email.as_str())
                .bind(&new.name)
                .bind(new.lang.as_str())
                .bind(new.country.as_ref().map(|c| c.as_str().to_owned()))
                .bind(new.source.as_str())
                .bind(&new.consent_text)
                .bind(now.as_second())
                .bind(nonce)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => sqlx::query(
                "INSERT INTO supporters (email, email_key, name, lang, country, source, \
                 consent_text, consented_at, confirm_nonce) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(new.email.as_str())
            .bind(&key)
            .bind(&new.name)
            .bind(new.lang.as_str())
            .bind(new.country.as_ref().map(|c| c.as_str().to_owned()))
            .bind(new.source.as_str())
            .bind(&new.consent_text)
            .bind(now.as_second())
            .bind(nonce)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?,
        };
        let job = Job::SupporterConfirm;
        sqlx::query(
            "INSERT INTO jobs (kind, payload, supporter_id, run_at, created_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(job.kind())
        .bind(serde_json::to_string(&job)?)
        .bind(id)
        .bind(now.as_second())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(OptIn::Asked { id })
    }

    /// Confirms supporter `id` if `nonce` is its link's; whether it was (a second click on
    /// the same link finds it confirmed already and says so too).
    pub async fn confirm_supporter(
        &self,
        id: i64,
        nonce: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE supporters SET confirmed_at = $3, confirm_nonce = NULL \
             WHERE id = $1 AND confirm_nonce = $2",
        )
        .bind(id)
        .bind(nonce)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?
        .rows_affected();
        if done == 1 {
            return Ok(true);
        }
        Ok(self
            .supporter(id)
            .await?
            .is_some_and(|s| s.confirmed_at.is_some()))
    }

    /// One supporter, confirmed or not.
    pub async fn supporter(&self, id: i64) -> Result<Option<Supporter>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM supporters WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(read).transpose()
    }

    /// The supporter and the nonce of their confirmation link, for its mail.
    pub async fn supporter_to_confirm(
        &self,
        id: i64,
    ) -> Result<Option<(Supporter, String)>, StoreError> {
        let sql = format!("SELECT {COLUMNS}, confirm_nonce FROM supporters WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => match row.try_get::<Option<String>, _>("confirm_nonce")? {
                Some(nonce) => Ok(Some((read(&row)?, nonce))),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// Every supporter, confirmed first, newest first.
    pub async fn supporters(&self) -> Result<Vec<Supporter>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM supporters \
             ORDER BY (confirmed_at IS NULL), consented_at DESC, id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(read).collect()
    }

    /// Erases a supporter and their waiting mail.
    pub async fn erase_supporter(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM jobs WHERE supporter_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let gone = sqlx::query("DELETE FROM supporters WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(gone == 1)
    }
}
