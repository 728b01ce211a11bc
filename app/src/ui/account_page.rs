use super::SignOutButton;
use crate::api::{current_user, AccountView};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/account`: who is signed in, and the way to sign out. Without a
/// session the server sends the browser back to sign in.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let user = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <Title text=i18n.t("account-title")/>
        <section class="card" aria-labelledby="account-heading">
            <h1 id="account-heading">{i18n.t("account-heading")}</h1>
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match user.await {
                        Ok(Some(account)) => signed_in(account).into_any(),
                        Ok(None) => {
                            #[cfg(feature = "ssr")]
                            crate::api::redirect_page("/");
                            view! {
                                <p>{i18n.t("account-signed-out")}</p>
                                <a href="/">{i18n.t("account-go-sign-in")}</a>
                            }
                            .into_any()
                        }
                        Err(e) => view! { <p role="alert">{i18n.t(e.message_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn signed_in(account: AccountView) -> impl IntoView {
    let i18n = use_i18n();
    // Set by the wizard's redirect after a successful save.
    let query = leptos_router::hooks::use_query_map();
    let saved = query.with_untracked(|q| q.get("saved").as_deref() == Some("security-info"));
    view! {
        {saved.then(|| view! { <p class="notice" role="status">{i18n.t("account-security-info-saved")}</p> })}
        <p class="account-label">{i18n.t("account-signed-in-as")}</p>
        <p class="account-name" id="account-name"><bdi>{account.display_name}</bdi></p>
        <p class="account-upn"><span dir="ltr">{account.user_principal_name}</span></p>
        <p><a href="/security-info">{i18n.t("account-security-info")}</a></p>
        <SignOutButton/>
    }
}
