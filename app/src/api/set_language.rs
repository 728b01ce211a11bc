use super::AppError;
use leptos::prelude::*;

/// Remembers the language picked by the user and goes back to the page
/// the picker was on.
#[server(prefix = "/api", endpoint = "set_language")]
pub async fn set_language(lang: String, return_to: String) -> Result<(), AppError> {
    use crate::domain::local_path;
    use crate::i18n::{Lang, LANG_COOKIE};

    /// A year: the choice should outlive the browser session.
    const LANG_COOKIE_MAX_AGE_DAYS: i64 = 365;

    let services = crate::services::use_services().map_err(|_| AppError::Unavailable)?;
    if let Some(lang) = Lang::from_tag(&lang) {
        let mut cookie =
            super::cookies::site_cookie(services.cookies, LANG_COOKIE, lang.tag().to_owned());
        cookie.set_max_age(cookie::time::Duration::days(LANG_COOKIE_MAX_AGE_DAYS));
        super::cookies::send(&cookie);
        // A signed-in user's notices follow the language they picked.
        let session = super::cookies::read_current(services.cookies.session_cookie_name());
        if let Some(token) = session.map(crate::services::SessionToken::new) {
            if let Err(e) = services.accounts.use_language(&token, lang).await {
                tracing::warn!(error = %e, "the user's language could not be recorded");
            }
        }
    }
    leptos_axum::redirect(local_path(&return_to));
    Ok(())
}
