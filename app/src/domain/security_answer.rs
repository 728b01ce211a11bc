//! Answers to security questions: how long they may be, and the normal
//! form in which they are compared and hashed.

use caseless::default_case_fold_str;
use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;

/// Answer length in Unicode scalar values, after trimming.
pub const ANSWER_MIN_CHARS: usize = 3;
pub const ANSWER_MAX_CHARS: usize = 40;
/// Raw input beyond this many bytes is refused before any other work.
const RAW_MAX_BYTES: usize = 4 * ANSWER_MAX_CHARS + 64;

/// An acceptable answer, held only in its normal form. `Debug` hides it.
#[derive(Clone)]
pub struct SecurityAnswer(SecretString);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the answer is shorter than {ANSWER_MIN_CHARS} characters")]
    TooShort,
    #[error("the answer is longer than {ANSWER_MAX_CHARS} characters")]
    TooLong,
}

impl SecurityAnswer {
    /// Any script is welcome; only the length is limited.
    pub fn parse(raw: &str) -> Result<Self, AnswerError> {
        check_length(raw)?;
        Ok(Self(SecretString::from(normalize(raw))))
    }

    /// The normal form: what is hashed, and what duplicates are judged by.
    pub fn normalized(&self) -> &str {
        self.0.expose_secret()
    }

    /// Whether two answers count as the same answer.
    pub fn same_as(&self, other: &SecurityAnswer) -> bool {
        self.normalized() == other.normalized()
    }
}

impl std::fmt::Debug for SecurityAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecurityAnswer(<redacted>)")
    }
}

/// The length rule alone, which the browser checks as answers are typed.
pub fn check_length(raw: &str) -> Result<(), AnswerError> {
    if raw.len() > RAW_MAX_BYTES {
        return Err(AnswerError::TooLong);
    }
    let length = raw.trim().chars().count();
    if length < ANSWER_MIN_CHARS {
        Err(AnswerError::TooShort)
    } else if length > ANSWER_MAX_CHARS {
        Err(AnswerError::TooLong)
    } else {
        Ok(())
    }
}

/// NFKC, full Unicode case folding, then NFKC again (folding can leave a
/// string that is not in NFKC), and every run of whitespace made one space
/// with none at the ends. So "  Ｒｏｍａ ", "roma" and "ROMA" are one
/// answer, and `normalize(normalize(x)) == normalize(x)`.
pub fn normalize(raw: &str) -> String {
    // Lowercased before folding: for characters the folding tables know
    // it changes nothing, and it covers those they predate, as browsers do.
    let composed: String = raw.nfkc().collect::<String>().to_lowercase();
    let folded: String = default_case_fold_str(&composed).nfkc().collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn length_limits_after_trimming() {
        assert_eq!(SecurityAnswer::parse("ab").err(), Some(AnswerError::TooShort));
        assert_eq!(SecurityAnswer::parse("  ab  ").err(), Some(AnswerError::TooShort));
        assert!(SecurityAnswer::parse("abc").is_ok());
        assert!(SecurityAnswer::parse(&"x".repeat(ANSWER_MAX_CHARS)).is_ok());
        assert_eq!(
            SecurityAnswer::parse(&"x".repeat(ANSWER_MAX_CHARS + 1)).err(),
            Some(AnswerError::TooLong)
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // Three scalar values, nine bytes.
        assert!(SecurityAnswer::parse("東京都").is_ok());
        assert!(SecurityAnswer::parse(&"ж".repeat(ANSWER_MAX_CHARS)).is_ok());
        assert_eq!(SecurityAnswer::parse("東京").err(), Some(AnswerError::TooShort));
    }

    #[test]
    fn huge_input_is_refused_before_normalizing() {
        assert_eq!(SecurityAnswer::parse(&"x".repeat(1 << 20)).err(), Some(AnswerError::TooLong));
    }

    #[test]
    fn case_width_and_spacing_do_not_make_a_different_answer() {
        let a = SecurityAnswer::parse("  Ｒｏｍａ   Capitale ").unwrap();
        let b = SecurityAnswer::parse("roma capitale").unwrap();
        assert!(a.same_as(&b));
        assert_eq!(b.normalized(), "roma capitale");
        // Full folding: ß folds to ss.
        assert!(SecurityAnswer::parse("Straße")
            .unwrap()
            .same_as(&SecurityAnswer::parse("STRASSE").unwrap()));
    }

    #[test]
    fn different_answers_stay_different() {
        let a = SecurityAnswer::parse("rome").unwrap();
        let b = SecurityAnswer::parse("roma").unwrap();
        assert!(!a.same_as(&b));
    }

    #[test]
    fn debug_never_shows_the_answer() {
        assert!(
            !format!("{:?}", SecurityAnswer::parse("secret-answer").unwrap()).contains("secret")
        );
    }

    proptest! {
        #[test]
        fn normalization_is_idempotent(raw in "\\PC{0,60}") {
            let once = normalize(&raw);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn normal_forms_have_no_stray_whitespace(raw in "\\PC{0,60}") {
            let n = normalize(&raw);
            prop_assert_eq!(n.trim(), n.as_str());
            prop_assert!(!n.contains("  "));
        }
    }
}
