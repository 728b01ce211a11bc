//! What a designer can set: the colour tokens of the stylesheet and the
//! image slots, each with the name forms, files and the CSS use.

use super::colour::Colour;
use serde::{Deserialize, Serialize};

/// A colour of the stylesheet a designer may replace. Each is a CSS
/// custom property of `style/main.css`; the defaults are its light scheme.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ColourToken {
    /// Buttons and links.
    Primary,
    /// Text on buttons.
    PrimaryText,
    /// The band at the top.
    Header,
    HeaderText,
    Text,
    /// The page behind the card: the background colour.
    Page,
    Card,
    Focus,
}

impl ColourToken {
    pub const ALL: [ColourToken; 8] = [
        Self::Primary,
        Self::PrimaryText,
        Self::Header,
        Self::HeaderText,
        Self::Text,
        Self::Page,
        Self::Card,
        Self::Focus,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// The custom property it sets.
    pub fn css_property(self) -> &'static str {
        match self {
            Self::Primary => "--brand-primary",
            Self::PrimaryText => "--brand-primary-contrast",
            Self::Header => "--brand-header-bg",
            Self::HeaderText => "--brand-header-fg",
            Self::Text => "--text",
            Self::Page => "--page-bg",
            Self::Card => "--card-bg",
            Self::Focus => "--focus",
        }
    }

    /// The stylesheet's own value (light scheme).
    pub fn default_colour(self) -> Colour {
        match self {
            Self::Primary => Colour::from_rgb(0x0b, 0x5c, 0xad),
            Self::PrimaryText => Colour::from_rgb(0xff, 0xff, 0xff),
            Self::Header => Colour::from_rgb(0x0b, 0x2e, 0x4f),
            Self::HeaderText => Colour::from_rgb(0xff, 0xff, 0xff),
            Self::Text => Colour::from_rgb(0x1b, 0x1f, 0x24),
            Self::Page => Colour::from_rgb(0xf3, 0xf5, 0xf8),
            Self::Card => Colour::from_rgb(0xff, 0xff, 0xff),
            Self::Focus => Colour::from_rgb(0x6a, 0x2b, 0xc4),
        }
    }
}

/// A place for an uploaded image.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum AssetSlot {
    /// In the header band.
    BannerLogo,
    /// In emails and as the touch icon.
    SquareLogo,
    /// The square logo for dark mail clients and dark pages.
    SquareLogoDark,
    Favicon,
    /// Behind the card, in the full-bleed layout.
    Background,
}

impl AssetSlot {
    pub const ALL: [AssetSlot; 5] =
        [Self::BannerLogo, Self::SquareLogo, Self::SquareLogoDark, Self::Favicon, Self::Background];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// The largest upload in bytes, and in pixels (width, height): Entra's
    /// sizes with room, a logo fitting the header band and a background a
    /// 4K screen.
    pub fn limits(self) -> (usize, u32, u32) {
        const KIB: usize = 1024;
        match self {
            Self::BannerLogo => (300 * KIB, 1200, 300),
            Self::SquareLogo | Self::SquareLogoDark => (300 * KIB, 512, 512),
            Self::Favicon => (100 * KIB, 256, 256),
            Self::Background => (2 * KIB * KIB, 3840, 2160),
        }
    }

    /// Logos may be drawings (SVG); photos and icons may not.
    pub fn svg_allowed(self) -> bool {
        matches!(self, Self::BannerLogo | Self::SquareLogo | Self::SquareLogoDark)
    }
}

/// Where the card sits.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Layout {
    /// The background image fills the page behind the card.
    #[default]
    FullBleed,
    /// The page colour only, no background image.
    Plain,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back() {
        for t in ColourToken::ALL {
            assert_eq!(ColourToken::parse(t.as_str()), Some(t));
        }
        for s in AssetSlot::ALL {
            assert_eq!(AssetSlot::parse(s.as_str()), Some(s));
        }
        assert_eq!(Layout::parse("plain"), Some(Layout::Plain));
    }

    #[test]
    fn defaults_are_the_stylesheets() {
        let css = include_str!("../../../../style/main.css");
        for t in ColourToken::ALL {
            let line = format!("{}: {};", t.css_property(), t.default_colour().hex());
            assert!(css.contains(&line), "style/main.css lacks `{line}`");
        }
    }
}
