use crate::api::RegistrationError;
use leptos::prelude::*;

/// Leaves a method out of this registration.
#[server(prefix = "/api", endpoint = "skip_step")]
pub async fn skip_step(step: String) -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::domain::registration_flow::Step;

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(RegistrationError::FlowMissing)?;
        let step = Step::parse(&step).ok_or(RegistrationError::StepOutOfOrder)?;
        services.registration.skip(&session, flow, step).await
    }
    .await
    .map_err(post::logged);
    post::back_to_wizard(&services, flow.as_ref(), result, Draft::default()).await
}
