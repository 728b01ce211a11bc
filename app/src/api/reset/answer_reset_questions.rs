use crate::api::ResetError;
use leptos::prelude::*;

/// Answers to the questions asked, in their order.
#[server(prefix = "/api", endpoint = "answer_reset_questions")]
pub async fn answer_reset_questions(
    #[server(default)] answer: Vec<String>,
) -> Result<(), ResetError> {
    let services = super::post::services()?;
    let flow = super::post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(ResetError::FlowMissing)?;
        services.reset.answer_questions(flow, answer, &crate::api::client_address()).await
    }
    .await
    .map_err(super::post::logged);
    super::post::back_to_flow(&services, flow.as_ref(), result).await
}
