//! Email through an SMTP server. lettre does the protocol over rustls, so
//! the server needs no OpenSSL; every send connects afresh (codes are few,
//! and a dropped idle connection would only cost a retry).
//!
//! Each email is `multipart/alternative`: the text as written plus a
//! footer, and the branded HTML (in `multipart/related` with the logo when
//! the brand has one).

use super::email_html::{self, InlineLogo};
use super::letter::{message_lang, Letter};
use crate::branding::MailBranding;
use crate::config::{SmtpSecurity, SmtpSettings};
use app::services::{Channel, OutgoingMessage, SendError, Sender};
use lettre::{
    message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart},
    transport::smtp::{authentication::Credentials, extension::ClientId},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use secrecy::ExposeSecret;
use std::{sync::Arc, time::Duration};

/// The longest a whole send may take, connection included.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The portal's host name: EHLO, Message-ID and Content-ID domains.
    domain: String,
    branding: Arc<dyn MailBranding>,
}

impl SmtpSender {
    /// `domain` names the portal in EHLO and in Message-IDs: its public host
    /// name, rather than whatever the machine happens to be called.
    pub fn new(
        settings: &SmtpSettings,
        domain: &str,
        branding: Arc<dyn MailBranding>,
    ) -> Result<Self, super::SetupError> {
        type Transport = AsyncSmtpTransport<Tokio1Executor>;
        let builder = match settings.security {
            SmtpSecurity::Starttls => Transport::starttls_relay(settings.host.as_str()),
            SmtpSecurity::Tls => Transport::relay(settings.host.as_str()),
            // Accepted by the configuration only for a loopback host.
            SmtpSecurity::None => Ok(Transport::builder_dangerous(settings.host.as_str())),
        }
        .map_err(|e| super::SetupError::new("smtp", e))?;
        let mut builder = builder
            .port(settings.port())
            .timeout(Some(SMTP_TIMEOUT))
            .hello_name(ClientId::Domain(domain.to_owned()));
        if let Some((username, password)) = settings.credentials() {
            builder = builder.credentials(Credentials::new(
                username.to_owned(),
                password.expose_secret().to_owned(),
            ));
        }
        Ok(Self {
            transport: builder.build(),
            from: Mailbox::clone(&settings.from),
            domain: domain.to_owned(),
            branding,
        })
    }

    fn email(&self, message: &OutgoingMessage) -> Result<Message, SendError> {
        let to = message
            .to
            .parse::<Mailbox>()
            .map_err(|_| SendError::Failed("the recipient is not an email address".into()))?;
        let lang = message_lang(&message.lang);
        let brand = self.branding.mail_brand(lang);
        let letter = Letter::new(message, lang, &brand);
        // A logo of a type lettre cannot name is left out, not fatal: the
        // header then shows the organisation's name.
        let logo = brand
            .logo
            .as_ref()
            .and_then(|logo| Some((logo, ContentType::parse(logo.media_type).ok()?)));
        let plain = SinglePart::plain(letter.plain_text());
        let body = match logo {
            Some((logo, media_type)) => {
                // Random, so that no two emails share a part's identity.
                let content_id = format!("logo-{}@{}", random_hex()?, self.domain);
                let inline = InlineLogo { content_id: &content_id, logo };
                let html = email_html::render(&letter, &brand, Some(inline));
                let image = Attachment::new_inline(content_id.clone())
                    .body(logo.bytes.to_vec(), media_type);
                MultiPart::alternative().singlepart(plain).multipart(
                    MultiPart::related().singlepart(SinglePart::html(html)).singlepart(image),
                )
            }
            None => MultiPart::alternative()
                .singlepart(plain)
                .singlepart(SinglePart::html(email_html::render(&letter, &brand, None))),
        };
        Message::builder()
            .message_id(Some(format!("<{}@{}>", random_hex()?, self.domain)))
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .multipart(body)
            .map_err(|e| SendError::Failed(format!("the email could not be built: {e}")))
    }
}

/// 128 random bits in hex, for Message-IDs and Content-IDs.
fn random_hex() -> Result<String, SendError> {
    let mut id = [0u8; 16];
    getrandom::fill(&mut id)
        .map_err(|e| SendError::Failed(format!("no randomness for a message part's id: {e}")))?;
    Ok(hex::encode(id))
}

#[async_trait::async_trait]
impl Sender for SmtpSender {
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError> {
        if message.channel != Channel::Email {
            return Err(SendError::NotConfigured(message.channel));
        }
        let email = self.email(message)?;
        match tokio::time::timeout(SMTP_TIMEOUT, self.transport.send(email)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(SendError::Failed(describe(&e))),
            Err(_) => Err(SendError::Failed("the SMTP server did not answer in time".into())),
        }
    }
}

/// What went wrong. A reply from the server is reduced to its code: its
/// text may quote the recipient's address. lettre's other errors carry
/// only its own words and the system's ("Connection refused").
fn describe(error: &lettre::transport::smtp::Error) -> String {
    if let Some(code) = error.status() {
        let kind = if error.is_permanent() { "refused" } else { "deferred" };
        format!("the SMTP server {kind} the message (reply code {code})")
    } else if error.is_timeout() {
        "the SMTP server did not answer in time".to_owned()
    } else if error.is_response() {
        "the SMTP server's reply could not be understood".to_owned()
    } else {
        format!("SMTP: {error}")
    }
}
