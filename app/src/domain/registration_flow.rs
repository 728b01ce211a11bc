//! The registration wizard as a state machine: which steps a registration
//! has, where the user is, and when it may be saved. Each step is done or
//! skipped before the summary; nothing is saved before the summary.

use super::answered_questions::Question;
use super::channel::Channel;
use super::email::Email;
use super::phone_number::PhoneNumber;
use super::sspr_policy::{Method, SsprPolicy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Duration;

/// A started registration is abandoned after this long.
pub const REGISTRATION_FLOW_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// One page of the wizard: a method the user registers.
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
pub enum Step {
    MobilePhone,
    Email,
    SecurityQuestions,
}

impl Step {
    /// Steps in the order they are offered.
    pub const ALL: [Step; 3] = [Step::MobilePhone, Step::Email, Step::SecurityQuestions];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.parse().ok()
    }

    pub fn method(self) -> Method {
        match self {
            Step::MobilePhone => Method::MobilePhone,
            Step::Email => Method::Email,
            Step::SecurityQuestions => Method::SecurityQuestions,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepState {
    Pending,
    /// Verified (a code was entered) or answered, waiting for the summary.
    Done,
    Skipped,
}

/// The steps of one registration, in the order shown. Office phone is
/// never a step: only an administrator sets it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationPlan(Vec<Step>);

impl RegistrationPlan {
    /// Every method the policy enables that a user can register.
    pub fn for_policy(policy: &SsprPolicy) -> Option<Self> {
        let steps: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| policy.enabled_methods.contains(&s.method()))
            .collect();
        (!steps.is_empty()).then_some(Self(steps))
    }

    /// Changing one method from the security-info page.
    pub fn single(step: Step, policy: &SsprPolicy) -> Option<Self> {
        policy.enabled_methods.contains(&step.method()).then_some(Self(vec![step]))
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    pub fn contains(&self, step: Step) -> bool {
        self.0.contains(&step)
    }

    /// Stored as `mobile_phone,email`.
    pub fn to_stored(&self) -> String {
        self.0.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
    }

    pub fn from_stored(raw: &str) -> Option<Self> {
        let steps: Option<Vec<Step>> = raw.split(',').map(Step::parse).collect();
        steps.filter(|s| !s.is_empty()).map(Self)
    }
}

/// Where the user is in the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// `number` of `of`, counted from 1.
    Step {
        step: Step,
        number: usize,
        of: usize,
    },
    Summary,
}

/// The first step still pending, or the summary once none is.
pub fn position(plan: &RegistrationPlan, state: impl Fn(Step) -> StepState) -> Position {
    let of = plan.steps().len();
    plan.steps()
        .iter()
        .enumerate()
        .find(|(_, s)| state(**s) == StepState::Pending)
        .map(|(i, s)| Position::Step { step: *s, number: i + 1, of })
        .unwrap_or(Position::Summary)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum FinishError {
    /// A step was neither completed nor skipped: someone posted the final
    /// step without the earlier ones.
    #[error("earlier steps are not complete")]
    StepsPending,
    #[error("nothing was registered")]
    NothingToSave,
    /// After saving, the user would still have fewer methods than a reset
    /// needs.
    #[error("{needed} methods are needed")]
    NotEnoughMethods { needed: u8 },
}

/// Whether the summary may be saved. `methods_after` counts the methods
/// the policy enables for which the user will have data once saved.
pub fn check_finish(
    plan: &RegistrationPlan,
    state: impl Fn(Step) -> StepState,
    methods_after: usize,
    policy: &SsprPolicy,
) -> Result<(), FinishError> {
    if plan.steps().iter().any(|s| state(*s) == StepState::Pending) {
        return Err(FinishError::StepsPending);
    }
    if !plan.steps().iter().any(|s| state(*s) == StepState::Done) {
        return Err(FinishError::NothingToSave);
    }
    if methods_after < usize::from(policy.methods_required) {
        return Err(FinishError::NotEnoughMethods { needed: policy.methods_required });
    }
    Ok(())
}

/// The state of one registration, kept on the server between pages. It
/// holds only what may be shown again: verified contact values, never
/// answers (their hashes are stored beside it) and never codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationFlow {
    pub plan: RegistrationPlan,
    pub progress: BTreeMap<Step, StepState>,
    /// Proven by a code, saved at the summary.
    pub verified_phone: Option<PhoneNumber>,
    pub verified_email: Option<Email>,
    /// A code was sent here and waits to be entered.
    pub pending_phone: Option<(PhoneNumber, Channel)>,
    pub pending_email: Option<Email>,
    /// Questions answered (answers hashed elsewhere), in order.
    pub answered: Vec<Question>,
}

impl RegistrationFlow {
    pub fn new(plan: RegistrationPlan) -> Self {
        Self {
            plan,
            progress: BTreeMap::new(),
            verified_phone: None,
            verified_email: None,
            pending_phone: None,
            pending_email: None,
            answered: Vec::new(),
        }
    }

    pub fn state(&self, step: Step) -> StepState {
        self.progress.get(&step).copied().unwrap_or(StepState::Pending)
    }

    pub fn position(&self) -> Position {
        position(&self.plan, |s| self.state(s))
    }

    /// Whether `step` is the one the user is on: posts for any other step
    /// are refused, so steps are taken in order.
    pub fn is_current(&self, step: Step) -> bool {
        matches!(self.position(), Position::Step { step: current, .. } if current == step)
    }

    pub fn settle(&mut self, step: Step, state: StepState) {
        self.progress.insert(step, state);
    }

    pub fn check_finish(
        &self,
        methods_after: usize,
        policy: &SsprPolicy,
    ) -> Result<(), FinishError> {
        check_finish(&self.plan, |s| self.state(s), methods_after, policy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sspr_policy::example_policy;

    fn policy(methods: &[Method], required: u8) -> SsprPolicy {
        SsprPolicy {
            enabled_methods: methods.iter().copied().collect(),
            methods_required: required,
            ..example_policy()
        }
    }

    fn states(pairs: &[(Step, StepState)]) -> impl Fn(Step) -> StepState {
        let map: BTreeMap<Step, StepState> = pairs.iter().copied().collect();
        move |s| map.get(&s).copied().unwrap_or(StepState::Pending)
    }

    #[test]
    fn steps_follow_the_enabled_methods_in_a_fixed_order() {
        let p = policy(&[Method::SecurityQuestions, Method::OfficePhone, Method::Email], 1);
        let plan = RegistrationPlan::for_policy(&p).unwrap();
        assert_eq!(plan.steps(), &[Step::Email, Step::SecurityQuestions]);
        assert_eq!(RegistrationPlan::from_stored(&plan.to_stored()), Some(plan));
        assert_eq!(RegistrationPlan::for_policy(&policy(&[Method::OfficePhone], 1)), None);
        assert_eq!(RegistrationPlan::single(Step::MobilePhone, &p), None);
        assert_eq!(RegistrationPlan::from_stored("email,fax"), None);
        assert_eq!(RegistrationPlan::from_stored(""), None);
    }

    #[test]
    fn the_position_is_the_first_pending_step() {
        let p = policy(&[Method::MobilePhone, Method::Email, Method::SecurityQuestions], 2);
        let plan = RegistrationPlan::for_policy(&p).unwrap();
        assert_eq!(
            position(&plan, states(&[])),
            Position::Step { step: Step::MobilePhone, number: 1, of: 3 }
        );
        let some = states(&[(Step::MobilePhone, StepState::Skipped)]);
        assert_eq!(position(&plan, some), Position::Step { step: Step::Email, number: 2, of: 3 });
        let all = states(&[
            (Step::MobilePhone, StepState::Done),
            (Step::Email, StepState::Skipped),
            (Step::SecurityQuestions, StepState::Done),
        ]);
        assert_eq!(position(&plan, all), Position::Summary);
    }

    #[test]
    fn finishing_needs_every_step_settled_and_enough_methods() {
        let p = policy(&[Method::MobilePhone, Method::Email], 2);
        let plan = RegistrationPlan::for_policy(&p).unwrap();
        let half = states(&[(Step::MobilePhone, StepState::Done)]);
        assert_eq!(check_finish(&plan, half, 1, &p), Err(FinishError::StepsPending));
        let skipped =
            states(&[(Step::MobilePhone, StepState::Skipped), (Step::Email, StepState::Skipped)]);
        assert_eq!(check_finish(&plan, skipped, 2, &p), Err(FinishError::NothingToSave));
        let one =
            states(&[(Step::MobilePhone, StepState::Done), (Step::Email, StepState::Skipped)]);
        assert_eq!(
            check_finish(&plan, &one, 1, &p),
            Err(FinishError::NotEnoughMethods { needed: 2 })
        );
        // A directory email already counts, so one new method is enough.
        assert_eq!(check_finish(&plan, &one, 2, &p), Ok(()));
    }

    #[test]
    fn a_flow_takes_steps_in_order() {
        let p = policy(&[Method::MobilePhone, Method::SecurityQuestions], 1);
        let mut flow = RegistrationFlow::new(RegistrationPlan::for_policy(&p).unwrap());
        assert!(flow.is_current(Step::MobilePhone));
        assert!(!flow.is_current(Step::SecurityQuestions));
        flow.settle(Step::MobilePhone, StepState::Skipped);
        assert!(flow.is_current(Step::SecurityQuestions));
        assert_eq!(flow.check_finish(1, &p), Err(FinishError::StepsPending));
        flow.settle(Step::SecurityQuestions, StepState::Done);
        assert_eq!(flow.position(), Position::Summary);
        assert_eq!(flow.check_finish(1, &p), Ok(()));
    }
}
