//! Delivering one-time codes and notifications: email, SMS, voice call.
//! The server plugs in SMTP, an HTTP gateway or the demo outbox.

pub use crate::domain::channel::Channel;
use secrecy::SecretString;

/// One message, already localized. `body` may hold a one-time code, so it
/// is secret and never appears in `Debug` output or logs.
pub struct OutgoingMessage {
    pub channel: Channel,
    /// An E.164 number for SMS and voice, an address for email.
    pub to: String,
    /// The page language the text was written in (BCP 47 tag).
    pub lang: String,
    /// Email subject; unused by SMS and voice.
    pub subject: String,
    pub body: SecretString,
    /// The bare code, for gateways that fill in their own template.
    pub code: Option<SecretString>,
}

impl std::fmt::Debug for OutgoingMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutgoingMessage")
            .field("channel", &self.channel)
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// Why a message was not delivered. Users see one localized message;
/// the detail goes to the server log (never with the message body).
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("no transport is configured for {0:?}")]
    NotConfigured(Channel),
    #[error("delivery failed: {0}")]
    Failed(String),
}

#[async_trait::async_trait]
pub trait Sender: Send + Sync {
    /// Hands the message to its transport; `Ok` once the transport took it.
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_body_or_code() {
        let m = OutgoingMessage {
            channel: Channel::Sms,
            to: "+393331234567".into(),
            lang: "it".into(),
            subject: String::new(),
            body: SecretString::from("code 123456"),
            code: Some(SecretString::from("123456")),
        };
        let shown = format!("{m:?}");
        assert!(!shown.contains("123456") && !shown.contains("+39333"), "{shown}");
    }
}
