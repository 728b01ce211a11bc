use super::{SignInForm, SignInFormText};
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
    view! {
        <Title text=i18n.t("sign-in-title")/>
        <section class="card" aria-labelledby="sign-in-heading">
            <h1 id="sign-in-heading">{i18n.t("sign-in-heading")}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await.ok().flatten();
                    let (initial_error, initial_username) = match flash {
                        Some(f) => (Some(f.error), f.username),
                        None => (None, String::new()),
                    };
                    let text = SignInFormText::new(i18n);
                    view! { <SignInForm text initial_error initial_username/> }
                })}
            </Suspense>
            <p class="card-footer">
                <a href="/reset">{i18n.t("sign-in-cant-access")}</a>
            </p>
        </section>
    }
}
