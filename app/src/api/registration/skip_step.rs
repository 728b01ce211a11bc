use crate::api::RegistrationError;
use leptos::prelude::*;

/// Leaves a method out of this registration.
#[server(prefix = "/api", endpoint = "skip_step")]
pub async fn skip_step(step: String) -> Result<(), RegistrationError> {
    use crate::contract::Draft;
    use crate::domain::registration_flow::Step;

    let step = Step::parse(&step).ok_or(RegistrationError::StepOutOfOrder);
    super::post::run(step, Draft::default(), |s, step| async move {
        s.registration.skip(&s.session, &s.flow, step).await
    })
    .await
}
