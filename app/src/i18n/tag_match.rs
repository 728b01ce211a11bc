//! Which of sspr's languages a language tag asks for. Browsers send more
//! than the 44 tags sspr ships (`de-AT`, `zh-TW`, `iw`, `no`…): each row
//! of the README's negotiation table is a branch here and a test below.

use super::Lang;
use unic_langid::LanguageIdentifier;

/// The language `tag` asks for, or `None` when sspr does not speak it.
pub(super) fn match_tag(tag: &str) -> Option<Lang> {
    let tag = tag.trim();
    if let Some(exact) = Lang::from_exact_tag(tag) {
        return Some(exact);
    }
    let id: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
    let script = id.script.as_ref().map(|s| s.as_str());
    let region = id.region.as_ref().map(|r| r.as_str());
    match id.language.as_str() {
        "zh" => Some(chinese(script, region)),
        "sr" => Some(serbian(script, region)),
        "pt" => Some(portuguese(region)),
        // Norwegian: Bokmål is what nine in ten write, and what `no` means.
        "no" | "nn" | "nb" => Some(Lang::Nb),
        // Withdrawn codes that old browsers and systems still send.
        "iw" => Some(Lang::He),
        "in" => Some(Lang::Id),
        language => Lang::from_exact_tag(language),
    }
}

/// An explicit script decides; otherwise the regions that write
/// Traditional characters (Taiwan, Hong Kong, Macao) get them, all others
/// (mainland China, Singapore, a bare `zh`) get Simplified.
fn chinese(script: Option<&str>, region: Option<&str>) -> Lang {
    match (script, region) {
        (Some("Hant"), _) => Lang::ZhHant,
        (Some(_), _) => Lang::ZhHans,
        (None, Some("TW" | "HK" | "MO")) => Lang::ZhHant,
        (None, _) => Lang::ZhHans,
    }
}

/// An explicit script decides; otherwise Cyrillic, Serbia's official
/// script and CLDR's default for `sr`, except in Montenegro, where CLDR
/// expects Latin.
fn serbian(script: Option<&str>, region: Option<&str>) -> Lang {
    match (script, region) {
        (Some("Latn"), _) | (None, Some("ME")) => Lang::SrLatn,
        _ => Lang::SrCyrl,
    }
}

/// A bare `pt` is Brazilian Portuguese (CLDR's default, and most
/// speakers); every region other than Brazil (Portugal, Angola,
/// Mozambique…) writes the European standard, as CLDR's `pt-PT` parent.
fn portuguese(region: Option<&str>) -> Lang {
    match region {
        None | Some("BR") => Lang::PtBr,
        Some(_) => Lang::PtPt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn m(tag: &str) -> Option<Lang> {
        match_tag(tag)
    }

    #[test]
    fn every_shipped_tag_matches_itself_in_any_case() {
        for lang in Lang::ALL {
            assert_eq!(m(lang.tag()), Some(*lang));
            assert_eq!(m(&lang.tag().to_ascii_uppercase()), Some(*lang));
            assert_eq!(m(&lang.tag().replace('-', "_")), Some(*lang));
        }
    }

    #[test]
    fn chinese_for_the_mainland_and_singapore_is_simplified() {
        for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-Hans-HK", "ZH-cn"] {
            assert_eq!(m(tag), Some(Lang::ZhHans), "{tag}");
        }
    }

    #[test]
    fn chinese_for_taiwan_hong_kong_and_macao_is_traditional() {
        for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-Hant-CN", "zh_tw"] {
            assert_eq!(m(tag), Some(Lang::ZhHant), "{tag}");
        }
    }

    #[test]
    fn serbian_defaults_to_cyrillic_unless_latin_is_asked_or_usual() {
        for tag in ["sr", "sr-RS", "sr-Cyrl", "sr-Cyrl-RS", "sr-BA", "sr-Cyrl-ME"] {
            assert_eq!(m(tag), Some(Lang::SrCyrl), "{tag}");
        }
        for tag in ["sr-Latn", "sr-Latn-RS", "sr-Latn-BA", "sr-ME"] {
            assert_eq!(m(tag), Some(Lang::SrLatn), "{tag}");
        }
    }

    #[test]
    fn norwegian_of_every_kind_is_bokmal() {
        for tag in ["no", "nb", "nn", "nb-NO", "nn-NO", "no-NO"] {
            assert_eq!(m(tag), Some(Lang::Nb), "{tag}");
        }
    }

    #[test]
    fn portuguese_is_brazilian_bare_or_in_brazil_and_european_elsewhere() {
        for tag in ["pt", "pt-BR"] {
            assert_eq!(m(tag), Some(Lang::PtBr), "{tag}");
        }
        for tag in ["pt-PT", "pt-AO", "pt-MZ", "pt-CH"] {
            assert_eq!(m(tag), Some(Lang::PtPt), "{tag}");
        }
    }

    #[test]
    fn hebrew_and_indonesian_answer_to_their_withdrawn_codes() {
        assert_eq!(m("he"), Some(Lang::He));
        assert_eq!(m("iw"), Some(Lang::He));
        assert_eq!(m("iw-IL"), Some(Lang::He));
        assert_eq!(m("in"), Some(Lang::Id));
    }

    #[test]
    fn region_variants_match_their_language() {
        let rows = [
            ("de-AT", Lang::De),
            ("de-CH", Lang::De),
            ("es-MX", Lang::Es),
            ("es-419", Lang::Es),
            ("fr-CA", Lang::Fr),
            ("fr-BE", Lang::Fr),
            ("en-GB", Lang::En),
            ("it-CH", Lang::It),
            ("ar-EG", Lang::Ar),
            ("ca-ES-valencia", Lang::Ca),
            ("ms-MY", Lang::Ms),
            ("kk-KZ", Lang::Kk),
            ("sv-FI", Lang::Sv),
        ];
        for (tag, lang) in rows {
            assert_eq!(m(tag), Some(lang), "{tag}");
        }
    }

    #[test]
    fn languages_sspr_does_not_speak_match_nothing() {
        for tag in ["fa", "sw", "zz", "", "*", "und", "x-klingon", "-", "de--AT"] {
            assert_eq!(m(tag), None, "{tag}");
        }
    }

    proptest! {
        #[test]
        fn any_tag_matches_a_shipped_language_or_none(tag in ".{0,40}") {
            if let Some(lang) = match_tag(&tag) {
                prop_assert!(Lang::ALL.contains(&lang));
            }
        }

        #[test]
        fn any_well_formed_tag_matches_without_panicking(
            tag in "[a-zA-Z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
        ) {
            if let Some(lang) = match_tag(&tag) {
                prop_assert!(Lang::ALL.contains(&lang));
            }
        }
    }
}
