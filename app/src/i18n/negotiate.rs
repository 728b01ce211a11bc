//! Which language a request is answered in.

use super::Lang;

/// The user's explicit choice (the language cookie) wins; then the
/// browser's `Accept-Language` list in order of its q-weights; then English.
pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Lang {
    explicit
        .and_then(Lang::from_tag)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

fn from_accept_language(header: &str) -> Option<Lang> {
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
        .find_map(|tag| Lang::from_tag(tag))
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

    #[test]
    fn explicit_choice_beats_the_browser() {
        assert_eq!(negotiate(Some("it"), Some("en-US,en;q=0.9")), Lang::It);
        assert_eq!(negotiate(Some("en"), Some("it-IT")), Lang::En);
    }

    #[test]
    fn unknown_explicit_choice_falls_through_to_the_browser() {
        assert_eq!(negotiate(Some("xx"), Some("it-IT")), Lang::It);
    }

    #[test]
    fn q_weights_order_the_browser_list() {
        assert_eq!(negotiate(None, Some("en;q=0.5, it;q=0.8")), Lang::It);
        assert_eq!(negotiate(None, Some("it;q=0.5, en;q=0.8")), Lang::En);
        assert_eq!(negotiate(None, Some("fr-FR, fr;q=0.9, it;q=0.7, en;q=0.3")), Lang::It);
    }

    #[test]
    fn zero_weight_means_not_acceptable() {
        assert_eq!(negotiate(None, Some("it;q=0, en;q=0.1")), Lang::En);
        assert_eq!(negotiate(None, Some("en;q=0.0, it;q=0.2")), Lang::It);
    }

    #[test]
    fn region_subtags_match_their_language() {
        assert_eq!(negotiate(None, Some("it-CH")), Lang::It);
    }

    #[test]
    fn nothing_usable_means_english() {
        assert_eq!(negotiate(None, None), Lang::En);
        assert_eq!(negotiate(None, Some("")), Lang::En);
        assert_eq!(negotiate(None, Some("*")), Lang::En);
        assert_eq!(negotiate(None, Some("de, fr;q=0.5")), Lang::En);
    }

    proptest! {
        // The header is attacker-controlled: any string must yield a language.
        #[test]
        fn any_header_negotiates_without_panicking(header in ".{0,200}", cookie in ".{0,20}") {
            let _ = negotiate(Some(&cookie), Some(&header));
        }
    }
}
