//! Loading as a whole: the file, the environment over it, the defaults,
//! and the one-line message a bad value gives. The rules of each setting
//! are tested beside its type.

// figment's `Jail` closures return its (large) error type.
#![allow(clippy::result_large_err)]

use super::*;
use figment::Jail;
use secrecy::ExposeSecret;

pub(super) fn load_in(jail: &Jail) -> Result<Settings, ConfigError> {
    Settings::load(&jail.directory().join("sspr.toml"), false)
}

/// The one-line message loading fails with, or "" when it succeeds.
pub(super) fn error_in(jail: &Jail) -> String {
    load_in(jail).map(|_| ()).err().map(|e| e.to_string()).unwrap_or_default()
}

/// The documented example, with every commented-out `key = value`
/// and `[table]` line turned on, is a valid configuration.
#[test]
fn the_example_file_loads_with_every_key_turned_on() {
    let example = include_str!("../../sspr.toml.example");
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
        assert_eq!((smtp.host.as_str(), smtp.port()), ("smtp.example.com", 587));
        assert!(smtp.credentials().is_some());
        assert!(s.sms.ok_or("sms missing")?.template.is_some());
        assert!(s.voice.is_some() && s.session_key.is_some() && !s.demo);
        assert_eq!(s.trusted_proxies.len(), 2);
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
        assert_eq!(s.site_root, std::path::Path::new("target/site"));
        assert_eq!(s.log, "info");
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

/// A value a setting's own type refuses names the key, where the value
/// came from, and the rule it breaks.
#[test]
fn a_refused_value_names_its_key_its_source_and_the_rule() {
    Jail::expect_with(|jail| {
        jail.create_file("sspr.toml", "password_min_length = 100")?;
        let message = error_in(jail);
        assert!(message.contains("`password_min_length` (from "), "{message}");
        assert!(message.contains("sspr.toml): must be from 8 to 64"), "{message}");
        jail.set_env("SSPR_PASSWORD_MIN_LENGTH", "7");
        let message = error_in(jail);
        assert!(
            message.contains("(from environment variable SSPR_PASSWORD_MIN_LENGTH)"),
            "{message}"
        );
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
    Jail::expect_with(|jail| {
        jail.create_file("sspr.toml", "[sms]\nurl = \"https://sms.example.com/\"\nsecret = \"gateway-secret-value\"\ntemplat = \"{code}\"")?;
        let message = error_in(jail);
        assert!(message.contains("templat"), "{message}");
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
        assert_eq!((smtp.host.as_str(), smtp.port()), ("smtp.example.com", 587));
        assert_eq!(smtp.security, SmtpSecurity::Starttls);
        assert_eq!(smtp.from.email.to_string(), "sspr@example.com");
        let (_, password) = smtp.credentials().ok_or("credentials missing")?;
        assert_eq!(password.expose_secret(), "smtp-password-value");
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
fn missing_required_file_is_an_error() {
    let e = Settings::load(std::path::Path::new("/nonexistent/sspr.toml"), true);
    assert!(e.is_err());
}
