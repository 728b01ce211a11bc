//! A user as the directory knows them, and the security info they
//! registered. Together they give the facts the eligibility rules read.

use super::answered_questions::Question;
use super::contact_methods::ContactFields;
use super::eligibility::{PasswordManagement, UserFacts};
use super::email::Email;
use super::phone_number::PhoneNumber;
use super::roles::Role;
use super::sspr_policy::{Method, SsprPolicy};
use super::user_name::UserName;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Longest display or group name, in characters.
pub const NAME_MAX_CHARS: usize = 256;

/// Members belong to the organisation; guests were invited from outside
/// and reset with the address their invitation went to.
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
pub enum UserType {
    Member,
    Guest,
}

impl UserType {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(raw: &str) -> Option<Self> {
        raw.trim().parse().ok()
    }
}

/// A display or group name: trimmed, 1–256 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DirectoryName(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryNameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name is longer than {NAME_MAX_CHARS} characters")]
    TooLong,
    #[error("the name contains control characters")]
    ControlCharacter,
}

impl DirectoryName {
    pub fn parse(raw: &str) -> Result<Self, DirectoryNameError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(DirectoryNameError::Empty);
        }
        if raw.chars().count() > NAME_MAX_CHARS {
            return Err(DirectoryNameError::TooLong);
        }
        if raw.chars().any(char::is_control) {
            return Err(DirectoryNameError::ControlCharacter);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DirectoryName {
    type Error = DirectoryNameError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<DirectoryName> for String {
    fn from(name: DirectoryName) -> Self {
        name.0
    }
}

/// Everything the directory holds about a user except secrets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserProfile {
    pub user_principal_name: UserName,
    pub display_name: DirectoryName,
    pub primary_email: Option<Email>,
    pub alternate_email: Option<Email>,
    /// Public directory phones. Office Phone is set by administrators only.
    pub mobile_phone: Option<PhoneNumber>,
    pub office_phone: Option<PhoneNumber>,
    pub user_type: UserType,
    pub roles: BTreeSet<Role>,
    pub groups: BTreeSet<DirectoryName>,
    pub licensed: bool,
    pub enabled: bool,
    pub password_management: PasswordManagement,
    pub locked: bool,
    /// The language notices to this user are written in: the last one
    /// they used the portal in, or one an administrator set.
    pub preferred_language: Option<Lang>,
}

/// What a user registered for authentication. Answers are never part of
/// it: only which questions were answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityInfo {
    pub authentication_phone: Option<PhoneNumber>,
    pub authentication_email: Option<Email>,
    pub answered_questions: Vec<Question>,
    pub registered_at: Option<i64>,
    pub last_confirmed_at: Option<i64>,
    pub prompt_dismissals: u32,
    pub last_dismissed_at: Option<i64>,
}

impl UserProfile {
    /// A member with no contact data, roles or groups, licensed, enabled,
    /// managed here: the starting point for building users.
    pub fn new(user_principal_name: UserName, display_name: DirectoryName) -> Self {
        Self {
            user_principal_name,
            display_name,
            primary_email: None,
            alternate_email: None,
            mobile_phone: None,
            office_phone: None,
            user_type: UserType::Member,
            roles: BTreeSet::new(),
            groups: BTreeSet::new(),
            licensed: true,
            enabled: true,
            password_management: PasswordManagement::Cloud,
            locked: false,
            preferred_language: None,
        }
    }

    /// The user's contact fields, private and public. A guest's invitation
    /// address stands in for the alternate email when none is set.
    pub fn contact_fields(&self, info: &SecurityInfo) -> ContactFields<PhoneNumber, Email> {
        let alternate = match (self.user_type, &self.alternate_email) {
            (UserType::Guest, None) => self.primary_email.clone(),
            (_, alternate) => alternate.clone(),
        };
        ContactFields {
            authentication_phone: info.authentication_phone.clone(),
            mobile_phone: self.mobile_phone.clone(),
            office_phone: self.office_phone.clone(),
            authentication_email: info.authentication_email.clone(),
            alternate_email: alternate,
        }
    }

    /// The facts the eligibility rules need, under `policy`.
    pub fn facts(&self, info: &SecurityInfo, policy: &SsprPolicy) -> UserFacts {
        let contact = self.contact_fields(info);
        let mut methods = BTreeSet::new();
        if contact.email().is_some() {
            methods.insert(Method::Email);
        }
        if contact.mobile().is_some() {
            methods.insert(Method::MobilePhone);
        }
        if contact.office().is_some() {
            methods.insert(Method::OfficePhone);
        }
        if info.answered_questions.len() >= usize::from(policy.questions_to_reset) {
            methods.insert(Method::SecurityQuestions);
        }
        UserFacts {
            enabled: self.enabled,
            licensed: self.licensed,
            groups: self.groups.iter().map(|g| g.as_str().to_owned()).collect(),
            password_management: self.password_management,
            methods_with_data: methods,
            last_confirmed_at: info.last_confirmed_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::security_questions::PredefinedQuestion;
    use crate::domain::sspr_policy::example_policy;

    fn ada() -> UserProfile {
        UserProfile::new(
            UserName::parse("ada@contoso.example").unwrap(),
            DirectoryName::parse("Ada Lovelace").unwrap(),
        )
    }

    fn email(s: &str) -> Email {
        Email::parse(s).unwrap()
    }

    #[test]
    fn names_are_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(DirectoryName::parse("  Sales ").unwrap().as_str(), "Sales");
        assert_eq!(DirectoryName::parse(" "), Err(DirectoryNameError::Empty));
        assert!(DirectoryName::parse(&"a".repeat(NAME_MAX_CHARS)).is_ok());
        assert_eq!(
            DirectoryName::parse(&"a".repeat(NAME_MAX_CHARS + 1)),
            Err(DirectoryNameError::TooLong)
        );
        assert_eq!(DirectoryName::parse("a\nb"), Err(DirectoryNameError::ControlCharacter));
    }

    #[test]
    fn user_types_read_back() {
        assert_eq!(UserType::parse("guest"), Some(UserType::Guest));
        assert_eq!(UserType::parse(UserType::Member.as_str()), Some(UserType::Member));
        assert_eq!(UserType::parse("robot"), None);
    }

    #[test]
    fn a_guest_resets_with_the_invitation_address() {
        let guest = UserProfile {
            user_type: UserType::Guest,
            primary_email: Some(email("vendor@fabrikam.example")),
            ..ada()
        };
        let info = SecurityInfo::default();
        assert_eq!(
            guest.contact_fields(&info).email().map(|r| r.value),
            Some(email("vendor@fabrikam.example"))
        );
        // A member's primary address is not a reset method.
        let member = UserProfile { user_type: UserType::Member, ..guest };
        assert_eq!(member.contact_fields(&info).email(), None);
    }

    #[test]
    fn facts_count_a_method_only_when_it_has_data() {
        let policy = example_policy();
        let user = UserProfile {
            mobile_phone: Some(PhoneNumber::parse("+393471234567", None).unwrap()),
            ..ada()
        };
        let answered: Vec<Question> =
            PredefinedQuestion::all().take(2).map(Question::Predefined).collect();
        let info = SecurityInfo { answered_questions: answered.clone(), ..SecurityInfo::default() };
        let facts = user.facts(&info, &policy);
        assert_eq!(facts.methods_with_data, [Method::MobilePhone].into());

        let mut answered = answered;
        answered.extend(PredefinedQuestion::all().skip(2).take(1).map(Question::Predefined));
        let info = SecurityInfo {
            answered_questions: answered,
            authentication_email: Some(email("ada@home.example")),
            last_confirmed_at: Some(7),
            ..SecurityInfo::default()
        };
        let facts = user.facts(&info, &policy);
        assert_eq!(
            facts.methods_with_data,
            [Method::Email, Method::MobilePhone, Method::SecurityQuestions].into()
        );
        assert_eq!(facts.last_confirmed_at, Some(7));
    }
}
