//! A password as typed by the user, before it is checked.

use secrecy::{ExposeSecret, SecretString};

/// Longest password accepted for checking, in bytes. Argon2 cost does not
/// grow with input length much, but a cap keeps megabyte bodies from ever
/// reaching the hasher.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// A non-empty password within the size cap. Never printed: `Debug`
/// shows a placeholder.
#[derive(Clone)]
pub struct PasswordInput(SecretString);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordInputError {
    #[error("the password is empty")]
    Empty,
    #[error("the password is longer than {MAX_PASSWORD_BYTES} bytes")]
    TooLong,
}

impl PasswordInput {
    /// Passwords are taken exactly as typed: spaces are significant.
    pub fn parse(raw: String) -> Result<Self, PasswordInputError> {
        if raw.is_empty() {
            return Err(PasswordInputError::Empty);
        }
        if raw.len() > MAX_PASSWORD_BYTES {
            return Err(PasswordInputError::TooLong);
        }
        Ok(Self(SecretString::from(raw)))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for PasswordInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordInput(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_spaces() {
        let p = PasswordInput::parse(" pass word ".to_owned());
        assert_eq!(p.map(|p| p.expose().to_owned()), Ok(" pass word ".to_owned()));
    }

    #[test]
    fn rejects_empty() {
        assert!(matches!(PasswordInput::parse(String::new()), Err(PasswordInputError::Empty)));
    }

    #[test]
    fn size_limit_is_inclusive() {
        assert!(PasswordInput::parse("x".repeat(MAX_PASSWORD_BYTES)).is_ok());
        assert!(matches!(
            PasswordInput::parse("x".repeat(MAX_PASSWORD_BYTES + 1)),
            Err(PasswordInputError::TooLong)
        ));
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let p = PasswordInput::parse("hunter2-secret".to_owned());
        assert!(!format!("{p:?}").contains("hunter2"));
    }
}
