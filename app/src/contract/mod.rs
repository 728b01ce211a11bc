//! The contract between the pages and the services: what each step of a
//! flow shows (views) and why it may be refused (errors). `api` (server
//! functions) and `services` (the traits the server implements) both
//! import these types and nothing of each other's. Plain data only: the
//! Fluent message of an error and its HTTP status are attached in `api`.

mod captcha_view;
mod code_error;
mod page_brand;
mod registration_error;
mod registration_view;
mod reset_error;
mod reset_view;
mod studio_view;

pub use captcha_view::CaptchaView;
pub use code_error::CodeError;
pub use page_brand::{BrandImage, PageBrand};
pub use registration_error::{RegistrationError, RegistrationField};
pub use registration_view::*;
pub use reset_error::{ResetError, ResetField};
pub use reset_view::*;
pub use studio_view::{ImageProblem, PublicationView, StudioView};
