//! The organisation's self-service password reset policy and its limits.

use super::helpdesk_link::HelpdeskLink;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Questions a user answers when registering, and when resetting.
pub const QUESTIONS_MIN: u8 = 3;
pub const QUESTIONS_MAX: u8 = 5;
/// Days before users are asked to reconfirm their info; 0 means never.
pub const RECONFIRM_DAYS_MAX: u16 = 730;

/// Who may use self-service reset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    Nobody,
    Group(String),
    Everyone,
}

/// A way to prove who you are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Method {
    Email,
    MobilePhone,
    OfficePhone,
    SecurityQuestions,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsprPolicy {
    pub scope: Scope,
    pub enabled_methods: BTreeSet<Method>,
    /// 1 or 2: how many different methods a reset must pass.
    pub methods_required: u8,
    pub questions_to_register: u8,
    pub questions_to_reset: u8,
    pub require_registration_at_sign_in: bool,
    pub reconfirm_after_days: u16,
    pub notify_users_on_reset: bool,
    pub notify_admins_on_admin_reset: bool,
    pub password_writeback: bool,
    pub allow_unlock_without_reset: bool,
    /// Shown to users who cannot reset; already parsed, so always valid.
    pub helpdesk: Option<HelpdeskLink>,
}

/// A policy field, for tying a problem to its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyField {
    Scope,
    EnabledMethods,
    MethodsRequired,
    QuestionsToRegister,
    QuestionsToReset,
    ReconfirmAfterDays,
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyProblem {
    GroupNameMissing,
    NoMethodEnabled,
    MethodsRequiredOutOfRange,
    TwoMethodsNeedTwoEnabled,
    QuestionCountOutOfRange,
    ResetNeedsMoreQuestionsThanRegistered,
    FewerQuestionsThanRequired { available: usize },
    ReconfirmDaysOutOfRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyViolation {
    pub field: PolicyField,
    pub problem: PolicyProblem,
}

impl SsprPolicy {
    /// Checks every rule and reports each broken one against its field.
    /// `available_questions` counts the predefined plus the custom questions.
    pub fn validate(&self, available_questions: usize) -> Result<(), Vec<PolicyViolation>> {
        use PolicyField as F;
        use PolicyProblem as P;
        let mut found = Vec::new();
        let mut report = |field, problem| found.push(PolicyViolation { field, problem });

        if matches!(&self.scope, Scope::Group(name) if name.trim().is_empty()) {
            report(F::Scope, P::GroupNameMissing);
        }
        if self.enabled_methods.is_empty() {
            report(F::EnabledMethods, P::NoMethodEnabled);
        }
        match self.methods_required {
            1 => {}
            2 if self.enabled_methods.len() >= 2 => {}
            2 => report(F::MethodsRequired, P::TwoMethodsNeedTwoEnabled),
            _ => report(F::MethodsRequired, P::MethodsRequiredOutOfRange),
        }
        let range = QUESTIONS_MIN..=QUESTIONS_MAX;
        if !range.contains(&self.questions_to_register) {
            report(F::QuestionsToRegister, P::QuestionCountOutOfRange);
        } else if available_questions < usize::from(self.questions_to_register) {
            report(
                F::QuestionsToRegister,
                P::FewerQuestionsThanRequired { available: available_questions },
            );
        }
        if !range.contains(&self.questions_to_reset) {
            report(F::QuestionsToReset, P::QuestionCountOutOfRange);
        } else if self.questions_to_reset > self.questions_to_register {
            report(F::QuestionsToReset, P::ResetNeedsMoreQuestionsThanRegistered);
        }
        if self.reconfirm_after_days > RECONFIRM_DAYS_MAX {
            report(F::ReconfirmAfterDays, P::ReconfirmDaysOutOfRange);
        }
        if found.is_empty() {
            Ok(())
        } else {
            Err(found)
        }
    }
}

/// A valid, typical policy for tests to vary with `..example_policy()`.
#[cfg(test)]
pub(crate) fn example_policy() -> SsprPolicy {
    SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: [Method::Email, Method::MobilePhone].into(),
        methods_required: 1,
        questions_to_register: 3,
        questions_to_reset: 3,
        require_registration_at_sign_in: true,
        reconfirm_after_days: 180,
        notify_users_on_reset: true,
        notify_admins_on_admin_reset: true,
        password_writeback: false,
        allow_unlock_without_reset: false,
        helpdesk: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> SsprPolicy {
        example_policy()
    }

    fn problems(p: &SsprPolicy, available: usize) -> Vec<(PolicyField, PolicyProblem)> {
        p.validate(available)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.field, v.problem))
            .collect()
    }

    #[test]
    fn a_sensible_policy_is_valid() {
        assert_eq!(policy().validate(35), Ok(()));
    }

    #[test]
    fn at_least_one_method() {
        let p = SsprPolicy { enabled_methods: BTreeSet::new(), ..policy() };
        assert!(problems(&p, 35)
            .contains(&(PolicyField::EnabledMethods, PolicyProblem::NoMethodEnabled)));
    }

    #[test]
    fn one_or_two_methods_required_and_two_need_two_enabled() {
        for n in [0, 3] {
            let p = SsprPolicy { methods_required: n, ..policy() };
            assert_eq!(
                problems(&p, 35),
                vec![(PolicyField::MethodsRequired, PolicyProblem::MethodsRequiredOutOfRange)]
            );
        }
        assert_eq!(SsprPolicy { methods_required: 2, ..policy() }.validate(35), Ok(()));
        let one =
            SsprPolicy { methods_required: 2, enabled_methods: [Method::Email].into(), ..policy() };
        assert_eq!(
            problems(&one, 35),
            vec![(PolicyField::MethodsRequired, PolicyProblem::TwoMethodsNeedTwoEnabled)]
        );
    }

    #[test]
    fn question_counts_between_three_and_five() {
        for n in [2, 6] {
            let p = SsprPolicy { questions_to_register: n, questions_to_reset: 3, ..policy() };
            assert!(
                problems(&p, 35).contains(&(
                    PolicyField::QuestionsToRegister,
                    PolicyProblem::QuestionCountOutOfRange
                )),
                "{n}"
            );
            let p = SsprPolicy { questions_to_register: 5, questions_to_reset: n, ..policy() };
            assert_eq!(
                problems(&p, 35),
                vec![(PolicyField::QuestionsToReset, PolicyProblem::QuestionCountOutOfRange)],
                "{n}"
            );
        }
        for n in 3..=5 {
            assert_eq!(
                SsprPolicy { questions_to_register: 5, questions_to_reset: n, ..policy() }
                    .validate(35),
                Ok(())
            );
        }
    }

    #[test]
    fn reset_asks_no_more_questions_than_registration() {
        let p = SsprPolicy { questions_to_register: 3, questions_to_reset: 4, ..policy() };
        assert_eq!(
            problems(&p, 35),
            vec![(
                PolicyField::QuestionsToReset,
                PolicyProblem::ResetNeedsMoreQuestionsThanRegistered
            )]
        );
    }

    #[test]
    fn enough_questions_must_exist_to_register() {
        let p = SsprPolicy { questions_to_register: 5, ..policy() };
        assert_eq!(p.validate(5), Ok(()));
        assert_eq!(
            problems(&p, 4),
            vec![(
                PolicyField::QuestionsToRegister,
                PolicyProblem::FewerQuestionsThanRequired { available: 4 }
            )]
        );
    }

    #[test]
    fn reconfirmation_between_zero_and_730_days() {
        for days in [0, 730] {
            assert_eq!(SsprPolicy { reconfirm_after_days: days, ..policy() }.validate(35), Ok(()));
        }
        let p = SsprPolicy { reconfirm_after_days: 731, ..policy() };
        assert_eq!(
            problems(&p, 35),
            vec![(PolicyField::ReconfirmAfterDays, PolicyProblem::ReconfirmDaysOutOfRange)]
        );
    }

    #[test]
    fn a_group_scope_names_its_group() {
        let p = SsprPolicy { scope: Scope::Group("  ".into()), ..policy() };
        assert_eq!(problems(&p, 35), vec![(PolicyField::Scope, PolicyProblem::GroupNameMissing)]);
        assert_eq!(
            SsprPolicy { scope: Scope::Group("sspr-users".into()), ..policy() }.validate(35),
            Ok(())
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let p = SsprPolicy {
            enabled_methods: BTreeSet::new(),
            methods_required: 2,
            reconfirm_after_days: 1000,
            ..policy()
        };
        assert_eq!(problems(&p, 35).len(), 3);
    }
}
