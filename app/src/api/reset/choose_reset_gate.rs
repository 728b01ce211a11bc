use crate::api::ResetError;
use leptos::prelude::*;

/// Picks a gate: its code is sent, or its questions asked.
#[server(prefix = "/api", endpoint = "choose_reset_gate")]
pub async fn choose_reset_gate(#[server(default)] gate: String) -> Result<(), ResetError> {
    use crate::domain::reset_flow::Gate;

    let gate = Gate::parse(&gate).ok_or(ResetError::GateMissing);
    super::post::run(gate, |step, gate| async move {
        step.reset.choose_gate(&step.flow, gate, step.lang, &step.address).await
    })
    .await
}
