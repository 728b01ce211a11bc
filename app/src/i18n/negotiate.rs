//! Which language a request is answered in.

use super::{offered, Lang};

/// The user's explicit choice (the language cookie) wins; then the
/// browser's `Accept-Language` list in order of its q-weights; then the
/// fallback. Only offered languages are ever chosen.
pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Lang {
    negotiate_among(offered::offered(), explicit, accept_language)
}

pub(super) fn negotiate_among(
    offered: &[Lang],
    explicit: Option<&str>,
    accept_language: Option<&str>,
) -> Lang {
    let usable = |lang: &Lang| offered.contains(lang);
    explicit
        .and_then(Lang::from_tag)
        .filter(usable)
        .or_else(|| accept_language.and_then(|h| from_accept_language(h, offered)))
        .unwrap_or_else(|| offered::fallback_in(offered))
}

fn from_accept_language(header: &str, offered: &[Lang]) -> Option<Lang> {
    // The crate orders tags by q-weight; a weight of zero means
    // "not acceptable" (RFC 9110 §12.4.2), so those tags are dropped.
    let refused: Vec<&str> = header
        .split(',')
        .filter(|item| has_zero_weight(item))
        .filter_map(|item| item.split(';').next())
        .map(str::trim)
        .collect();
    accept_language::parse(header)
        .iter()
        .filter(|tag| !refused.contains(&tag.as_str()))
        .filter_map(|tag| Lang::from_tag(tag))
        .find(|lang| offered.contains(lang))
}

fn has_zero_weight(item: &str) -> bool {
    item.split(';').skip(1).any(|param| {
        let param = param.trim();
        param
            .strip_prefix("q=")
            .or_else(|| param.strip_prefix("Q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .is_some_and(|q| q <= 0.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all(explicit: Option<&str>, accept: Option<&str>) -> Lang {
        negotiate_among(Lang::ALL, explicit, accept)
    }

    #[test]
    fn explicit_choice_beats_the_browser() {
        assert_eq!(all(Some("it"), Some("en-US,en;q=0.9")), Lang::It);
        assert_eq!(all(Some("en"), Some("it-IT")), Lang::En);
        assert_eq!(all(Some("pt-PT"), Some("pt-BR")), Lang::PtPt);
    }

    #[test]
    fn unknown_explicit_choice_falls_through_to_the_browser() {
        assert_eq!(all(Some("xx"), Some("it-IT")), Lang::It);
    }

    #[test]
    fn q_weights_order_the_browser_list() {
        assert_eq!(all(None, Some("en;q=0.5, it;q=0.8")), Lang::It);
        assert_eq!(all(None, Some("it;q=0.5, en;q=0.8")), Lang::En);
        assert_eq!(all(None, Some("fa-IR, fa;q=0.9, it;q=0.7, en;q=0.3")), Lang::It);
    }

    #[test]
    fn zero_weight_means_not_acceptable() {
        assert_eq!(all(None, Some("it;q=0, en;q=0.1")), Lang::En);
        assert_eq!(all(None, Some("en;q=0.0, it;q=0.2")), Lang::It);
    }

    #[test]
    fn what_browsers_really_send_reaches_the_right_language() {
        assert_eq!(all(None, Some("zh-TW,zh;q=0.9,en-US;q=0.8")), Lang::ZhHant);
        assert_eq!(all(None, Some("zh-CN,zh;q=0.9")), Lang::ZhHans);
        assert_eq!(all(None, Some("de-AT,de;q=0.9,en;q=0.8")), Lang::De);
        assert_eq!(all(None, Some("nn-NO,nn;q=0.9")), Lang::Nb);
        assert_eq!(all(None, Some("iw-IL")), Lang::He);
        assert_eq!(all(None, Some("sr-RS")), Lang::SrCyrl);
    }

    #[test]
    fn only_offered_languages_are_chosen() {
        let two = [Lang::En, Lang::It];
        assert_eq!(negotiate_among(&two, Some("de"), Some("fr, it;q=0.5")), Lang::It);
        assert_eq!(negotiate_among(&two, None, Some("de")), Lang::En);
        assert_eq!(negotiate_among(&[Lang::De, Lang::Fr], None, Some("it")), Lang::De);
    }

    #[test]
    fn nothing_usable_means_the_fallback() {
        assert_eq!(all(None, None), Lang::En);
        assert_eq!(all(None, Some("")), Lang::En);
        assert_eq!(all(None, Some("*")), Lang::En);
        assert_eq!(all(None, Some("fa, sw;q=0.5")), Lang::En);
    }

    proptest! {
        // The header is attacker-controlled: any string must yield an
        // offered language.
        #[test]
        fn any_header_negotiates_to_an_offered_language(header in ".{0,200}", cookie in ".{0,20}") {
            let lang = all(Some(&cookie), Some(&header));
            prop_assert!(Lang::ALL.contains(&lang));
            let two = [Lang::De, Lang::Ar];
            let lang = negotiate_among(&two, Some(&cookie), Some(&header));
            prop_assert!(two.contains(&lang));
        }
    }
}
