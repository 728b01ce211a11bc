//! Where users who cannot reset are sent: the organisation's helpdesk, as
//! a web address or an email address.

use super::email::Email;
use serde::{Deserialize, Serialize};

const RAW_MAX_CHARS: usize = 2048;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum HelpdeskLink {
    Web(String),
    Email(Email),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HelpdeskLinkError {
    #[error("the helpdesk link is empty")]
    Empty,
    #[error("the helpdesk link is too long")]
    TooLong,
    #[error("a helpdesk web address must use https")]
    NotHttps,
    #[error("not a web address or an email address")]
    Invalid,
}

impl TryFrom<String> for HelpdeskLink {
    type Error = HelpdeskLinkError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

/// The form an administrator writes: the web address, or the bare email
/// address, which `parse` reads back to the same link.
impl From<HelpdeskLink> for String {
    fn from(link: HelpdeskLink) -> Self {
        match link {
            HelpdeskLink::Web(url) => url,
            HelpdeskLink::Email(email) => email.into(),
        }
    }
}

impl HelpdeskLink {
    /// `https://…` or a plain email address (optionally `mailto:`).
    pub fn parse(raw: &str) -> Result<Self, HelpdeskLinkError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(HelpdeskLinkError::Empty);
        }
        if raw.chars().count() > RAW_MAX_CHARS {
            return Err(HelpdeskLinkError::TooLong);
        }
        if let Some(address) = raw.strip_prefix("mailto:") {
            return Email::parse(address).map(Self::Email).map_err(|_| HelpdeskLinkError::Invalid);
        }
        if raw.contains("://") {
            let url = url::Url::parse(raw).map_err(|_| HelpdeskLinkError::Invalid)?;
            // Shown to people locked out of their account: never a page
            // that can be tampered with on the way, never a script URL.
            if url.scheme() != "https" {
                return Err(HelpdeskLinkError::NotHttps);
            }
            if url.host().is_none() || !url.username().is_empty() || url.password().is_some() {
                return Err(HelpdeskLinkError::Invalid);
            }
            return Ok(Self::Web(url.to_string()));
        }
        Email::parse(raw).map(Self::Email).map_err(|_| HelpdeskLinkError::Invalid)
    }

    /// The value for an `href`.
    pub fn href(&self) -> String {
        match self {
            Self::Web(url) => url.clone(),
            Self::Email(email) => format!("mailto:{}", email.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_must_be_https() {
        assert_eq!(
            HelpdeskLink::parse("https://help.contoso.example/sspr").map(|l| l.href()),
            Ok("https://help.contoso.example/sspr".to_owned())
        );
        assert_eq!(
            HelpdeskLink::parse("http://help.contoso.example/"),
            Err(HelpdeskLinkError::NotHttps)
        );
        assert_eq!(HelpdeskLink::parse("javascript://alert(1)"), Err(HelpdeskLinkError::NotHttps));
        assert_eq!(
            HelpdeskLink::parse("https://user:pw@help.example/"),
            Err(HelpdeskLinkError::Invalid)
        );
    }

    #[test]
    fn email_addresses_become_mailto_links() {
        assert_eq!(
            HelpdeskLink::parse("helpdesk@contoso.example").map(|l| l.href()),
            Ok("mailto:helpdesk@contoso.example".to_owned())
        );
        assert_eq!(
            HelpdeskLink::parse("mailto:helpdesk@contoso.example").map(|l| l.href()),
            Ok("mailto:helpdesk@contoso.example".to_owned())
        );
        assert_eq!(HelpdeskLink::parse("mailto:nobody"), Err(HelpdeskLinkError::Invalid));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(HelpdeskLink::parse("  "), Err(HelpdeskLinkError::Empty));
        assert_eq!(HelpdeskLink::parse("call Bob"), Err(HelpdeskLinkError::Invalid));
        let long = format!("https://h.example/{}", "a".repeat(RAW_MAX_CHARS));
        assert_eq!(HelpdeskLink::parse(&long), Err(HelpdeskLinkError::TooLong));
    }
}
