//! Email addresses for codes and notifications.

use serde::{Deserialize, Serialize};

/// RFC 5321's limit on a forward path.
pub const EMAIL_MAX_CHARS: usize = 254;

/// A plain address (`local@domain.tld`), domain lower-cased. No display
/// name, no comments, no IP-literal domain, nothing that could add
/// headers to a message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the address is empty")]
    Empty,
    #[error("the address is too long")]
    TooLong,
    #[error("not a valid email address")]
    Invalid,
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(EmailError::Empty);
        }
        if raw.chars().count() > EMAIL_MAX_CHARS {
            return Err(EmailError::TooLong);
        }
        if raw.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(EmailError::Invalid);
        }
        let options = email_address::Options {
            minimum_sub_domains: 2,
            allow_domain_literal: false,
            allow_display_text: false,
        };
        let parsed = email_address::EmailAddress::parse_with_options(raw, options)
            .map_err(|_| EmailError::Invalid)?;
        Ok(Self(format!("{}@{}", parsed.local_part(), parsed.domain().to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `a•••@example.com`: enough for the owner to recognise it.
    pub fn masked(&self) -> String {
        match self.0.split_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}•••@{domain}")
            }
            None => "•••".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_addresses_parse_with_the_domain_lower_cased() {
        assert_eq!(
            Email::parse(" Ada.Lovelace@Contoso.Example ").map(|e| e.0),
            Ok("Ada.Lovelace@contoso.example".into())
        );
        assert!(Email::parse("名前@例え.テスト").is_ok());
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        for bad in [
            "no-at-sign",
            "ada@localhost",
            "Ada <ada@contoso.example>",
            "ada@[127.0.0.1]",
            "ada@contoso.example\r\nBcc: x@evil.example",
            "ada @contoso.example",
            "@contoso.example",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad:?}");
        }
        let long = format!("{}@contoso.example", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn masking_shows_the_first_letter_and_the_domain() {
        assert_eq!(Email::parse("ada@contoso.example").unwrap().masked(), "a•••@contoso.example");
    }
}
