//! The built-in directory's users table.

use sqlx::SqlitePool;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRecord {
    pub id: i64,
    pub user_principal_name: String,
    pub display_name: String,
    pub password_hash: String,
    pub enabled: bool,
}

/// A user to create.
pub struct NewUser<'a> {
    pub user_principal_name: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub enabled: bool,
}

/// Looks a user up by the lower-cased user principal name.
pub async fn find_by_upn_key(
    pool: &SqlitePool,
    key: &str,
) -> Result<Option<UserRecord>, sqlx::Error> {
    sqlx::query_as::<_, UserRecord>(
        "SELECT id, user_principal_name, display_name, password_hash, enabled \
         FROM users WHERE upn_key = ?",
    )
    .bind(key)
    .fetch_optional(pool)
    .await
}

/// Creates the user unless one with the same name exists. Returns whether
/// a row was written.
pub async fn insert_if_absent(
    pool: &SqlitePool,
    user: &NewUser<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO users (user_principal_name, upn_key, display_name, password_hash, enabled, created_at) \
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (upn_key) DO NOTHING",
    )
    .bind(user.user_principal_name)
    .bind(user.user_principal_name.to_lowercase())
    .bind(user.display_name)
    .bind(user.password_hash)
    .bind(user.enabled)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Whether a user with this lower-cased name exists.
pub async fn exists(pool: &SqlitePool, key: &str) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE upn_key = ?")
        .bind(key)
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}
