//! Registered security info: authentication phone and email, answered
//! questions, and when the user registered, reconfirmed or put it off.
//!
//! Answers are stored as salted Argon2id hashes and read back only as
//! [`AnswerHash`], which can be checked against an answer and nothing else.

use super::rows::{email, phone};
use super::{
    user_must_exist,
    users::{roles_of, UserId},
    SqlStore, StoreError,
};
use app::domain::{
    answered_questions::Question,
    contact_methods::ContactFields,
    directory_user::SecurityInfo,
    email::Email,
    phone_number::PhoneNumber,
    roles::{is_privileged, Role},
    security_questions::{CustomQuestion, PredefinedQuestion},
};
use secrecy::{ExposeSecret, SecretString};

/// A stored answer hash: no `Display`, no `Serialize`, a redacted `Debug`.
pub struct AnswerHash(SecretString);

impl AnswerHash {
    /// Wraps a PHC string made by the answer hasher.
    pub fn new(phc: String) -> Self {
        Self(SecretString::from(phc))
    }

    /// For the hasher's verification only.
    pub fn phc(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for AnswerHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AnswerHash(..)")
    }
}

#[derive(sqlx::FromRow)]
struct InfoRow {
    authentication_phone: Option<String>,
    authentication_email: Option<String>,
    registered_at: Option<i64>,
    last_confirmed_at: Option<i64>,
    prompt_dismissals: i64,
    last_dismissed_at: Option<i64>,
}

impl SqlStore {
    /// The user's security info; empty when nothing was registered.
    pub async fn security_info(&self, user: UserId) -> Result<SecurityInfo, StoreError> {
        let row: Option<InfoRow> = sqlx::query_as(
            "SELECT authentication_phone, authentication_email, registered_at, \
             last_confirmed_at, prompt_dismissals, last_dismissed_at \
             FROM security_info WHERE user_id = $1",
        )
        .bind(user.0)
        .fetch_optional(&self.db.pool)
        .await?;
        let questions = self.answered_questions(user).await?;
        let Some(row) = row else {
            return Ok(SecurityInfo { answered_questions: questions, ..SecurityInfo::default() });
        };
        Ok(SecurityInfo {
            authentication_phone: phone(row.authentication_phone, "authentication phone")?,
            authentication_email: email(row.authentication_email, "authentication email")?,
            answered_questions: questions,
            registered_at: row.registered_at,
            last_confirmed_at: row.last_confirmed_at,
            prompt_dismissals: u32::try_from(row.prompt_dismissals).unwrap_or(u32::MAX),
            last_dismissed_at: row.last_dismissed_at,
        })
    }

    /// Registers (or clears) the authentication phone. For an
    /// administrator the same number is written to the public mobile
    /// phone, in the same transaction.
    pub async fn set_authentication_phone(
        &self,
        user: UserId,
        phone: Option<&PhoneNumber>,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        write_authentication_phone(&mut tx, user, phone, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Registers (or clears) the authentication email.
    pub async fn set_authentication_email(
        &self,
        user: UserId,
        address: Option<&Email>,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        write_authentication_email(&mut tx, user, address, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the user's answers with `answers`, all in one transaction:
    /// a reader sees the old set or the new one, never a mix.
    pub async fn register_questions(
        &self,
        user: UserId,
        answers: &[(Question, AnswerHash)],
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        write_questions(&mut tx, user, answers, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The answered questions and their hashes, in registration order.
    pub async fn answer_hashes(
        &self,
        user: UserId,
    ) -> Result<Vec<(Question, AnswerHash)>, StoreError> {
        let rows: Vec<(Option<String>, Option<String>, String)> = sqlx::query_as(
            "SELECT predefined_question, custom_question, answer_hash FROM security_answers \
             WHERE user_id = $1 ORDER BY position",
        )
        .bind(user.0)
        .fetch_all(&self.db.pool)
        .await?;
        rows.into_iter()
            .map(|(predefined, custom, hash)| {
                Ok((question_from(predefined, custom)?, AnswerHash::new(hash)))
            })
            .collect()
    }

    /// The answered questions alone: what showing security info needs,
    /// without reading a single hash.
    async fn answered_questions(&self, user: UserId) -> Result<Vec<Question>, StoreError> {
        let rows: Vec<(Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT predefined_question, custom_question FROM security_answers \
             WHERE user_id = $1 ORDER BY position",
        )
        .bind(user.0)
        .fetch_all(&self.db.pool)
        .await?;
        rows.into_iter().map(|(predefined, custom)| question_from(predefined, custom)).collect()
    }

    /// The user looked at their info and said it is still right.
    pub async fn confirm_security_info(&self, user: UserId, now: i64) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        touch(&mut tx, user, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The user put the registration prompt off.
    pub async fn record_prompt_dismissal(&self, user: UserId, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO security_info (user_id, prompt_dismissals, last_dismissed_at) \
             VALUES ($1, 1, $2) ON CONFLICT (user_id) DO UPDATE SET \
             prompt_dismissals = security_info.prompt_dismissals + 1, last_dismissed_at = $2",
        )
        .bind(user.0)
        .bind(now)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// The authentication phone, and for an administrator the public mobile
/// phone too, as the contact-method rule says.
pub(super) async fn write_authentication_phone(
    tx: &mut Tx,
    user: UserId,
    number: Option<&PhoneNumber>,
    now: i64,
) -> Result<(), StoreError> {
    let roles: Vec<Role> = roles_of(&mut **tx, user).await?.into_iter().collect();
    let admin = is_privileged(&roles);
    let mobile: Option<(Option<String>,)> =
        sqlx::query_as("SELECT mobile_phone FROM users WHERE id = $1")
            .bind(user.0)
            .fetch_optional(&mut **tx)
            .await?;
    let registered: Option<(Option<String>,)> =
        sqlx::query_as("SELECT authentication_phone FROM security_info WHERE user_id = $1")
            .bind(user.0)
            .fetch_optional(&mut **tx)
            .await?;
    let mut fields = ContactFields::<PhoneNumber, Email> {
        mobile_phone: phone(mobile.and_then(|(m,)| m), "mobile phone")?,
        authentication_phone: phone(registered.and_then(|(p,)| p), "authentication phone")?,
        ..ContactFields::default()
    };
    let mobile_before = fields.mobile_phone.clone();
    match number {
        Some(number) => fields.register_authentication_phone(number.clone(), admin),
        None => fields.remove_authentication_phone(admin),
    }
    let value = fields.authentication_phone.map(|p| p.as_e164().to_owned());
    upsert_field(tx, user, "authentication_phone", value, now).await?;
    if fields.mobile_phone != mobile_before {
        sqlx::query("UPDATE users SET mobile_phone = $1 WHERE id = $2")
            .bind(fields.mobile_phone.map(|m| m.as_e164().to_owned()))
            .bind(user.0)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub(super) async fn write_authentication_email(
    tx: &mut Tx,
    user: UserId,
    address: Option<&Email>,
    now: i64,
) -> Result<(), StoreError> {
    let value = address.map(|a| a.as_str().to_owned());
    upsert_field(tx, user, "authentication_email", value, now).await
}

/// Replaces the whole answer set.
pub(super) async fn write_questions(
    tx: &mut Tx,
    user: UserId,
    answers: &[(Question, AnswerHash)],
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM security_answers WHERE user_id = $1")
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    for (position, (question, hash)) in answers.iter().enumerate() {
        let (predefined, custom) = match question {
            Question::Predefined(q) => (Some(q.id()), None),
            Question::Custom(q) => (None, Some(q.text().to_owned())),
        };
        sqlx::query(
            "INSERT INTO security_answers \
             (user_id, position, predefined_question, custom_question, answer_hash) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user.0)
        .bind(position as i64)
        .bind(predefined)
        .bind(custom)
        .bind(hash.phc().to_owned())
        .execute(&mut **tx)
        .await
        .map_err(user_must_exist)?;
    }
    touch(tx, user, now).await
}

/// Writes one contact column and marks the info registered and confirmed.
async fn upsert_field(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: UserId,
    column: &'static str,
    value: Option<String>,
    now: i64,
) -> Result<(), StoreError> {
    // `column` is one of two constants above, never input.
    let sql = format!(
        "INSERT INTO security_info (user_id, {column}) VALUES ($1, $2) \
         ON CONFLICT (user_id) DO UPDATE SET {column} = $2"
    );
    sqlx::query(&sql).bind(user.0).bind(value).execute(&mut **tx).await.map_err(user_must_exist)?;
    touch(tx, user, now).await
}

/// Sets registered-at once and last-confirmed-at every time.
async fn touch(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: UserId,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO security_info (user_id, registered_at, last_confirmed_at) VALUES ($1, $2, $2) \
         ON CONFLICT (user_id) DO UPDATE SET \
         registered_at = COALESCE(security_info.registered_at, $2), last_confirmed_at = $2",
    )
    .bind(user.0)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(user_must_exist)?;
    Ok(())
}

/// A stored question: exactly one of the two columns is set.
fn question_from(
    predefined: Option<String>,
    custom: Option<String>,
) -> Result<Question, StoreError> {
    let question = match (predefined, custom) {
        (Some(id), None) => PredefinedQuestion::parse(&id).map(Question::Predefined),
        (None, Some(text)) => CustomQuestion::parse(&text).ok().map(Question::Custom),
        _ => None,
    };
    question.ok_or(StoreError::Corrupt("security question"))
}
