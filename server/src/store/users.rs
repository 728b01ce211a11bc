//! Reading directory users, with their roles and groups.

use super::rows::{UserRow, USER_COLUMNS};
use super::{import::ImportRow, ImportError, SqlStore, StoreError};
use app::domain::{
    directory_user::{DirectoryName, SecurityInfo, UserProfile},
    roles::Role,
    UserName,
};
use app::i18n::Lang;
use sqlx::{Any, Executor};

/// A user's row id in this database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserId(pub i64);

/// No user has this id (row ids start at 1): reads for a made-up name use
/// it to do the same work as for a real one.
pub const NO_USER: UserId = UserId(0);

/// A stored user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryUser {
    pub id: UserId,
    pub profile: UserProfile,
}

/// What signing in needs: never leaves the server.
pub struct Credentials {
    pub id: UserId,
    pub password_hash: Option<String>,
    pub enabled: bool,
    /// Locked out by the directory: the password is right but no
    /// sign-in until an unlock (self-service, or an administrator).
    pub locked: bool,
}

impl SqlStore {
    /// Creates one user, with an optional Argon2id password hash.
    pub async fn add_user(
        &self,
        profile: UserProfile,
        password_hash: Option<String>,
        now: i64,
    ) -> Result<UserId, StoreError> {
        let name = profile.user_principal_name.as_str().to_owned();
        let key = profile.user_principal_name.lookup_key();
        let row = ImportRow { line: 1, profile, password_hash };
        match self.import_users(vec![row], now).await {
            Ok(_) => {}
            Err(ImportError::Duplicate { .. }) => return Err(StoreError::DuplicateUser(name)),
            Err(ImportError::Store(e)) => return Err(e),
            Err(ImportError::Abandoned) => return Err(StoreError::Corrupt("import")),
        }
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE upn_key = $1")
            .bind(key)
            .fetch_one(&self.db.pool)
            .await?;
        Ok(UserId(id))
    }

    /// The user with this user principal name, compared without case.
    pub async fn user_by_upn(&self, upn: &UserName) -> Result<Option<DirectoryUser>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE upn_key = $1");
        let row: Option<UserRow> =
            sqlx::query_as(&sql).bind(upn.lookup_key()).fetch_optional(&self.db.pool).await?;
        match row {
            Some(row) => Ok(Some(self.complete(row).await?)),
            None => Ok(None),
        }
    }

    /// The user with this name and their security info, for a step that
    /// must not take longer for a real name than for a made-up one: the
    /// same statements run whether the name matches anyone or not.
    pub async fn user_and_security_info(
        &self,
        upn: &UserName,
    ) -> Result<Option<(DirectoryUser, SecurityInfo)>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE upn_key = $1");
        let row: Option<UserRow> =
            sqlx::query_as(&sql).bind(upn.lookup_key()).fetch_optional(&self.db.pool).await?;
        self.with_security_info(row).await
    }

    /// The same by row id; [`NO_USER`] does the same work and finds nobody.
    pub async fn user_and_security_info_by_id(
        &self,
        id: UserId,
    ) -> Result<Option<(DirectoryUser, SecurityInfo)>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> =
            sqlx::query_as(&sql).bind(id.0).fetch_optional(&self.db.pool).await?;
        self.with_security_info(row).await
    }

    async fn with_security_info(
        &self,
        row: Option<UserRow>,
    ) -> Result<Option<(DirectoryUser, SecurityInfo)>, StoreError> {
        // Without a row the same tables are read for nobody.
        let id = row.as_ref().map_or(NO_USER, |r| UserId(r.id));
        let roles = roles_of(&self.db.pool, id).await?;
        let groups = groups_of(&self.db.pool, id).await?;
        let info = self.security_info(id).await?;
        let Some(row) = row else { return Ok(None) };
        let mut profile = row.into_profile()?;
        profile.roles = roles;
        profile.groups = groups;
        Ok(Some((DirectoryUser { id, profile }, info)))
    }

    /// The user with this row id.
    pub async fn user_by_id(&self, id: UserId) -> Result<Option<DirectoryUser>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> =
            sqlx::query_as(&sql).bind(id.0).fetch_optional(&self.db.pool).await?;
        match row {
            Some(row) => Ok(Some(self.complete(row).await?)),
            None => Ok(None),
        }
    }

    /// Every user holding an administrator role (every role is one), but
    /// `except`.
    pub async fn administrators(&self, except: UserId) -> Result<Vec<DirectoryUser>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id <> $1 AND id IN \
             (SELECT user_id FROM user_roles)"
        );
        let rows: Vec<UserRow> =
            sqlx::query_as(&sql).bind(except.0).fetch_all(&self.db.pool).await?;
        let mut users = Vec::with_capacity(rows.len());
        for row in rows {
            users.push(self.complete(row).await?);
        }
        Ok(users)
    }

    /// Up to `limit` users in user-principal-name order, after `after`
    /// (a lookup key) when given: a page of the directory.
    pub async fn list_users(
        &self,
        after: Option<&UserName>,
        limit: u32,
    ) -> Result<Vec<DirectoryUser>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM users WHERE upn_key > $1 ORDER BY upn_key LIMIT $2"
        );
        let rows: Vec<UserRow> = sqlx::query_as(&sql)
            .bind(after.map(UserName::lookup_key).unwrap_or_default())
            .bind(i64::from(limit))
            .fetch_all(&self.db.pool)
            .await?;
        let mut users = Vec::with_capacity(rows.len());
        for row in rows {
            users.push(self.complete(row).await?);
        }
        Ok(users)
    }

    pub async fn count_users(&self) -> Result<u64, StoreError> {
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(&self.db.pool).await?;
        Ok(u64::try_from(count).unwrap_or_default())
    }

    /// What signing in checks, by lookup key.
    pub async fn credentials(&self, upn: &UserName) -> Result<Option<Credentials>, StoreError> {
        let row: Option<(i64, Option<String>, i64, i64)> = sqlx::query_as(
            "SELECT id, password_hash, CAST(enabled AS INTEGER), CAST(locked AS INTEGER) \
             FROM users WHERE upn_key = $1",
        )
        .bind(upn.lookup_key())
        .fetch_optional(&self.db.pool)
        .await?;
        Ok(row.map(|(id, password_hash, enabled, locked)| Credentials {
            id: UserId(id),
            password_hash,
            enabled: enabled != 0,
            locked: locked != 0,
        }))
    }

    /// Sets the password hash of an existing user.
    pub async fn set_password_hash(&self, user: UserId, hash: &str) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user.0)
            .execute(&self.db.pool)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::UnknownUser);
        }
        Ok(())
    }

    /// Records the language notices to `user` are written in. Unchanged
    /// rows are not written, so signing in daily costs no write.
    pub async fn set_preferred_language(
        &self,
        user: UserId,
        lang: Option<Lang>,
    ) -> Result<(), StoreError> {
        let tag = lang.map(Lang::tag);
        sqlx::query(
            "UPDATE users SET preferred_language = $1 WHERE id = $2 \
             AND (preferred_language IS NULL OR $1 IS NULL OR preferred_language <> $1)",
        )
        .bind(tag)
        .bind(user.0)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    async fn complete(&self, row: UserRow) -> Result<DirectoryUser, StoreError> {
        let id = UserId(row.id);
        let mut profile = row.into_profile()?;
        profile.roles = roles_of(&self.db.pool, id).await?;
        profile.groups = groups_of(&self.db.pool, id).await?;
        Ok(DirectoryUser { id, profile })
    }
}

/// A reset's write: the new password hash when given, and the account
/// unlocked, in one statement.
pub(super) async fn write_password<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    user: UserId,
    hash: Option<&str>,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = COALESCE($1, password_hash), locked = $2 WHERE id = $3",
    )
    .bind(hash.map(str::to_owned))
    .bind(false)
    .bind(user.0)
    .execute(executor)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::UnknownUser);
    }
    Ok(())
}

pub(super) async fn roles_of<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    user: UserId,
) -> Result<std::collections::BTreeSet<Role>, StoreError> {
    let names: Vec<(String,)> = sqlx::query_as("SELECT role FROM user_roles WHERE user_id = $1")
        .bind(user.0)
        .fetch_all(executor)
        .await?;
    names.into_iter().map(|(name,)| Role::parse(&name).ok_or(StoreError::Corrupt("role"))).collect()
}

async fn groups_of<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    user: UserId,
) -> Result<std::collections::BTreeSet<DirectoryName>, StoreError> {
    let names: Vec<(String,)> = sqlx::query_as(
        "SELECT g.name FROM group_members m JOIN directory_groups g ON g.id = m.group_id \
         WHERE m.user_id = $1",
    )
    .bind(user.0)
    .fetch_all(executor)
    .await?;
    names
        .into_iter()
        .map(|(name,)| DirectoryName::parse(&name).map_err(|_| StoreError::Corrupt("group")))
        .collect()
}
