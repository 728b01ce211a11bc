//! Rows as the database returns them, and their parsing into domain types.

use super::StoreError;
use app::domain::{
    directory_user::{DirectoryName, UserProfile, UserType},
    eligibility::PasswordManagement,
    email::Email,
    phone_number::PhoneNumber,
    UserName,
};
use app::i18n::Lang;

/// The columns every user query selects, in [`UserRow`]'s order.
/// Flags are cast: SQLite keeps them as integers, PostgreSQL as booleans.
pub const USER_COLUMNS: &str = "id, user_principal_name, display_name, primary_email, \
    alternate_email, mobile_phone, office_phone, user_type, \
    CAST(licensed AS INTEGER) AS licensed, CAST(enabled AS INTEGER) AS enabled, \
    password_managed, CAST(locked AS INTEGER) AS locked, preferred_language";

#[derive(sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub user_principal_name: String,
    pub display_name: String,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub user_type: String,
    pub licensed: i64,
    pub enabled: i64,
    pub password_managed: String,
    pub locked: i64,
    pub preferred_language: Option<String>,
}

impl UserRow {
    /// The profile without roles and groups, which live in their own tables.
    pub fn into_profile(self) -> Result<UserProfile, StoreError> {
        let mut profile = UserProfile::new(
            UserName::parse(&self.user_principal_name)
                .map_err(|_| StoreError::Corrupt("user principal name"))?,
            DirectoryName::parse(&self.display_name)
                .map_err(|_| StoreError::Corrupt("display name"))?,
        );
        profile.primary_email = email(self.primary_email, "primary email")?;
        profile.alternate_email = email(self.alternate_email, "alternate email")?;
        profile.mobile_phone = phone(self.mobile_phone, "mobile phone")?;
        profile.office_phone = phone(self.office_phone, "office phone")?;
        profile.user_type =
            UserType::parse(&self.user_type).ok_or(StoreError::Corrupt("user type"))?;
        profile.licensed = self.licensed != 0;
        profile.enabled = self.enabled != 0;
        profile.password_management = PasswordManagement::parse(&self.password_managed)
            .ok_or(StoreError::Corrupt("password management"))?;
        profile.locked = self.locked != 0;
        // Matched loosely: a directory may hold `de-AT`; one sspr does not
        // speak leaves the user on the policy's default.
        profile.preferred_language = self.preferred_language.as_deref().and_then(Lang::from_tag);
        Ok(profile)
    }
}

pub fn email(raw: Option<String>, what: &'static str) -> Result<Option<Email>, StoreError> {
    raw.map(|raw| Email::parse(&raw).map_err(|_| StoreError::Corrupt(what))).transpose()
}

pub fn phone(raw: Option<String>, what: &'static str) -> Result<Option<PhoneNumber>, StoreError> {
    raw.map(|raw| PhoneNumber::parse(&raw, None).map_err(|_| StoreError::Corrupt(what))).transpose()
}
