use super::{NotFoundPage, OutboxTable};
use crate::api::demo_outbox_messages;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/dev/outbox`: in demonstration mode, the messages the portal would
/// have sent, codes included, under a banner saying so. Outside demo mode
/// the page does not exist: a plain 404.
#[component]
pub fn DemoOutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let messages = Resource::new_blocking(|| (), |_| demo_outbox_messages());
    view! {
        <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match messages.await {
                    Ok(Some(messages)) => view! {
                        <Title text=i18n.t("outbox-title")/>
                        <section class="card card-wide" aria-labelledby="outbox-heading">
                            <div class="demo-banner" role="note">
                                <p class="demo-banner-heading">
                                    <strong>{i18n.t("outbox-banner-heading")}</strong>
                                </p>
                                <p>{i18n.t("outbox-banner-text")}</p>
                            </div>
                            <h1 id="outbox-heading">{i18n.t("outbox-heading")}</h1>
                            <OutboxTable messages/>
                        </section>
                    }
                    .into_any(),
                    Ok(None) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! {
                        <section class="card">
                            <p role="alert">{i18n.t(e.message_key())}</p>
                        </section>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
