//! What the pages need from the outside world, as traits the server
//! implements and provides through context. Swapping storage or a
//! directory never touches a page or a server function.

mod accounts;
mod branding;
mod captcha;
mod client_address;
mod clock;
mod cookie_policy;
mod demo_outbox;
mod password_reset;
mod registration;
mod sender;

pub use accounts::{Accounts, SessionToken, SessionUser, SignInFailure};
pub use branding::{Branding, PreviewClaim, StudioRefusal};
pub use captcha::{Captcha, CaptchaAnswer, CaptchaRefusal};
pub use client_address::ClientAddress;
pub use clock::{Clock, SystemClock};
pub use cookie_policy::CookiePolicy;
pub use demo_outbox::{DemoOutbox, OutboxMessage};
pub use password_reset::{PasswordReset, ResetCommit};
pub use registration::{FlowToken, Registration};
pub use sender::{Channel, OutgoingMessage, SendError, Sender};

use std::sync::Arc;

/// Everything a server function may call, provided per request.
#[derive(Clone)]
pub struct Services {
    pub accounts: Arc<dyn Accounts>,
    pub registration: Arc<dyn Registration>,
    pub reset: Arc<dyn PasswordReset>,
    pub captcha: Arc<dyn Captcha>,
    pub branding: Arc<dyn Branding>,
    pub cookies: CookiePolicy,
    /// Delivers one-time codes and notifications.
    pub sender: Arc<dyn Sender>,
    /// The kept messages, `Some` only in demonstration mode.
    pub outbox: Option<Arc<dyn DemoOutbox>>,
}

/// The services of the current request. Missing services are a wiring bug
/// reported as an internal error, never a panic.
pub fn use_services() -> Result<Services, ServiceUnavailable> {
    leptos::prelude::use_context::<Services>().ok_or(ServiceUnavailable)
}

/// The server was not wired with its services.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("services are not provided in this context")]
pub struct ServiceUnavailable;

/// A failure inside a service (storage down, hashing pool gone). Logged by
/// the server function that meets it; the user sees a generic message.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ServiceError(pub String);

impl ServiceError {
    pub fn new(source: impl std::fmt::Display) -> Self {
        Self(source.to_string())
    }
}
