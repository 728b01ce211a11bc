use crate::services::ClientAddress;

/// The client's address, as the server's outer layer worked it out.
pub fn client_address() -> ClientAddress {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ClientAddress>().copied())
        .unwrap_or_default()
}
