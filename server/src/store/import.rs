//! Writing many users at once: all of them, or none.

use super::{placeholders, SqlStore, StoreError};
use app::domain::directory_user::UserProfile;
use sqlx::{any::AnyArguments, query::Query, Any, Row};
use std::collections::HashMap;

const USER_PARAMETERS: usize = 14;

/// One user to create, and the line of the file it came from.
pub struct ImportRow {
    pub line: usize,
    pub profile: UserProfile,
    /// An Argon2id PHC string, or none: the user sets one by resetting.
    pub password_hash: Option<String>,
}

/// The hash is left out, so rows can be logged and compared in tests.
impl std::fmt::Debug for ImportRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportRow")
            .field("line", &self.line)
            .field("profile", &self.profile)
            .field("password_hash", &self.password_hash.as_ref().map(|_| ".."))
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The name is taken, by an earlier line (`earlier_line`) or by a user
    /// already in the directory.
    #[error("line {line}: user {upn} exists already")]
    Duplicate { line: usize, upn: String, earlier_line: Option<usize> },
    /// The rows stopped coming before the end: whoever read them gave up.
    #[error("the import was abandoned")]
    Abandoned,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(e.into())
    }
}

/// What feeds an import: batches of rows, then `End`. If the sender goes
/// away without `End` (the file had problems), nothing is written.
pub enum ImportBatch {
    Rows(Vec<ImportRow>),
    End,
}

/// What an import carries from one batch to the next.
#[derive(Default)]
struct ImportState {
    /// Lookup key → line, to catch a name repeated in the file.
    seen: HashMap<String, usize>,
    group_ids: HashMap<String, i64>,
    count: u64,
}

impl SqlStore {
    /// Creates every user in one transaction. On any error nothing is
    /// written. Returns how many users were created.
    pub async fn import_users(&self, rows: Vec<ImportRow>, now: i64) -> Result<u64, ImportError> {
        let (sender, receiver) = tokio::sync::mpsc::channel(2);
        // The channel holds both messages, so neither send waits.
        let _ = sender.send(ImportBatch::Rows(rows)).await;
        let _ = sender.send(ImportBatch::End).await;
        self.import_batches(receiver, now).await
    }

    /// Creates users batch by batch as they arrive, in one transaction
    /// committed only at `End`: the file can still be read while the first
    /// batches are written.
    pub async fn import_batches(
        &self,
        mut batches: tokio::sync::mpsc::Receiver<ImportBatch>,
        now: i64,
    ) -> Result<u64, ImportError> {
        let mut tx = self.db.begin_write().await?;
        let mut state = ImportState::default();
        loop {
            match batches.recv().await {
                Some(ImportBatch::Rows(rows)) => {
                    self.insert_batch(&mut tx, &mut state, &rows, now).await?;
                }
                Some(ImportBatch::End) => break,
                // Dropping the transaction rolls every batch back.
                None => return Err(ImportError::Abandoned),
            }
        }
        tx.commit().await?;
        if let Some(statement) = self.db.backend.after_bulk_load() {
            if let Err(e) = sqlx::query(statement).execute(&self.db.pool).await {
                // The users are in; only the planner's statistics are stale.
                tracing::warn!(error = %e, "statistics not refreshed after import");
            }
        }
        Ok(state.count)
    }

    async fn insert_batch(
        &self,
        tx: &mut sqlx::Transaction<'static, Any>,
        state: &mut ImportState,
        rows: &[ImportRow],
        now: i64,
    ) -> Result<(), ImportError> {
        for row in rows {
            let key = row.profile.user_principal_name.lookup_key();
            if let Some(earlier) = state.seen.insert(key, row.line) {
                return Err(ImportError::Duplicate {
                    line: row.line,
                    upn: row.profile.user_principal_name.as_str().to_owned(),
                    earlier_line: Some(earlier),
                });
            }
        }
        let mut ids: HashMap<String, i64> = HashMap::with_capacity(rows.len());
        let users_per_statement = self.db.backend.bulk_parameters() / USER_PARAMETERS;
        for chunk in rows.chunks(users_per_statement) {
            let sql = format!(
                "INSERT INTO users (user_principal_name, upn_key, display_name, primary_email, \
                 alternate_email, mobile_phone, office_phone, user_type, licensed, enabled, \
                 password_managed, locked, password_hash, created_at) VALUES {} \
                 ON CONFLICT (upn_key) DO NOTHING RETURNING id, upn_key",
                placeholders(chunk.len(), USER_PARAMETERS, 1)
            );
            let mut query = sqlx::query(&sql);
            for row in chunk {
                query = bind_user(query, row, now);
            }
            let inserted = query.fetch_all(&mut **tx).await?;
            for record in &inserted {
                ids.insert(record.try_get("upn_key")?, record.try_get("id")?);
            }
            if inserted.len() < chunk.len() {
                return Err(first_missing(chunk, &ids));
            }
        }
        let mut roles: Vec<(i64, String)> = Vec::new();
        let mut members: Vec<(i64, i64)> = Vec::new();
        for row in rows {
            let Some(&user_id) = ids.get(&row.profile.user_principal_name.lookup_key()) else {
                continue;
            };
            roles.extend(row.profile.roles.iter().map(|role| (user_id, role.as_str().to_owned())));
            for group in &row.profile.groups {
                let key = group.as_str().to_lowercase();
                let group_id = match state.group_ids.get(&key) {
                    Some(id) => *id,
                    None => {
                        let id = ensure_group(tx, group.as_str(), &key).await?;
                        state.group_ids.insert(key, id);
                        id
                    }
                };
                members.push((group_id, user_id));
            }
        }
        let per_statement = self.db.backend.bulk_parameters() / 2;
        insert_pairs(tx, per_statement, "INSERT INTO user_roles (user_id, role) VALUES", &roles)
            .await?;
        insert_pairs(
            tx,
            per_statement,
            "INSERT INTO group_members (group_id, user_id) VALUES",
            &members,
        )
        .await?;
        state.count += rows.len() as u64;
        Ok(())
    }
}

fn bind_user<'q>(
    query: Query<'q, Any, AnyArguments<'q>>,
    row: &ImportRow,
    now: i64,
) -> Query<'q, Any, AnyArguments<'q>> {
    let p = &row.profile;
    query
        .bind(p.user_principal_name.as_str().to_owned())
        .bind(p.user_principal_name.lookup_key())
        .bind(p.display_name.as_str().to_owned())
        .bind(p.primary_email.as_ref().map(|e| e.as_str().to_owned()))
        .bind(p.alternate_email.as_ref().map(|e| e.as_str().to_owned()))
        .bind(p.mobile_phone.as_ref().map(|n| n.as_e164().to_owned()))
        .bind(p.office_phone.as_ref().map(|n| n.as_e164().to_owned()))
        .bind(p.user_type.as_str())
        .bind(p.licensed)
        .bind(p.enabled)
        .bind(p.password_management.as_str())
        .bind(p.locked)
        .bind(row.password_hash.clone())
        .bind(now)
}

/// The first row of `chunk` that was not inserted: its name was taken.
fn first_missing(chunk: &[ImportRow], ids: &HashMap<String, i64>) -> ImportError {
    match chunk.iter().find(|row| !ids.contains_key(&row.profile.user_principal_name.lookup_key()))
    {
        Some(row) => ImportError::Duplicate {
            line: row.line,
            upn: row.profile.user_principal_name.as_str().to_owned(),
            earlier_line: None,
        },
        None => ImportError::Store(StoreError::Corrupt("insert count")),
    }
}

async fn ensure_group(
    tx: &mut sqlx::Transaction<'static, Any>,
    name: &str,
    key: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO directory_groups (name, name_key) VALUES ($1, $2) \
         ON CONFLICT (name_key) DO NOTHING",
    )
    .bind(name)
    .bind(key)
    .execute(&mut **tx)
    .await?;
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM directory_groups WHERE name_key = $1")
        .bind(key)
        .fetch_one(&mut **tx)
        .await?;
    Ok(id)
}

async fn insert_pairs<A, B>(
    tx: &mut sqlx::Transaction<'static, Any>,
    per_statement: usize,
    insert: &str,
    pairs: &[(A, B)],
) -> Result<(), sqlx::Error>
where
    A: Clone + for<'q> sqlx::Encode<'q, Any> + sqlx::Type<Any> + Send + 'static,
    B: Clone + for<'q> sqlx::Encode<'q, Any> + sqlx::Type<Any> + Send + 'static,
{
    for chunk in pairs.chunks(per_statement) {
        let sql = format!("{insert} {}", placeholders(chunk.len(), 2, 1));
        let mut query = sqlx::query(&sql);
        for (a, b) in chunk {
            query = query.bind(a.clone()).bind(b.clone());
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}
