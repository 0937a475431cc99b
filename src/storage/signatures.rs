//! Signatures of open letters, with their mail queued as jobs like registrations'.
//!
//! Like registrations, every transaction starts with a write, a signature is keyed by
//! (letter, lowercase address), and the mail it causes is queued in the same transaction.

use super::rows::{corrupt, instant, placeholders};
use super::{Database, StoreError};
use crate::domain::Slug;
use crate::letters::{
    NewSignature, PublicSignature, SignOutcome, Signature, SignatureConfirmation, SignatureMail,
    SignatureNonces, SignatureStatus,
};
use crate::registration::Lifetimes;
use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

const COLUMNS: &str = "id, post_slug, email, name, country, organisation, show_name, lang, \
                       status, created_at, confirmed_at, flagged";

fn read_signature(row: &AnyRow) -> Result<Signature, StoreError> {
    let parse_err = |what: &str| corrupt(what);
    Ok(Signature {
        id: row.try_get("id")?,
        post: row
            .try_get::<String, _>("post_slug")?
            .parse()
            .map_err(|_| parse_err("signatures.post_slug"))?,
        email: row
            .try_get::<String, _>("email")?
            .parse()
            .map_err(|_| parse_err("signatures.email"))?,
        name: row.try_get("name")?,
        country: row
            .try_get::<String, _>("country")?
            .parse()
            .map_err(|_| parse_err("signatures.country"))?,
        organisation: row.try_get("organisation")?,
        show_name: row.try_get::<i64, _>("show_name")? != 0,
        lang: row
            .try_get::<String, _>("lang")?
            .parse()
            .map_err(|_| parse_err("signatures.lang"))?,
        status: SignatureStatus::parse(&row.try_get::<String, _>("status")?)
            .ok_or_else(|| parse_err("signatures.status"))?,
        created_at: instant(row.try_get("created_at")?),
        confirmed_at: row.try_get::<Option<i64>, _>("confirmed_at")?.map(instant),
        flagged: row.try_get::<i64, _>("flagged")? != 0,
    })
}

async fn queue(
    tx: &mut Transaction<'_, Any>,
    kind: SignatureMail,
    signature_id: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    let about = super::jobs::MailAbout::Signature {
        id: signature_id,
        kind,
    };
    super::jobs::queue_mail(tx, about, now).await
}

// Signatures of open letters.
impl Database {
    /// Stores a signature (idempotent on letter + address) and queues its confirmation mail;
    /// a repeat re-sends the link at most once per `lifetimes.resend_after`.
    pub async fn sign(
        &self,
        new: &NewSignature,
        confirm_nonce: &str,
        access_nonce: &str,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<SignOutcome, StoreError> {
        let email_key = new.email.as_str().to_lowercase();
        let link_expires = (now + lifetimes.confirm_link).as_second();
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO signatures (post_slug, email, email_key, name, country, organisation, show_name, \
             lang, status, created_at, confirm_nonce, confirm_expires_at, access_nonce, last_mail_at, flagged, \
             updates_consent_text, updates_consented_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11, $12, $9, $13, $14, $15) \
             ON CONFLICT (post_slug, email_key) DO NOTHING RETURNING id",
        )
        .bind(new.post.as_str())
        .bind(new.email.as_str())
        .bind(&email_key)
        .bind(new.name.as_str())
        .bind(new.country.as_str())
        .bind(new.organisation.as_deref())
        .bind(i64::from(new.show_name))
        .bind(new.lang.as_str())
        .bind(now.as_second())
        .bind(confirm_nonce)
        .bind(link_expires)
        .bind(access_nonce)
        .bind(i64::from(new.flagged))
        .bind(new.updates_consent.as_deref())
        .bind(new.updates_consent.as_ref().map(|_| now.as_second()))
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = inserted {
            let id: i64 = row.try_get("id")?;
            queue(&mut tx, SignatureMail::Confirm, id, now).await?;
            tx.commit().await?;
            return Ok(SignOutcome::Created { id });
        }
        // Signed before: lock the row (a write), then decide whether to mail again.
        let row = sqlx::query(
            "UPDATE signatures SET email_key = email_key WHERE post_slug = $1 AND email_key = $2 \
             RETURNING id, status, last_mail_at, confirm_expires_at",
        )
        .bind(new.post.as_str())
        .bind(&email_key)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        let status = SignatureStatus::parse(&row.try_get::<String, _>("status")?)
            .ok_or_else(|| corrupt("signatures.status"))?;
        let may_mail =
            now.duration_since(instant(row.try_get("last_mail_at")?)) >= lifetimes.resend_after;
        let link_expired = row
            .try_get::<Option<i64>, _>("confirm_expires_at")?
            .is_none_or(|e| e <= now.as_second());
        let mail = match status {
            SignatureStatus::Pending if link_expired => {
                sqlx::query(
                    "UPDATE signatures SET confirm_nonce = $2, confirm_expires_at = $3 WHERE id = $1",
                )
                .bind(id)
                .bind(confirm_nonce)
                .bind(link_expires)
                .execute(&mut *tx)
                .await?;
                Some(SignatureMail::Confirm)
            }
            SignatureStatus::Pending => Some(SignatureMail::Confirm).filter(|_| may_mail),
            SignatureStatus::Confirmed => Some(SignatureMail::Confirmed).filter(|_| may_mail),
        };
        if let Some(kind) = mail {
            sqlx::query("UPDATE signatures SET last_mail_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now.as_second())
                .execute(&mut *tx)
                .await?;
            queue(&mut tx, kind, id, now).await?;
        }
        tx.commit().await?;
        Ok(SignOutcome::Existing {
            id,
            mailed: mail.is_some(),
        })
    }

    /// Follows a confirmation link.
    pub async fn confirm_signature(
        &self,
        id: i64,
        nonce: &str,
        now: Timestamp,
    ) -> Result<SignatureConfirmation, StoreError> {
        let mut tx = self.pool.begin().await?;
        let confirmed = sqlx::query(
            "UPDATE signatures SET status = 'confirmed', confirmed_at = $3, confirm_nonce = NULL, \
             confirm_expires_at = NULL \
             WHERE id = $1 AND status = 'pending' AND confirm_nonce = $2 AND confirm_expires_at > $3 \
             RETURNING id",
        )
        .bind(id)
        .bind(nonce)
        .bind(now.as_second())
        .fetch_optional(&mut *tx)
        .await?;
        let outcome = if confirmed.is_some() {
            queue(&mut tx, SignatureMail::Confirmed, id, now).await?;
            SignatureConfirmation::Confirmed
        } else {
            let status = sqlx::query("SELECT status FROM signatures WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get::<String, _>("status"))
                .transpose()?;
            if status.as_deref() == Some("confirmed") {
                SignatureConfirmation::AlreadyConfirmed
            } else {
                SignatureConfirmation::Invalid
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// The signature a withdrawal link opens.
    pub async fn signature(
        &self,
        id: i64,
        access_nonce: &str,
    ) -> Result<Option<Signature>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM signatures WHERE id = $1 AND access_nonce = $2"
        )))
        .bind(id)
        .bind(access_nonce)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(read_signature).transpose()
    }

    /// Withdraws (deletes) a signature and its mail; `false` if the link is unknown.
    pub async fn withdraw_signature(
        &self,
        id: i64,
        access_nonce: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let owned = sqlx::query(
            "UPDATE signatures SET last_mail_at = last_mail_at WHERE id = $1 AND access_nonce = $2 RETURNING id",
        )
        .bind(id)
        .bind(access_nonce)
        .fetch_optional(&mut *tx)
        .await?;
        if owned.is_none() {
            return Ok(false);
        }
        sqlx::query("DELETE FROM jobs WHERE signature_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM signatures WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Confirmed signatures of a letter.
    pub async fn signature_count(&self, post: &Slug) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) AS n FROM signatures WHERE post_slug = $1 AND status = 'confirmed' AND flagged = 0",
        )
        .bind(post.as_str())
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?)
    }

    /// A fingerprint of every letter's counted signatures (their number and the sum of their
    /// ids), which the instances poll: any confirmation, withdrawal, approval or removal
    /// changes it, so a count another process changed without a message is noticed.
    pub async fn counted_signatures_fingerprint(&self) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(id), 0) AS BIGINT) AS ids FROM signatures \
             WHERE status = 'confirmed' AND flagged = 0",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok((row.try_get("n")?, row.try_get("ids")?))
    }

    /// Confirmed signatures whose signers agreed to be listed, in order of confirmation.
    pub async fn public_signatures(
        &self,
        post: &Slug,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<PublicSignature>, i64), StoreError> {
        let rows = sqlx::query(
            "SELECT name, country, organisation FROM signatures \
             WHERE post_slug = $1 AND status = 'confirmed' AND show_name = 1 AND flagged = 0 \
             ORDER BY confirmed_at, id LIMIT $2 OFFSET $3",
        )
        .bind(post.as_str())
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let listed: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM signatures \
             WHERE post_slug = $1 AND status = 'confirmed' AND show_name = 1 AND flagged = 0",
        )
        .bind(post.as_str())
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?;
        let list = rows
            .iter()
            .map(|r| {
                Ok(PublicSignature {
                    name: r.try_get("name")?,
                    country: r
                        .try_get::<String, _>("country")?
                        .parse()
                        .map_err(|_| corrupt("signatures.country"))?,
                    organisation: r.try_get("organisation")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok((list, listed))
    }

    /// Every signature of a letter (for the organisers' export), oldest first.
    pub async fn signatures(&self, post: &Slug) -> Result<Vec<Signature>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM signatures WHERE post_slug = $1 ORDER BY id"
        )))
        .bind(post.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_signature).collect()
    }

    /// Counts a held signature (a moderator's decision); `false` if there is none.
    pub async fn approve_signature(&self, id: i64) -> Result<bool, StoreError> {
        let updated =
            sqlx::query("UPDATE signatures SET flagged = 0 WHERE id = $1 AND flagged = 1")
                .bind(id)
                .execute(&self.pool)
                .await?;
        Ok(updated.rows_affected() == 1)
    }

    /// Removes a signature (a moderator's decision) and its mail; `false` if there is none.
    pub async fn remove_signature(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM jobs WHERE signature_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let deleted = sqlx::query("DELETE FROM signatures WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(deleted.rows_affected() == 1)
    }

    /// A signature and its link nonces, for the mail that carries them.
    pub async fn signature_nonces(
        &self,
        id: i64,
    ) -> Result<Option<(Signature, SignatureNonces)>, StoreError> {
        Ok(self.signature_nonces_of(&[id]).await?.remove(&id))
    }

    /// The same for many signatures in one query (a batch of mail); unknown ids are left out.
    pub async fn signature_nonces_of(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, (Signature, SignatureNonces)>, StoreError> {
        let mut found = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(found);
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS}, confirm_nonce, access_nonce FROM signatures WHERE id IN ({})",
            placeholders(1, ids.len())
        )));
        for id in ids {
            query = query.bind(*id);
        }
        for r in query.fetch_all(&self.pool).await? {
            let signature = read_signature(&r)?;
            let nonces = SignatureNonces {
                confirm: r.try_get("confirm_nonce")?,
                access: r.try_get("access_nonce")?,
            };
            found.insert(signature.id, (signature, nonces));
        }
        Ok(found)
    }
}
