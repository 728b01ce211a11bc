use super::{use_page_brand, SignInForm, SignInFormText, SignInTextView};
use crate::api::take_sign_in_flash;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/`: the sign-in page, with the way out for people who cannot sign in.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    // Left by a failed sign-in without JavaScript (see `sign_in`).
    let flash = OnceResource::new_blocking(take_sign_in_flash());
    let brand = use_page_brand();
    let hint = brand.user_name_hint.clone();
    let cant_access =
        brand.cant_access_label.clone().unwrap_or_else(|| i18n.t("sign-in-cant-access"));
    let reset_link = (!brand.hide_reset_link).then(|| {
        view! {
            <p class="card-footer">
                <a href="/reset">{cant_access}</a>
            </p>
        }
    });
    view! {
        <Title text=i18n.t("sign-in-title")/>
        <section class="card" aria-labelledby="sign-in-heading">
            <h1 id="sign-in-heading">{i18n.t("sign-in-heading")}</h1>
            {brand.sign_in_text.clone().map(|text| view! { <SignInTextView text/> })}
            <Suspense>
                {move || {
                let hint = hint.clone();
                Suspend::new(async move {
                    let flash = flash.await.ok().flatten();
                    let (initial_error, initial_username) = match flash {
                        Some(f) => (Some(f.error), f.username),
                        None => (None, String::new()),
                    };
                    let mut text = SignInFormText::new(i18n);
                    text.user_name_hint = hint;
                    view! { <SignInForm text initial_error initial_username/> }
                })
                }}
            </Suspense>
            {reset_link}
        </section>
    }
}
