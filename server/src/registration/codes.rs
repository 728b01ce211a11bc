//! Sending and checking the codes that prove a phone or a mailbox.

use super::{messages, unavailable, Actor, OpenFlow, SqlRegistration};
use crate::store::{BudgetExhausted, NewCode};
use app::contract::{CodeError, RegistrationError};
use app::domain::channel::Channel;
use app::domain::registration_flow::Step;
use app::domain::verification_code::{CodeInput, CODE_DIGITS};
use app::i18n::Lang;
use secrecy::{ExposeSecret, SecretString};

impl SqlRegistration {
    fn code_hash(&self, flow_key: &str, digits: &str) -> String {
        self.keys.keyed_hash("verification-code", &format!("{flow_key}:{digits}"))
    }

    /// Issues a code for `step`, counts it against the budgets and
    /// delivers it; a failed delivery withdraws it again.
    pub(super) async fn send_code(
        &self,
        actor: &Actor,
        open: &OpenFlow,
        step: Step,
        channel: Channel,
        destination: &str,
        lang: Lang,
    ) -> Result<(), RegistrationError> {
        let code = new_code().map_err(unavailable)?;
        let hash = self.code_hash(&open.key, code.expose_secret());
        // The signed-in account's own budget: what others sent to the same
        // address never shows here, and a stranger's resets never use it.
        let budget_key = self.keys.keyed_hash("registration-sends", &actor.id.0.to_string());
        let new = NewCode {
            flow_key: &open.key,
            purpose: step.as_str(),
            user: Some(actor.id),
            channel,
            destination,
            budget_key: &budget_key,
            code_hash: &hash,
        };
        let issued = match self.store.issue_code(&new, self.now()).await? {
            Ok(issued) => issued,
            Err(BudgetExhausted) => return Err(RegistrationError::Code(CodeError::TooMany)),
        };
        let message = messages::code_message(channel, destination, &code, lang);
        if let Err(e) = self.sender.send(&message).await {
            tracing::warn!(error = %e, channel = channel.as_str(), "code could not be delivered");
            self.store.withdraw_code(issued).await?;
            return Err(RegistrationError::Code(CodeError::DeliveryFailed));
        }
        Ok(())
    }

    /// Uses up the flow's code for `step` if `code` is it; returns the
    /// destination it proves.
    pub(super) async fn check_code(
        &self,
        open: &OpenFlow,
        step: Step,
        code: &CodeInput,
    ) -> Result<String, RegistrationError> {
        let hash = self.code_hash(&open.key, code.digits());
        let (check, proven) =
            self.store.check_code(&open.key, step.as_str(), &hash, self.now()).await?;
        if let Some(refusal) = CodeError::of_check(check) {
            return Err(refusal.into());
        }
        proven.map(|p| p.destination).ok_or_else(|| {
            tracing::error!("an accepted code came back without its destination");
            RegistrationError::Unavailable
        })
    }
}

/// A uniformly random code of `CODE_DIGITS` digits from the OS CSPRNG.
pub(crate) fn new_code() -> Result<SecretString, getrandom::Error> {
    let modulus = 10u32.pow(CODE_DIGITS as u32);
    // Rejection sampling: values above the largest multiple of `modulus`
    // would make low codes slightly more likely.
    let limit = u32::MAX - u32::MAX % modulus;
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes)?;
        let value = u32::from_le_bytes(bytes);
        if value < limit {
            let width = CODE_DIGITS;
            return Ok(SecretString::from(format!("{:0width$}", value % modulus)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_vary() {
        let codes: Vec<String> =
            (0..50).map(|_| new_code().unwrap().expose_secret().to_owned()).collect();
        assert!(codes
            .iter()
            .all(|c| c.len() == CODE_DIGITS && c.bytes().all(|b| b.is_ascii_digit())));
        let distinct: std::collections::BTreeSet<_> = codes.iter().collect();
        assert!(distinct.len() > 40, "{distinct:?}");
    }
}
