use crate::api::RegistrationError;
use leptos::prelude::*;

/// The chosen questions and their answers, checked one by one here and
/// as a set by the service.
#[server(prefix = "/api", endpoint = "save_questions")]
pub async fn save_questions(
    #[server(default)] question: Vec<String>,
    #[server(default)] answer: Vec<String>,
) -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::domain::security_answer::{AnswerError, SecurityAnswer};

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(RegistrationError::FlowMissing)?;
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
        services.registration.save_questions(&session, flow, picks).await
    }
    .await
    .map_err(post::logged);
    let draft = Draft { questions: question, ..Draft::default() };
    post::back_to_wizard(&services, flow.as_ref(), result, draft).await
}
