//! `languages`: the interface languages the portal offers, by tag
//! (`["en", "de", "fr"]`). Every shipped language when unset.

use app::i18n::Lang;
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct Languages(Vec<Lang>);

impl Languages {
    pub fn get(&self) -> &[Lang] {
        &self.0
    }
}

impl Default for Languages {
    fn default() -> Self {
        Self(Lang::ALL.to_vec())
    }
}

impl TryFrom<Vec<String>> for Languages {
    type Error = String;

    fn try_from(tags: Vec<String>) -> Result<Self, String> {
        if tags.is_empty() {
            return Err("list at least one language, for example [\"en\"]".to_owned());
        }
        tags.iter().map(|tag| Lang::parse_setting(tag)).collect::<Result<Vec<_>, _>>().map(Self)
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;

    #[test]
    fn every_language_is_offered_unless_listed() {
        Jail::expect_with(|jail| {
            assert_eq!(load_in(jail).map_err(|e| e.to_string())?.languages.get(), Lang::ALL);
            jail.set_env("SSPR_LANGUAGES", r#"["de", "pt-BR"]"#);
            let languages = load_in(jail).map_err(|e| e.to_string())?.languages;
            assert_eq!(languages.get(), [Lang::De, Lang::PtBr]);
            Ok(())
        });
    }

    #[test]
    fn unknown_or_loose_tags_and_empty_lists_are_refused() {
        Jail::expect_with(|jail| {
            for bad in [r#"["de-AT"]"#, r#"["xx"]"#, "[]"] {
                jail.set_env("SSPR_LANGUAGES", bad);
                let error = error_in(jail);
                assert!(error.contains("languages"), "{bad}: {error}");
            }
            Ok(())
        });
    }
}
