use crate::api::ResetError;
use leptos::prelude::*;

/// Picks a gate: its code is sent, or its questions asked.
#[server(prefix = "/api", endpoint = "choose_reset_gate")]
pub async fn choose_reset_gate(#[server(default)] gate: String) -> Result<(), ResetError> {
    use crate::domain::reset_flow::Gate;

    let services = super::post::services()?;
    let flow = super::post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(ResetError::FlowMissing)?;
        let gate = Gate::parse(&gate).ok_or(ResetError::GateMissing)?;
        let lang = crate::i18n::request_lang();
        services.reset.choose_gate(flow, gate, lang, &crate::api::client_address()).await
    }
    .await
    .map_err(super::post::logged);
    super::post::back_to_flow(&services, flow.as_ref(), result).await
}
