//! What a new password must be, after NIST SP 800-63B: long enough, not
//! absurdly long, not a password attackers try first, not the user's own
//! name, typed the same twice. No composition rules: they make passwords
//! harder to remember, not to guess.

use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;

/// The shortest password accepted unless an administrator asks for more.
pub const PASSWORD_MIN_DEFAULT: u16 = 8;
/// The highest minimum an administrator may set.
pub const PASSWORD_MIN_LIMIT: u16 = 64;
/// The longest password accepted, in characters.
pub const PASSWORD_MAX: u16 = 256;
/// Above this many bytes the input is refused before any other work.
const RAW_MAX_BYTES: usize = PASSWORD_MAX as usize * 4;
/// A user name part shorter than this is too common inside words to refuse.
const NAME_PART_MIN: usize = 3;

/// Why a new password is refused.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error,
)]
pub enum PasswordProblem {
    #[error("no password was entered")]
    Missing,
    #[error("the password is shorter than {min} characters")]
    TooShort { min: u16 },
    #[error("the password is longer than {PASSWORD_MAX} characters")]
    TooLong,
    #[error("the password contains the user name")]
    ContainsUserName,
    #[error("the password is among the most common ones")]
    Common,
    /// Line breaks, tabs, NUL and other control characters: no keyboard
    /// types them into a password field, and they break other systems.
    #[error("the password contains a control character")]
    ControlCharacter,
    #[error("the confirmation differs")]
    Mismatch,
}

impl PasswordProblem {
    /// The Fluent key of the message explaining the rule.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Missing => "reset-error-password-missing",
            Self::TooShort { .. } => "reset-error-password-too-short",
            Self::TooLong => "reset-error-password-too-long",
            Self::ContainsUserName => "reset-error-password-contains-name",
            Self::Common => "reset-error-password-common",
            Self::ControlCharacter => "reset-error-password-control",
            Self::Mismatch => "reset-error-passwords-differ",
        }
    }
}

/// A new password that passed every rule, in Unicode NFC (NIST SP
/// 800-63B), so that it signs in however its accents are typed. Never
/// printed.
pub struct NewPassword(SecretString);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

impl NewPassword {
    /// Checks `raw` and its confirmation for `user_name` (a UPN) with a
    /// minimum of `min` characters. `is_common` answers whether a
    /// (lower-cased) password is on the blocklist; the list lives on the
    /// server, so the browser passes `|_| false`.
    pub fn parse(
        raw: &str,
        confirm: &str,
        user_name: &str,
        min: u16,
        is_common: impl Fn(&str) -> bool,
    ) -> Result<Self, PasswordProblem> {
        if raw.len() > RAW_MAX_BYTES {
            return Err(PasswordProblem::TooLong);
        }
        if raw.is_empty() {
            return Err(PasswordProblem::Missing);
        }
        if raw.chars().any(char::is_control) {
            return Err(PasswordProblem::ControlCharacter);
        }
        // Counted as NFC code points, so that "é" typed either way counts once.
        let normalized = normalize(raw);
        let length = normalized.chars().count();
        let min = min.clamp(PASSWORD_MIN_DEFAULT, PASSWORD_MIN_LIMIT);
        if length < usize::from(min) {
            return Err(PasswordProblem::TooShort { min });
        }
        if length > usize::from(PASSWORD_MAX) {
            return Err(PasswordProblem::TooLong);
        }
        let lower = normalized.to_lowercase();
        if contains_user_name(&lower, user_name) {
            return Err(PasswordProblem::ContainsUserName);
        }
        if is_common(&lower) {
            return Err(PasswordProblem::Common);
        }
        if normalized != normalize(confirm) {
            return Err(PasswordProblem::Mismatch);
        }
        Ok(Self(SecretString::from(normalized)))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

/// A password as it is hashed and checked: Unicode NFC.
pub fn normalize(password: &str) -> String {
    password.nfc().collect()
}

/// Whether `lower` holds the whole user name or its part before `@`.
fn contains_user_name(lower: &str, user_name: &str) -> bool {
    let name = user_name.to_lowercase();
    let local = name.split('@').next().unwrap_or(&name);
    let found = [name.as_str(), local]
        .into_iter()
        .any(|part| part.chars().count() >= NAME_PART_MIN && lower.contains(part));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const UPN: &str = "ada@contoso.example";

    fn parse(raw: &str) -> Result<String, PasswordProblem> {
        NewPassword::parse(raw, raw, UPN, PASSWORD_MIN_DEFAULT, |p| p == "password123")
            .map(|p| p.expose().to_owned())
    }

    #[test]
    fn a_long_passphrase_is_accepted_without_composition_rules() {
        assert!(parse("correct horse battery staple").is_ok());
        assert!(parse("ünïcödé-ωμέγα").is_ok());
        assert_eq!(parse("correct horse battery staple").unwrap(), "correct horse battery staple");
    }

    #[test]
    fn length_counts_characters_between_the_limits() {
        assert_eq!(parse(""), Err(PasswordProblem::Missing));
        assert_eq!(parse("seven77"), Err(PasswordProblem::TooShort { min: 8 }));
        assert!(parse("eight888").is_ok());
        assert!(parse(&"é".repeat(256)).is_ok(), "256 characters, 512 bytes");
        assert_eq!(parse(&"x".repeat(257)), Err(PasswordProblem::TooLong));
        assert_eq!(parse(&"x".repeat(1 << 20)), Err(PasswordProblem::TooLong));
        // "e" + combining acute is one character once normalized.
        assert_eq!(parse(&"e\u{301}".repeat(7)), Err(PasswordProblem::TooShort { min: 8 }));
    }

    #[test]
    fn the_minimum_is_configurable_within_bounds() {
        let with = |min| NewPassword::parse("twelve-chars", "twelve-chars", UPN, min, |_| false);
        assert!(with(12).is_ok());
        assert_eq!(with(13).err(), Some(PasswordProblem::TooShort { min: 13 }));
        assert!(with(2).is_ok(), "never below the default of 8");
        assert_eq!(
            NewPassword::parse("short-ish", "short-ish", UPN, 200, |_| false).err(),
            Some(PasswordProblem::TooShort { min: PASSWORD_MIN_LIMIT })
        );
    }

    #[test]
    fn the_user_name_and_common_passwords_are_refused() {
        assert_eq!(parse("my-name-is-ADA-ok"), Err(PasswordProblem::ContainsUserName));
        assert_eq!(parse("x-ada@contoso.example"), Err(PasswordProblem::ContainsUserName));
        assert_eq!(parse("PASSWORD123"), Err(PasswordProblem::Common), "case does not help");
        let short_name =
            NewPassword::parse("al-is-a-fine-word", "al-is-a-fine-word", "al@x.example", 8, |_| {
                false
            });
        assert!(short_name.is_ok(), "two letters are too common to refuse");
    }

    #[test]
    fn the_confirmation_must_match() {
        let parsed = NewPassword::parse("correct horse", "correct hors", UPN, 8, |_| false);
        assert_eq!(parsed.err(), Some(PasswordProblem::Mismatch));
    }

    #[test]
    fn control_characters_are_refused() {
        for bad in ["line\nbreak-here", "carriage\rreturn", "nul\0in-the-middle", "tab\there-too"] {
            assert_eq!(parse(bad), Err(PasswordProblem::ControlCharacter), "{bad:?}");
        }
        assert!(parse("spaces are fine here").is_ok());
    }

    #[test]
    fn the_password_is_kept_in_nfc_however_it_was_typed() {
        let decomposed = "Cafe\u{301}-au-lait-please";
        let composed = "Caf\u{e9}-au-lait-please";
        assert_eq!(parse(decomposed).unwrap(), composed);
        let mixed = NewPassword::parse(decomposed, composed, UPN, 8, |_| false);
        assert_eq!(mixed.unwrap().expose(), composed, "the confirmation compares normalized");
    }

    #[test]
    fn the_secret_is_never_printed() {
        let p = NewPassword::parse("correct horse", "correct horse", UPN, 8, |_| false).unwrap();
        assert_eq!(format!("{p:?}"), "NewPassword(<redacted>)");
    }
}
