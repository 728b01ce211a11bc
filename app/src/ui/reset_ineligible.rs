use crate::domain::helpdesk_link::HelpdeskLink;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The end for someone who may not reset here: who to turn to.
#[component]
pub fn ResetIneligible(helpdesk: Option<HelpdeskLink>) -> impl IntoView {
    let i18n = use_i18n();
    let link = helpdesk.map(|link| {
        let href = match &link {
            HelpdeskLink::Web(url) => url.clone(),
            HelpdeskLink::Email(email) => format!("mailto:{}", email.as_str()),
        };
        view! { <p><a href=href class="helpdesk-link">{i18n.t("reset-contact-helpdesk")}</a></p> }
    });
    view! {
        <h1 id="reset-heading">{i18n.t("reset-contact-heading")}</h1>
        <p>{i18n.t("reset-contact-text")}</p>
        {link}
        <a href="/">{i18n.t("reset-back-to-sign-in")}</a>
    }
}
