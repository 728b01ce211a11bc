//! One-time codes that prove a person holds a phone or a mailbox: their
//! lifetime, tries and send budgets, and how a typed code is read.

use std::time::Duration;

/// A code is good for this long after it was sent.
pub const CODE_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// Wrong entries a code survives; the next one kills it.
pub const MAX_WRONG_TRIES: u8 = 5;
/// Digits in the codes the portal sends.
pub const CODE_DIGITS: usize = 6;
/// Lengths accepted when a code is typed: up to 8, for gateways that send
/// their own longer codes.
pub const CODE_INPUT_DIGITS: std::ops::RangeInclusive<usize> = 6..=8;
/// Codes one account, or one destination, may be sent per budget window.
pub const SENDS_PER_WINDOW: u32 = 5;
pub const SEND_BUDGET_WINDOW: Duration = Duration::from_secs(60 * 60);

/// A code as typed: digits only, spaces and dashes dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct CodeInput(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeInputError {
    #[error("no code was entered")]
    Empty,
    #[error("a code is 6 to 8 digits")]
    Malformed,
}

impl CodeInput {
    pub fn parse(raw: &str) -> Result<Self, CodeInputError> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.is_empty() {
            return Err(CodeInputError::Empty);
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) || !CODE_INPUT_DIGITS.contains(&digits.len())
        {
            return Err(CodeInputError::Malformed);
        }
        Ok(Self(digits))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CodeInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeInput(<redacted>)")
    }
}

/// What checking a typed code against the live one found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeCheck {
    Accepted,
    Wrong {
        tries_left: u8,
    },
    /// Too many wrong tries: a new code must be sent.
    Dead,
    Expired,
    /// Already used once; a replay.
    Used,
    /// No code was sent for this step, or a resend replaced it.
    NoCode,
}

/// Tries left after one more wrong entry, given those already made.
pub fn tries_left_after_wrong(wrong_tries_before: u8) -> CodeCheck {
    let wrong = wrong_tries_before.saturating_add(1);
    if wrong >= MAX_WRONG_TRIES {
        CodeCheck::Dead
    } else {
        CodeCheck::Wrong { tries_left: MAX_WRONG_TRIES - wrong }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_keep_only_their_digits() {
        assert_eq!(CodeInput::parse(" 123 456 ").unwrap().digits(), "123456");
        assert_eq!(CodeInput::parse("1234-5678").unwrap().digits(), "12345678");
    }

    #[test]
    fn codes_are_six_to_eight_digits() {
        assert_eq!(CodeInput::parse("").unwrap_err(), CodeInputError::Empty);
        assert_eq!(CodeInput::parse("12345").unwrap_err(), CodeInputError::Malformed);
        assert_eq!(CodeInput::parse("123456789").unwrap_err(), CodeInputError::Malformed);
        assert_eq!(CodeInput::parse("12345a").unwrap_err(), CodeInputError::Malformed);
        // Non-ASCII digits are not codes anyone was sent.
        assert_eq!(CodeInput::parse("١٢٣٤٥٦").unwrap_err(), CodeInputError::Malformed);
    }

    #[test]
    fn the_fifth_wrong_try_kills_the_code() {
        assert_eq!(tries_left_after_wrong(0), CodeCheck::Wrong { tries_left: 4 });
        assert_eq!(tries_left_after_wrong(3), CodeCheck::Wrong { tries_left: 1 });
        assert_eq!(tries_left_after_wrong(4), CodeCheck::Dead);
        assert_eq!(tries_left_after_wrong(200), CodeCheck::Dead);
    }

    #[test]
    fn debug_hides_the_code() {
        assert!(!format!("{:?}", CodeInput::parse("123456").unwrap()).contains("123"));
    }
}
