//! `database_url`: SQLite or PostgreSQL. Secret: a PostgreSQL URL carries a
//! password.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// `sqlite://path?mode=rwc` or `postgres://…`.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "SecretString")]
pub struct DatabaseUrl(SecretString);

impl TryFrom<SecretString> for DatabaseUrl {
    type Error = &'static str;

    fn try_from(url: SecretString) -> Result<Self, Self::Error> {
        match crate::db::Backend::of_url(url.expose_secret()) {
            Some(_) => Ok(Self(url)),
            None => Err("must be a sqlite: or postgres: URL"),
        }
    }
}

impl From<DatabaseUrl> for SecretString {
    fn from(url: DatabaseUrl) -> SecretString {
        url.0
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;
    use secrecy::ExposeSecret;

    #[test]
    fn the_database_is_sqlite_or_postgres() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_DATABASE_URL", "postgres://sspr:pw@db.internal/sspr");
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert_eq!(s.database_url().expose_secret(), "postgres://sspr:pw@db.internal/sspr");
            assert!(!format!("{:?}", s.database_url).contains("pw@"), "the URL is kept secret");
            jail.set_env("SSPR_DATABASE_URL", "mysql://sspr@db.internal/sspr");
            assert!(error_in(jail).contains("database_url"));
            Ok(())
        });
    }
}
