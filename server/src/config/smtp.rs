//! `[smtp]`: the server email goes through.

use super::{loopback::is_loopback_host, ConfigError};
use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::ops::Deref;

/// The SMTP server email goes through.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: SmtpHost,
    /// The usual port for `security` when unset ([`SmtpSettings::port`]).
    pub port: Option<SmtpPort>,
    #[serde(default)]
    pub security: SmtpSecurity,
    /// Signs in with `password`; both or neither.
    pub username: Option<SmtpUsername>,
    pub password: Option<SmtpPassword>,
    /// The `From` of every email.
    pub from: SenderAddress,
}

impl SmtpSettings {
    /// The configured port, else the submission port (587) or, for TLS
    /// from the start, the SMTPS port (465).
    pub fn port(&self) -> u16 {
        match (self.port, self.security) {
            (Some(port), _) => port.get(),
            (None, SmtpSecurity::Tls) => 465,
            (None, SmtpSecurity::Starttls | SmtpSecurity::None) => 587,
        }
    }

    /// The user name and password to sign in with, if any.
    pub fn credentials(&self) -> Option<(&str, &SecretString)> {
        match (&self.username, &self.password) {
            (Some(username), Some(password)) => Some((username.0.as_str(), &password.0)),
            _ => None,
        }
    }

    /// The rules between keys of this table, each key being valid.
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if self.security == SmtpSecurity::None && !is_loopback_host(self.host.as_str()) {
            return Err(ConfigError::new(
                "smtp.security",
                "\"none\" (no encryption) is allowed only for a loopback host such as 127.0.0.1; \
                 use \"starttls\" or \"tls\"",
            ));
        }
        match (&self.username, &self.password) {
            (Some(_), None) => {
                Err(ConfigError::new("smtp.password", "must be set when smtp.username is"))
            }
            (None, Some(_)) => {
                Err(ConfigError::new("smtp.username", "must be set when smtp.password is"))
            }
            _ => Ok(()),
        }
    }
}

/// How the connection to the SMTP server is protected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain connection upgraded with STARTTLS, which must succeed.
    #[default]
    Starttls,
    /// TLS from the first byte ("SMTPS").
    Tls,
    /// No encryption: accepted only for a server on loopback.
    None,
}

/// A bare host name or IP address: no scheme, port or path.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SmtpHost(String);

impl SmtpHost {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SmtpHost {
    type Error = &'static str;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        let host = raw.trim();
        let is_host = host.parse::<std::net::IpAddr>().is_ok()
            || !host.is_empty()
                && !host.contains(|c: char| c.is_whitespace() || c == '/')
                && url::Host::parse(host).is_ok();
        if is_host {
            Ok(Self(host.to_owned()))
        } else {
            Err("must be a host name or IP address, no port")
        }
    }
}

/// A port number from 1 to 65535.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "u16")]
pub struct SmtpPort(u16);

impl SmtpPort {
    pub fn get(self) -> u16 {
        self.0
    }
}

impl TryFrom<u16> for SmtpPort {
    type Error = &'static str;

    fn try_from(port: u16) -> Result<Self, Self::Error> {
        match port {
            0 => Err("must be a port number from 1 to 65535"),
            port => Ok(Self(port)),
        }
    }
}

/// A user name that is not empty.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SmtpUsername(String);

impl TryFrom<String> for SmtpUsername {
    type Error = &'static str;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        if name.is_empty() {
            Err("must not be empty")
        } else {
            Ok(Self(name))
        }
    }
}

/// A password that is not empty.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "SecretString")]
pub struct SmtpPassword(SecretString);

impl TryFrom<SecretString> for SmtpPassword {
    type Error = &'static str;

    fn try_from(password: SecretString) -> Result<Self, Self::Error> {
        if password.expose_secret().is_empty() {
            Err("must not be empty")
        } else {
            Ok(Self(password))
        }
    }
}

/// The `From` of every email, with or without a display name.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SenderAddress(Mailbox);

impl TryFrom<String> for SenderAddress {
    type Error = &'static str;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        raw.parse::<Mailbox>()
            .map(Self)
            .map_err(|_| "must be an email address such as \"Password portal <sspr@example.com>\"")
    }
}

impl Deref for SenderAddress {
    type Target = Mailbox;

    fn deref(&self) -> &Mailbox {
        &self.0
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;

    #[test]
    fn smtp_from_the_file_with_its_defaults() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "sspr.toml",
                "[smtp]\nhost = \"smtp.example.com\"\nsecurity = \"tls\"\nfrom = \"sspr@example.com\"",
            )?;
            let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.security, smtp.port()), (SmtpSecurity::Tls, 465));
            assert!(smtp.credentials().is_none());
            jail.create_file(
                "sspr.toml",
                "[smtp]\nhost = \"smtp.example.com\"\nport = 2525\nfrom = \"sspr@example.com\"",
            )?;
            let smtp = load_in(jail).map_err(|e| e.to_string())?.smtp.ok_or("smtp missing")?;
            assert_eq!((smtp.security, smtp.port()), (SmtpSecurity::Starttls, 2525));
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
                assert_eq!((smtp.security, smtp.port()), (SmtpSecurity::None, 587), "{host}");
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
    fn the_port_is_not_zero() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_SMTP__HOST", "smtp.example.com");
            jail.set_env("SSPR_SMTP__FROM", "sspr@example.com");
            jail.set_env("SSPR_SMTP__PORT", "0");
            let message = error_in(jail);
            assert!(message.contains("`smtp.port`") && message.contains("1 to 65535"), "{message}");
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
    fn an_empty_username_is_refused() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "sspr.toml",
                "[smtp]\nhost = \"smtp.example.com\"\nusername = \"\"\npassword = \"pw\"\nfrom = \"sspr@example.com\"",
            )?;
            let message = error_in(jail);
            assert!(message.contains("`smtp.username`") && message.contains("empty"), "{message}");
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
}
