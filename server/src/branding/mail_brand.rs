//! What an email carries of the organisation's branding, in one
//! language: taken from the published branding when a message is sent.

use app::domain::branding::{Colour, ColourToken};
use app::i18n::Lang;
use std::sync::Arc;

/// A raster logo for the HTML part, sent inline (by Content-ID).
#[derive(Clone, Debug)]
pub struct MailLogo {
    pub bytes: Arc<[u8]>,
    /// `image/png`, `image/jpeg` or `image/webp`; mail clients show no SVG.
    pub media_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// The branding of one email.
#[derive(Clone, Debug)]
pub struct MailBrand {
    /// `None`: the product's name stands in.
    pub organisation_name: Option<String>,
    /// The square logo (its light variant), when one is a raster image.
    pub logo: Option<MailLogo>,
    pub primary: Colour,
    pub primary_text: Colour,
    pub header: Colour,
    pub header_text: Colour,
    /// `href` values, already checked (`https:` or `mailto:`).
    pub privacy_href: Option<String>,
    pub terms_href: Option<String>,
    pub helpdesk_href: Option<String>,
}

impl MailBrand {
    /// The product's own look: no logo, the stylesheet's colours.
    pub fn unbranded() -> Self {
        Self {
            organisation_name: None,
            logo: None,
            primary: ColourToken::Primary.default_colour(),
            primary_text: ColourToken::PrimaryText.default_colour(),
            header: ColourToken::Header.default_colour(),
            header_text: ColourToken::HeaderText.default_colour(),
            privacy_href: None,
            terms_href: None,
            helpdesk_href: None,
        }
    }
}

/// Where senders find the branding of the moment, per language.
pub trait MailBranding: Send + Sync {
    fn mail_brand(&self, lang: Lang) -> MailBrand;
}

/// No branding published: every email in the product's look.
pub struct Unbranded;

impl MailBranding for Unbranded {
    fn mail_brand(&self, _lang: Lang) -> MailBrand {
        MailBrand::unbranded()
    }
}
