//! Who may reset their password, and who must register or reconfirm
//! their security info first, under a policy.

use super::sspr_policy::{Method, Scope, SsprPolicy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

/// Where the user's password is managed.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum PasswordManagement {
    /// In this portal's own directory.
    Cloud,
    /// In an on-premises directory; reset needs password writeback.
    OnPremises,
}

impl PasswordManagement {
    /// The name stored in the database and written in CSV files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.trim().parse().ok()
    }
}

/// What the rules need to know about one user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserFacts {
    pub enabled: bool,
    pub licensed: bool,
    pub groups: BTreeSet<String>,
    pub password_management: PasswordManagement,
    /// Methods for which the user has data: a resolved phone or email, an
    /// office phone, or enough answered questions for a reset.
    pub methods_with_data: BTreeSet<Method>,
    /// Unix seconds of the last registration or reconfirmation.
    pub last_confirmed_at: Option<i64>,
}

impl UserFacts {
    fn in_scope(&self, policy: &SsprPolicy) -> bool {
        match &policy.scope {
            Scope::Nobody => false,
            Scope::Group(group) => self.groups.contains(group),
            Scope::Everyone => true,
        }
    }

    /// Enabled methods the user can actually pass.
    fn usable_methods(&self, policy: &SsprPolicy) -> BTreeSet<Method> {
        self.methods_with_data.intersection(&policy.enabled_methods).copied().collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetEligibility {
    CanReset { methods: BTreeSet<Method> },
    AccountDisabled,
    NotInScopeOrUnlicensed,
    NotEnoughMethods,
    OnPremisesWithoutWriteback,
}

/// The reset portal's checks, in the seeds' order: a valid account, the
/// feature enabled and licensed for the user, enough registered data for
/// the policy, and a password the portal can write.
pub fn reset_eligibility(user: &UserFacts, policy: &SsprPolicy) -> ResetEligibility {
    if !user.enabled {
        return ResetEligibility::AccountDisabled;
    }
    if !user.licensed || !user.in_scope(policy) {
        return ResetEligibility::NotInScopeOrUnlicensed;
    }
    let methods = user.usable_methods(policy);
    if methods.len() < usize::from(policy.methods_required) {
        return ResetEligibility::NotEnoughMethods;
    }
    if user.password_management == PasswordManagement::OnPremises && !policy.password_writeback {
        return ResetEligibility::OnPremisesWithoutWriteback;
    }
    ResetEligibility::CanReset { methods }
}

/// What to ask of a user who has just signed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationPrompt {
    /// Not enough methods for the policy: "more information required".
    Register,
    /// Registered, but the reconfirmation period has passed.
    Reconfirm,
    Nothing,
}

pub fn registration_prompt(user: &UserFacts, policy: &SsprPolicy, now: i64) -> RegistrationPrompt {
    if !policy.require_registration_at_sign_in || !user.enabled || !user.in_scope(policy) {
        return RegistrationPrompt::Nothing;
    }
    if user.usable_methods(policy).len() < usize::from(policy.methods_required) {
        return RegistrationPrompt::Register;
    }
    let period = i64::from(policy.reconfirm_after_days) * SECONDS_PER_DAY;
    let due = match user.last_confirmed_at {
        _ if policy.reconfirm_after_days == 0 => false,
        Some(confirmed) => now.saturating_sub(confirmed) >= period,
        None => true,
    };
    if due {
        RegistrationPrompt::Reconfirm
    } else {
        RegistrationPrompt::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> SsprPolicy {
        SsprPolicy {
            enabled_methods: [Method::Email, Method::MobilePhone, Method::SecurityQuestions].into(),
            ..crate::domain::sspr_policy::example_policy()
        }
    }

    fn user() -> UserFacts {
        UserFacts {
            enabled: true,
            licensed: true,
            groups: BTreeSet::new(),
            password_management: PasswordManagement::Cloud,
            methods_with_data: [Method::Email].into(),
            last_confirmed_at: Some(0),
        }
    }

    #[test]
    fn a_registered_cloud_user_can_reset_with_the_enabled_methods() {
        let u =
            UserFacts { methods_with_data: [Method::Email, Method::OfficePhone].into(), ..user() };
        // Office phone is not enabled by this policy, so it does not count.
        assert_eq!(
            reset_eligibility(&u, &policy()),
            ResetEligibility::CanReset { methods: [Method::Email].into() }
        );
    }

    #[test]
    fn disabled_accounts_come_first() {
        let u = UserFacts { enabled: false, licensed: false, ..user() };
        assert_eq!(reset_eligibility(&u, &policy()), ResetEligibility::AccountDisabled);
    }

    #[test]
    fn scope_and_licence() {
        let unlicensed = UserFacts { licensed: false, ..user() };
        assert_eq!(
            reset_eligibility(&unlicensed, &policy()),
            ResetEligibility::NotInScopeOrUnlicensed
        );
        let nobody = SsprPolicy { scope: Scope::Nobody, ..policy() };
        assert_eq!(reset_eligibility(&user(), &nobody), ResetEligibility::NotInScopeOrUnlicensed);
        let group = SsprPolicy { scope: Scope::Group("sspr".into()), ..policy() };
        assert_eq!(reset_eligibility(&user(), &group), ResetEligibility::NotInScopeOrUnlicensed);
        let member = UserFacts { groups: ["sspr".to_owned()].into(), ..user() };
        assert!(matches!(reset_eligibility(&member, &group), ResetEligibility::CanReset { .. }));
    }

    #[test]
    fn two_gates_need_two_methods_with_data() {
        let two = SsprPolicy { methods_required: 2, ..policy() };
        assert_eq!(reset_eligibility(&user(), &two), ResetEligibility::NotEnoughMethods);
        let u = UserFacts {
            methods_with_data: [Method::Email, Method::SecurityQuestions].into(),
            ..user()
        };
        assert!(
            matches!(reset_eligibility(&u, &two), ResetEligibility::CanReset { methods } if methods.len() == 2)
        );
        let none = UserFacts { methods_with_data: BTreeSet::new(), ..user() };
        assert_eq!(reset_eligibility(&none, &policy()), ResetEligibility::NotEnoughMethods);
    }

    #[test]
    fn on_premises_needs_writeback() {
        let u = UserFacts { password_management: PasswordManagement::OnPremises, ..user() };
        assert_eq!(reset_eligibility(&u, &policy()), ResetEligibility::OnPremisesWithoutWriteback);
        let writeback = SsprPolicy { password_writeback: true, ..policy() };
        assert!(matches!(reset_eligibility(&u, &writeback), ResetEligibility::CanReset { .. }));
    }

    #[test]
    fn unregistered_users_are_asked_to_register() {
        let u = UserFacts { methods_with_data: BTreeSet::new(), last_confirmed_at: None, ..user() };
        assert_eq!(registration_prompt(&u, &policy(), 0), RegistrationPrompt::Register);
        let optional = SsprPolicy { require_registration_at_sign_in: false, ..policy() };
        assert_eq!(registration_prompt(&u, &optional, 0), RegistrationPrompt::Nothing);
        let out = SsprPolicy { scope: Scope::Nobody, ..policy() };
        assert_eq!(registration_prompt(&u, &out, 0), RegistrationPrompt::Nothing);
    }

    #[test]
    fn reconfirmation_falls_due_exactly_after_the_period() {
        let day = SECONDS_PER_DAY;
        let u = UserFacts { last_confirmed_at: Some(1_000 * day), ..user() };
        assert_eq!(
            registration_prompt(&u, &policy(), 1_180 * day - 1),
            RegistrationPrompt::Nothing
        );
        assert_eq!(registration_prompt(&u, &policy(), 1_180 * day), RegistrationPrompt::Reconfirm);
        let never = SsprPolicy { reconfirm_after_days: 0, ..policy() };
        assert_eq!(registration_prompt(&u, &never, 100_000 * day), RegistrationPrompt::Nothing);
    }

    #[test]
    fn password_management_names_read_back() {
        for m in [PasswordManagement::Cloud, PasswordManagement::OnPremises] {
            assert_eq!(PasswordManagement::parse(m.as_str()), Some(m));
        }
        assert_eq!(PasswordManagement::parse("hybrid"), None);
    }
}
