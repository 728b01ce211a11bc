//! A branding made ready to serve: for every offered language the page
//! branding, the stylesheet (named by its hash) and the email branding.
//! Built once per publication (or draft change), then only read.

use super::mail_brand::{MailBrand, MailLogo};
use super::stylesheet::stylesheet;
use super::upload::check_css;
use app::contract::{BrandImage, PageBrand};
use app::domain::branding::{
    AssetRef, AssetSlot, BrandDocument, BrandSettings, ColourToken, SignInText,
};
use app::domain::helpdesk_link::HelpdeskLink;
use app::i18n::Lang;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Arc;

/// Image bytes by hash, as far as they are loaded.
pub type Assets = HashMap<String, Arc<[u8]>>;

#[derive(Default)]
pub struct Built {
    pages: HashMap<Lang, Arc<PageBrand>>,
    /// Stylesheets by file name (`<sha256>.css`).
    pub files: HashMap<String, Arc<[u8]>>,
    mail: HashMap<Lang, MailBrand>,
}

impl Built {
    /// `preview` marks every page as showing a draft.
    pub fn new(document: &BrandDocument, assets: &Assets, preview: bool) -> Self {
        let mut built = Built::default();
        for &lang in app::i18n::offered() {
            let settings = document.resolve(lang);
            let css_ok = settings.custom_css.as_deref().is_none_or(|css| check_css(css).is_ok());
            let sheet = stylesheet(&settings, css_ok).map(|css| {
                let name = format!("{}.css", hex::encode(Sha256::digest(css.as_bytes())));
                built.files.insert(name.clone(), Arc::from(css.into_bytes()));
                format!("/branding/{name}")
            });
            let mut page = page_brand(&settings, sheet);
            page.preview = preview;
            built.pages.insert(lang, Arc::new(page));
            built.mail.insert(lang, mail_brand(&settings, assets));
        }
        built
    }

    pub fn page(&self, lang: Lang) -> Arc<PageBrand> {
        self.pages.get(&lang).cloned().unwrap_or_default()
    }

    pub fn mail(&self, lang: Lang) -> MailBrand {
        self.mail.get(&lang).cloned().unwrap_or_else(MailBrand::unbranded)
    }
}

/// The images `document` refers to, in any layer.
pub fn referenced(document: &BrandDocument) -> Vec<AssetRef> {
    std::iter::once(&document.default)
        .chain(document.languages.values())
        .flat_map(|layer| layer.images.values().cloned())
        .collect()
}

fn text(raw: &Option<String>) -> Option<String> {
    raw.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty() && !t.chars().any(char::is_control))
        .map(str::to_owned)
}

fn link(raw: &Option<String>) -> Option<String> {
    raw.as_deref().and_then(|l| HelpdeskLink::parse(l).ok()).map(|l| l.href())
}

fn image(settings: &BrandSettings, slot: AssetSlot) -> Option<BrandImage> {
    settings.images.get(&slot).map(|a| BrandImage {
        href: a.href(),
        width: a.width,
        height: a.height,
    })
}

/// Only values that parse reach a page: a draft's mistake is left out of
/// its preview rather than shown.
fn page_brand(settings: &BrandSettings, stylesheet: Option<String>) -> PageBrand {
    PageBrand {
        stylesheet,
        favicon: image(settings, AssetSlot::Favicon).map(|i| i.href),
        banner_logo: image(settings, AssetSlot::BannerLogo),
        square_logo: image(settings, AssetSlot::SquareLogo),
        square_logo_dark: image(settings, AssetSlot::SquareLogoDark),
        organisation_name: text(&settings.organisation_name),
        hide_header: settings.show_header == Some(false),
        hide_footer: settings.show_footer == Some(false),
        sign_in_text: settings
            .sign_in_text
            .as_deref()
            .and_then(|t| SignInText::parse(t).ok().flatten()),
        user_name_hint: text(&settings.user_name_hint),
        cant_access_label: text(&settings.cant_access_label),
        hide_reset_link: settings.show_reset_link == Some(false),
        privacy_href: link(&settings.privacy_url),
        terms_href: link(&settings.terms_url),
        helpdesk_href: link(&settings.helpdesk_url),
        preview: false,
    }
}

fn mail_brand(settings: &BrandSettings, assets: &Assets) -> MailBrand {
    let colours = settings.parsed_colours();
    let colour = |t: ColourToken| colours.get(&t).copied().unwrap_or_else(|| t.default_colour());
    // Mail clients show raster images only.
    let logo = settings.images.get(&AssetSlot::SquareLogo).and_then(|a| {
        let media_type = match a.extension.as_str() {
            "png" => "image/png",
            "jpg" => "image/jpeg",
            _ => return None,
        };
        assets.get(&a.sha256).map(|bytes| MailLogo {
            bytes: bytes.clone(),
            media_type,
            width: a.width,
            height: a.height,
        })
    });
    MailBrand {
        organisation_name: text(&settings.organisation_name),
        logo,
        primary: colour(ColourToken::Primary),
        primary_text: colour(ColourToken::PrimaryText),
        header: colour(ColourToken::Header),
        header_text: colour(ColourToken::HeaderText),
        privacy_href: link(&settings.privacy_url),
        terms_href: link(&settings.terms_url),
        helpdesk_href: link(&settings.helpdesk_url),
    }
}

/// The media type of an uploaded image, from the extension its URL has.
pub fn media_type(extension: &str) -> Option<&'static str> {
    match extension {
        "png" => Some("image/png"),
        "jpg" => Some("image/jpeg"),
        "webp" => Some("image/webp"),
        "svg" => Some("image/svg+xml"),
        _ => None,
    }
}
