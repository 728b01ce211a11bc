//! Registrations in progress. The browser holds only an opaque cookie;
//! the flow's state, the hashes of answers not yet saved and a notice
//! for the next page live here. Saving the summary writes everything the
//! flow proved in one transaction and ends the flow.

use super::audit::{insert_audit, AuditEntry};
use super::security_info::{
    write_authentication_email, write_authentication_phone, write_questions,
};
use super::{users::UserId, AnswerHash, SqlStore, StoreError};
use app::domain::answered_questions::Question;
use app::domain::registration_flow::{RegistrationFlow, Step, StepState};
use app::domain::{email::Email, phone_number::PhoneNumber};

/// A flow as stored.
#[derive(Debug)]
pub struct StoredFlow {
    pub user: UserId,
    pub flow: RegistrationFlow,
    /// Hashes of answers given on the questions step, in order.
    pub answer_hashes: Vec<(Question, AnswerHash)>,
}

/// What the summary saves: only the steps that were completed.
pub struct RegistrationChanges<'a> {
    pub phone: Option<&'a PhoneNumber>,
    pub email: Option<&'a Email>,
    pub answers: Option<&'a [(Question, AnswerHash)]>,
}

impl SqlStore {
    /// Starts a flow for `user`, ending any other flow the user had.
    pub async fn start_flow(
        &self,
        key_hash: &str,
        user: UserId,
        flow: &RegistrationFlow,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let state = serde_json::to_string(flow).map_err(|_| StoreError::Corrupt("flow"))?;
        let mut tx = self.db.begin_write().await?;
        sqlx::query("DELETE FROM registration_flows WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO registration_flows (key_hash, user_id, state, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(key_hash.to_owned())
        .bind(user.0)
        .bind(state)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The live flow behind `key_hash`, if it has not expired.
    pub async fn flow(&self, key_hash: &str, now: i64) -> Result<Option<StoredFlow>, StoreError> {
        let row: Option<(i64, String, Option<String>)> = sqlx::query_as(
            "SELECT user_id, state, answer_hashes FROM registration_flows \
             WHERE key_hash = $1 AND expires_at > $2",
        )
        .bind(key_hash.to_owned())
        .bind(now)
        .fetch_optional(&self.db.pool)
        .await?;
        let Some((user, state, hashes)) = row else { return Ok(None) };
        let flow = serde_json::from_str(&state).map_err(|_| StoreError::Corrupt("flow"))?;
        let answer_hashes: Vec<(Question, String)> = match hashes {
            Some(json) => serde_json::from_str(&json).map_err(|_| StoreError::Corrupt("flow"))?,
            None => Vec::new(),
        };
        let answer_hashes =
            answer_hashes.into_iter().map(|(q, h)| (q, AnswerHash::new(h))).collect();
        Ok(Some(StoredFlow { user: UserId(user), flow, answer_hashes }))
    }

    /// Saves the flow's new state; `answers` replaces the stored hashes
    /// when given.
    pub async fn update_flow(
        &self,
        key_hash: &str,
        flow: &RegistrationFlow,
        answers: Option<&[(Question, AnswerHash)]>,
    ) -> Result<(), StoreError> {
        let state = serde_json::to_string(flow).map_err(|_| StoreError::Corrupt("flow"))?;
        let hashes = answers
            .map(|a| {
                let plain: Vec<(&Question, &str)> = a.iter().map(|(q, h)| (q, h.phc())).collect();
                serde_json::to_string(&plain)
            })
            .transpose()
            .map_err(|_| StoreError::Corrupt("flow"))?;
        sqlx::query(
            "UPDATE registration_flows SET state = $2, \
             answer_hashes = COALESCE($3, answer_hashes) WHERE key_hash = $1",
        )
        .bind(key_hash.to_owned())
        .bind(state)
        .bind(hashes)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    /// Leaves a notice (an error, as JSON) for the next page of the flow.
    pub async fn set_flow_notice(
        &self,
        key_hash: &str,
        notice: Option<String>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE registration_flows SET notice = $2 WHERE key_hash = $1")
            .bind(key_hash.to_owned())
            .bind(notice)
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }

    /// Reads and clears the notice.
    pub async fn take_flow_notice(&self, key_hash: &str) -> Result<Option<String>, StoreError> {
        let mut tx = self.db.begin_write().await?;
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT notice FROM registration_flows WHERE key_hash = $1")
                .bind(key_hash.to_owned())
                .fetch_optional(&mut *tx)
                .await?;
        let notice = row.and_then(|(n,)| n);
        if notice.is_some() {
            sqlx::query("UPDATE registration_flows SET notice = NULL WHERE key_hash = $1")
                .bind(key_hash.to_owned())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(notice)
    }

    /// Writes what the flow proved and ends it, in one transaction: all
    /// of it is saved, or none.
    pub async fn finish_flow(
        &self,
        key_hash: &str,
        user: UserId,
        changes: &RegistrationChanges<'_>,
        audit: &AuditEntry,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        let ended = sqlx::query("DELETE FROM registration_flows WHERE key_hash = $1")
            .bind(key_hash.to_owned())
            .execute(&mut *tx)
            .await?;
        if ended.rows_affected() != 1 {
            // Finished already (a double submit) or expired meanwhile.
            return Err(StoreError::FlowGone);
        }
        if let Some(phone) = changes.phone {
            write_authentication_phone(&mut tx, user, Some(phone), now).await?;
        }
        if let Some(email) = changes.email {
            write_authentication_email(&mut tx, user, Some(email), now).await?;
        }
        if let Some(answers) = changes.answers {
            write_questions(&mut tx, user, answers, now).await?;
        }
        // In the same transaction: no saved change without its entry.
        insert_audit(&mut *tx, audit).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Drops flows that have expired; run now and then.
    pub async fn delete_expired_flows(&self, now: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM registration_flows WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        sqlx::query("DELETE FROM verification_codes WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

/// Whether the flow completed `step` (as opposed to skipping it).
pub fn completed(flow: &RegistrationFlow, step: Step) -> bool {
    flow.plan.contains(step) && flow.state(step) == StepState::Done
}
