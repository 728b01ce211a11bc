//! Settings from `sspr.toml`, overridden by `SSPR_*` environment variables.
//! Each setting is declared once, with a type that refuses a bad value as
//! it is read; start-up then stops with one line naming the key.

mod database;
mod error;
mod gateway;
mod languages;
mod load;
mod loopback;
mod policy;
mod proxies;
mod public_url;
mod session_key;
mod smtp;
#[cfg(test)]
mod tests;

pub use database::DatabaseUrl;
pub use error::ConfigError;
pub use gateway::{
    GatewaySecret, GatewaySettings, GatewayUrl, MessageTemplate, CODE_PLACEHOLDER,
    MIN_GATEWAY_SECRET_BYTES,
};
pub use languages::Languages;
pub use policy::{CaptchaDifficulty, PasswordMinLength};
pub use proxies::TrustedProxies;
pub use public_url::PublicBaseUrl;
pub use session_key::{SessionKey, MIN_SESSION_KEY_BYTES};
pub use smtp::{
    SenderAddress, SmtpHost, SmtpPassword, SmtpPort, SmtpSecurity, SmtpSettings, SmtpUsername,
};

use secrecy::SecretString;
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};

/// Validated settings; read them with [`Settings::load`].
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address and port the HTTP server listens on.
    #[serde(default = "default_listen_addr")]
    pub listen_addr: SocketAddr,
    /// The address users reach the portal at. Every link and email uses it;
    /// the request's Host header is never trusted. Its default is layered
    /// in by [`Settings::load`].
    pub public_base_url: PublicBaseUrl,
    /// Defaults to a SQLite file under `data_dir` ([`Settings::database_url`]).
    pub database_url: Option<DatabaseUrl>,
    /// Keys session-token hashes. Generated into `data_dir` when unset.
    pub session_key: Option<SessionKey>,
    /// Where the generated session key and the default database live.
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// The built site (stylesheet, script, wasm) produced by cargo-leptos.
    #[serde(default = "default_site_root")]
    pub site_root: PathBuf,
    /// Log filter, e.g. `info` or `sspr=debug,info`.
    #[serde(default = "default_log")]
    pub log: String,
    /// Demonstration mode: messages without a transport are kept in the
    /// outbox (codes in clear) and shown at `/dev/outbox`.
    #[serde(default)]
    pub demo: bool,
    #[serde(default)]
    pub password_min_length: PasswordMinLength,
    #[serde(default)]
    pub captcha_difficulty: CaptchaDifficulty,
    #[serde(default)]
    pub trusted_proxies: TrustedProxies,
    /// The interface languages offered, by tag; all of them when unset.
    #[serde(default)]
    pub languages: Languages,
    /// Email delivery; without it email is not sent (outside demo mode).
    pub smtp: Option<SmtpSettings>,
    /// The HTTP gateway that sends text messages.
    pub sms: Option<GatewaySettings>,
    /// The HTTP gateway that places voice calls.
    pub voice: Option<GatewaySettings>,
}

fn default_listen_addr() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 3000))
}

fn default_data_dir() -> PathBuf {
    PathBuf::from("data")
}

fn default_site_root() -> PathBuf {
    PathBuf::from("target/site")
}

fn default_log() -> String {
    "info".to_owned()
}

impl Settings {
    /// The database URL, defaulting to a SQLite file in `data_dir`.
    pub fn database_url(&self) -> SecretString {
        match &self.database_url {
            Some(url) => url.clone().into(),
            None => format!("sqlite://{}?mode=rwc", self.data_dir.join("sspr.db").display()).into(),
        }
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
