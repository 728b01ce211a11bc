//! The reset's tunable demands: the shortest new password and the work
//! the CAPTCHA asks of a browser.

use app::domain::{
    password_policy::{PASSWORD_MIN_DEFAULT, PASSWORD_MIN_LIMIT},
    proof_of_work::DIFFICULTY,
};
use serde::Deserialize;

/// The most leading zero bits asked: beyond this a slow phone gives up.
const MAX_CAPTCHA_DIFFICULTY: u8 = 24;

/// `password_min_length`: the shortest new password accepted, 8 to 64
/// characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "u16")]
pub struct PasswordMinLength(u16);

impl PasswordMinLength {
    pub fn get(self) -> u16 {
        self.0
    }
}

impl Default for PasswordMinLength {
    fn default() -> Self {
        Self(PASSWORD_MIN_DEFAULT)
    }
}

impl TryFrom<u16> for PasswordMinLength {
    type Error = String;

    fn try_from(length: u16) -> Result<Self, String> {
        if (PASSWORD_MIN_DEFAULT..=PASSWORD_MIN_LIMIT).contains(&length) {
            Ok(Self(length))
        } else {
            Err(format!("must be from {PASSWORD_MIN_DEFAULT} to {PASSWORD_MIN_LIMIT}"))
        }
    }
}

/// `captcha_difficulty`: leading zero bits of the reset CAPTCHA's proof of
/// work, 0 to 24.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "u8")]
pub struct CaptchaDifficulty(u8);

impl CaptchaDifficulty {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for CaptchaDifficulty {
    fn default() -> Self {
        Self(DIFFICULTY)
    }
}

impl TryFrom<u8> for CaptchaDifficulty {
    type Error = String;

    fn try_from(bits: u8) -> Result<Self, String> {
        if bits <= MAX_CAPTCHA_DIFFICULTY {
            Ok(Self(bits))
        } else {
            Err(format!("must be from 0 to {MAX_CAPTCHA_DIFFICULTY}"))
        }
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
    fn the_password_minimum_is_bounded() {
        Jail::expect_with(|jail| {
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.password_min_length.get(), 8);
            jail.set_env("SSPR_PASSWORD_MIN_LENGTH", "12");
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.password_min_length.get(), 12);
            jail.set_env("SSPR_PASSWORD_MIN_LENGTH", "6");
            assert!(error_in(jail).contains("`password_min_length`"));
            Ok(())
        });
    }

    #[test]
    fn the_captcha_difficulty_is_bounded() {
        Jail::expect_with(|jail| {
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.captcha_difficulty.get(), 18);
            jail.set_env("SSPR_CAPTCHA_DIFFICULTY", "24");
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.captcha_difficulty.get(), 24);
            jail.set_env("SSPR_CAPTCHA_DIFFICULTY", "25");
            let message = error_in(jail);
            assert!(message.contains("`captcha_difficulty`"), "{message}");
            assert!(message.contains("0 to 24"), "{message}");
            Ok(())
        });
    }

    #[test]
    fn limits_are_inclusive() {
        assert!(PasswordMinLength::try_from(PASSWORD_MIN_LIMIT).is_ok());
        assert!(PasswordMinLength::try_from(PASSWORD_MIN_LIMIT + 1).is_err());
        assert!(CaptchaDifficulty::try_from(0u8).is_ok());
    }
}
