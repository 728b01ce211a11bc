//! `session_key`: the key that protects stored session tokens.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// Shortest session key accepted, in bytes.
pub const MIN_SESSION_KEY_BYTES: usize = 32;

/// A configured session key, at least [`MIN_SESSION_KEY_BYTES`] long.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "SecretString")]
pub struct SessionKey(SecretString);

impl TryFrom<SecretString> for SessionKey {
    type Error = String;

    fn try_from(key: SecretString) -> Result<Self, String> {
        if key.expose_secret().len() < MIN_SESSION_KEY_BYTES {
            return Err(format!("must be at least {MIN_SESSION_KEY_BYTES} bytes long"));
        }
        Ok(Self(key))
    }
}

impl From<SessionKey> for SecretString {
    fn from(key: SessionKey) -> SecretString {
        key.0
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use crate::config::tests::error_in;
    use figment::Jail;

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
}
