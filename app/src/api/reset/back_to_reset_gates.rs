use crate::api::ResetError;
use leptos::prelude::*;

/// "Use another method": back to the choice of gates.
#[server(prefix = "/api", endpoint = "back_to_reset_gates")]
pub async fn back_to_reset_gates() -> Result<(), ResetError> {
    let services = super::post::services()?;
    let flow = super::post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(ResetError::FlowMissing)?;
        services.reset.back_to_choice(flow).await
    }
    .await
    .map_err(super::post::logged);
    super::post::back_to_flow(&services, flow.as_ref(), result).await
}
