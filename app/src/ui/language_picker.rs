use crate::api::SetLanguage;
use crate::i18n::{offered, use_i18n};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

/// Each language's name in itself; the picker renders on the server only.
#[cfg(feature = "ssr")]
pub(crate) fn endonym(lang: crate::i18n::Lang) -> &'static str {
    crate::i18n::endonym(lang)
}

#[cfg(not(feature = "ssr"))]
pub(crate) fn endonym(lang: crate::i18n::Lang) -> &'static str {
    lang.tag()
}

/// Picks the interface language. A plain form with a submit button: it
/// works without JavaScript and never changes the page while the user is
/// still moving through the options.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.lang();
    let return_to = use_location().pathname.get_untracked();
    view! {
        <form class="language-picker" method="post" action=SetLanguage::url()>
            <label for="language-select">{i18n.t("language-label")}</label>
            <select id="language-select" name="lang">
                {offered()
                    .iter()
                    .copied()
                    .map(|lang| {
                        view! {
                            // Each language is named in itself.
                            <option
                                value=lang.tag()
                                selected=lang == current
                                lang=lang.tag()
                                dir=lang.dir()
                            >
                                {endonym(lang)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <input type="hidden" name="return_to" value=return_to/>
            <button type="submit" class="button-secondary">{i18n.t("language-apply")}</button>
        </form>
    }
}
