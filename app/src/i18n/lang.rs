//! The languages the interface is translated into: the 44 that Microsoft 365
//! fully localizes. Adding one means a row in `languages!` below and a
//! `locales/<tag>/main.ftl`; the locale tests keep the two in step.

use serde::{Deserialize, Serialize};

/// Declares [`Lang`] and its tables from one list, so the enum, the
/// picker's order, the tags and the sources cannot drift apart.
macro_rules! languages {
    ($($variant:ident $tag:literal $dir:literal,)+) => {
        /// A supported interface language.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            #[default]
            $($variant,)+
        }

        impl Lang {
            /// Every supported language, ordered by tag: the picker's order.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant,)+];

            /// The BCP 47 tag written to `<html lang>` and the language cookie.
            pub fn tag(self) -> &'static str {
                match self { $(Lang::$variant => $tag,)+ }
            }

            /// Text direction for `<html dir>`.
            pub fn dir(self) -> &'static str {
                match self { $(Lang::$variant => $dir,)+ }
            }

            // Bundles and calendars exist only on the server.
            #[cfg(any(feature = "ssr", test))]
            pub(crate) fn langid(self) -> unic_langid::LanguageIdentifier {
                match self { $(Lang::$variant => unic_langid::langid!($tag),)+ }
            }

            /// The `.ftl` sources, compiled into the server binary. The
            /// browser never formats messages: the server sends it text.
            #[cfg(feature = "ssr")]
            pub(crate) fn sources(self) -> &'static [&'static str] {
                match self {
                    $(Lang::$variant => &[include_str!(concat!("../../../locales/", $tag, "/main.ftl"))],)+
                }
            }
        }
    };
}

// English stays first: it is the default and the fallback of every message.
languages! {
    En "en" "ltr",
    Ar "ar" "rtl",
    Bg "bg" "ltr",
    Ca "ca" "ltr",
    Cs "cs" "ltr",
    Da "da" "ltr",
    De "de" "ltr",
    El "el" "ltr",
    Es "es" "ltr",
    Et "et" "ltr",
    Eu "eu" "ltr",
    Fi "fi" "ltr",
    Fr "fr" "ltr",
    Gl "gl" "ltr",
    He "he" "rtl",
    Hi "hi" "ltr",
    Hr "hr" "ltr",
    Hu "hu" "ltr",
    Id "id" "ltr",
    It "it" "ltr",
    Ja "ja" "ltr",
    Kk "kk" "ltr",
    Ko "ko" "ltr",
    Lt "lt" "ltr",
    Lv "lv" "ltr",
    Ms "ms" "ltr",
    Nb "nb" "ltr",
    Nl "nl" "ltr",
    Pl "pl" "ltr",
    PtBr "pt-BR" "ltr",
    PtPt "pt-PT" "ltr",
    Ro "ro" "ltr",
    Ru "ru" "ltr",
    Sk "sk" "ltr",
    Sl "sl" "ltr",
    SrCyrl "sr-Cyrl" "ltr",
    SrLatn "sr-Latn" "ltr",
    Sv "sv" "ltr",
    Th "th" "ltr",
    Tr "tr" "ltr",
    Uk "uk" "ltr",
    Vi "vi" "ltr",
    ZhHans "zh-Hans" "ltr",
    ZhHant "zh-Hant" "ltr",
}

/// Stored and sent as its tag (`"pt-BR"`), the one spelling everywhere.
impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Lang::from_exact_tag(&tag)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {tag:?}")))
    }
}

impl Lang {
    /// The language a tag asks for, by the rules of `tag_match`; `None`
    /// when sspr does not speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        super::tag_match::match_tag(tag)
    }

    /// Exactly one of [`Lang::tag`]'s spellings, in any case.
    pub(crate) fn from_exact_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|lang| lang.tag().eq_ignore_ascii_case(tag))
    }

    /// A tag as a setting or a command gives it: exact (a setting says what
    /// it means, where a browser's `de-AT` is matched loosely), refused
    /// with the list of tags.
    pub fn parse_setting(tag: &str) -> Result<Lang, String> {
        let tag = tag.trim();
        Lang::from_exact_tag(tag).ok_or_else(|| {
            let known: Vec<_> = Lang::ALL.iter().map(|l| l.tag()).collect();
            format!("\"{tag}\" is not one of {}", known.join(", "))
        })
    }

    #[cfg(any(feature = "ssr", test))]
    pub(crate) fn index(self) -> usize {
        // `ALL` lists the variants in declaration order.
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_the_44_languages_microsoft_365_localizes() {
        assert_eq!(Lang::ALL.len(), 44);
        let mut tags: Vec<_> = Lang::ALL.iter().map(|l| l.tag()).collect();
        tags.dedup();
        assert_eq!(tags.len(), 44);
    }

    #[test]
    fn the_picker_order_is_english_then_by_tag() {
        assert_eq!(Lang::ALL[0], Lang::En);
        let rest: Vec<_> = Lang::ALL[1..].iter().map(|l| l.tag().to_ascii_lowercase()).collect();
        let mut sorted = rest.clone();
        sorted.sort();
        assert_eq!(rest, sorted);
    }

    #[test]
    fn index_is_position_in_all_and_tags_round_trip() {
        for (i, lang) in Lang::ALL.iter().copied().enumerate() {
            assert_eq!(lang.index(), i);
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(lang.langid().to_string(), lang.tag());
        }
    }

    #[test]
    fn serializes_as_its_tag() {
        let json = serde_json::to_string(&Lang::PtBr).unwrap();
        assert_eq!(json, "\"pt-BR\"");
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), Lang::PtBr);
        assert!(serde_json::from_str::<Lang>("\"xx\"").is_err());
    }

    #[test]
    fn only_arabic_and_hebrew_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.iter().filter(|l| l.dir() == "rtl").map(|l| l.tag()).collect();
        assert_eq!(rtl, ["ar", "he"]);
    }
}
