//! `[sms]` and `[voice]`: the HTTP gateways that send text messages and
//! place voice calls (the JSON contract is in the README).

use super::loopback::require_https_off_loopback;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::ops::Deref;
use url::Url;

/// Shortest gateway secret accepted, in bytes.
pub const MIN_GATEWAY_SECRET_BYTES: usize = 16;
/// What a gateway template must contain: where the code goes.
pub const CODE_PLACEHOLDER: &str = "{code}";

/// An HTTP gateway for SMS or voice.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatewaySettings {
    pub url: GatewayUrl,
    /// Sent in `X-Sspr-Gateway-Secret` so the gateway knows the caller.
    pub secret: GatewaySecret,
    /// The text sent, with `{code}` where the code goes; the message's
    /// own text when unset.
    pub template: Option<MessageTemplate>,
}

/// Where the gateway is: https unless it is a loopback address.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct GatewayUrl(Url);

impl TryFrom<String> for GatewayUrl {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let url = Url::parse(&raw).map_err(|_| "must be an http(s) URL".to_owned())?;
        require_https_off_loopback(&url)?;
        if url.host().is_none() {
            return Err("must name a host".to_owned());
        }
        Ok(Self(url))
    }
}

impl Deref for GatewayUrl {
    type Target = Url;

    fn deref(&self) -> &Url {
        &self.0
    }
}

/// The shared secret: long enough not to be guessed, and printable ASCII
/// without spaces since it travels in an HTTP header.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "SecretString")]
pub struct GatewaySecret(SecretString);

impl TryFrom<SecretString> for GatewaySecret {
    type Error = String;

    fn try_from(secret: SecretString) -> Result<Self, String> {
        let bytes = secret.expose_secret().as_bytes();
        if bytes.len() < MIN_GATEWAY_SECRET_BYTES {
            return Err(format!("must be at least {MIN_GATEWAY_SECRET_BYTES} bytes long"));
        }
        if !bytes.iter().all(u8::is_ascii_graphic) {
            return Err(
                "must be printable ASCII without spaces (letters, digits, punctuation)".to_owned()
            );
        }
        Ok(Self(secret))
    }
}

impl ExposeSecret<str> for GatewaySecret {
    fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

/// The text of a message, with [`CODE_PLACEHOLDER`] where the code goes.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct MessageTemplate(String);

impl TryFrom<String> for MessageTemplate {
    type Error = String;

    fn try_from(template: String) -> Result<Self, String> {
        if template.contains(CODE_PLACEHOLDER) {
            Ok(Self(template))
        } else {
            Err(format!("must contain {CODE_PLACEHOLDER}, where the code goes"))
        }
    }
}

impl Deref for MessageTemplate {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;

    #[test]
    fn gateways_need_https_off_loopback_a_long_secret_and_a_code_in_the_template() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_VOICE__SECRET", "gateway-secret-value");
            jail.set_env("SSPR_VOICE__URL", "http://gateway.example.com/voice");
            let message = error_in(jail);
            assert!(message.contains("`voice.url`") && message.contains("https"), "{message}");
            jail.set_env("SSPR_VOICE__URL", "ftp://gateway.example.com/voice");
            assert!(error_in(jail).contains("`voice.url`"));
            jail.set_env("SSPR_VOICE__URL", "http://127.0.0.1:8080/voice");
            assert!(load_in(jail).is_ok());

            jail.set_env("SSPR_VOICE__SECRET", "too-short-12");
            let message = error_in(jail);
            assert!(message.contains("`voice.secret`"), "{message}");
            assert!(!message.contains("too-short-12"), "{message}");

            jail.set_env("SSPR_VOICE__SECRET", "gateway-secret-value");
            jail.set_env("SSPR_VOICE__TEMPLATE", "Your code is ready");
            let message = error_in(jail);
            assert!(
                message.contains("`voice.template`") && message.contains("{code}"),
                "{message}"
            );
            jail.set_env("SSPR_VOICE__TEMPLATE", "Il tuo codice è {code}");
            let voice = load_in(jail).map_err(|e| e.to_string())?.voice.ok_or("voice missing")?;
            assert_eq!(voice.template.as_deref(), Some("Il tuo codice è {code}"));
            assert!(!format!("{voice:?}").contains("gateway-secret-value"));
            Ok(())
        });
    }

    #[test]
    fn a_secret_with_spaces_is_refused_without_being_echoed() {
        let refused = GatewaySecret::try_from(SecretString::from("a secret with spaces in it"));
        let reason = refused.map(|_| ()).unwrap_err();
        assert!(reason.contains("printable ASCII"), "{reason}");
        assert!(!reason.contains("spaces in it"), "{reason}");
    }
}
