//! What a page shows of the organisation's branding, in its language:
//! worked out by the server from the published branding (or a designer's
//! draft in preview), and rendered by the pages as they are.

use crate::domain::branding::SignInText;
use serde::{Deserialize, Serialize};

/// An uploaded image a page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandImage {
    pub href: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageBrand {
    /// The branding stylesheet (colours, background, custom CSS).
    pub stylesheet: Option<String>,
    pub favicon: Option<String>,
    pub banner_logo: Option<BrandImage>,
    pub square_logo: Option<BrandImage>,
    /// The square logo for dark backgrounds, when there is one.
    pub square_logo_dark: Option<BrandImage>,
    pub organisation_name: Option<String>,
    pub hide_header: bool,
    pub hide_footer: bool,
    pub sign_in_text: Option<SignInText>,
    pub user_name_hint: Option<String>,
    pub cant_access_label: Option<String>,
    pub hide_reset_link: bool,
    pub privacy_href: Option<String>,
    pub terms_href: Option<String>,
    pub helpdesk_href: Option<String>,
    /// A designer's draft, not what everyone sees.
    pub preview: bool,
}

impl PageBrand {
    pub fn has_footer_links(&self) -> bool {
        self.privacy_href.is_some() || self.terms_href.is_some() || self.helpdesk_href.is_some()
    }
}
