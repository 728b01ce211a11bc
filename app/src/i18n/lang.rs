//! The languages the interface is translated into.

use serde::{Deserialize, Serialize};
use unic_langid::{langid, LanguageIdentifier};

/// A supported interface language. Adding one means adding `locales/<tag>/`
/// and a variant here; the locale parity test keeps the files in step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    It,
}

impl Lang {
    /// Every supported language, in the order the picker lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::It];

    /// The BCP 47 tag written to `<html lang>` and the language cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        // Both current languages are left-to-right; a right-to-left
        // language (ar, he, fa) answers "rtl" here when it is added.
        match self {
            Lang::En | Lang::It => "ltr",
        }
    }

    /// Matches a language tag by its primary subtag, ignoring case and
    /// region: `it`, `IT` and `it-CH` are all Italian.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.into_iter().find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::It => 1,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::It => langid!("it"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_by_primary_subtag_in_any_case() {
        assert_eq!(Lang::from_tag("it"), Some(Lang::It));
        assert_eq!(Lang::from_tag("IT-ch"), Some(Lang::It));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("*"), None);
    }

    #[test]
    fn index_is_position_in_all() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i);
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
