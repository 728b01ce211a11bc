use crate::api::ResetError;
use leptos::prelude::*;

/// The new password (and its confirmation), or `action=unlock` to unlock
/// the account without changing the password.
#[server(prefix = "/api", endpoint = "set_new_password")]
pub async fn set_new_password(
    #[server(default)] password: String,
    #[server(default)] confirm: String,
    #[server(default)] action: String,
) -> Result<(), ResetError> {
    use crate::services::ResetCommit;
    use secrecy::SecretString;

    let services = super::post::services()?;
    let flow = super::post::flow(&services);
    let commit = if action == "unlock" {
        ResetCommit::UnlockOnly
    } else {
        ResetCommit::NewPassword {
            password: SecretString::from(password),
            confirm: SecretString::from(confirm),
        }
    };
    let result = async {
        let flow = flow.as_ref().ok_or(ResetError::FlowMissing)?;
        let lang = crate::i18n::request_lang();
        services.reset.commit(flow, commit, lang, &crate::api::client_address()).await
    }
    .await
    .map_err(super::post::logged);
    super::post::back_to_flow(&services, flow.as_ref(), result).await
}
