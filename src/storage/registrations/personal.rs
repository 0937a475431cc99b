//! What a person changes from their personal page besides cancelling: erasing their data,
//! the language of their mail.

use crate::registration::Lifetimes;
use crate::storage::{Database, StoreError};
use jiff::Timestamp;

impl Database {
    /// Erases the person's data: cancels (a held place moves on), replaces name and address,
    /// drops undelivered mail, attendance and certificate, and retires the personal link. `false` if the link is unknown.
    pub async fn erase(
        &self,
        id: i64,
        access_nonce: &str,
        now: Timestamp,
        lifetimes: Lifetimes,
    ) -> Result<bool, StoreError> {
        self.cancel(id, access_nonce, now, lifetimes).await?;
        let mut tx = self.pool.begin().await?;
        let erased = format!("erased-{id}@erased.invalid");
        let done = sqlx::query(
            "UPDATE registrations SET name = '', email = $3, email_key = $3, country = '', confirm_nonce = NULL, \
                 access_nonce = $4 WHERE id = $1 AND access_nonce = $2 RETURNING id",
        )
        .bind(id)
        .bind(access_nonce)
        .bind(&erased)
        .bind(crate::registration::new_nonce())
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if done {
            sqlx::query("DELETE FROM jobs WHERE registration_id = $1 AND state = 'waiting'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            // Attendance is the person's data too: their stays and certificate go.
            for table in ["hall_attendance", "attendance_certificates"] {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DELETE FROM {table} WHERE registration_id = $1"
                )))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(done)
    }

    /// Changes the language of the person's mail.
    pub async fn set_language(
        &self,
        id: i64,
        access_nonce: &str,
        lang: &str,
    ) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("UPDATE registrations SET lang = $3 WHERE id = $1 AND access_nonce = $2")
                .bind(id)
                .bind(access_nonce)
                .bind(lang)
                .execute(&self.pool)
                .await?
                .rows_affected()
                == 1,
        )
    }
}
