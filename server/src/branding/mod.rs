//! Branding: the designers' settings, published to every instance, as
//! stylesheets, images, page text and email decoration.

mod built;
mod cache;
mod mail_brand;
mod preview;
mod service;
mod stylesheet;
pub mod upload;

pub use cache::{BrandCache, POLL_INTERVAL};
pub use mail_brand::{MailBrand, MailBranding, MailLogo, Unbranded};
pub use service::{publish_problems, SqlBranding};
