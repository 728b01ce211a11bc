use super::{AppError, SignInError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a failed sign-in without JavaScript leaves for the next render of
/// the form: the error and the user name typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInFlash {
    pub error: SignInError,
    pub username: String,
}

#[cfg(feature = "ssr")]
const FLASH_COOKIE: &str = "sspr_sign_in_flash";
/// Long enough to survive the redirect, short enough not to linger.
#[cfg(feature = "ssr")]
const FLASH_MAX_AGE_SECONDS: i64 = 60;

/// Reads and clears the flash left by a failed plain-form sign-in.
#[server(prefix = "/api", endpoint = "take_sign_in_flash")]
pub async fn take_sign_in_flash() -> Result<Option<SignInFlash>, AppError> {
    let services = crate::services::use_services().map_err(|_| AppError::Unavailable)?;
    let Some(raw) = super::cookies::read_current(FLASH_COOKIE) else {
        return Ok(None);
    };
    super::cookies::clear(services.cookies, FLASH_COOKIE);
    Ok(serde_json::from_str(&raw).ok())
}

/// Leaves `error` and `username` for the form's next render.
#[cfg(feature = "ssr")]
pub(crate) fn send(policy: crate::services::CookiePolicy, error: &SignInError, username: &str) {
    let username: String =
        username.chars().take(crate::domain::user_name::MAX_USER_NAME_CHARS).collect();
    let flash = SignInFlash { error: error.clone(), username };
    if let Ok(json) = serde_json::to_string(&flash) {
        let mut cookie = super::cookies::site_cookie(policy, FLASH_COOKIE, json);
        cookie.set_max_age(cookie::time::Duration::seconds(FLASH_MAX_AGE_SECONDS));
        super::cookies::send(&cookie);
    }
}
