//! What every server function starts from: the services, where the
//! request came from and the page's language.

use crate::i18n::Lang;
use crate::services::{use_services, ClientAddress, Services};

/// The context of one post. The address and language are worked out
/// when asked for: the views read neither.
pub struct Post {
    pub services: Services,
}

/// The server was started without its services: a wiring bug, logged
/// here, where it is met; the user reads "unavailable".
#[derive(Debug, Clone, Copy)]
pub struct Unwired;

impl Post {
    pub fn current() -> Result<Self, Unwired> {
        let services = use_services().map_err(|e| {
            tracing::error!(error = %e, "a server function ran without its services");
            Unwired
        })?;
        Ok(Self { services })
    }

    /// Where the request came from.
    pub fn address(&self) -> ClientAddress {
        super::client_address()
    }

    /// The language the page is shown in.
    pub fn lang(&self) -> Lang {
        crate::i18n::request_lang()
    }

    /// The value of cookie `name` in the request.
    pub fn cookie(&self, name: &str) -> Option<String> {
        super::cookies::read_current(name)
    }
}
