use super::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the account page shows about the signed-in user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub display_name: String,
    pub user_principal_name: String,
}

/// The user of the current session, if any.
#[server(prefix = "/api", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<AccountView>, AppError> {
    use crate::services::{use_services, SessionToken};

    let services = use_services().map_err(|_| AppError::Unavailable)?;
    let Some(token) = super::cookies::read_current(services.cookies.session_cookie_name()) else {
        return Ok(None);
    };
    let user = services.accounts.session_user(&SessionToken::new(token)).await.map_err(|e| {
        tracing::error!(error = %e, "session could not be read");
        AppError::Unavailable
    })?;
    Ok(user.map(|u| AccountView {
        display_name: u.display_name,
        user_principal_name: u.user_principal_name,
    }))
}
