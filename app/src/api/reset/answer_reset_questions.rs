use crate::api::ResetError;
use leptos::prelude::*;

/// Answers to the questions asked, in their order.
#[server(prefix = "/api", endpoint = "answer_reset_questions")]
pub async fn answer_reset_questions(
    #[server(default)] answer: Vec<String>,
) -> Result<(), ResetError> {
    super::post::run(Ok(answer), |step, answers| async move {
        step.reset.answer_questions(&step.flow, answers, &step.address).await
    })
    .await
}
