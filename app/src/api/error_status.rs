//! The HTTP status of a refused server-function call: a refusal (wrong
//! password, step out of order, a budget used up …) answers 4xx, and 5xx
//! means a real failure (storage or a transport down), so that error rates
//! mean something. Each error type maps its variants to a status next to
//! their messages (`impl ErrorStatus`); this module puts that status on the
//! response, for every server function at once.
//!
//! Leptos 0.8 answers every server-function error with 500 and has no hook
//! for the status. Every error on its way to the response is encoded by its
//! type's `FromServerFnError::Encoder`, inside the request's reactive owner,
//! so [`ErrorJson`] — JSON, exactly as `JsonEncoding` — sets the status
//! there. (Leptos 0.9 adds `FromServerFnError::status_code`, which the
//! `ErrorStatus` impls would move into.)

use leptos::server_fn::{
    codec::JsonEncoding, Bytes, ContentType, Decodes, Encodes, Format, FormatType,
};
use serde::{de::DeserializeOwned, Serialize};

/// The encoding of the server functions' errors: the JSON of the error
/// (what the hydrated islands decode); on the server, also its status.
pub struct ErrorJson;

impl ContentType for ErrorJson {
    const CONTENT_TYPE: &'static str = <JsonEncoding as ContentType>::CONTENT_TYPE;
}

impl FormatType for ErrorJson {
    const FORMAT_TYPE: Format = Format::Text;
}

#[cfg(feature = "ssr")]
impl<T: Serialize + ErrorStatus> Encodes<T> for ErrorJson {
    type Error = <JsonEncoding as Encodes<T>>::Error;

    fn encode(error: &T) -> Result<Bytes, Self::Error> {
        ssr::answer(error.status(), error.retry_after());
        <JsonEncoding as Encodes<T>>::encode(error)
    }
}

#[cfg(not(feature = "ssr"))]
impl<T: Serialize> Encodes<T> for ErrorJson {
    type Error = <JsonEncoding as Encodes<T>>::Error;

    fn encode(error: &T) -> Result<Bytes, Self::Error> {
        <JsonEncoding as Encodes<T>>::encode(error)
    }
}

impl<T: DeserializeOwned> Decodes<T> for ErrorJson {
    type Error = <JsonEncoding as Decodes<T>>::Error;

    fn decode(bytes: Bytes) -> Result<T, Self::Error> {
        <JsonEncoding as Decodes<T>>::decode(bytes)
    }
}

#[cfg(feature = "ssr")]
pub use ssr::ErrorStatus;

#[cfg(feature = "ssr")]
mod ssr {
    use crate::api::plain_form;
    use http::{header, HeaderValue, StatusCode};
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;
    use std::time::{Duration, UNIX_EPOCH};

    /// The status a server-function error answers with. Each type's
    /// `Transport`, met on the server only when a request's arguments cannot
    /// be decoded, is the caller's mistake: 400.
    pub trait ErrorStatus {
        fn status(&self) -> StatusCode;

        /// When a paused action may be tried again (unix seconds), for
        /// `Retry-After`, if the error knows it.
        fn retry_after(&self) -> Option<i64> {
            None
        }
    }

    /// Sets the status (and `Retry-After`) of the response being built.
    /// A browser's plain form post is left alone: it is always answered
    /// with a redirect back to a page that shows the message (the server
    /// function's own, or server_fn's return to the `Referer`, else `/`),
    /// and a status set here would replace that 302.
    pub(super) fn answer(status: StatusCode, retry_after: Option<i64>) {
        if plain_form::is_plain_form_post() {
            return;
        }
        let Some(response) = use_context::<ResponseOptions>() else {
            return;
        };
        response.set_status(status);
        if let Some(until) = retry_after {
            let when = UNIX_EPOCH + Duration::from_secs(u64::try_from(until).unwrap_or(0));
            if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(when)) {
                response.insert_header(header::RETRY_AFTER, value);
            }
        }
    }
}
