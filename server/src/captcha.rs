//! The reset's CAPTCHA on the server: signed challenges, checked answers,
//! each challenge accepted once (recorded until it expires).

use crate::{keyring::Keyring, store::SqlStore};
use app::contract::CaptchaView;
use app::domain::proof_of_work::{
    meets_difficulty, ChallengeToken, CHALLENGE_LIFETIME, TEXT_ANSWER_DELAY,
};
use app::services::{Captcha, CaptchaAnswer, CaptchaRefusal, Clock, ServiceError};
use std::sync::Arc;

pub struct SqlCaptcha {
    pub store: SqlStore,
    pub keys: Keyring,
    pub clock: Arc<dyn Clock>,
    /// Leading zero bits asked of new challenges.
    pub difficulty: u8,
}

use app::domain::unix_time::seconds;

/// Keyed-hash purposes: the challenge token's MAC, and the sum's key (the
/// answer, hashed so the page can carry it without giving it away).
const TOKEN_PURPOSE: &str = "captcha";
const SUM_PURPOSE: &str = "captcha-sum";

/// What the sum's key is the keyed hash of: the challenge and its answer.
fn sum_input(nonce: &str, sum: &str) -> String {
    format!("{nonce}:{sum}")
}

#[async_trait::async_trait]
impl Captcha for SqlCaptcha {
    async fn challenge(&self) -> Result<CaptchaView, ServiceError> {
        let mut bytes = [0u8; 18];
        getrandom::fill(&mut bytes).map_err(ServiceError::new)?;
        let nonce = hex::encode(&bytes[..16]);
        // Two numbers from 1 to 9: a sum anyone can do in their head.
        let (first, second) = (1 + bytes[16] % 9, 1 + bytes[17] % 9);
        let mut token = ChallengeToken {
            nonce: nonce.clone(),
            expires_at: self.clock.unix_seconds() + seconds(CHALLENGE_LIFETIME),
            difficulty: self.difficulty,
            mac: String::new(),
        };
        token.mac = self.keys.keyed_hash(TOKEN_PURPOSE, &token.signed_part());
        let sum_key =
            self.keys.keyed_hash(SUM_PURPOSE, &sum_input(&nonce, &(first + second).to_string()));
        Ok(CaptchaView {
            token: token.encode(),
            nonce,
            difficulty: self.difficulty,
            first,
            second,
            sum_key,
        })
    }

    async fn check(&self, answer: &CaptchaAnswer) -> Result<(), CaptchaRefusal> {
        let token = ChallengeToken::parse(&answer.token).ok_or(CaptchaRefusal::Forged)?;
        let genuine = self.keys.verify_keyed_hash(TOKEN_PURPOSE, &token.signed_part(), &token.mac);
        if !genuine || token.difficulty < self.difficulty {
            return Err(CaptchaRefusal::Forged);
        }
        let now = self.clock.unix_seconds();
        if now >= token.expires_at {
            return Err(CaptchaRefusal::Expired);
        }
        let solved = match answer.counter {
            Some(counter) => meets_difficulty(&token.nonce, counter, token.difficulty),
            None => {
                let issued = token.expires_at - seconds(CHALLENGE_LIFETIME);
                if now < issued + seconds(TEXT_ANSWER_DELAY) {
                    return Err(CaptchaRefusal::TooSoon);
                }
                let sum = answer.sum.trim();
                sum.len() <= 4
                    && self.keys.verify_keyed_hash(
                        SUM_PURPOSE,
                        &sum_input(&token.nonce, sum),
                        &answer.sum_key,
                    )
            }
        };
        // A wrong answer uses the challenge up too: the sum has only 17
        // possible values, and must not be guessed on one challenge.
        let nonce_key = self.keys.keyed_hash("captcha-use", &token.nonce);
        match self.store.use_captcha(&nonce_key, token.expires_at).await {
            Ok(true) if solved => Ok(()),
            Ok(true) => Err(CaptchaRefusal::Wrong),
            Ok(false) => Err(CaptchaRefusal::Used),
            Err(e) => {
                tracing::error!(error = %e, "captcha use could not be recorded");
                Err(CaptchaRefusal::Unavailable)
            }
        }
    }
}
