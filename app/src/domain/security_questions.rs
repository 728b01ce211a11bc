//! Security questions: the predefined set, by stable id (their texts live
//! in `locales/` as `question-<id>`), and custom questions written by the
//! administrator, shown exactly as entered.

use serde::{Deserialize, Serialize};

/// Ids of the predefined questions. Stored with answers, so never renamed.
pub const PREDEFINED_QUESTION_IDS: [&str; 35] = [
    "city-met-partner",
    "city-parents-met",
    "city-nearest-sibling",
    "city-father-born",
    "city-first-job",
    "city-mother-born",
    "city-new-year-2000",
    "high-school-teacher-last-name",
    "college-applied-not-attended",
    "first-wedding-reception-place",
    "father-middle-name",
    "favorite-food",
    "maternal-grandmother-name",
    "mother-middle-name",
    "oldest-sibling-birthday",
    "oldest-sibling-middle-name",
    "paternal-grandfather-name",
    "youngest-sibling-middle-name",
    "sixth-grade-school",
    "childhood-best-friend-name",
    "first-significant-other-name",
    "grade-school-teacher-last-name",
    "first-car-make-model",
    "first-school",
    "birth-hospital",
    "childhood-street",
    "childhood-hero",
    "favorite-stuffed-animal",
    "first-pet",
    "childhood-nickname",
    "high-school-sport",
    "first-job",
    "childhood-phone-last-digits",
    "childhood-ambition",
    "most-famous-person-met",
];

/// Longest custom question, in characters.
pub const CUSTOM_QUESTION_MAX_CHARS: usize = 200;

/// One of the predefined questions; serialized as its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PredefinedQuestion(&'static str);

impl Serialize for PredefinedQuestion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for PredefinedQuestion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        Self::parse(&id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown question id {id:?}")))
    }
}

impl PredefinedQuestion {
    pub fn parse(id: &str) -> Option<Self> {
        PREDEFINED_QUESTION_IDS.iter().find(|known| **known == id).map(|known| Self(known))
    }

    pub fn all() -> impl Iterator<Item = Self> {
        PREDEFINED_QUESTION_IDS.iter().map(|id| Self(id))
    }

    pub fn id(self) -> &'static str {
        self.0
    }

    /// The Fluent key of the question's text.
    pub fn message_key(self) -> String {
        format!("question-{}", self.0)
    }
}

/// A question written by the administrator: 1–200 characters, never
/// translated, shown as entered.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CustomQuestion(String);

impl TryFrom<String> for CustomQuestion {
    type Error = CustomQuestionError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<CustomQuestion> for String {
    fn from(question: CustomQuestion) -> Self {
        question.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CustomQuestionError {
    #[error("the question is empty")]
    Empty,
    #[error("the question is longer than {CUSTOM_QUESTION_MAX_CHARS} characters")]
    TooLong,
    #[error("the question contains control characters")]
    ControlCharacter,
}

impl CustomQuestion {
    pub fn parse(raw: &str) -> Result<Self, CustomQuestionError> {
        if raw.trim().is_empty() {
            return Err(CustomQuestionError::Empty);
        }
        if raw.chars().count() > CUSTOM_QUESTION_MAX_CHARS {
            return Err(CustomQuestionError::TooLong);
        }
        if raw.chars().any(char::is_control) {
            return Err(CustomQuestionError::ControlCharacter);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn text(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};
    use std::collections::BTreeSet;

    #[test]
    fn thirty_five_distinct_ids() {
        let ids: BTreeSet<_> = PREDEFINED_QUESTION_IDS.iter().collect();
        assert_eq!(ids.len(), 35);
        assert_eq!(PredefinedQuestion::all().count(), 35);
    }

    #[test]
    fn every_question_is_translated_in_every_language() {
        for &lang in Lang::ALL {
            let i18n = I18n::new(lang);
            let texts: BTreeSet<String> = PredefinedQuestion::all()
                .map(|q| {
                    let text = i18n.t(&q.message_key());
                    assert_ne!(text, q.message_key(), "{lang:?} lacks {}", q.id());
                    text
                })
                .collect();
            assert_eq!(texts.len(), 35, "{lang:?} has two questions with the same text");
        }
    }

    #[test]
    fn serialized_as_the_id() {
        let q = PredefinedQuestion::parse("first-pet").unwrap();
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(json, "\"first-pet\"");
        assert_eq!(serde_json::from_str::<PredefinedQuestion>(&json).unwrap(), q);
        assert!(serde_json::from_str::<PredefinedQuestion>("\"nope\"").is_err());
    }

    #[test]
    fn unknown_ids_are_refused() {
        assert!(PredefinedQuestion::parse("first-pet").is_some());
        assert!(PredefinedQuestion::parse("first-pets").is_none());
    }

    #[test]
    fn custom_question_length_limits() {
        assert_eq!(CustomQuestion::parse(""), Err(CustomQuestionError::Empty));
        assert_eq!(CustomQuestion::parse("   "), Err(CustomQuestionError::Empty));
        assert!(CustomQuestion::parse("?").is_ok());
        assert!(CustomQuestion::parse(&"é".repeat(CUSTOM_QUESTION_MAX_CHARS)).is_ok());
        assert_eq!(
            CustomQuestion::parse(&"é".repeat(CUSTOM_QUESTION_MAX_CHARS + 1)),
            Err(CustomQuestionError::TooLong)
        );
        assert_eq!(CustomQuestion::parse("a\u{7}b"), Err(CustomQuestionError::ControlCharacter));
    }

    #[test]
    fn custom_questions_are_kept_as_entered() {
        let q = CustomQuestion::parse("  Il nome del mio GATTO?  ").map(|q| q.text().to_owned());
        assert_eq!(q, Ok("  Il nome del mio GATTO?  ".to_owned()));
    }
}
