//! Server functions: each parses its input, calls one service and maps the
//! result. They work as plain HTML form targets (JavaScript off: the
//! browser posts, the server redirects) and as calls from the hydrated page.

#[cfg(feature = "ssr")]
mod client_address;
mod code_error_text;
#[cfg(feature = "ssr")]
pub mod cookies;
mod current_user;
mod demo_outbox_messages;
mod error_status;
mod errors;
#[cfg(feature = "ssr")]
mod page_brand;
#[cfg(feature = "ssr")]
mod plain_form;
#[cfg(feature = "ssr")]
mod post;
#[cfg(feature = "ssr")]
mod redirect_page;
pub mod registration;
mod registration_error_text;
pub mod reset;
mod reset_error_text;
mod set_language;
mod sign_in;
mod sign_in_flash;
mod sign_out;
mod studio_draft;

pub use crate::contract::{RegistrationError, RegistrationField, ResetError, ResetField};
#[cfg(feature = "ssr")]
pub use client_address::client_address;
pub use current_user::{current_user, AccountView, CurrentUser};
pub use demo_outbox_messages::{
    demo_outbox_messages, DemoOutboxMessages, OutboxEntry, OUTBOX_PAGE_SIZE,
};
pub use errors::{AppError, FormField, SignInError};
#[cfg(feature = "ssr")]
pub use page_brand::provide_page_brand;
#[cfg(feature = "ssr")]
pub use redirect_page::redirect_page;
pub use set_language::{set_language, SetLanguage};
pub use sign_in::{sign_in, SignIn};
pub use sign_in_flash::{take_sign_in_flash, SignInFlash, TakeSignInFlash};
pub use sign_out::{sign_out, SignOut};
pub use studio_draft::{studio_draft, StudioDraft};
