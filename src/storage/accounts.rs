//! Accounts, sessions, one-time password links and the audit log.

use super::rows::corrupt;
use super::{Database, StoreError};
use crate::admin::{Role, User};
use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// A session as stored: whose, and whether the second factor was given.
#[derive(Clone, Debug)]
pub struct StoredSession {
    pub user: User,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub verified: bool,
}

/// What the login check needs about an account.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: i64,
}

/// One line of the audit log.
#[derive(Clone, Debug)]
pub struct AuditEntry {
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// An audit entry with the account that made the change (`None`: the command line), to be
/// written in the same transaction as the change it records.
#[derive(Clone, Debug)]
pub struct Audited {
    pub user_id: Option<i64>,
    pub entry: AuditEntry,
}

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.role, u.chapter, u.password_hash, \
                            u.totp_enabled, u.disabled, u.may_send_mail";

fn read_user(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&row.try_get::<String, _>("role")?)
            .ok_or_else(|| corrupt("users.role"))?,
        chapter: row
            .try_get::<Option<String>, _>("chapter")?
            .map(|c| c.parse().map_err(|_| corrupt("users.chapter")))
            .transpose()?,
        has_password: row.try_get::<Option<String>, _>("password_hash")?.is_some(),
        totp_enabled: row.try_get::<i64, _>("totp_enabled")? != 0,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        may_send_mail: row.try_get::<i64, _>("may_send_mail")? != 0,
    })
}

/// Ends every session of a person, inside the caller's transaction.
async fn end_sessions_in(tx: &mut Transaction<'_, Any>, user_id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH)
}

// Accounts and their sessions.
impl Database {
    /// Creates an account without a password; fails if the address has one.
    pub async fn create_user(
        &self,
        email: &str,
        name: &str,
        role: Role,
        chapter: Option<&str>,
        now: Timestamp,
    ) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "INSERT INTO users (email, email_key, name, role, chapter, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email_key) DO NOTHING RETURNING id",
        )
        .bind(email)
        .bind(email.to_lowercase())
        .bind(name)
        .bind(role.as_str())
        .bind(chapter)
        .bind(now.as_second())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(row) => self.user(row.try_get("id")?).await,
            None => Ok(None),
        }
    }

    pub async fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(read_user).transpose()
    }

    pub async fn users(&self) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users u ORDER BY u.id"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(read_user).collect()
    }

    pub async fn credentials(&self, email: &str) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS}, u.totp_secret, u.totp_last_step \
             FROM users u WHERE u.email_key = $1"
        )))
        .bind(email.to_lowercase())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Credentials {
                user: read_user(&r)?,
                password_hash: r.try_get("password_hash")?,
                totp_secret: r.try_get("totp_secret")?,
                totp_last_step: r.try_get("totp_last_step")?,
            })
        })
        .transpose()
    }

    pub async fn set_password(&self, id: i64, hash: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
            .bind(id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
        // A new password ends every session: whoever knew the old one is out.
        end_sessions_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes role and chapter, and ends all of the person's sessions.
    pub async fn set_role(
        &self,
        id: i64,
        role: Role,
        chapter: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET role = $2, chapter = $3 WHERE id = $1")
            .bind(id)
            .bind(role.as_str())
            .bind(chapter)
            .execute(&mut *tx)
            .await?;
        end_sessions_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables or enables an account; disabling ends all of its sessions.
    /// Gives an editor the right to send mail to people, or takes it back.
    pub async fn set_may_send_mail(&self, id: i64, may: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET may_send_mail = $2 WHERE id = $1")
            .bind(id)
            .bind(i64::from(may))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_disabled(&self, id: i64, disabled: bool) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
            .bind(id)
            .bind(i64::from(disabled))
            .execute(&mut *tx)
            .await?;
        if disabled {
            end_sessions_in(&mut tx, id).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Stores a TOTP secret (not yet enabled).
    pub async fn set_totp_secret(&self, id: i64, secret: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled = 0")
            .bind(id)
            .bind(secret)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Turns TOTP on with its recovery codes (hashes).
    pub async fn enable_totp(&self, id: i64, recovery_hashes: &[String]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET totp_enabled = 1 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for hash in recovery_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records the TOTP step used; `false` if it (or a later one) was used already.
    pub async fn use_totp_step(&self, id: i64, step: i64) -> Result<bool, StoreError> {
        let updated = sqlx::query(
            "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2",
        )
        .bind(id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(updated.rows_affected() == 1)
    }

    /// Uses a recovery code (hash); `false` if unknown or used.
    pub async fn use_recovery_code(
        &self,
        id: i64,
        code_hash: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let updated = sqlx::query(
            "UPDATE recovery_codes SET used_at = $3 \
             WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        )
        .bind(id)
        .bind(code_hash)
        .bind(now.as_second())
        .execute(&self.pool)
        .await?;
        Ok(updated.rows_affected() == 1)
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        verified: bool,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, verified) \
             VALUES ($1, $2, $3, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(now.as_second())
        .bind(i64::from(verified))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The session and its person (even if disabled: the caller decides), touching it.
    pub async fn session(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<StoredSession>, StoreError> {
        let row = sqlx::query(
            "SELECT user_id, created_at, last_seen_at, verified FROM sessions WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        // Returned as it was before this request, so the caller can judge the idle time.
        sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(now.as_second())
            .execute(&self.pool)
            .await?;
        let Some(user) = self.user(row.try_get("user_id")?).await? else {
            return Ok(None);
        };
        Ok(Some(StoredSession {
            user,
            created_at: at(row.try_get("created_at")?),
            last_seen_at: at(row.try_get("last_seen_at")?),
            verified: row.try_get::<i64, _>("verified")? != 0,
        }))
    }

    pub async fn verify_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET verified = 1 WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn end_sessions_of(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn create_password_link(
        &self,
        token_hash: &str,
        user_id: i64,
        expires_at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO password_links (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(expires_at.as_second())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Stores a password link and queues the mail that carries it, in one transaction.
    pub async fn request_password_reset(
        &self,
        token_hash: &str,
        user_id: i64,
        expires_at: Timestamp,
        mail: &crate::jobs::Job,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO password_links (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(expires_at.as_second())
        .execute(&mut *tx)
        .await?;
        super::jobs::queue_job(&mut tx, mail, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The person a password link is for, if it is unused and unexpired; marks it used when
    /// `consume`.
    pub async fn password_link(
        &self,
        token_hash: &str,
        now: Timestamp,
        consume: bool,
    ) -> Result<Option<User>, StoreError> {
        let row = if consume {
            sqlx::query(
                "UPDATE password_links SET used_at = $2 \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(&self.pool)
            .await?
        } else {
            sqlx::query(
                "SELECT user_id FROM password_links \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(&self.pool)
            .await?
        };
        match row {
            Some(row) => self.user(row.try_get("user_id")?).await,
            None => Ok(None),
        }
    }

    /// Appends to the audit log.
    pub async fn audit(&self, user_id: Option<i64>, entry: &AuditEntry) -> Result<(), StoreError> {
        let mut connection = self.pool.acquire().await?;
        audit_in(&mut connection, user_id, entry).await
    }

    /// The newest `limit` entries.
    pub async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor, action, subject, before, after FROM audit_log ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: at(r.try_get("at")?),
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                    before: r.try_get("before")?,
                    after: r.try_get("after")?,
                })
            })
            .collect()
    }
}

/// Appends to the audit log on `connection` (a transaction's, so the entry commits or rolls
/// back with the change it records).
pub(crate) async fn audit_in(
    connection: &mut sqlx::AnyConnection,
    user_id: Option<i64>,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, actor, action, subject, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(entry.at.as_second())
    .bind(user_id)
    .bind(&entry.actor)
    .bind(&entry.action)
    .bind(&entry.subject)
    .bind(entry.before.as_deref())
    .bind(entry.after.as_deref())
    .execute(connection)
    .await?;
    Ok(())
}
