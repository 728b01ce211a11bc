//! How `sspr user show` and `sspr user list` print a user. Answers and
//! hashes are never part of it; the authentication phone and email are
//! printed only for an administrator.

use crate::store::DirectoryUser;
use app::domain::{answered_questions::Question, directory_user::SecurityInfo, roles::Role};
use std::fmt::Write;

/// Who is looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Sees the private authentication phone and email in full.
    Administrator,
    /// Sees that they are registered, masked.
    Other,
}

/// One line per user, for listings.
pub fn summary_line(user: &DirectoryUser) -> String {
    let p = &user.profile;
    let mut flags = Vec::new();
    if !p.enabled {
        flags.push("disabled");
    }
    if !p.licensed {
        flags.push("unlicensed");
    }
    if p.locked {
        flags.push("locked");
    }
    if p.user_type == app::domain::directory_user::UserType::Guest {
        flags.push("guest");
    }
    let roles: Vec<&str> = p.roles.iter().map(|r| r.as_str()).collect();
    flags.extend(roles);
    format!("{}\t{}\t{}", p.user_principal_name.as_str(), p.display_name.as_str(), flags.join(","))
}

/// The whole record, as `key: value` lines.
pub fn details(user: &DirectoryUser, info: &SecurityInfo, audience: Audience) -> String {
    let p = &user.profile;
    let mut out = String::new();
    let mut line = |key: &str, value: &str| {
        let _ = writeln!(out, "{key:<22}{value}");
    };
    let or_none = |v: Option<&str>| v.unwrap_or("-").to_owned();
    line("user_principal_name:", p.user_principal_name.as_str());
    line("display_name:", p.display_name.as_str());
    line("user_type:", p.user_type.as_str());
    line("primary_email:", &or_none(p.primary_email.as_ref().map(|e| e.as_str())));
    line("alternate_email:", &or_none(p.alternate_email.as_ref().map(|e| e.as_str())));
    line("mobile_phone:", &or_none(p.mobile_phone.as_ref().map(|n| n.as_e164())));
    line("office_phone:", &or_none(p.office_phone.as_ref().map(|n| n.as_e164())));
    let roles: Vec<&str> = p.roles.iter().copied().map(Role::as_str).collect();
    line("roles:", &list(&roles));
    let groups: Vec<&str> = p.groups.iter().map(|g| g.as_str()).collect();
    line("groups:", &list(&groups));
    line("licensed:", &p.licensed.to_string());
    line("enabled:", &p.enabled.to_string());
    line("locked:", &p.locked.to_string());
    line("password_managed:", p.password_management.as_str());
    line("language:", &or_none(p.preferred_language.map(|l| l.tag())));
    let (phone, email) = match audience {
        Audience::Administrator => (
            info.authentication_phone.as_ref().map(|n| n.as_e164().to_owned()),
            info.authentication_email.as_ref().map(|e| e.as_str().to_owned()),
        ),
        Audience::Other => (
            info.authentication_phone.as_ref().map(|n| n.masked()),
            info.authentication_email.as_ref().map(|e| e.masked()),
        ),
    };
    line("authentication_phone:", &or_none(phone.as_deref()));
    line("authentication_email:", &or_none(email.as_deref()));
    let questions: Vec<String> = info
        .answered_questions
        .iter()
        .map(|q| match q {
            Question::Predefined(q) => q.id().to_owned(),
            Question::Custom(q) => format!("{:?}", q.text()),
        })
        .collect();
    line("questions_answered:", &format!("{} {}", questions.len(), list_owned(&questions)));
    line("registered_at:", &time(info.registered_at));
    line("last_confirmed_at:", &time(info.last_confirmed_at));
    line("prompt_dismissals:", &info.prompt_dismissals.to_string());
    out
}

fn list(items: &[&str]) -> String {
    if items.is_empty() {
        "-".to_owned()
    } else {
        items.join(", ")
    }
}

fn list_owned(items: &[String]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!("({})", items.join(", "))
    }
}

/// Unix seconds as a UTC date and time, or `-`.
fn time(at: Option<i64>) -> String {
    match at.and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok()) {
        Some(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        None => "-".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::UserId;
    use app::domain::{
        directory_user::{DirectoryName, UserProfile},
        email::Email,
        phone_number::PhoneNumber,
        security_questions::PredefinedQuestion,
        UserName,
    };

    fn ada() -> (DirectoryUser, SecurityInfo) {
        let profile = UserProfile::new(
            UserName::parse("ada@contoso.example").unwrap(),
            DirectoryName::parse("Ada Lovelace").unwrap(),
        );
        let info = SecurityInfo {
            authentication_phone: Some(PhoneNumber::parse("+393471234567", None).unwrap()),
            authentication_email: Some(Email::parse("ada@home.example").unwrap()),
            answered_questions: vec![Question::Predefined(
                PredefinedQuestion::parse("first-pet").unwrap(),
            )],
            registered_at: Some(0),
            ..SecurityInfo::default()
        };
        (DirectoryUser { id: UserId(1), profile }, info)
    }

    #[test]
    fn administrators_see_the_authentication_phone_and_email() {
        let (user, info) = ada();
        let shown = details(&user, &info, Audience::Administrator);
        assert!(shown.contains("+393471234567"), "{shown}");
        assert!(shown.contains("ada@home.example"), "{shown}");
        assert!(shown.contains("1 (first-pet)"), "{shown}");
        assert!(shown.contains("1970-01-01 00:00:00 UTC"), "{shown}");
    }

    #[test]
    fn anyone_else_sees_them_masked() {
        let (user, info) = ada();
        let shown = details(&user, &info, Audience::Other);
        assert!(!shown.contains("+393471234567"), "{shown}");
        assert!(!shown.contains("ada@home.example"), "{shown}");
        assert!(shown.contains(&info.authentication_phone.unwrap().masked()), "{shown}");
    }
}
