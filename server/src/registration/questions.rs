//! Reading the questions step: form values back to questions the policy
//! offers, then the answer-set rules.

use app::contract::RegistrationError;
use app::domain::answered_questions::{AnswerSetError, AnsweredQuestions, Question};
use app::domain::security_answer::SecurityAnswer;
use app::domain::security_questions::PredefinedQuestion;
use app::domain::sspr_policy::SsprPolicy;

/// The form value of a question: `p:<id>` or `c:<index>`.
pub(super) fn option_value(policy: &SsprPolicy, question: &Question) -> Option<String> {
    match question {
        Question::Predefined(q) => Some(format!("p:{}", q.id())),
        Question::Custom(q) => {
            policy.custom_questions.iter().position(|c| c == q).map(|i| format!("c:{i}"))
        }
    }
}

fn offered(policy: &SsprPolicy, value: &str) -> Option<Question> {
    match value.split_once(':')? {
        ("p", id) => PredefinedQuestion::parse(id)
            .filter(|q| policy.predefined_questions.contains(q))
            .map(Question::Predefined),
        ("c", index) => {
            let i: usize = index.parse().ok()?;
            policy.custom_questions.get(i).cloned().map(Question::Custom)
        }
        _ => None,
    }
}

pub(super) fn answered(
    policy: &SsprPolicy,
    picks: Vec<(String, SecurityAnswer)>,
) -> Result<AnsweredQuestions, RegistrationError> {
    let required = usize::from(policy.questions_to_register);
    let position = |i: usize| u8::try_from(i).unwrap_or(u8::MAX);
    if picks.len() < required {
        return Err(RegistrationError::QuestionMissing { position: position(picks.len()) });
    }
    let mut pairs = Vec::with_capacity(picks.len());
    for (i, (value, answer)) in picks.into_iter().enumerate() {
        let question = offered(policy, &value)
            .ok_or(RegistrationError::QuestionNotOffered { position: position(i) })?;
        pairs.push((question, answer));
    }
    AnsweredQuestions::new(pairs, required).map_err(|e| match e {
        AnswerSetError::WrongCount { required, .. } => {
            RegistrationError::QuestionNotOffered { position: position(required) }
        }
        AnswerSetError::SameQuestionTwice { second, .. } => {
            RegistrationError::QuestionTwice { position: position(second) }
        }
        AnswerSetError::SameAnswerTwice { second, .. } => {
            RegistrationError::AnswerTwice { position: position(second) }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::security_questions::CustomQuestion;

    fn policy() -> SsprPolicy {
        SsprPolicy {
            predefined_questions: ["first-pet", "first-job", "favorite-food"]
                .into_iter()
                .filter_map(PredefinedQuestion::parse)
                .collect(),
            custom_questions: vec![CustomQuestion::parse("Nome del primo gatto?").unwrap()],
            ..SsprPolicy::initial()
        }
    }

    fn pick(value: &str, answer: &str) -> (String, SecurityAnswer) {
        (value.to_owned(), SecurityAnswer::parse(answer).unwrap())
    }

    #[test]
    fn predefined_and_custom_questions_round_trip_through_the_form() {
        let p = policy();
        let custom = Question::Custom(p.custom_questions[0].clone());
        assert_eq!(option_value(&p, &custom).as_deref(), Some("c:0"));
        let set = answered(
            &p,
            vec![
                pick("p:first-pet", "Biscuit"),
                pick("c:0", "Micio"),
                pick("p:first-job", "Baker"),
            ],
        )
        .unwrap();
        assert_eq!(set.pairs()[1].0, custom);
    }

    #[test]
    fn questions_outside_the_policy_and_repeats_are_refused() {
        let p = policy();
        let not_offered = answered(
            &p,
            vec![pick("p:first-pet", "aaa"), pick("p:childhood-hero", "bbb"), pick("c:0", "ccc")],
        );
        assert_eq!(not_offered.unwrap_err(), RegistrationError::QuestionNotOffered { position: 1 });
        let twice = answered(
            &p,
            vec![pick("p:first-pet", "aaa"), pick("p:first-pet", "bbb"), pick("c:0", "ccc")],
        );
        assert_eq!(twice.unwrap_err(), RegistrationError::QuestionTwice { position: 1 });
        let same = answered(
            &p,
            vec![pick("p:first-pet", "Rex"), pick("p:first-job", "  REX "), pick("c:0", "ccc")],
        );
        assert_eq!(same.unwrap_err(), RegistrationError::AnswerTwice { position: 1 });
        let short = answered(&p, vec![pick("p:first-pet", "Rex")]);
        assert_eq!(short.unwrap_err(), RegistrationError::QuestionMissing { position: 1 });
        let bogus = answered(&p, vec![pick("x", "a1a"), pick("c:9", "b2b"), pick("c:", "c3c")]);
        assert_eq!(bogus.unwrap_err(), RegistrationError::QuestionNotOffered { position: 0 });
    }
}
