//! The pairs of colours that meet on a page and the WCAG AA ratio each
//! must reach before a branding is published: 4.5:1 for text, 3:1 for
//! the focus ring (a user-interface component).

use super::colour::Colour;
use super::tokens::ColourToken;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum ContrastPair {
    TextOnPage,
    TextOnCard,
    ButtonTextOnPrimary,
    HeaderTextOnHeader,
    FocusOnPage,
}

impl ContrastPair {
    pub const ALL: [ContrastPair; 5] = [
        Self::TextOnPage,
        Self::TextOnCard,
        Self::ButtonTextOnPrimary,
        Self::HeaderTextOnHeader,
        Self::FocusOnPage,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Foreground, background.
    pub fn tokens(self) -> (ColourToken, ColourToken) {
        use ColourToken::*;
        match self {
            Self::TextOnPage => (Text, Page),
            Self::TextOnCard => (Text, Card),
            Self::ButtonTextOnPrimary => (PrimaryText, Primary),
            Self::HeaderTextOnHeader => (HeaderText, Header),
            Self::FocusOnPage => (Focus, Page),
        }
    }

    /// WCAG 2.2 AA: 1.4.3 for text, 1.4.11 for the focus indicator.
    pub fn minimum(self) -> f64 {
        match self {
            Self::FocusOnPage => 3.0,
            _ => 4.5,
        }
    }
}

/// A pair below its minimum, with the ratio it has.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContrastFailure {
    pub pair: ContrastPair,
    pub ratio: f64,
}

impl ContrastFailure {
    /// `3.21:1`, rounded down so that a ratio shown as passing passes.
    pub fn ratio_text(&self) -> String {
        format!("{:.2}:1", (self.ratio * 100.0).floor() / 100.0)
    }
}

/// Every pair of `colours` (the stylesheet's defaults where unset) that
/// is below its minimum.
pub fn contrast_failures(colours: &BTreeMap<ColourToken, Colour>) -> Vec<ContrastFailure> {
    let colour = |t: ColourToken| colours.get(&t).copied().unwrap_or_else(|| t.default_colour());
    ContrastPair::ALL
        .into_iter()
        .filter_map(|pair| {
            let (fg, bg) = pair.tokens();
            let ratio = colour(fg).contrast(colour(bg));
            (ratio < pair.minimum()).then_some(ContrastFailure { pair, ratio })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(ColourToken, &str)]) -> BTreeMap<ColourToken, Colour> {
        pairs.iter().filter_map(|(t, c)| Colour::parse(c).ok().map(|c| (*t, c))).collect()
    }

    #[test]
    fn the_stylesheets_own_colours_pass() {
        assert_eq!(contrast_failures(&BTreeMap::new()), vec![]);
    }

    #[test]
    fn pale_button_text_is_named_with_its_ratio() {
        let failures = contrast_failures(&with(&[
            (ColourToken::Primary, "#ffcc00"),
            (ColourToken::PrimaryText, "#ffffff"),
        ]));
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].pair, ContrastPair::ButtonTextOnPrimary);
        assert_eq!(failures[0].ratio_text(), "1.51:1");
    }

    #[test]
    fn the_focus_ring_needs_three_to_one_and_text_four_and_a_half() {
        // #949494 on white: 3.03:1, enough for the ring, not for text.
        let grey = [(ColourToken::Page, "#ffffff"), (ColourToken::Focus, "#949494")];
        assert_eq!(contrast_failures(&with(&grey)), vec![]);
        let text = [(ColourToken::Page, "#ffffff"), (ColourToken::Text, "#949494")];
        let pairs: Vec<_> = contrast_failures(&with(&text)).into_iter().map(|f| f.pair).collect();
        // The card is white too by default.
        assert_eq!(pairs, vec![ContrastPair::TextOnPage, ContrastPair::TextOnCard]);
    }

    #[test]
    fn a_ratio_just_under_the_line_is_not_shown_as_reaching_it() {
        let f = ContrastFailure { pair: ContrastPair::TextOnPage, ratio: 4.4999 };
        assert_eq!(f.ratio_text(), "4.49:1");
    }
}
