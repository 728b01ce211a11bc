//! Settings from `sspr.toml`, overridden by `SSPR_*` environment variables.
//! A bad value stops start-up with one line naming the key.

use app::domain::password_policy::{PASSWORD_MIN_DEFAULT, PASSWORD_MIN_LIMIT};
use figment::{
    providers::{Env, Format, Toml},
    Figment,
};
use ipnet::IpNet;
use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};
use url::Url;

/// Shortest session key accepted, in bytes.
pub const MIN_SESSION_KEY_BYTES: usize = 32;
/// Shortest gateway secret accepted, in bytes.
pub const MIN_GATEWAY_SECRET_BYTES: usize = 16;
/// What a gateway template must contain: where the code goes.
pub const CODE_PLACEHOLDER: &str = "{code}";

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
    /// Demonstration mode: messages without a transport are kept in the
    /// outbox (codes in clear) and shown at `/dev/outbox`.
    pub demo: bool,
    /// The shortest new password accepted (8 to 64 characters).
    pub password_min_length: u16,
    /// Leading zero bits of the reset CAPTCHA's proof of work (0 to 24).
    pub captcha_difficulty: u8,
    /// Reverse proxies whose `X-Forwarded-For` names the client (address
    /// ranges such as `10.0.0.0/8`). Empty: the connection's peer is the
    /// client and the header is ignored.
    pub trusted_proxies: Vec<IpNet>,
    /// Email delivery; without it email is not sent (outside demo mode).
    pub smtp: Option<SmtpSettings>,
    /// The HTTP gateway that sends text messages.
    pub sms: Option<GatewaySettings>,
    /// The HTTP gateway that places voice calls.
    pub voice: Option<GatewaySettings>,
}

/// How the connection to the SMTP server is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain connection upgraded with STARTTLS, which must succeed.
    Starttls,
    /// TLS from the first byte ("SMTPS").
    Tls,
    /// No encryption: accepted only for a server on loopback.
    None,
}

/// The SMTP server email goes through.
#[derive(Clone, Debug)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub credentials: Option<SmtpCredentials>,
    /// The `From` of every email.
    pub from: Mailbox,
}

#[derive(Clone, Debug)]
pub struct SmtpCredentials {
    pub username: String,
    pub password: SecretString,
}

/// An HTTP gateway for SMS or voice (the JSON contract is in the README).
#[derive(Clone, Debug)]
pub struct GatewaySettings {
    pub url: Url,
    /// Sent in `X-Sspr-Gateway-Secret` so the gateway knows the caller.
    pub secret: SecretString,
    /// The text sent, with `{code}` where the code goes; the message's
    /// own text when unset.
    pub template: Option<String>,
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
    #[serde(default)]
    demo: bool,
    #[serde(default = "defaults::password_min_length")]
    password_min_length: u16,
    #[serde(default = "defaults::captcha_difficulty")]
    captcha_difficulty: u8,
    #[serde(default)]
    trusted_proxies: Vec<String>,
    #[serde(default)]
    smtp: Option<RawSmtp>,
    #[serde(default)]
    sms: Option<RawGateway>,
    #[serde(default)]
    voice: Option<RawGateway>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmtp {
    host: String,
    #[serde(default)]
    port: Option<u16>,
    #[serde(default = "defaults::smtp_security")]
    security: SmtpSecurity,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    password: Option<SecretString>,
    from: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGateway {
    url: String,
    secret: SecretString,
    #[serde(default)]
    template: Option<String>,
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
    pub fn password_min_length() -> u16 {
        app::domain::password_policy::PASSWORD_MIN_DEFAULT
    }
    pub fn captcha_difficulty() -> u8 {
        app::domain::proof_of_work::DIFFICULTY
    }
    pub fn smtp_security() -> SmtpSecurity {
        SmtpSecurity::Starttls
    }
    /// The submission port, or the SMTPS port for TLS from the start.
    pub fn smtp_port(security: SmtpSecurity) -> u16 {
        match security {
            SmtpSecurity::Tls => 465,
            SmtpSecurity::Starttls | SmtpSecurity::None => 587,
        }
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
            // `SSPR_SMTP__HOST` sets `smtp.host`; single underscores stay
            // part of the name (`SSPR_LISTEN_ADDR`).
            .merge(Env::prefixed("SSPR_").ignore(&["config"]).split(ENV_NESTING))
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
        let limits = PASSWORD_MIN_DEFAULT..=PASSWORD_MIN_LIMIT;
        if !limits.contains(&raw.password_min_length) {
            return Err(ConfigError::new(
                "password_min_length",
                format!("must be from {PASSWORD_MIN_DEFAULT} to {PASSWORD_MIN_LIMIT}"),
            ));
        }
        if raw.captcha_difficulty > 24 {
            return Err(ConfigError::new("captcha_difficulty", "must be from 0 to 24"));
        }
        Ok(Self {
            listen_addr: raw.listen_addr,
            public_base_url: url,
            database_url: raw.database_url,
            session_key: raw.session_key,
            data_dir: raw.data_dir,
            site_root: raw.site_root,
            log: raw.log,
            demo: raw.demo,
            password_min_length: raw.password_min_length,
            captcha_difficulty: raw.captcha_difficulty,
            trusted_proxies: parse_trusted_proxies(&raw.trusted_proxies)?,
            smtp: raw.smtp.map(parse_smtp).transpose()?,
            sms: raw.sms.map(|g| parse_gateway("sms", g)).transpose()?,
            voice: raw.voice.map(|g| parse_gateway("voice", g)).transpose()?,
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

/// Address ranges (`10.0.0.0/8`) or single addresses (`192.0.2.10`).
fn parse_trusted_proxies(raw: &[String]) -> Result<Vec<IpNet>, ConfigError> {
    raw.iter()
        .map(|entry| {
            let entry = entry.trim();
            entry
                .parse::<IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(IpNet::from))
                .map(|net| net.trunc())
                .map_err(|_| {
                    ConfigError::new(
                        "trusted_proxies",
                        format!("\"{entry}\" is not an address or a range such as 10.0.0.0/8"),
                    )
                })
        })
        .collect()
}

fn parse_smtp(raw: RawSmtp) -> Result<SmtpSettings, ConfigError> {
    let host = raw.host.trim().to_owned();
    if !is_host(&host) {
        return Err(ConfigError::new("smtp.host", "must be a host name or IP address, no port"));
    }
    if raw.security == SmtpSecurity::None && !is_loopback_host(&host) {
        return Err(ConfigError::new(
            "smtp.security",
            "\"none\" (no encryption) is allowed only for a loopback host such as 127.0.0.1; \
             use \"starttls\" or \"tls\"",
        ));
    }
    let port = raw.port.unwrap_or_else(|| defaults::smtp_port(raw.security));
    if port == 0 {
        return Err(ConfigError::new("smtp.port", "must be a port number from 1 to 65535"));
    }
    let credentials = match (raw.username, raw.password) {
        (None, None) => None,
        (Some(username), _) if username.is_empty() => {
            return Err(ConfigError::new("smtp.username", "must not be empty"));
        }
        (Some(_), Some(password)) if password.expose_secret().is_empty() => {
            return Err(ConfigError::new("smtp.password", "must not be empty"));
        }
        (Some(username), Some(password)) => Some(SmtpCredentials { username, password }),
        (Some(_), None) => {
            return Err(ConfigError::new("smtp.password", "must be set when smtp.username is"));
        }
        (None, Some(_)) => {
            return Err(ConfigError::new("smtp.username", "must be set when smtp.password is"));
        }
    };
    let from = raw.from.parse::<Mailbox>().map_err(|_| {
        ConfigError::new(
            "smtp.from",
            "must be an email address such as \"Password portal <sspr@example.com>\"",
        )
    })?;
    Ok(SmtpSettings { host, port, security: raw.security, credentials, from })
}

fn parse_gateway(section: &str, raw: RawGateway) -> Result<GatewaySettings, ConfigError> {
    let key = |name: &str| format!("{section}.{name}");
    let url = Url::parse(&raw.url)
        .map_err(|_| ConfigError::new(&key("url"), "must be an http(s) URL"))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(ConfigError::new(
                &key("url"),
                "must use https unless it is a loopback address",
            ))
        }
        _ => return Err(ConfigError::new(&key("url"), "must be an http(s) URL")),
    }
    if url.host().is_none() {
        return Err(ConfigError::new(&key("url"), "must name a host"));
    }
    let secret = raw.secret.expose_secret();
    if secret.len() < MIN_GATEWAY_SECRET_BYTES {
        return Err(ConfigError::new(
            &key("secret"),
            format!("must be at least {MIN_GATEWAY_SECRET_BYTES} bytes long"),
        ));
    }
    // It travels in an HTTP header.
    if !secret.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ConfigError::new(
            &key("secret"),
            "must be printable ASCII without spaces (letters, digits, punctuation)",
        ));
    }
    if let Some(template) = &raw.template {
        if !template.contains(CODE_PLACEHOLDER) {
            return Err(ConfigError::new(
                &key("template"),
                format!("must contain {CODE_PLACEHOLDER}, where the code goes"),
            ));
        }
    }
    Ok(GatewaySettings { url, secret: raw.secret, template: raw.template })
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

/// A bare host name or IP address (no scheme, port or path).
fn is_host(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
        || !host.is_empty()
            && !host.contains(|c: char| c.is_whitespace() || c == '/')
            && url::Host::parse(host).is_ok()
}

/// `localhost`, `127.0.0.1`, `::1` or `[::1]`.
fn is_loopback_host(host: &str) -> bool {
    let bare = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

/// Separates nesting levels in environment variable names.
const ENV_NESTING: &str = "__";

/// One line: the key, where its value came from, and what is wrong.
fn describe(error: figment::Error) -> ConfigError {
    let key = if error.path.is_empty() { "config".to_owned() } else { error.path.join(".") };
    let source_note = match &error.metadata {
        Some(m) if m.name.contains("environment") => format!(
            " (from environment variable SSPR_{})",
            key.to_uppercase().replace('.', ENV_NESTING)
        ),
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

    /// The documented example, with every commented-out `key = value`
    /// and `[table]` line turned on, is a valid configuration.
    #[test]
    fn the_example_file_loads_with_every_key_turned_on() {
        let example = include_str!("../sspr.toml.example");
        let enabled: String = example
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.starts_with('[') || rest.contains(" = ") => rest,
                _ => line,
            })
            .filter(|line| !line.trim_start().starts_with("database_url = \"postgres"))
            .map(|line| format!("{line}\n"))
            .collect();
        Jail::expect_with(|jail| {
            jail.create_file("sspr.toml", &enabled)?;
            let s = load_in(jail).map_err(|e| e.to_string())?;
            let smtp = s.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.host.as_str(), smtp.port), ("smtp.example.com", 587));
            assert!(smtp.credentials.is_some());
            assert!(s.sms.ok_or("sms missing")?.template.is_some());
            assert!(s.voice.is_some() && s.session_key.is_some() && !s.demo);
            assert_eq!(s.trusted_proxies.len(), 2);
            Ok(())
        });
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        Jail::expect_with(|jail| {
            assert!(load_in(jail).map_err(|e| e.to_string())?.trusted_proxies.is_empty());
            jail.set_env("SSPR_TRUSTED_PROXIES", r#"["10.1.2.3/8", "2001:db8::7"]"#);
            let nets = load_in(jail).map_err(|e| e.to_string())?.trusted_proxies;
            let shown: Vec<String> = nets.iter().map(ToString::to_string).collect();
            assert_eq!(shown, ["10.0.0.0/8", "2001:db8::7/128"]);
            jail.set_env("SSPR_TRUSTED_PROXIES", r#"["proxy.example"]"#);
            let error = error_in(jail);
            assert!(error.contains("`trusted_proxies`") && error.contains("proxy.example"));
            Ok(())
        });
    }

    #[test]
    fn the_password_minimum_is_bounded() {
        Jail::expect_with(|jail| {
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.password_min_length, 8);
            jail.set_env("SSPR_PASSWORD_MIN_LENGTH", "12");
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.password_min_length, 12);
            jail.set_env("SSPR_PASSWORD_MIN_LENGTH", "6");
            assert!(error_in(jail).contains("`password_min_length`"));
            Ok(())
        });
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
    fn nested_keys_come_from_double_underscores_and_single_ones_stay_in_the_name() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_LISTEN_ADDR", "127.0.0.1:5000");
            jail.set_env("SSPR_DEMO", "true");
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "Portale <sspr@example.com>");
            jail.set_env("SSPR_SMTP__USERNAME", "sspr");
            jail.set_env("SSPR_SMTP__PASSWORD", "smtp-password-value");
            jail.set_env("SSPR_SMS__URL", "https://gateway.example.com/sms");
            jail.set_env("SSPR_SMS__SECRET", "gateway-secret-value");
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert_eq!(s.listen_addr.to_string(), "127.0.0.1:5000");
            assert!(s.demo);
            let smtp = s.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.host.as_str(), smtp.port), ("smtp.example.com", 587));
            assert_eq!(smtp.security, SmtpSecurity::Starttls);
            assert_eq!(smtp.from.email.to_string(), "sspr@example.com");
            let credentials = smtp.credentials.ok_or("credentials missing")?;
            assert_eq!(credentials.password.expose_secret(), "smtp-password-value");
            let sms = s.sms.ok_or("sms missing")?;
            assert_eq!(sms.url.as_str(), "https://gateway.example.com/sms");
            assert_eq!(sms.secret.expose_secret(), "gateway-secret-value");
            assert!(sms.template.is_none() && s.voice.is_none());
            Ok(())
        });
    }

    #[test]
    fn a_bad_nested_value_names_its_variable() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "sspr@example.com");
            jail.set_env("SSPR_SMTP__PORT", "not-a-port");
            let message = error_in(jail);
            assert!(message.contains("`smtp.port`"), "{message}");
            assert!(message.contains("SSPR_SMTP__PORT"), "{message}");
            Ok(())
        });
    }

    #[test]
    fn delivery_is_off_and_demo_is_off_by_default() {
        Jail::expect_with(|jail| {
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert!(!s.demo && s.smtp.is_none() && s.sms.is_none() && s.voice.is_none());
            Ok(())
        });
    }

    #[test]
    fn smtp_from_the_file_with_its_defaults() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "sspr.toml",
                "[smtp]\nhost = \"smtp.example.com\"\nsecurity = \"tls\"\nfrom = \"sspr@example.com\"",
            )?;
            let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.security, smtp.port), (SmtpSecurity::Tls, 465));
            assert!(smtp.credentials.is_none());
            jail.create_file(
                "sspr.toml",
                "[smtp]\nhost = \"smtp.example.com\"\nport = 2525\nfrom = \"sspr@example.com\"",
            )?;
            let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.security, smtp.port), (SmtpSecurity::Starttls, 2525));
            Ok(())
        });
    }

    #[test]
    fn unencrypted_smtp_only_on_loopback() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__FROM", "sspr@example.com");
            jail.set_env("SSPR_SMTP__SECURITY", "none");
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            let message = error_in(jail);
            assert!(message.contains("`smtp.security`"), "{message}");
            assert!(message.contains("loopback"), "{message}");
            for host in ["127.0.0.1", "localhost", "::1"] {
                jail.set_env("SSPR_SMTP__HOST", host);
                let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
                assert_eq!((smtp.security, smtp.port), (SmtpSecurity::None, 587), "{host}");
            }
            jail.set_env("SSPR_SMTP__SECURITY", "plain");
            assert!(error_in(jail).contains("`smtp.security`"));
            jail.set_env("SSPR_SMTP__SECURITY", "none");
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com:25");
            assert!(error_in(jail).contains("`smtp.host`"));
            Ok(())
        });
    }

    #[test]
    fn smtp_credentials_come_in_pairs_and_are_never_echoed() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "sspr@example.com");
            jail.set_env("SSPR_SMTP__PASSWORD", "hunter2-but-longer");
            let message = error_in(jail);
            assert!(message.contains("`smtp.username`"), "{message}");
            assert!(!message.contains("hunter2"), "{message}");
            jail.set_env("SSPR_SMTP__USERNAME", "sspr");
            let settings = load_in(jail).map_err(|e| e.to_string())?;
            assert!(!format!("{settings:?}").contains("hunter2"));
            jail.set_env("SSPR_SMTP__PASSWORD", "");
            assert!(error_in(jail).contains("`smtp.password`"));
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "sspr@example.com");
            jail.set_env("SSPR_SMTP__USERNAME", "sspr");
            assert!(error_in(jail).contains("`smtp.password`"));
            Ok(())
        });
    }

    #[test]
    fn the_sender_address_must_parse() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "not an address");
            let message = error_in(jail);
            assert!(message.contains("`smtp.from`"), "{message}");
            assert!(!message.contains('\n'), "{message}");
            jail.set_env("SSPR_SMTP__FROM", "Portale password <sspr@example.com>");
            let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
            assert_eq!(smtp.from.name.as_deref(), Some("Portale password"));
            Ok(())
        });
    }

    #[test]
    fn gateways_need_https_off_loopback_a_long_secret_and_a_code_in_the_template() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_VOICE__SECRET", "gateway-secret-value");
            jail.set_env("SSPR_VOICE__URL", "http://gateway.example.com/voice");
            let message = error_in(jail);
            assert!(message.contains("`voice.url`") && message.contains("https"), "{message}");
            jail.set_env("SSPR_VOICE__URL", "ftp://gateway.example.com/voice");
            assert!(error_in(jail).contains("`voice.url`"));
            jail.set_env("SSPR_VOICE__URL", "http://127.0.0.1:8080/voice");
            assert!(load_in(jail).is_ok());

            jail.set_env("SSPR_VOICE__SECRET", "too-short-12");
            let message = error_in(jail);
            assert!(message.contains("`voice.secret`"), "{message}");
            assert!(!message.contains("too-short-12"), "{message}");

            jail.set_env("SSPR_VOICE__SECRET", "gateway-secret-value");
            jail.set_env("SSPR_VOICE__TEMPLATE", "Your code is ready");
            let message = error_in(jail);
            assert!(
                message.contains("`voice.template`") && message.contains("{code}"),
                "{message}"
            );
            jail.set_env("SSPR_VOICE__TEMPLATE", "Il tuo codice è {code}");
            let voice = load_in(jail).map_err(|e| e.to_string())?.voice.ok_or("voice missing")?;
            assert_eq!(voice.template.as_deref(), Some("Il tuo codice è {code}"));
            assert!(!format!("{voice:?}").contains("gateway-secret-value"));
            Ok(())
        });
    }

    #[test]
    fn missing_required_file_is_an_error() {
        let e = Settings::load(std::path::Path::new("/nonexistent/sspr.toml"), true);
        assert!(e.is_err());
    }
}
