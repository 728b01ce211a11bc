use crate::api::ResetError;
use leptos::prelude::*;

/// "Who are you": the user id (and the CAPTCHA), then the flow page. The
/// same redirect follows for every user id that parses.
#[server(prefix = "/api", endpoint = "start_reset")]
pub async fn start_reset(
    #[server(default)] user_id: String,
    #[server(default)] captcha_token: String,
    #[server(default)] captcha_counter: String,
    #[server(default)] captcha_sum_key: String,
    #[server(default)] captcha_sum: String,
) -> Result<(), ResetError> {
    use crate::api::cookies;
    use crate::domain::{UserName, UserNameError};
    use crate::services::CaptchaAnswer;

    let post = super::post::current()?;
    let answer = CaptchaAnswer {
        token: captcha_token,
        counter: captcha_counter.trim().parse().ok(),
        sum_key: captcha_sum_key,
        sum: captcha_sum,
    };
    let services = &post.services;
    let result = async {
        let name = UserName::parse(&user_id).map_err(|e| match e {
            UserNameError::Empty => ResetError::UserIdMissing,
            _ => ResetError::UserIdInvalid,
        })?;
        // The CAPTCHA before anything touches the directory.
        services.captcha.check(&answer).await.map_err(|refusal| {
            tracing::info!(%refusal, "reset captcha refused");
            ResetError::CaptchaFailed
        })?;
        services.reset.start(&name, &post.address()).await
    }
    .await;
    match result {
        Ok(flow) => {
            let name = services.cookies.reset_cookie_name();
            cookies::send(&cookies::site_cookie(services.cookies, name, flow.expose().to_owned()));
            leptos_axum::redirect(super::post::FLOW_PAGE);
            Ok(())
        }
        Err(e) => {
            // What was typed comes back with the message; it is no secret.
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("error", e.message_key())
                .append_pair("user", &user_id)
                .finish();
            leptos_axum::redirect(&format!("/reset?{query}"));
            Err(e)
        }
    }
}
