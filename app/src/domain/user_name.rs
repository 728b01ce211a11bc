//! The user name typed at sign-in (a user principal name such as
//! `ada@contoso.example`).

use serde::{Deserialize, Serialize};

/// Longest accepted user name, in characters. Directory UPNs are far
/// shorter; the cap bounds work done on hostile input.
pub const MAX_USER_NAME_CHARS: usize = 256;

/// A trimmed, non-empty user name without control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UserName(String);

impl TryFrom<String> for UserName {
    type Error = UserNameError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<UserName> for String {
    fn from(name: UserName) -> Self {
        name.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UserNameError {
    #[error("the user name is empty")]
    Empty,
    #[error("the user name is longer than {MAX_USER_NAME_CHARS} characters")]
    TooLong,
    #[error("the user name contains control characters")]
    ControlCharacter,
}

impl UserName {
    pub fn parse(raw: &str) -> Result<Self, UserNameError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(UserNameError::Empty);
        }
        if trimmed.chars().count() > MAX_USER_NAME_CHARS {
            return Err(UserNameError::TooLong);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(UserNameError::ControlCharacter);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to look a user up: user principal names compare
    /// without regard to case.
    pub fn lookup_key(&self) -> String {
        self.0.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_surrounding_space() {
        let name = UserName::parse("  ada@contoso.example \t").map(|n| n.0);
        assert_eq!(name, Ok("ada@contoso.example".to_owned()));
    }

    #[test]
    fn rejects_empty_and_blank() {
        assert_eq!(UserName::parse(""), Err(UserNameError::Empty));
        assert_eq!(UserName::parse(" \n "), Err(UserNameError::Empty));
    }

    #[test]
    fn length_limit_is_inclusive() {
        let at_limit = "a".repeat(MAX_USER_NAME_CHARS);
        assert!(UserName::parse(&at_limit).is_ok());
        let over = "é".repeat(MAX_USER_NAME_CHARS + 1);
        assert_eq!(UserName::parse(&over), Err(UserNameError::TooLong));
    }

    #[test]
    fn rejects_control_characters_inside() {
        assert_eq!(UserName::parse("ada\r\nx"), Err(UserNameError::ControlCharacter));
    }

    #[test]
    fn lookup_ignores_case() {
        let a = UserName::parse("Ada@Contoso.Example").map(|n| n.lookup_key());
        assert_eq!(a, Ok("ada@contoso.example".to_owned()));
    }

    proptest! {
        #[test]
        fn parsed_names_are_trimmed_and_bounded(raw in "\\PC{0,300}") {
            if let Ok(name) = UserName::parse(&raw) {
                prop_assert_eq!(name.as_str(), name.as_str().trim());
                prop_assert!(!name.as_str().is_empty());
                prop_assert!(name.as_str().chars().count() <= MAX_USER_NAME_CHARS);
            }
        }
    }
}
