//! Fluent bundles, parsed once at start-up from the files in `locales/`
//! compiled into the server. The browser never formats messages: the
//! server sends it text, so the wasm carries no locale.

use super::{offered, Lang};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// One slot per [`Lang::ALL`] entry: the offered languages and English,
/// which every message falls back to.
static BUNDLES: OnceLock<Vec<Option<Bundle>>> = OnceLock::new();

/// Parses the bundles of the offered languages, if not done yet. The server
/// calls it at start-up so that no request pays for it.
pub fn load() -> usize {
    let _ = endonyms();
    bundles().iter().flatten().count()
}

/// Each language's name in itself, formatted once: the picker lists every
/// offered language on every page, and should cost no more with 44.
pub fn endonym(lang: Lang) -> &'static str {
    endonyms().get(lang.index()).map_or("", String::as_str)
}

fn endonyms() -> &'static [String] {
    static ENDONYMS: OnceLock<Vec<String>> = OnceLock::new();
    ENDONYMS.get_or_init(|| Lang::ALL.iter().map(|&l| format(l, "language-name", None)).collect())
}

fn bundles() -> &'static [Option<Bundle>] {
    BUNDLES.get_or_init(|| {
        let offered = offered::offered();
        Lang::ALL
            .iter()
            .map(|&lang| (lang == Lang::En || offered.contains(&lang)).then(|| build(lang)))
            .collect()
    })
}

fn build(lang: Lang) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    for source in lang.sources() {
        // A syntax error keeps the entries that did parse; the locale
        // tests fail on any error, so this only matters in development.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Formats `key` in `lang`, falling back to English, then to the key itself.
pub(crate) fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| format_in(l, key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundles().get(lang.index())?.as_ref()?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for source in lang.sources() {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(resource) => resource,
                Err((_, errors)) => panic!("{} has syntax errors: {errors:?}", lang.tag()),
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(keys.insert(m.id.name.to_owned()), "duplicate key {}", m.id.name);
                }
            }
        }
        keys
    }

    #[test]
    fn every_locale_has_exactly_the_english_keys() {
        let english = keys(Lang::En);
        assert!(!english.is_empty());
        for &lang in Lang::ALL {
            let other = keys(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
            assert!(extra.is_empty(), "{} has keys English lacks: {extra:?}", lang.tag());
        }
    }

    #[test]
    fn every_key_used_in_code_exists() {
        let english = keys(Lang::En);
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut used = BTreeSet::new();
        collect_used_keys(std::path::Path::new(root), &mut used);
        assert!(!used.is_empty());
        let missing: Vec<_> = used.difference(&english).collect();
        assert!(missing.is_empty(), "keys used in code but absent from locales: {missing:?}");
    }

    /// Finds every `t("key"` / `t_with("key"` call in the crate's sources.
    fn collect_used_keys(dir: &std::path::Path, used: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect_used_keys(&path, used);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for marker in [".t(\"", ".t_with(\"", ".t_count(\"", "key: \""] {
                    for (i, _) in text.match_indices(marker) {
                        let rest = &text[i + marker.len()..];
                        if let Some(end) = rest.find('"') {
                            used.insert(rest[..end].to_owned());
                        }
                    }
                }
                // Keys returned from match arms (`message_key`, `method_key`):
                // a bare `kebab-case` literal ending the arm. Domain rules
                // name stored values this way, never messages.
                let arms = if path.components().any(|c| c.as_os_str() == "domain") {
                    ""
                } else {
                    text.as_str()
                };
                for (i, _) in arms.match_indices("=> \"") {
                    let rest = &text[i + 4..];
                    let Some(end) = rest.find('"') else { continue };
                    let candidate = &rest[..end];
                    let is_key = candidate.contains('-')
                        && candidate.starts_with(|c: char| c.is_ascii_lowercase())
                        && candidate
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if is_key && rest[end + 1..].starts_with(',') {
                        used.insert(candidate.to_owned());
                    }
                }
            }
        }
    }

    #[test]
    fn missing_key_falls_back_to_the_key() {
        assert_eq!(format(Lang::It, "no-such-key", None), "no-such-key");
    }
}
