//! Administrator roles and who may reset whose password.

use serde::{Deserialize, Serialize};

/// A directory role that matters to password reset.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Role {
    GlobalAdministrator,
    PasswordAdministrator,
    UserAdministrator,
    /// Brands the pages and emails in the studio; resets nobody.
    BrandingAdministrator,
    /// Any other administrator role (security, billing, …): privileged,
    /// but without the right to reset passwords.
    OtherPrivileged,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::GlobalAdministrator,
        Role::PasswordAdministrator,
        Role::UserAdministrator,
        Role::BrandingAdministrator,
        Role::OtherPrivileged,
    ];

    /// The name administrators write in CSV files and on the command line.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.trim().parse().ok()
    }

    /// Roles that may reset other users' passwords.
    pub fn resets_passwords(self) -> bool {
        matches!(
            self,
            Role::GlobalAdministrator | Role::PasswordAdministrator | Role::UserAdministrator
        )
    }
}

/// Who may use the branding studio: branding and global administrators.
pub fn can_brand(roles: &[Role]) -> bool {
    roles.iter().any(|r| matches!(r, Role::GlobalAdministrator | Role::BrandingAdministrator))
}

/// Whether anyone holding `roles` is a privileged administrator.
pub fn is_privileged(roles: &[Role]) -> bool {
    !roles.is_empty()
}

/// The seeds' rule: only global, password and user administrators reset
/// users' passwords, and only a global administrator resets the password
/// of another privileged administrator. Everyone else sees the button
/// greyed out.
pub fn can_reset_password(actor: &[Role], target: &[Role]) -> bool {
    if !actor.iter().any(|r| r.resets_passwords()) {
        return false;
    }
    if is_privileged(target) {
        return actor.contains(&Role::GlobalAdministrator);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::Role::*;
    use super::*;

    const ALL: [Role; 5] = Role::ALL;

    #[test]
    fn the_three_resetting_roles_reset_ordinary_users() {
        for actor in [GlobalAdministrator, PasswordAdministrator, UserAdministrator] {
            assert!(can_reset_password(&[actor], &[]), "{actor:?}");
        }
    }

    #[test]
    fn users_and_other_admins_reset_nobody() {
        assert!(!can_reset_password(&[], &[]));
        assert!(!can_reset_password(&[OtherPrivileged], &[]));
        assert!(!can_reset_password(&[BrandingAdministrator], &[]));
        for target in ALL {
            assert!(!can_reset_password(&[], &[target]));
            assert!(!can_reset_password(&[OtherPrivileged], &[target]));
        }
    }

    #[test]
    fn only_global_administrators_reset_privileged_administrators() {
        for target in ALL {
            assert!(can_reset_password(&[GlobalAdministrator], &[target]), "{target:?}");
            assert!(!can_reset_password(&[PasswordAdministrator], &[target]), "{target:?}");
            assert!(!can_reset_password(&[UserAdministrator], &[target]), "{target:?}");
        }
        // Holding several roles: the strongest one counts.
        assert!(can_reset_password(
            &[UserAdministrator, GlobalAdministrator],
            &[PasswordAdministrator]
        ));
    }

    #[test]
    fn only_branding_and_global_administrators_brand() {
        assert!(can_brand(&[BrandingAdministrator]));
        assert!(can_brand(&[UserAdministrator, GlobalAdministrator]));
        for role in [PasswordAdministrator, UserAdministrator, OtherPrivileged] {
            assert!(!can_brand(&[role]), "{role:?}");
        }
        assert!(!can_brand(&[]));
    }

    #[test]
    fn role_names_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse(" user-administrator "), Some(UserAdministrator));
        assert_eq!(Role::parse("root"), None);
    }
}
