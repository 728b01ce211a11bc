//! The questions a user answers when registering, taken as one set: each
//! question at most once, each answer at most once.

use super::security_answer::SecurityAnswer;
use super::security_questions::{CustomQuestion, PredefinedQuestion};
use serde::{Deserialize, Serialize};

/// A question, predefined (by id) or written by the administrator.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    Predefined(PredefinedQuestion),
    Custom(CustomQuestion),
}

/// Why a set of answers cannot be saved; positions are 0-based.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerSetError {
    #[error("{required} questions must be answered, {given} were")]
    WrongCount { required: usize, given: usize },
    #[error("question {second} repeats question {first}")]
    SameQuestionTwice { first: usize, second: usize },
    #[error("answer {second} repeats answer {first}")]
    SameAnswerTwice { first: usize, second: usize },
}

/// Answers ready to be hashed and saved together.
#[derive(Debug)]
pub struct AnsweredQuestions(Vec<(Question, SecurityAnswer)>);

impl AnsweredQuestions {
    /// Exactly `required` pairs, no question and no answer twice.
    pub fn new(
        pairs: Vec<(Question, SecurityAnswer)>,
        required: usize,
    ) -> Result<Self, AnswerSetError> {
        if pairs.len() != required {
            return Err(AnswerSetError::WrongCount { required, given: pairs.len() });
        }
        for (second, (question, answer)) in pairs.iter().enumerate() {
            for (first, (earlier_question, earlier_answer)) in pairs[..second].iter().enumerate() {
                if question == earlier_question {
                    return Err(AnswerSetError::SameQuestionTwice { first, second });
                }
                if answer.same_as(earlier_answer) {
                    return Err(AnswerSetError::SameAnswerTwice { first, second });
                }
            }
        }
        Ok(Self(pairs))
    }

    pub fn pairs(&self) -> &[(Question, SecurityAnswer)] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str) -> Question {
        Question::Predefined(PredefinedQuestion::parse(id).unwrap())
    }

    fn a(text: &str) -> SecurityAnswer {
        SecurityAnswer::parse(text).unwrap()
    }

    #[test]
    fn distinct_questions_and_answers_are_accepted() {
        let set = AnsweredQuestions::new(
            vec![
                (q("first-pet"), a("Fido")),
                (q("favorite-food"), a("pizza")),
                (q("first-job"), a("baker")),
            ],
            3,
        );
        assert_eq!(set.map(|s| s.pairs().len()).ok(), Some(3));
    }

    #[test]
    fn the_count_must_match_the_policy() {
        let err = AnsweredQuestions::new(vec![(q("first-pet"), a("Fido"))], 3).err();
        assert_eq!(err, Some(AnswerSetError::WrongCount { required: 3, given: 1 }));
    }

    #[test]
    fn a_question_cannot_be_answered_twice() {
        let err = AnsweredQuestions::new(
            vec![
                (q("first-pet"), a("Fido")),
                (q("favorite-food"), a("pizza")),
                (q("first-pet"), a("Rex")),
            ],
            3,
        )
        .err();
        assert_eq!(err, Some(AnswerSetError::SameQuestionTwice { first: 0, second: 2 }));
        let custom = || Question::Custom(CustomQuestion::parse("Nome del gatto?").unwrap());
        let err =
            AnsweredQuestions::new(vec![(custom(), a("Micio")), (custom(), a("Felix"))], 2).err();
        assert_eq!(err, Some(AnswerSetError::SameQuestionTwice { first: 0, second: 1 }));
    }

    #[test]
    fn an_answer_cannot_be_given_twice_even_spelled_differently() {
        let err = AnsweredQuestions::new(
            vec![
                (q("first-pet"), a("Roma")),
                (q("favorite-food"), a("pizza")),
                (q("first-job"), a("  ROMA ")),
            ],
            3,
        )
        .err();
        assert_eq!(err, Some(AnswerSetError::SameAnswerTwice { first: 0, second: 2 }));
    }
}
