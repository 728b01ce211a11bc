//! The gates: a code sent to a registered destination, or the security
//! questions. Each attempt and each failure counts against the budgets;
//! a decoy gate costs the same and never opens.

use super::{unavailable, OpenReset, SqlPasswordReset};
use crate::answer_hashes::answer_matches;
use crate::registration::{code_message, new_code};
use crate::store::{NewCode, Refusal, UserId, NO_USER};
use app::contract::{CodeError, ResetError};
use app::domain::answered_questions::Question;
use app::domain::contact_methods::Resolved;
use app::domain::phone_number::PhoneNumber;
use app::domain::reset_flow::{Gate, Stage};
use app::domain::reset_mask::{email_mask, phone_mask};
use app::domain::security_answer::SecurityAnswer;
use app::domain::sspr_policy::SsprPolicy;
use app::domain::verification_code::CodeInput;
use app::i18n::Lang;
use app::services::{ClientAddress, FlowToken};
use secrecy::ExposeSecret;
use std::time::Instant;

/// Where a gate's code goes.
pub(super) struct Destination {
    pub value: String,
    pub masked: String,
}

fn purpose(gate: Gate) -> String {
    format!("reset-{}", gate.method().as_str())
}

fn refused(refusal: Refusal) -> ResetError {
    match refusal {
        Refusal::Blocked { until } => ResetError::Blocked { until },
        Refusal::BusyAddress => ResetError::BusyAddress,
    }
}

impl SqlPasswordReset {
    /// The resolved destination of `gate` for `user`: authentication
    /// email, else alternate; authentication phone, else mobile phone.
    /// A made-up reset (`None`) reads as much and finds nothing.
    pub(super) async fn destination(
        &self,
        user: Option<UserId>,
        gate: Gate,
    ) -> Result<Option<Destination>, ResetError> {
        let found = self
            .store
            .user_and_security_info_by_id(user.unwrap_or(NO_USER))
            .await
            .map_err(unavailable)?;
        let Some((found, info)) = found else { return Ok(None) };
        let contact = found.profile.contact_fields(&info);
        let phone = |p: Option<Resolved<PhoneNumber>>| {
            p.map(|r| Destination {
                value: r.value.as_e164().to_owned(),
                masked: phone_mask(&r.value),
            })
        };
        Ok(match gate {
            Gate::Email => contact.email().map(|r| Destination {
                value: r.value.as_str().to_owned(),
                masked: email_mask(&r.value),
            }),
            Gate::MobileSms | Gate::MobileVoice => phone(contact.mobile()),
            Gate::OfficeVoice => phone(contact.office()),
            Gate::SecurityQuestions => None,
        })
    }

    async fn check_budget(
        &self,
        open: &OpenReset,
        gate: Gate,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        let method = gate.method().as_str();
        self.store
            .record_reset_attempt(
                &open.stored.user_key,
                method,
                &self.address_key(address),
                self.now(),
            )
            .await
            .map_err(unavailable)?
            .map_err(refused)
    }

    /// A wrong code or wrong answers: counted across flows; the error the
    /// user sees, or the block it led to.
    async fn failed(
        &self,
        open: &OpenReset,
        gate: Gate,
        address: &ClientAddress,
        error: ResetError,
    ) -> ResetError {
        let recorded = self
            .store
            .record_reset_failure(
                &open.stored.user_key,
                gate.method().as_str(),
                &self.address_key(address),
                self.now(),
            )
            .await;
        match recorded {
            Ok(Some(until)) => ResetError::Blocked { until },
            Ok(None) => error,
            Err(e) => unavailable(e),
        }
    }

    async fn ensure_not_blocked(&self, open: &OpenReset) -> Result<(), ResetError> {
        let until = self
            .store
            .reset_blocked_until(&open.stored.user_key, self.now())
            .await
            .map_err(unavailable)?;
        match until {
            Some(until) => Err(ResetError::Blocked { until }),
            None => Ok(()),
        }
    }

    pub(super) async fn choose(
        &self,
        token: &FlowToken,
        gate: Gate,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        let open = self.open(token).await?;
        let mut next = open.stored.flow.clone();
        let fresh = match gate {
            Gate::SecurityQuestions if next.questions.is_empty() => {
                self.pick_questions(&open).await?
            }
            _ => Vec::new(),
        };
        next.choose(gate, fresh).map_err(|_| ResetError::StepOutOfOrder)?;
        self.check_budget(&open, gate, address).await?;
        self.advance(&open, &next).await?;
        let Some(channel) = gate.channel() else { return Ok(()) };
        let started = Instant::now();
        // A made-up reset issues a code like a real one, to its made-up
        // destination and with a hash no typed code matches, so that its
        // budget, lifetime and tries follow the same rules; it is never
        // sent.
        let undo = || async {
            let _ = self.store.move_reset(&open.key, &next, &open.stored.flow).await;
        };
        let to = self.destination(open.stored.user, gate).await?;
        if open.stored.user.is_some() && to.is_none() {
            // The destination was deleted since the gate was offered.
            undo().await;
            return Err(ResetError::StepOutOfOrder);
        }
        let code = new_code().map_err(unavailable)?;
        let (destination, hash) = match &to {
            Some(to) => (to.value.clone(), self.code_hash(&open.key, code.expose_secret())),
            None => (
                open.stored.decoy_mask(gate).unwrap_or_default(),
                self.keys.keyed_hash("decoy-code", code.expose_secret()),
            ),
        };
        let purpose = purpose(gate);
        let budget_key = self.keys.keyed_hash("reset-sends", &open.stored.user_key);
        let new = NewCode {
            flow_key: &open.key,
            purpose: &purpose,
            user: open.stored.user,
            channel,
            destination: &destination,
            budget_key: &budget_key,
            code_hash: &hash,
        };
        let Ok(issued) = self.store.issue_code(&new, self.now()).await.map_err(unavailable)? else {
            undo().await;
            return Err(ResetError::Code(CodeError::TooMany));
        };
        let Some(to) = to else {
            // Nothing is sent, but it takes as long as a real send would.
            let draw = getrandom::u32().unwrap_or(u32::MAX / 2);
            tokio::time::sleep_until((started + self.latency.decoy(channel, draw)).into()).await;
            return Ok(());
        };
        let message = code_message(channel, &to.value, &code, lang);
        if let Err(e) = self.sender.send(&message).await {
            tracing::warn!(error = %e, channel = channel.as_str(), "reset code not delivered");
            self.store.withdraw_code(issued).await.map_err(unavailable)?;
            undo().await;
            return Err(ResetError::Code(CodeError::DeliveryFailed));
        }
        self.latency.record(channel, started.elapsed());
        Ok(())
    }

    fn code_hash(&self, flow_key: &str, digits: &str) -> String {
        self.keys.keyed_hash("verification-code", &format!("{flow_key}:{digits}"))
    }

    pub(super) async fn check_code(
        &self,
        token: &FlowToken,
        code: &CodeInput,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        let open = self.open(token).await?;
        let Stage::Code(gate) = open.stored.flow.stage else {
            return Err(ResetError::StepOutOfOrder);
        };
        self.ensure_not_blocked(&open).await?;
        let hash = self.code_hash(&open.key, code.digits());
        let (check, _) = self
            .store
            .check_code(&open.key, &purpose(gate), &hash, self.now())
            .await
            .map_err(unavailable)?;
        let error = match CodeError::of_check(check) {
            None => {
                let mut next = open.stored.flow.clone();
                next.pass_current().map_err(|_| ResetError::StepOutOfOrder)?;
                return self.advance(&open, &next).await;
            }
            // A made-up flow has no codes: its refusal must read like a real one.
            Some(CodeError::NoneSent) => CodeError::Dead.into(),
            Some(refusal) => refusal.into(),
        };
        Err(self.failed(&open, gate, address, error).await)
    }

    /// The policy's number of questions, at random among those the user
    /// answered; for a decoy, among the policy's (predefined and custom,
    /// as a real user may have answered either), the same for one user id.
    async fn pick_questions(&self, open: &OpenReset) -> Result<Vec<Question>, ResetError> {
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        let wanted = usize::from(policy.questions_to_reset);
        let info = self
            .store
            .security_info(open.stored.user.unwrap_or(NO_USER))
            .await
            .map_err(unavailable)?;
        let answered: Vec<Question> = match open.stored.user {
            Some(_) => info.answered_questions,
            None => {
                let seed = u64::from_str_radix(open.stored.user_key.get(..16).unwrap_or("0"), 16)
                    .unwrap_or(0);
                let predefined =
                    policy.predefined_questions.iter().cloned().map(Question::Predefined);
                let custom = policy.custom_questions.iter().cloned().map(Question::Custom);
                let mut all: Vec<Question> = predefined.chain(custom).collect();
                shuffle(&mut all, &mut || Ok(seed))?;
                all.truncate(usize::from(policy.questions_to_register));
                all
            }
        };
        let mut picked = answered;
        shuffle(&mut picked, &mut random_u64)?;
        picked.truncate(wanted);
        Ok(picked)
    }

    pub(super) async fn check_answers(
        &self,
        token: &FlowToken,
        answers: Vec<String>,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        let open = self.open(token).await?;
        let Stage::Questions(asked) = &open.stored.flow.stage else {
            return Err(ResetError::StepOutOfOrder);
        };
        self.ensure_not_blocked(&open).await?;
        // Parsed before anything is hashed: oversized input stops here.
        let mut parsed = Vec::with_capacity(asked.len());
        for i in 0..asked.len() {
            let raw = answers.get(i).map(String::as_str).unwrap_or("");
            if raw.trim().is_empty() {
                return Err(ResetError::AnswerMissing { position: u8::try_from(i).unwrap_or(0) });
            }
            parsed.push(SecurityAnswer::parse(raw).ok());
        }
        self.check_budget(&open, Gate::SecurityQuestions, address).await?;
        let stored = self
            .store
            .answer_hashes(open.stored.user.unwrap_or(NO_USER))
            .await
            .map_err(unavailable)?;
        let mut all_right = open.stored.user.is_some();
        // Every answer is checked, right or wrong, so timing tells nothing.
        for (question, answer) in asked.iter().zip(&parsed) {
            let hash = stored.iter().find(|(q, _)| q == question).map(|(_, h)| h);
            let matched = match (answer, hash) {
                (Some(answer), Some(hash)) => {
                    answer_matches(&self.hasher, answer, hash).await.map_err(unavailable)?
                }
                (Some(answer), None) => {
                    self.hasher.verify(answer.normalized(), None).await.map_err(unavailable)?
                }
                (None, _) => false,
            };
            all_right &= matched;
        }
        if !all_right {
            return Err(self
                .failed(&open, Gate::SecurityQuestions, address, ResetError::AnswersWrong)
                .await);
        }
        let mut next = open.stored.flow.clone();
        next.pass_current().map_err(|_| ResetError::StepOutOfOrder)?;
        self.advance(&open, &next).await
    }
}

fn random_u64() -> Result<u64, ResetError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(unavailable)?;
    Ok(u64::from_le_bytes(bytes))
}

/// Fisher–Yates with numbers from `next` (a fixed seed gives a fixed,
/// seed-dependent order; the CSPRNG a fresh one).
fn shuffle<T>(
    items: &mut [T],
    next: &mut impl FnMut() -> Result<u64, ResetError>,
) -> Result<(), ResetError> {
    let mut state = next()?;
    for i in (1..items.len()).rev() {
        // A fixed seed is stretched with splitmix64 so positions differ.
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        let j = usize::try_from(z % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    Ok(())
}
