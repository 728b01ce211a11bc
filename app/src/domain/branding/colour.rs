//! A colour a designer picks, written `#rrggbb` (or `#rgb`), and its
//! relative luminance as WCAG 2.2 defines it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour {
    rgb: [u8; 3],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a colour written #rrggbb")]
pub struct ColourError;

impl Colour {
    pub const fn from_rgb(r: u8, g: u8, b: u8) -> Self {
        Self { rgb: [r, g, b] }
    }

    /// `#0b5cad` or `#fff`, any case, surrounding spaces ignored. Named
    /// colours and functions are refused: the contrast check must know
    /// the exact colour a page will show.
    pub fn parse(raw: &str) -> Result<Self, ColourError> {
        let hex = raw.trim().strip_prefix('#').ok_or(ColourError)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ColourError);
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).map_err(|_| ColourError);
        match hex.len() {
            3 => Ok(Self::from_rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte =
                    |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| ColourError);
                Ok(Self::from_rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => Err(ColourError),
        }
    }

    /// Lower-case `#rrggbb`: what stylesheets and forms show.
    pub fn hex(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.rgb;
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// The WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

impl TryFrom<String> for Colour {
    type Error = ColourError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Colour> for String {
    fn from(c: Colour) -> Self {
        c.hex()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_long_and_short_forms() {
        assert_eq!(Colour::parse("#0B5CAD").map(Colour::hex), Ok("#0b5cad".into()));
        assert_eq!(Colour::parse(" #fff ").map(Colour::hex), Ok("#ffffff".into()));
    }

    #[test]
    fn refuses_what_is_not_an_exact_colour() {
        for raw in ["", "#", "0b5cad", "#0b5cad0", "#12", "red", "#ggg", "rgb(0,0,0)", "#+1+2+3"] {
            assert_eq!(Colour::parse(raw), Err(ColourError), "{raw}");
        }
    }

    #[test]
    fn contrast_matches_wcag_figures() {
        let white = Colour::from_rgb(255, 255, 255);
        let black = Colour::from_rgb(0, 0, 0);
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1 grey.
        let grey = Colour::from_rgb(0x76, 0x76, 0x76);
        assert!((white.contrast(grey) - 4.54).abs() < 0.01);
        assert_eq!(white.contrast(grey), grey.contrast(white));
    }
}
