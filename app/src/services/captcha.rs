//! The reset's CAPTCHA: a challenge for the page, a check for the post.

use super::ServiceError;
use crate::contract::CaptchaView;

/// What the form sent back.
#[derive(Clone, Debug, Default)]
pub struct CaptchaAnswer {
    pub token: String,
    /// The proof of work, when the browser solved it.
    pub counter: Option<u64>,
    /// The keyed hash that the sum's answer must match.
    pub sum_key: String,
    /// The sum as typed, without JavaScript.
    pub sum: String,
}

/// Why an answer was refused; the user reads one message for all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CaptchaRefusal {
    #[error("malformed or forged challenge")]
    Forged,
    #[error("challenge expired")]
    Expired,
    #[error("wrong answer")]
    Wrong,
    #[error("answered too soon")]
    TooSoon,
    #[error("challenge already used")]
    Used,
    #[error("storage failed")]
    Unavailable,
}

#[async_trait::async_trait]
pub trait Captcha: Send + Sync {
    async fn challenge(&self) -> Result<CaptchaView, ServiceError>;
    async fn check(&self, answer: &CaptchaAnswer) -> Result<(), CaptchaRefusal>;
}
