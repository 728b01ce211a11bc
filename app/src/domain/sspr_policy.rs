//! The organisation's self-service password reset policy and its limits.

use super::helpdesk_link::HelpdeskLink;
use super::security_questions::{CustomQuestion, PredefinedQuestion};
use crate::i18n::Lang;
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
pub enum Method {
    Email,
    MobilePhone,
    OfficePhone,
    SecurityQuestions,
}

impl Method {
    /// The name used in forms, storage, the command line and the log.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.trim().parse().ok()
    }
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
    /// The predefined questions users may pick from.
    pub predefined_questions: BTreeSet<PredefinedQuestion>,
    /// The administrator's own questions, shown exactly as written.
    pub custom_questions: Vec<CustomQuestion>,
    /// The language of notices to users who have not used the portal yet
    /// and have none set by an administrator.
    #[serde(default)]
    pub default_language: Lang,
}

/// A policy field, for tying a problem to its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyField {
    Scope,
    EnabledMethods,
    CustomQuestions,
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
    CustomQuestionTwice { position: usize },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyViolation {
    pub field: PolicyField,
    pub problem: PolicyProblem,
}

impl SsprPolicy {
    /// The policy in force before an administrator sets one: self-service
    /// reset is off (nobody is in scope), with the usual settings ready
    /// for when it is turned on.
    pub fn initial() -> Self {
        Self {
            scope: Scope::Nobody,
            enabled_methods: [Method::Email, Method::MobilePhone].into(),
            methods_required: 1,
            questions_to_register: QUESTIONS_MIN,
            questions_to_reset: QUESTIONS_MIN,
            require_registration_at_sign_in: true,
            reconfirm_after_days: 180,
            notify_users_on_reset: true,
            notify_admins_on_admin_reset: true,
            password_writeback: false,
            allow_unlock_without_reset: false,
            helpdesk: None,
            predefined_questions: PredefinedQuestion::all().collect(),
            custom_questions: Vec::new(),
            default_language: Lang::En,
        }
    }

    /// Predefined plus custom questions users may pick from.
    pub fn available_questions(&self) -> usize {
        self.predefined_questions.len() + self.custom_questions.len()
    }

    /// Checks every rule and reports each broken one against its field.
    pub fn validate(&self) -> Result<(), Vec<PolicyViolation>> {
        self.validate_with(self.available_questions())
    }

    fn validate_with(&self, available_questions: usize) -> Result<(), Vec<PolicyViolation>> {
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
        for (position, question) in self.custom_questions.iter().enumerate() {
            if self.custom_questions[..position].contains(question) {
                report(F::CustomQuestions, P::CustomQuestionTwice { position });
            }
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
    SsprPolicy { scope: Scope::Everyone, ..SsprPolicy::initial() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> SsprPolicy {
        example_policy()
    }

    fn problems(p: &SsprPolicy, available: usize) -> Vec<(PolicyField, PolicyProblem)> {
        p.validate_with(available)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.field, v.problem))
            .collect()
    }

    #[test]
    fn a_sensible_policy_is_valid() {
        assert_eq!(policy().validate_with(35), Ok(()));
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
        assert_eq!(SsprPolicy { methods_required: 2, ..policy() }.validate_with(35), Ok(()));
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
                    .validate_with(35),
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
        assert_eq!(p.validate_with(5), Ok(()));
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
            assert_eq!(
                SsprPolicy { reconfirm_after_days: days, ..policy() }.validate_with(35),
                Ok(())
            );
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
            SsprPolicy { scope: Scope::Group("sspr-users".into()), ..policy() }.validate_with(35),
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

    #[test]
    fn the_available_questions_are_the_chosen_predefined_plus_the_custom_ones() {
        let custom = |t: &str| CustomQuestion::parse(t).unwrap();
        let p = SsprPolicy {
            predefined_questions: PredefinedQuestion::all().take(1).collect(),
            custom_questions: vec![custom("Where did we meet?")],
            questions_to_register: 3,
            ..policy()
        };
        assert_eq!(p.available_questions(), 2);
        assert!(p.validate().is_err(), "two questions cannot cover three to register");
        let p = SsprPolicy {
            custom_questions: vec![custom("Where did we meet?"), custom("Team name?")],
            ..p
        };
        assert_eq!(p.validate(), Ok(()));
    }

    #[test]
    fn a_custom_question_may_not_be_listed_twice() {
        let q = CustomQuestion::parse("Where did we meet?").unwrap();
        let p = SsprPolicy { custom_questions: vec![q.clone(), q], ..policy() };
        assert_eq!(
            problems(&p, 35),
            vec![(
                PolicyField::CustomQuestions,
                PolicyProblem::CustomQuestionTwice { position: 1 }
            )]
        );
    }

    #[test]
    fn a_stored_policy_reads_back_through_the_parsers() {
        let p = SsprPolicy {
            helpdesk: Some(HelpdeskLink::parse("help@contoso.example").unwrap()),
            custom_questions: vec![CustomQuestion::parse("Team name?").unwrap()],
            ..policy()
        };
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<SsprPolicy>(&json).unwrap(), p);
        for (good, bad) in [
            ("help@contoso.example", "javascript:alert(1)"),
            ("Team name?", ""),
            ("\"first-job\"", "\"no-such-question\""),
        ] {
            let tampered = json.replace(good, bad);
            assert!(serde_json::from_str::<SsprPolicy>(&tampered).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_initial_policy_is_valid_and_lets_nobody_reset() {
        let p = SsprPolicy::initial();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(p.scope, Scope::Nobody);
    }
}
