//! Administrators reset under a stronger rule than the users they look
//! after, as the reference product does: whoever holds a privileged role
//! passes two gates of two different methods, and never the security
//! questions (answers can be looked up or guessed), whatever the user
//! policy says. Email and mobile phone are always theirs to use; the
//! office phone only where the policy enables it. Everything else (scope,
//! notices, writeback, unlock) is the organisation's policy.

use super::roles::{is_privileged, Role};
use super::sspr_policy::{Method, SsprPolicy};
use std::collections::BTreeSet;

/// Gates an administrator's reset must pass, each of its own method.
pub const ADMINISTRATOR_METHODS_REQUIRED: u8 = 2;

/// The policy that applies to someone holding `roles`.
pub fn policy_for(policy: &SsprPolicy, roles: &BTreeSet<Role>) -> SsprPolicy {
    let roles: Vec<Role> = roles.iter().copied().collect();
    if !is_privileged(&roles) {
        return policy.clone();
    }
    let mut enabled: BTreeSet<Method> = [Method::Email, Method::MobilePhone].into();
    if policy.enabled_methods.contains(&Method::OfficePhone) {
        enabled.insert(Method::OfficePhone);
    }
    SsprPolicy {
        enabled_methods: enabled,
        methods_required: ADMINISTRATOR_METHODS_REQUIRED,
        ..policy.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sspr_policy::example_policy;

    fn lenient() -> SsprPolicy {
        SsprPolicy {
            enabled_methods: [Method::SecurityQuestions, Method::Email].into(),
            methods_required: 1,
            ..example_policy()
        }
    }

    #[test]
    fn users_keep_the_organisations_policy() {
        assert_eq!(policy_for(&lenient(), &BTreeSet::new()), lenient());
    }

    #[test]
    fn every_privileged_role_needs_two_methods_and_never_questions() {
        for role in Role::ALL {
            let p = policy_for(&lenient(), &[role].into());
            assert_eq!(p.methods_required, 2, "{role:?}");
            assert_eq!(p.enabled_methods, [Method::Email, Method::MobilePhone].into(), "{role:?}");
            assert_eq!(p.scope, lenient().scope);
        }
    }

    #[test]
    fn the_office_phone_only_where_the_policy_enables_it() {
        let mut with_office = lenient();
        with_office.enabled_methods.insert(Method::OfficePhone);
        let p = policy_for(&with_office, &[Role::GlobalAdministrator].into());
        assert!(p.enabled_methods.contains(&Method::OfficePhone));
        assert!(!p.enabled_methods.contains(&Method::SecurityQuestions));
    }
}
