//! Delivery of one-time codes and notifications: SMTP for email, HTTP
//! gateways for SMS and voice, and in demo mode the outbox for whatever
//! has no real transport. [`Senders`] picks the transport per channel, so
//! the rest of the portal only ever sees one [`Sender`]. Emails carry the
//! organisation's branding; texts and calls start with its name.

mod email_html;
mod email_preview;
mod gateway;
mod letter;
mod outbox;
mod smtp;

pub use email_preview::email_preview;
pub use gateway::{GatewaySender, GATEWAY_TIMEOUT, SECRET_HEADER};
pub use outbox::Outbox;
pub use smtp::{SmtpSender, SMTP_TIMEOUT};

use crate::{branding::MailBranding, config::Settings, store::SqlStore};
use app::i18n::I18n;
use app::services::{Channel, Clock, OutgoingMessage, SendError, Sender};
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;

/// A transport that could not be built from its settings.
#[derive(Debug, thiserror::Error)]
#[error("cannot set up the {transport} transport: {reason}")]
pub struct SetupError {
    transport: &'static str,
    reason: String,
}

impl SetupError {
    fn new(transport: &'static str, reason: impl std::fmt::Display) -> Self {
        Self { transport, reason: reason.to_string() }
    }
}

/// The transports in use, one per channel at most.
pub struct Senders {
    email: Option<SmtpSender>,
    sms: Option<GatewaySender>,
    voice: Option<GatewaySender>,
    /// Only in demo mode: takes what no real transport does.
    outbox: Option<Arc<Outbox>>,
    branding: Arc<dyn MailBranding>,
}

impl Senders {
    /// The transports the settings configure; the outbox when `demo` is on.
    /// `branding` is read at each send, so a newly published brand applies
    /// to the next message.
    pub fn from_settings(
        settings: &Settings,
        store: SqlStore,
        clock: Arc<dyn Clock>,
        branding: Arc<dyn MailBranding>,
    ) -> Result<Self, SetupError> {
        let hello_name = settings.public_base_url.host_str().unwrap_or("localhost");
        Ok(Self {
            email: settings
                .smtp
                .as_ref()
                .map(|s| SmtpSender::new(s, hello_name, branding.clone()))
                .transpose()?,
            sms: settings.sms.as_ref().map(|s| GatewaySender::new(Channel::Sms, s)).transpose()?,
            voice: settings
                .voice
                .as_ref()
                .map(|s| GatewaySender::new(Channel::Voice, s))
                .transpose()?,
            outbox: settings.demo.then(|| Arc::new(Outbox::new(store, clock))),
            branding,
        })
    }

    /// The demo outbox, for the page that shows it; `None` outside demo mode.
    pub fn outbox(&self) -> Option<Arc<Outbox>> {
        self.outbox.clone()
    }

    /// The transport for `channel` and its name for the log.
    fn route(&self, channel: Channel) -> Option<(&dyn Sender, &'static str)> {
        let real: Option<(&dyn Sender, &'static str)> = match channel {
            Channel::Email => self.email.as_ref().map(|s| (s as &dyn Sender, "smtp")),
            Channel::Sms => self.sms.as_ref().map(|s| (s as &dyn Sender, "sms gateway")),
            Channel::Voice => self.voice.as_ref().map(|s| (s as &dyn Sender, "voice gateway")),
        };
        real.or_else(|| self.outbox.as_deref().map(|o| (o as &dyn Sender, "demo outbox")))
    }

    /// A text message or call as the organisation signs it: its name first,
    /// in the message's language. `None` for email (the HTML part carries
    /// the brand) and when no name is set. A gateway's own template, when
    /// configured, is the organisation's wording and replaces this text.
    fn signed(&self, message: &OutgoingMessage) -> Option<OutgoingMessage> {
        if message.channel == Channel::Email {
            return None;
        }
        let lang = letter::message_lang(&message.lang);
        let brand = self.branding.mail_brand(lang);
        let organisation = letter::organisation_name(&brand)?;
        let text = I18n::new(lang).t_with(
            "message-from-organisation",
            &[("organisation", organisation), ("text", message.body.expose_secret())],
        );
        Some(OutgoingMessage {
            channel: message.channel,
            to: message.to.clone(),
            lang: message.lang.clone(),
            subject: message.subject.clone(),
            body: SecretString::from(letter::plain(text)),
            code: message.code.clone(),
        })
    }
}

#[async_trait::async_trait]
impl Sender for Senders {
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError> {
        let channel = message.channel.as_str();
        let Some((transport, name)) = self.route(message.channel) else {
            tracing::warn!(channel, "no transport is configured for this channel");
            return Err(SendError::NotConfigured(message.channel));
        };
        let signed = self.signed(message);
        let message = signed.as_ref().unwrap_or(message);
        // The channel and transport only: never the recipient or the text.
        match transport.send(message).await {
            Ok(()) => {
                tracing::info!(channel, transport = name, "message handed over");
                Ok(())
            }
            Err(e) => {
                tracing::warn!(channel, transport = name, error = %e, "message not delivered");
                Err(e)
            }
        }
    }
}
