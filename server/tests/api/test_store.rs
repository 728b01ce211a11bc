//! A fresh, migrated store per test, on SQLite or PostgreSQL.

use sspr::{db, store::SqlStore};
use tempfile::TempDir;

pub struct TestStore {
    pub store: SqlStore,
    _dir: Option<TempDir>,
}

impl TestStore {
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("store.db").display());
        let db = db::connect(&url).await.unwrap();
        db::migrate(&db).await.unwrap();
        Self { store: SqlStore::new(db), _dir: Some(dir) }
    }

    /// A new database on the server `POSTGRES_TEST_URL` names. The
    /// test command always provides one; a plain `cargo test` without it
    /// skips the PostgreSQL half, except under CI where that is an error.
    pub async fn postgres() -> Option<Self> {
        let url = fresh_postgres_database().await?;
        let db = db::connect(&url).await.unwrap();
        db::migrate(&db).await.unwrap();
        Some(Self { store: SqlStore::new(db), _dir: None })
    }
}

/// The URL of a new, empty database on the server `POSTGRES_TEST_URL`
/// names; `None` without one, which under CI is an error.
pub async fn fresh_postgres_database() -> Option<String> {
    let Ok(admin_url) = std::env::var("POSTGRES_TEST_URL") else {
        assert!(std::env::var_os("CI").is_none(), "CI must set POSTGRES_TEST_URL");
        say_skipped();
        return None;
    };
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    let name = format!("sspr_test_{}", hex::encode(bytes));
    let admin = db::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin.pool).await.unwrap();
    admin.pool.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    Some(format!("{base}/{name}"))
}

/// Says, past the test harness's capture, that this test ran without
/// PostgreSQL: the harness has no "skipped" result, and a line it captures
/// is shown only when the test fails.
fn say_skipped() {
    use std::io::Write;
    let thread = std::thread::current();
    // The harness names each test's thread after the test.
    let test = thread.name().unwrap_or("a test");
    let _ = writeln!(std::io::stderr(), "skipped: POSTGRES_TEST_URL not set ({test})");
}

/// Runs each named `async fn(&SqlStore)` as two tests: on SQLite and on
/// PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($case:ident),* $(,)?) => {
        $(
            mod $case {
                #[tokio::test]
                async fn sqlite() {
                    let test = $crate::test_store::TestStore::sqlite().await;
                    super::$case(&test.store).await;
                }

                #[tokio::test]
                async fn postgres() {
                    if let Some(test) = $crate::test_store::TestStore::postgres().await {
                        super::$case(&test.store).await;
                    }
                }
            }
        )*
    };
}
