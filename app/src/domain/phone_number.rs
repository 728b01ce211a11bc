//! Phone numbers, parsed by libphonenumber's rules to E.164.

use serde::{Deserialize, Serialize};

/// Raw input longer than this is refused before parsing.
const RAW_MAX_CHARS: usize = 64;

/// A valid phone number in E.164 form (`+390612345678`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneNumberError {
    #[error("the phone number is empty")]
    Empty,
    #[error("the phone number is too long")]
    TooLong,
    #[error("a country is needed for a number without +")]
    CountryNeeded,
    #[error("not a valid phone number")]
    Invalid,
}

/// Stored and sent in E.164, so reading needs no region.
impl TryFrom<String> for PhoneNumber {
    type Error = PhoneNumberError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw, None)
    }
}

impl From<PhoneNumber> for String {
    fn from(phone: PhoneNumber) -> Self {
        phone.0
    }
}

impl PhoneNumber {
    /// Parses `raw` as written by a person: spaces, dashes and brackets
    /// are fine. `region` (ISO 3166 alpha-2, e.g. `IT`) is used for
    /// numbers written without an international prefix.
    pub fn parse(raw: &str, region: Option<&str>) -> Result<Self, PhoneNumberError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        if raw.chars().count() > RAW_MAX_CHARS {
            return Err(PhoneNumberError::TooLong);
        }
        // Line breaks would let a number smuggle extra headers or lines
        // into messages built from it.
        if raw.chars().any(char::is_control) {
            return Err(PhoneNumberError::Invalid);
        }
        let country = match region {
            Some(code) => Some(
                code.trim()
                    .to_ascii_uppercase()
                    .parse::<phonenumber::country::Id>()
                    .map_err(|_| PhoneNumberError::CountryNeeded)?,
            ),
            None if raw.starts_with('+') => None,
            None => return Err(PhoneNumberError::CountryNeeded),
        };
        let number = phonenumber::parse(country, raw).map_err(|_| PhoneNumberError::Invalid)?;
        if !phonenumber::is_valid(&number) {
            return Err(PhoneNumberError::Invalid);
        }
        Ok(Self(number.format().mode(phonenumber::Mode::E164).to_string()))
    }

    /// The E.164 form.
    pub fn as_e164(&self) -> &str {
        &self.0
    }

    /// The number with all but its last two digits hidden, for showing
    /// which number a code goes to.
    pub fn masked(&self) -> String {
        let digits = self.0.chars().filter(char::is_ascii_digit).count();
        let mut seen = 0;
        self.0
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    seen += 1;
                    if seen > digits.saturating_sub(2) {
                        return c;
                    }
                    return '•';
                }
                c
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_numbers_use_the_region() {
        assert_eq!(
            PhoneNumber::parse("06 6982 1234", Some("IT")).map(|p| p.0),
            Ok("+390669821234".into())
        );
        assert_eq!(
            PhoneNumber::parse("(201) 555-0123", Some("us")).map(|p| p.0),
            Ok("+12015550123".into())
        );
    }

    #[test]
    fn international_numbers_need_no_region() {
        assert_eq!(
            PhoneNumber::parse("+39 347 123 4567", None).map(|p| p.0),
            Ok("+393471234567".into())
        );
        // An explicit + wins over the region hint.
        assert_eq!(
            PhoneNumber::parse("+39 347 123 4567", Some("US")).map(|p| p.0),
            Ok("+393471234567".into())
        );
    }

    #[test]
    fn bad_numbers_are_refused() {
        assert_eq!(PhoneNumber::parse("", Some("IT")), Err(PhoneNumberError::Empty));
        assert_eq!(PhoneNumber::parse("347 123 4567", None), Err(PhoneNumberError::CountryNeeded));
        assert_eq!(PhoneNumber::parse("12", Some("IT")), Err(PhoneNumberError::Invalid));
        assert_eq!(PhoneNumber::parse("not a number", Some("IT")), Err(PhoneNumberError::Invalid));
        assert_eq!(PhoneNumber::parse("+39 347\r\n1234567", None), Err(PhoneNumberError::Invalid));
        assert_eq!(PhoneNumber::parse(&"1".repeat(65), Some("IT")), Err(PhoneNumberError::TooLong));
    }

    #[test]
    fn masking_keeps_the_last_two_digits() {
        let p = PhoneNumber::parse("+39 347 123 4567", None).unwrap();
        assert_eq!(p.masked(), "+••••••••••67");
    }
}
