use crate::domain::verification_code::CodeCheck;
use serde::{Deserialize, Serialize};

/// Why a one-time code was refused or not sent. The same refusals in the
/// registration wizard and in a reset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum CodeError {
    #[error("code missing")]
    Missing,
    #[error("code malformed")]
    Malformed,
    #[error("code wrong")]
    Wrong { tries_left: u8 },
    /// Too many wrong tries: the code can no longer be used.
    #[error("code dead")]
    Dead,
    #[error("code expired")]
    Expired,
    #[error("code used")]
    Used,
    /// Nothing waits to be verified.
    #[error("no code sent")]
    NoneSent,
    /// The send budget of the hour is spent.
    #[error("too many codes")]
    TooMany,
    #[error("delivery failed")]
    DeliveryFailed,
}

impl CodeError {
    /// The refusal a check gives, or `None` when the code was accepted.
    pub fn of_check(check: CodeCheck) -> Option<Self> {
        match check {
            CodeCheck::Accepted => None,
            CodeCheck::Wrong { tries_left } => Some(Self::Wrong { tries_left }),
            CodeCheck::Dead => Some(Self::Dead),
            CodeCheck::Expired => Some(Self::Expired),
            CodeCheck::Used => Some(Self::Used),
            CodeCheck::NoCode => Some(Self::NoneSent),
        }
    }

    /// Whether the error concerns the code typed (shown under its field)
    /// rather than the sending.
    pub fn is_about_input(self) -> bool {
        !matches!(self, Self::TooMany | Self::DeliveryFailed)
    }
}
