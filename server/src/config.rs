//! Settings from `sspr.toml`, overridden by `SSPR_*` environment variables.
//! A bad value stops start-up with one line naming the key.

use figment::{
    providers::{Env, Format, Toml},
    Figment,
};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};
use url::Url;

/// Shortest session key accepted, in bytes.
pub const MIN_SESSION_KEY_BYTES: usize = 32;

/// Validated settings; build them with [`Settings::load`].
#[derive(Clone, Debug)]
pub struct Settings {
    /// Address and port the HTTP server listens on.
    pub listen_addr: SocketAddr,
    /// The address users reach the portal at. Every link and email uses it;
    /// the request's Host header is never trusted.
    pub public_base_url: Url,
    /// `sqlite://path?mode=rwc` or `postgres://…`; defaults to a SQLite
    /// file under `data_dir`. Secret: a PostgreSQL URL carries a password.
    pub database_url: Option<SecretString>,
    /// Keys session-token hashes. Generated into `data_dir` when unset.
    pub session_key: Option<SecretString>,
    /// Where the generated session key and the default database live.
    pub data_dir: PathBuf,
    /// The built site (stylesheet, script, wasm) produced by cargo-leptos.
    pub site_root: PathBuf,
    /// Log filter, e.g. `info` or `sspr=debug,info`.
    pub log: String,
}

/// The settings as written, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    #[serde(default = "defaults::listen_addr")]
    listen_addr: SocketAddr,
    #[serde(default = "defaults::public_base_url")]
    public_base_url: String,
    #[serde(default)]
    database_url: Option<SecretString>,
    #[serde(default)]
    session_key: Option<SecretString>,
    #[serde(default = "defaults::data_dir")]
    data_dir: PathBuf,
    #[serde(default = "defaults::site_root")]
    site_root: PathBuf,
    #[serde(default = "defaults::log")]
    log: String,
}

mod defaults {
    use super::*;

    pub fn listen_addr() -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], 3000))
    }
    pub fn public_base_url() -> String {
        "http://127.0.0.1:3000/".to_owned()
    }
    pub fn data_dir() -> PathBuf {
        PathBuf::from("data")
    }
    pub fn site_root() -> PathBuf {
        PathBuf::from("target/site")
    }
    pub fn log() -> String {
        "info".to_owned()
    }
}

/// A configuration value that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration value for `{key}`{source_note}: {reason}")]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
    source_note: String,
}

impl ConfigError {
    fn new(key: &str, reason: impl Into<String>) -> Self {
        Self { key: key.to_owned(), reason: reason.into(), source_note: String::new() }
    }
}

impl Settings {
    /// Reads `file` (optional unless `required`), then the environment.
    pub fn load(file: &std::path::Path, required: bool) -> Result<Self, ConfigError> {
        if required && !file.exists() {
            return Err(ConfigError::new("config", format!("file {} not found", file.display())));
        }
        let raw: RawSettings = Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("SSPR_").ignore(&["config"]))
            .extract()
            .map_err(describe)?;
        Self::parse(raw)
    }

    fn parse(raw: RawSettings) -> Result<Self, ConfigError> {
        let url = Url::parse(&raw.public_base_url)
            .map_err(|e| ConfigError::new("public_base_url", e.to_string()))?;
        check_public_base_url(&url)?;
        if let Some(db) = &raw.database_url {
            if crate::db::Backend::of_url(db.expose_secret()).is_none() {
                return Err(ConfigError::new("database_url", "must be a sqlite: or postgres: URL"));
            }
        }
        if let Some(key) = &raw.session_key {
            if key.expose_secret().len() < MIN_SESSION_KEY_BYTES {
                return Err(ConfigError::new(
                    "session_key",
                    format!("must be at least {MIN_SESSION_KEY_BYTES} bytes long"),
                ));
            }
        }
        Ok(Self {
            listen_addr: raw.listen_addr,
            public_base_url: url,
            database_url: raw.database_url,
            session_key: raw.session_key,
            data_dir: raw.data_dir,
            site_root: raw.site_root,
            log: raw.log,
        })
    }
    /// The database URL, defaulting to a SQLite file in `data_dir`.
    pub fn database_url(&self) -> SecretString {
        self.database_url.clone().unwrap_or_else(|| {
            format!("sqlite://{}?mode=rwc", self.data_dir.join("sspr.db").display()).into()
        })
    }

    /// Cookies are `Secure` unless the portal is plain HTTP on loopback.
    pub fn cookies_secure(&self) -> bool {
        self.public_base_url.scheme() == "https"
    }

    /// `scheme://host[:port]`, as browsers send it in `Origin`.
    pub fn public_origin(&self) -> String {
        self.public_base_url.origin().ascii_serialization()
    }
}

fn check_public_base_url(url: &Url) -> Result<(), ConfigError> {
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(url) => {}
        "http" => {
            return Err(ConfigError::new(
                "public_base_url",
                "must use https unless it is a loopback address",
            ))
        }
        _ => return Err(ConfigError::new("public_base_url", "must be an http(s) URL")),
    }
    if url.host().is_none() || url.path() != "/" || url.query().is_some() {
        return Err(ConfigError::new(
            "public_base_url",
            "must be an origin such as https://sspr.example.com/, without path or query",
        ));
    }
    Ok(())
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// One line: the key, where its value came from, and what is wrong.
fn describe(error: figment::Error) -> ConfigError {
    let key = if error.path.is_empty() { "config".to_owned() } else { error.path.join(".") };
    let source_note = match &error.metadata {
        Some(m) if m.name.contains("environment") => {
            format!(" (from environment variable SSPR_{})", key.to_uppercase().replace('.', "_"))
        }
        Some(m) => match &m.source {
            Some(source) => format!(" (from {source})"),
            None => format!(" (from {})", m.name),
        },
        None => String::new(),
    };
    ConfigError { key, reason: error.kind.to_string(), source_note }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use figment::Jail;

    fn load_in(jail: &Jail) -> Result<Settings, ConfigError> {
        Settings::load(&jail.directory().join("sspr.toml"), false)
    }

    /// The one-line message loading fails with, or "" when it succeeds.
    fn error_in(jail: &Jail) -> String {
        load_in(jail).map(|_| ()).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn defaults_without_file_or_environment() {
        Jail::expect_with(|jail| {
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert_eq!(s.listen_addr.to_string(), "127.0.0.1:3000");
            assert_eq!(s.public_origin(), "http://127.0.0.1:3000");
            assert!(s.database_url().expose_secret().starts_with("sqlite://data/sspr.db"));
            assert!(!s.cookies_secure());
            Ok(())
        });
    }

    #[test]
    fn environment_overrides_file() {
        Jail::expect_with(|jail| {
            jail.create_file("sspr.toml", "listen_addr = \"127.0.0.1:4000\"\nlog = \"debug\"")?;
            jail.set_env("SSPR_LISTEN_ADDR", "127.0.0.1:5000");
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert_eq!(s.listen_addr.to_string(), "127.0.0.1:5000");
            assert_eq!(s.log, "debug");
            Ok(())
        });
    }

    #[test]
    fn bad_value_names_the_key_in_one_line() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_LISTEN_ADDR", "not-an-address");
            let message = error_in(jail);
            assert!(message.contains("`listen_addr`"), "{message}");
            assert!(message.contains("SSPR_LISTEN_ADDR"), "{message}");
            assert!(!message.contains('\n'), "{message}");
            Ok(())
        });
    }

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

    #[test]
    fn unknown_keys_are_rejected() {
        Jail::expect_with(|jail| {
            jail.create_file("sspr.toml", "listen_adr = \"127.0.0.1:4000\"")?;
            let message = error_in(jail);
            assert!(message.contains("listen_adr"), "{message}");
            Ok(())
        });
    }

    #[test]
    fn plain_http_only_on_loopback() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_PUBLIC_BASE_URL", "http://sspr.example.com/");
            let message = error_in(jail);
            assert!(message.contains("`public_base_url`"), "{message}");
            jail.set_env("SSPR_PUBLIC_BASE_URL", "https://sspr.example.com/");
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert!(s.cookies_secure());
            assert_eq!(s.public_origin(), "https://sspr.example.com");
            Ok(())
        });
    }

    #[test]
    fn short_session_key_is_rejected() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SESSION_KEY", "short");
            let message = error_in(jail);
            assert!(message.contains("`session_key`"), "{message}");
            assert!(!message.contains("short"), "the secret must not be echoed: {message}");
            Ok(())
        });
    }

    #[test]
    fn missing_required_file_is_an_error() {
        let e = Settings::load(std::path::Path::new("/nonexistent/sspr.toml"), true);
        assert!(e.is_err());
    }
}
