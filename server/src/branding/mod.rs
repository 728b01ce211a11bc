//! Branding: the designers' settings, published to every instance, as
//! stylesheets, images, page text and email decoration.

mod mail_brand;

pub use mail_brand::{MailBrand, MailBranding, MailLogo, Unbranded};
