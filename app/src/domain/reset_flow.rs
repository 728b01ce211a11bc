//! The password reset at sign-in as a state machine: who are you →
//! one or two gates, each a different method → new password (or unlock)
//! → done. Every transition checks the state it starts from, so posting
//! to a later step, or passing the same method twice, gets nowhere.

use super::answered_questions::Question;
use super::channel::Channel;
use super::sspr_policy::{Method, SsprPolicy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::time::Duration;

/// A started reset is abandoned after this long.
pub const RESET_FLOW_LIFETIME: Duration = Duration::from_secs(20 * 60);
/// A write to another directory that has not finished after this long
/// never will (the instance writing it stopped): the reset goes back to
/// its last step, to be tried again.
pub const DIRECTORY_WRITE_TIMEOUT: Duration = Duration::from_secs(2 * 60);

/// One way through a gate: a code on a channel to a destination, or the
/// security questions. SMS and voice to the mobile are one method.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum Gate {
    Email,
    MobileSms,
    MobileVoice,
    OfficeVoice,
    SecurityQuestions,
}

impl Gate {
    pub const ALL: [Gate; 5] = [
        Gate::Email,
        Gate::MobileSms,
        Gate::MobileVoice,
        Gate::OfficeVoice,
        Gate::SecurityQuestions,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.parse().ok()
    }

    /// The method the gate proves; two gates must prove two methods.
    pub fn method(self) -> Method {
        match self {
            Gate::Email => Method::Email,
            Gate::MobileSms | Gate::MobileVoice => Method::MobilePhone,
            Gate::OfficeVoice => Method::OfficePhone,
            Gate::SecurityQuestions => Method::SecurityQuestions,
        }
    }

    /// How its code travels; `None` for the questions.
    pub fn channel(self) -> Option<Channel> {
        match self {
            Gate::Email => Some(Channel::Email),
            Gate::MobileSms => Some(Channel::Sms),
            Gate::MobileVoice | Gate::OfficeVoice => Some(Channel::Voice),
            Gate::SecurityQuestions => None,
        }
    }
}

/// The gates offered for `methods` (those the user can pass) under
/// `policy`, in the order shown.
pub fn offered_gates(methods: &BTreeSet<Method>, policy: &SsprPolicy) -> Vec<Gate> {
    Gate::ALL
        .into_iter()
        .filter(|g| methods.contains(&g.method()) && policy.enabled_methods.contains(&g.method()))
        .collect()
}

/// Methods to show someone who cannot pass any gate (an unknown user, or
/// one without data), so that the page looks like anyone else's. `seed`
/// comes from a keyed hash of the typed user id: the same id gets the
/// same methods every time, and the set is as large as a real user's.
pub fn decoy_methods(seed: u64, policy: &SsprPolicy) -> BTreeSet<Method> {
    let enabled: Vec<Method> = policy.enabled_methods.iter().copied().collect();
    let wanted = usize::from(policy.methods_required).max(1);
    let mut chosen = BTreeSet::new();
    let mut bits = seed;
    // Every enabled method in, then drop some while more than needed stay.
    for (i, method) in enabled.iter().enumerate() {
        let keep = bits & 1 == 1 || enabled.len() - i <= wanted.saturating_sub(chosen.len());
        bits >>= 1;
        if keep {
            chosen.insert(*method);
        }
    }
    chosen
}

/// Where the user is in the reset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Choosing the next gate.
    Choose,
    /// A code went out (or, for a decoy, seemed to) and is awaited.
    Code(Gate),
    /// These questions are asked, the same ones until answered.
    Questions(Vec<Question>),
    /// Every gate passed: choosing the new password, or unlocking.
    NewPassword,
    /// A gate was passed but the user may not reset: see the helpdesk.
    Ineligible,
    /// Another directory is taking the change, since this unix time.
    Writing { unlocked_only: bool, since: i64 },
    /// The directory took the new password, or only the unlock.
    Done { unlocked_only: bool },
}

/// A step that is not available from where the flow is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResetStepError {
    #[error("this step is not available now")]
    NotNow,
    #[error("that gate is not offered to this user")]
    GateNotOffered,
    #[error("a gate of that method was passed already")]
    MethodAlreadyPassed,
}

/// One reset in progress. Kept on the server only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetFlow {
    pub stage: Stage,
    pub gates_required: u8,
    pub offered: Vec<Gate>,
    pub passed: BTreeSet<Method>,
    /// Whether the rules let this user reset; only acted on after the
    /// first gate, so that the first steps look the same for everyone.
    pub eligible: bool,
    /// The account is locked and the policy allows unlocking alone.
    pub unlock_offered: bool,
    /// The questions picked the first time the questions gate was
    /// chosen, asked again until answered so that going back and forth
    /// does not shop for easier ones.
    pub questions: Vec<Question>,
}

impl ResetFlow {
    pub fn new(offered: Vec<Gate>, policy: &SsprPolicy, eligible: bool, locked: bool) -> Self {
        Self {
            stage: Stage::Choose,
            gates_required: policy.methods_required.clamp(1, 2),
            offered,
            passed: BTreeSet::new(),
            eligible,
            unlock_offered: locked && policy.allow_unlock_without_reset,
            questions: Vec::new(),
        }
    }

    /// Gates still open to the user: offered, and of a method not passed.
    pub fn open_gates(&self) -> Vec<Gate> {
        self.offered.iter().copied().filter(|g| !self.passed.contains(&g.method())).collect()
    }

    /// The user picked `gate`; `fresh` are questions to ask when it is the
    /// questions gate and none were picked before.
    pub fn choose(&mut self, gate: Gate, fresh: Vec<Question>) -> Result<(), ResetStepError> {
        if !matches!(self.stage, Stage::Choose | Stage::Code(_)) {
            return Err(ResetStepError::NotNow);
        }
        if !self.offered.contains(&gate) {
            return Err(ResetStepError::GateNotOffered);
        }
        if self.passed.contains(&gate.method()) {
            return Err(ResetStepError::MethodAlreadyPassed);
        }
        self.stage = match gate {
            Gate::SecurityQuestions => {
                if self.questions.is_empty() {
                    self.questions = fresh;
                }
                Stage::Questions(self.questions.clone())
            }
            _ => Stage::Code(gate),
        };
        Ok(())
    }

    /// The gate being passed now, if any.
    pub fn current_gate(&self) -> Option<Gate> {
        match &self.stage {
            Stage::Code(gate) => Some(*gate),
            Stage::Questions(_) => Some(Gate::SecurityQuestions),
            _ => None,
        }
    }

    /// The current gate was passed. The first pass is where an
    /// ineligible user learns they cannot go on.
    pub fn pass_current(&mut self) -> Result<(), ResetStepError> {
        let gate = self.current_gate().ok_or(ResetStepError::NotNow)?;
        if !self.passed.insert(gate.method()) {
            return Err(ResetStepError::MethodAlreadyPassed);
        }
        self.stage = if !self.eligible {
            Stage::Ineligible
        } else if self.passed.len() >= usize::from(self.gates_required) {
            Stage::NewPassword
        } else {
            Stage::Choose
        };
        Ok(())
    }

    /// Back from a gate to the choice of gates.
    pub fn back_to_choice(&mut self) -> Result<(), ResetStepError> {
        match self.stage {
            Stage::Code(_) | Stage::Questions(_) => {
                self.stage = Stage::Choose;
                Ok(())
            }
            _ => Err(ResetStepError::NotNow),
        }
    }

    /// Whether the new password (or unlock) may be written: checked again
    /// at the last step, whatever the pages did before.
    pub fn may_commit(&self) -> bool {
        self.stage == Stage::NewPassword
            && self.eligible
            && self.passed.len() >= usize::from(self.gates_required)
            && self.passed.iter().all(|m| self.offered.iter().any(|g| g.method() == *m))
    }

    /// The change is about to be written to another directory, `now`;
    /// recorded first so that a crash before it is confirmed is found.
    pub fn start_writing(&mut self, unlocked_only: bool, now: i64) -> Result<(), ResetStepError> {
        if !self.may_commit() || (unlocked_only && !self.unlock_offered) {
            return Err(ResetStepError::NotNow);
        }
        self.stage = Stage::Writing { unlocked_only, since: now };
        Ok(())
    }

    /// The directory took the change: written with the built-in one from
    /// the last step, or confirmed by another one. Unlocking alone is only
    /// for a locked account under a policy that allows it.
    pub fn finish(&mut self, unlocked_only: bool) -> Result<(), ResetStepError> {
        let confirmed =
            matches!(self.stage, Stage::Writing { unlocked_only: u, .. } if u == unlocked_only);
        if !confirmed && (!self.may_commit() || (unlocked_only && !self.unlock_offered)) {
            return Err(ResetStepError::NotNow);
        }
        self.stage = Stage::Done { unlocked_only };
        Ok(())
    }

    /// The directory refused the change, or its write was lost: back to
    /// the last step, where it can be tried again.
    pub fn write_failed(&mut self) -> Result<(), ResetStepError> {
        match self.stage {
            Stage::Writing { .. } => {
                self.stage = Stage::NewPassword;
                Ok(())
            }
            _ => Err(ResetStepError::NotNow),
        }
    }

    /// Whether a write begun at `since` was lost by `now`.
    pub fn write_lost(&self, now: i64) -> bool {
        let timeout = super::unix_time::seconds(DIRECTORY_WRITE_TIMEOUT);
        matches!(self.stage, Stage::Writing { since, .. } if now.saturating_sub(since) >= timeout)
    }

    /// "Step 2 of 2" while passing gates.
    pub fn gate_number(&self) -> u8 {
        u8::try_from(self.passed.len()).unwrap_or(u8::MAX).saturating_add(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sspr_policy::example_policy;

    fn policy(required: u8) -> SsprPolicy {
        SsprPolicy {
            methods_required: required,
            enabled_methods: [Method::Email, Method::MobilePhone, Method::SecurityQuestions].into(),
            ..example_policy()
        }
    }

    fn flow(required: u8) -> ResetFlow {
        let methods = [Method::Email, Method::MobilePhone, Method::SecurityQuestions].into();
        ResetFlow::new(offered_gates(&methods, &policy(required)), &policy(required), true, false)
    }

    #[test]
    fn only_gates_of_enabled_methods_the_user_has_are_offered() {
        let methods = [Method::Email, Method::OfficePhone, Method::MobilePhone].into();
        assert_eq!(
            offered_gates(&methods, &policy(1)),
            vec![Gate::Email, Gate::MobileSms, Gate::MobileVoice]
        );
    }

    #[test]
    fn one_gate_leads_to_the_new_password() {
        let mut f = flow(1);
        f.choose(Gate::Email, vec![]).unwrap();
        assert_eq!(f.stage, Stage::Code(Gate::Email));
        f.pass_current().unwrap();
        assert_eq!(f.stage, Stage::NewPassword);
        assert!(f.may_commit());
        assert_eq!(f.finish(true), Err(ResetStepError::NotNow), "not locked: no unlock only");
        f.finish(false).unwrap();
        assert_eq!(f.stage, Stage::Done { unlocked_only: false });
        assert_eq!(f.finish(false), Err(ResetStepError::NotNow), "done once");
    }

    #[test]
    fn two_gates_must_be_two_methods() {
        let mut f = flow(2);
        f.choose(Gate::MobileSms, vec![]).unwrap();
        f.pass_current().unwrap();
        assert_eq!(f.stage, Stage::Choose);
        assert!(!f.may_commit());
        assert_eq!(f.choose(Gate::MobileVoice, vec![]), Err(ResetStepError::MethodAlreadyPassed));
        assert_eq!(f.open_gates(), vec![Gate::Email, Gate::SecurityQuestions]);
        assert_eq!(f.gate_number(), 2);
        f.choose(Gate::SecurityQuestions, vec![]).unwrap();
        f.pass_current().unwrap();
        assert!(f.may_commit());
    }

    #[test]
    fn later_steps_cannot_be_reached_early() {
        let mut f = flow(1);
        assert_eq!(f.pass_current(), Err(ResetStepError::NotNow));
        assert_eq!(f.finish(false), Err(ResetStepError::NotNow));
        assert_eq!(f.choose(Gate::OfficeVoice, vec![]), Err(ResetStepError::GateNotOffered));
        f.choose(Gate::Email, vec![]).unwrap();
        f.back_to_choice().unwrap();
        assert_eq!(f.pass_current(), Err(ResetStepError::NotNow));
    }

    #[test]
    fn the_questions_stay_the_same_until_answered() {
        use crate::domain::security_questions::PredefinedQuestion;
        let q = |id| Question::Predefined(PredefinedQuestion::parse(id).unwrap());
        let mut f = flow(1);
        f.choose(Gate::SecurityQuestions, vec![q("first-pet")]).unwrap();
        f.back_to_choice().unwrap();
        f.choose(Gate::SecurityQuestions, vec![q("first-job")]).unwrap();
        assert_eq!(f.stage, Stage::Questions(vec![q("first-pet")]));
    }

    #[test]
    fn an_ineligible_user_stops_after_the_first_gate() {
        let mut f = flow(2);
        f.eligible = false;
        f.choose(Gate::Email, vec![]).unwrap();
        f.pass_current().unwrap();
        assert_eq!(f.stage, Stage::Ineligible);
        assert!(!f.may_commit());
        assert_eq!(f.choose(Gate::MobileSms, vec![]), Err(ResetStepError::NotNow));
    }

    #[test]
    fn a_write_to_another_directory_is_recorded_then_confirmed_or_undone() {
        let mut f = flow(1);
        f.choose(Gate::Email, vec![]).unwrap();
        f.pass_current().unwrap();
        assert_eq!(f.start_writing(true, 100), Err(ResetStepError::NotNow), "not locked");
        f.start_writing(false, 100).unwrap();
        assert!(!f.may_commit(), "no second write while one is under way");
        assert_eq!(f.start_writing(false, 101), Err(ResetStepError::NotNow));
        assert_eq!(f.finish(true), Err(ResetStepError::NotNow), "not what was written");
        let timeout = crate::domain::unix_time::seconds(DIRECTORY_WRITE_TIMEOUT);
        assert!(!f.write_lost(100 + timeout - 1));
        assert!(f.write_lost(100 + timeout));
        let mut lost = f.clone();
        lost.write_failed().unwrap();
        assert_eq!(lost.stage, Stage::NewPassword);
        assert!(lost.may_commit(), "it can be tried again");
        f.finish(false).unwrap();
        assert_eq!(f.stage, Stage::Done { unlocked_only: false });
        assert_eq!(f.write_failed(), Err(ResetStepError::NotNow), "done stays done");
    }

    #[test]
    fn unlock_is_offered_only_when_locked_and_allowed() {
        let mut p = policy(1);
        assert!(!ResetFlow::new(vec![], &p, true, true).unlock_offered);
        p.allow_unlock_without_reset = true;
        assert!(ResetFlow::new(vec![], &p, true, true).unlock_offered);
        assert!(!ResetFlow::new(vec![], &p, true, false).unlock_offered);
    }

    #[test]
    fn decoys_are_stable_and_as_many_as_a_reset_needs() {
        for required in [1, 2] {
            let p = policy(required);
            for seed in 0..64 {
                let d = decoy_methods(seed, &p);
                assert!(d.len() >= usize::from(required), "{seed}: {d:?}");
                assert!(d.is_subset(&p.enabled_methods));
                assert_eq!(d, decoy_methods(seed, &p));
            }
        }
        let sets: BTreeSet<_> = (0..64).map(|s| decoy_methods(s, &policy(1))).collect();
        assert!(sets.len() > 1, "different ids get different methods");
    }

    #[test]
    fn gates_round_trip_through_their_names() {
        for g in Gate::ALL {
            assert_eq!(Gate::parse(g.as_str()), Some(g));
        }
        assert_eq!(Gate::parse("sms"), None);
    }
}
