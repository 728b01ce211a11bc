use serde::{Deserialize, Serialize};

/// A CAPTCHA challenge for the start form: the signed token and its
/// nonce for the proof of work, and a small sum for when script is off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaView {
    pub token: String,
    pub nonce: String,
    pub difficulty: u8,
    pub first: u8,
    pub second: u8,
    pub sum_key: String,
}
