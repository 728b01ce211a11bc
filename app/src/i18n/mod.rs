//! Localized text: every user-facing string comes from `locales/` through
//! Fluent. The server picks the language per request and writes it to
//! `<html lang>`; the browser reads it back before hydrating, so both
//! render the same words.

#[cfg(feature = "ssr")]
mod bundles;
#[cfg(test)]
#[cfg(feature = "ssr")]
mod catalog_checks;
#[cfg(feature = "ssr")]
mod instant_text;
mod lang;
mod negotiate;
mod offered;
#[cfg(feature = "ssr")]
mod request;
mod tag_match;

#[cfg(feature = "ssr")]
pub use bundles::{endonym, load};
pub use fluent_bundle::{FluentArgs, FluentValue};
#[cfg(feature = "ssr")]
pub use instant_text::instant_text;
pub use lang::Lang;
pub use negotiate::negotiate;
pub use offered::{fallback, offer, offered, OfferError};
#[cfg(feature = "ssr")]
pub use request::{request_lang, LANG_COOKIE};

use leptos::prelude::*;

/// A handle for formatting messages in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    lang: Lang,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The message `key` without arguments.
    pub fn t(self, key: &str) -> String {
        format(self.lang, key, None)
    }

    /// The message `key` with named arguments.
    pub fn t_with(self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        format(self.lang, key, Some(&fluent_args))
    }
}

impl I18n {
    /// The message `key` with numeric arguments, so that plural variants
    /// (`[one]`, `[other]`) are chosen by the language's rules.
    pub fn t_count(self, key: &str, args: &[(&str, i64)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        format(self.lang, key, Some(&fluent_args))
    }
}

impl I18n {
    /// A moment (unix seconds) as this language writes it, in UTC. Only
    /// the server has the calendar data; the browser gets the text.
    pub fn instant(self, unix: i64) -> String {
        #[cfg(feature = "ssr")]
        {
            instant_text(self.lang, unix)
        }
        #[cfg(not(feature = "ssr"))]
        {
            crate::domain::unix_time::utc_minute(unix)
        }
    }
}

/// Formats a message on the server. In the browser there are no bundles:
/// islands receive their text already formatted, so the key comes back.
fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    #[cfg(feature = "ssr")]
    {
        bundles::format(lang, key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, args);
        key.to_owned()
    }
}

/// Makes `lang` the language of everything rendered below.
pub fn provide_i18n(lang: Lang) {
    provide_context(I18n::new(lang));
}

/// The language of the current render. Islands hydrate without their
/// server parents' context, so the browser falls back to `<html lang>`.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(page_lang()))
}

/// The language the page was rendered in: per request on the server, from
/// `<html lang>` in the browser.
pub fn page_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        request_lang()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document_lang()
    }
}

#[cfg(not(feature = "ssr"))]
fn document_lang() -> Lang {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
            // The server writes one of the exact tags, so the browser
            // needs no loose matching.
            .and_then(|tag| Lang::from_exact_tag(&tag))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        Lang::default()
    }
}
