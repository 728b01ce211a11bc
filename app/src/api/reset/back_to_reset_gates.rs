use crate::api::ResetError;
use leptos::prelude::*;

/// "Use another method": back to the choice of gates.
#[server(prefix = "/api", endpoint = "back_to_reset_gates")]
pub async fn back_to_reset_gates() -> Result<(), ResetError> {
    super::post::run(Ok(()), |step, ()| async move { step.reset.back_to_choice(&step.flow).await })
        .await
}
