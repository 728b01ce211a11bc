use crate::api::RegistrationError;
use leptos::prelude::*;

/// The chosen questions and their answers, checked one by one here and
/// as a set by the service.
#[server(prefix = "/api", endpoint = "save_questions")]
pub async fn save_questions(
    #[server(default)] question: Vec<String>,
    #[server(default)] answer: Vec<String>,
) -> Result<(), RegistrationError> {
    use crate::contract::Draft;
    use crate::domain::security_answer::{AnswerError, SecurityAnswer};

    let picks = (|| {
        let mut picks = Vec::with_capacity(question.len());
        for (i, q) in question.iter().enumerate() {
            let position = u8::try_from(i).unwrap_or(u8::MAX);
            if q.trim().is_empty() {
                return Err(RegistrationError::QuestionMissing { position });
            }
            let raw = answer.get(i).map(String::as_str).unwrap_or_default();
            if raw.trim().is_empty() {
                return Err(RegistrationError::AnswerMissing { position });
            }
            let parsed = SecurityAnswer::parse(raw).map_err(|e| match e {
                AnswerError::TooShort => RegistrationError::AnswerTooShort { position },
                AnswerError::TooLong => RegistrationError::AnswerTooLong { position },
            })?;
            picks.push((q.clone(), parsed));
        }
        Ok(picks)
    })();
    let draft = Draft { questions: question, ..Draft::default() };
    super::post::run(picks, draft, |s, picks| async move {
        s.registration.save_questions(&s.session, &s.flow, picks).await
    })
    .await
}
