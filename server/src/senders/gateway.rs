//! Text messages and voice calls through an HTTP gateway: one JSON POST
//! per message, so any SMS or voice provider can sit behind a small
//! adapter the organisation controls (the contract is in the README).

use crate::config::{GatewaySettings, CODE_PLACEHOLDER};
use app::services::{Channel, OutgoingMessage, SendError, Sender};
use reqwest::header::HeaderValue;
use secrecy::ExposeSecret;
use std::time::Duration;
use url::Url;

/// The longest a gateway call may take, connection included.
pub const GATEWAY_TIMEOUT: Duration = Duration::from_secs(10);
/// Tells the gateway the call comes from this portal.
pub const SECRET_HEADER: &str = "X-Sspr-Gateway-Secret";

pub struct GatewaySender {
    channel: Channel,
    url: Url,
    /// The secret as a header value, marked sensitive so that it stays
    /// out of reqwest's and http's debug output.
    secret: HeaderValue,
    template: Option<String>,
    client: reqwest::Client,
}

/// The JSON body of a gateway call.
#[derive(serde::Serialize)]
struct GatewayRequest<'a> {
    channel: &'static str,
    to: &'a str,
    lang: &'a str,
    text: &'a str,
}

impl GatewaySender {
    /// A sender for `channel` (SMS or voice) through the configured gateway.
    pub fn new(channel: Channel, settings: &GatewaySettings) -> Result<Self, super::SetupError> {
        let client = reqwest::Client::builder()
            .timeout(GATEWAY_TIMEOUT)
            // A redirect would carry the secret header to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| super::SetupError::new(channel.as_str(), e))?;
        let mut secret = HeaderValue::from_str(settings.secret.expose_secret()).map_err(|_| {
            super::SetupError::new(channel.as_str(), "the secret is not a valid header value")
        })?;
        secret.set_sensitive(true);
        Ok(Self {
            channel,
            url: Url::clone(&settings.url),
            secret,
            template: settings.template.as_deref().map(str::to_owned),
            client,
        })
    }

    /// The configured template with the code filled in, when there are
    /// both; otherwise the message's own text.
    fn text(&self, message: &OutgoingMessage) -> String {
        match (&self.template, &message.code) {
            (Some(template), Some(code)) => {
                template.replace(CODE_PLACEHOLDER, code.expose_secret())
            }
            _ => message.body.expose_secret().to_owned(),
        }
    }
}

#[async_trait::async_trait]
impl Sender for GatewaySender {
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError> {
        if message.channel != self.channel {
            return Err(SendError::NotConfigured(message.channel));
        }
        let text = self.text(message);
        let body = GatewayRequest {
            channel: self.channel.as_str(),
            to: &message.to,
            lang: &message.lang,
            text: &text,
        };
        let response = self
            .client
            .post(self.url.clone())
            .header(SECRET_HEADER, self.secret.clone())
            .json(&body)
            .send()
            .await
            .map_err(|e| SendError::Failed(describe(self.channel, &e)))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else {
            // The gateway's answer is not read: it may echo the message.
            Err(SendError::Failed(format!(
                "the {} gateway answered HTTP {}",
                self.channel.as_str(),
                status.as_u16()
            )))
        }
    }
}

/// What went wrong, without the URL (it may carry a token) or the body.
fn describe(channel: Channel, error: &reqwest::Error) -> String {
    let what = if error.is_timeout() {
        "did not answer in time"
    } else if error.is_connect() {
        "could not be reached"
    } else if error.is_builder() || error.is_request() {
        "could not be called"
    } else {
        "failed"
    };
    format!("the {} gateway {what}", channel.as_str())
}
