//! The database: choosing the backend from the URL, connecting, migrating.
//!
//! Queries go through sqlx's `Any` driver, so one body of SQL serves both
//! backends: parameters are written `$1, $2, …` (which SQLite also reads),
//! times are Unix seconds and booleans are declared `BOOLEAN`. What does
//! differ between the two lives in [`Backend`].

use sqlx::{any::AnyPoolOptions, sqlite::SqliteConnectOptions, AnyPool, Executor};
use std::{str::FromStr, time::Duration};

/// How long a SQLite writer waits for the lock before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);
const SQLITE_MAX_CONNECTIONS: u32 = 8;
/// Reads go through a memory map of up to this much of the file (address
/// space, not memory), so a large directory is read without a system call
/// per page.
const SQLITE_MMAP_BYTES: u64 = 1 << 30;
const POSTGRES_MAX_CONNECTIONS: u32 = 16;

/// The database products sspr runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Embedded, the default: one file next to the server.
    Sqlite,
    /// For several `sspr` instances sharing one directory.
    Postgres,
}

impl Backend {
    /// The backend a `sqlite:` or `postgres:`/`postgresql:` URL names.
    pub fn of_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Self::Sqlite),
            "postgres" | "postgresql" => Some(Self::Postgres),
            _ => None,
        }
    }

    /// Starts a write transaction. SQLite takes the write lock up front so
    /// that two writers never deadlock upgrading read locks.
    pub fn begin_write(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN",
        }
    }

    /// Appended to a SELECT inside a write transaction to lock the rows
    /// read. SQLite's write transaction already excludes other writers.
    pub fn lock_rows(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE",
        }
    }

    /// A statement taking a transaction-long lock on a text key ($1), so
    /// that read-count-insert sequences on that key run one at a time.
    /// SQLite's write transaction already does.
    pub fn lock_key(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => Some("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"),
        }
    }

    /// Run after a bulk load so that the planner knows the new sizes.
    pub fn after_bulk_load(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => Some("ANALYZE users, user_roles, group_members, directory_groups"),
        }
    }

    /// Bind parameters per statement for bulk writes. sqlx binds SQLite
    /// parameters by looking each one's name up, a linear scan, so the cost
    /// grows with the square of the count: a few hundred is the sweet spot.
    /// PostgreSQL pays per round trip instead, so takes thousands.
    pub fn bulk_parameters(self) -> usize {
        match self {
            Self::Sqlite => 300,
            Self::Postgres => 7_000,
        }
    }
}

/// A connection pool and the backend behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl Db {
    /// Starts a write transaction in the backend's way.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        self.pool.begin_with(self.backend.begin_write()).await
    }
}

/// Connects to `url`. A SQLite file and its directory are created when
/// missing, in WAL mode so that readers never block the writer.
pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url)
        .ok_or_else(|| sqlx::Error::Configuration("not a sqlite: or postgres: URL".into()))?;
    let pool = match backend {
        Backend::Sqlite => {
            create_sqlite_dir(url)?;
            AnyPoolOptions::new()
                .max_connections(SQLITE_MAX_CONNECTIONS)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        let pragmas = format!(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {}; \
                             PRAGMA mmap_size = {SQLITE_MMAP_BYTES};",
                            SQLITE_BUSY_TIMEOUT.as_millis()
                        );
                        conn.execute(pragmas.as_str()).await.map(|_| ())
                    })
                })
                .connect(url)
                .await?
        }
        Backend::Postgres => {
            AnyPoolOptions::new().max_connections(POSTGRES_MAX_CONNECTIONS).connect(url).await?
        }
    };
    Ok(Db { pool, backend })
}

fn create_sqlite_dir(url: &str) -> Result<(), sqlx::Error> {
    // sqlx's own reading of the URL says where the file is.
    let options = SqliteConnectOptions::from_str(url)?;
    if let Some(dir) = options.get_filename().parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
        }
    }
    Ok(())
}

/// Applies the migrations this build carries for the backend.
pub async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    match db.backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&db.pool).await,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&db.pool).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_backend() {
        assert_eq!(Backend::of_url("sqlite://data/x.db?mode=rwc"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("postgresql://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://u@h/db"), None);
        assert_eq!(Backend::of_url("data/x.db"), None);
    }

    #[tokio::test]
    async fn sqlite_runs_in_wal_mode_with_a_busy_timeout_and_migrations() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("nested/dir/t.db").display());
        let db = connect(&url).await.unwrap();
        let (mode,): (String,) =
            sqlx::query_as("PRAGMA journal_mode").fetch_one(&db.pool).await.unwrap();
        assert_eq!(mode, "wal");
        let (timeout,): (i64,) =
            sqlx::query_as("PRAGMA busy_timeout").fetch_one(&db.pool).await.unwrap();
        assert_eq!(timeout, SQLITE_BUSY_TIMEOUT.as_millis() as i64);
        let (fk,): (i64,) =
            sqlx::query_as("PRAGMA foreign_keys").fetch_one(&db.pool).await.unwrap();
        assert_eq!(fk, 1);
        migrate(&db).await.unwrap();
        // Idempotent: a second run applies nothing and fails nothing.
        migrate(&db).await.unwrap();
        let (tables,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN \
             ('users', 'sessions', 'security_info', 'security_answers', 'sspr_policy', 'audit_log')",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!(tables, 6);
    }
}
