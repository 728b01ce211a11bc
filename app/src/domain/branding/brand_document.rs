//! A whole branding: the default layer and one override layer per
//! language. Published only when every layer's values parse and every
//! language, as it will be shown, reaches WCAG AA contrast.

use super::brand_settings::{BrandSettings, FieldProblem};
use super::colour_contrast::{contrast_failures, ContrastFailure};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The server's CSS parser, as [`BrandDocument::publish_problems`] calls it:
/// `Err((line, reason))` for a sheet it refuses.
pub type CssCheck = dyn Fn(&str) -> Result<(), (u32, String)>;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BrandDocument {
    pub default: BrandSettings,
    /// Only languages that override something.
    pub languages: BTreeMap<Lang, BrandSettings>,
}

/// What stops a publication, and in which layer (`None`: the default).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PublishProblem {
    Field { lang: Option<Lang>, problem: FieldProblem },
    Contrast { lang: Option<Lang>, failure: ContrastFailure },
}

impl BrandDocument {
    /// The settings pages in `lang` are shown with.
    pub fn resolve(&self, lang: Lang) -> BrandSettings {
        match self.languages.get(&lang) {
            Some(layer) => layer.over(&self.default),
            None => self.default.clone(),
        }
    }

    /// The layer a designer edits: `None` is the default.
    pub fn layer(&self, lang: Option<Lang>) -> BrandSettings {
        match lang {
            None => self.default.clone(),
            Some(l) => self.languages.get(&l).cloned().unwrap_or_default(),
        }
    }

    /// Replaces one layer; an empty language layer is dropped.
    pub fn set_layer(&mut self, lang: Option<Lang>, layer: BrandSettings) {
        match lang {
            None => self.default = layer,
            Some(l) if layer == BrandSettings::default() => {
                self.languages.remove(&l);
            }
            Some(l) => {
                self.languages.insert(l, layer);
            }
        }
    }

    /// Everything that stops publishing. `check_css` is the server's CSS
    /// parser: `Err((line, reason))` for a sheet it refuses.
    pub fn publish_problems(&self, check_css: &CssCheck) -> Vec<PublishProblem> {
        let mut out = Vec::new();
        let layers = std::iter::once((None, &self.default))
            .chain(self.languages.iter().map(|(l, s)| (Some(*l), s)));
        for (lang, layer) in layers {
            let mut problems = layer.problems();
            if let Some(Err((line, reason))) = layer.custom_css.as_deref().map(check_css) {
                problems.push(FieldProblem {
                    field: super::BrandField::CustomCss,
                    problem: super::Problem::Css { line, reason },
                });
            }
            out.extend(problems.into_iter().map(|problem| PublishProblem::Field { lang, problem }));
            // Contrast as the language is shown: its colours over the default's.
            let shown = match lang {
                None => self.default.clone(),
                Some(l) => self.resolve(l),
            };
            let failures = contrast_failures(&shown.parsed_colours());
            out.extend(
                failures.into_iter().map(|failure| PublishProblem::Contrast { lang, failure }),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::branding::{ColourToken, ContrastPair};

    fn no_css_check(_: &str) -> Result<(), (u32, String)> {
        Ok(())
    }

    #[test]
    fn a_language_without_overrides_shows_the_default() {
        let doc = BrandDocument {
            default: BrandSettings { sign_in_text: Some("Welcome".into()), ..Default::default() },
            ..Default::default()
        };
        assert_eq!(doc.resolve(Lang::It).sign_in_text.as_deref(), Some("Welcome"));
    }

    #[test]
    fn contrast_is_checked_as_each_language_is_shown() {
        // Each layer alone passes; Italian's header text on the default's
        // header colour does not.
        let mut doc = BrandDocument::default();
        doc.default.colours.insert(ColourToken::Header, "#ffffff".into());
        doc.default.colours.insert(ColourToken::HeaderText, "#000000".into());
        doc.languages.insert(
            Lang::It,
            BrandSettings {
                colours: [(ColourToken::HeaderText, "#fafafa".into())].into(),
                ..Default::default()
            },
        );
        let problems = doc.publish_problems(&no_css_check);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(matches!(
            &problems[0],
            PublishProblem::Contrast { lang: Some(Lang::It), failure }
                if failure.pair == ContrastPair::HeaderTextOnHeader
        ));
    }

    #[test]
    fn refused_css_is_reported_with_its_line_and_layer() {
        let mut doc = BrandDocument::default();
        doc.languages.insert(
            Lang::De,
            BrandSettings { custom_css: Some("@import x;".into()), ..Default::default() },
        );
        let check = |_: &str| Err((1, "import".to_owned()));
        let problems = doc.publish_problems(&check);
        assert!(matches!(&problems[..], [PublishProblem::Field { lang: Some(Lang::De), .. }]));
    }

    #[test]
    fn clearing_a_language_drops_its_layer() {
        let mut doc = BrandDocument::default();
        doc.set_layer(
            Some(Lang::It),
            BrandSettings { show_footer: Some(false), ..Default::default() },
        );
        assert_eq!(doc.languages.len(), 1);
        doc.set_layer(Some(Lang::It), BrandSettings::default());
        assert!(doc.languages.is_empty());
    }
}
