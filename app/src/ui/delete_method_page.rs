use super::method_label::method_key;
use crate::api::registration::{security_info_overview, DeleteSecurityMethod};
use crate::domain::registration_flow::Step;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/security-info/delete?step=…`: confirms a deletion, warning when it
/// would leave fewer methods than a reset needs.
#[component]
pub fn DeleteMethodPage() -> impl IntoView {
    let i18n = use_i18n();
    let step = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("step").and_then(|s| Step::parse(&s)));
    let overview = Resource::new_blocking(|| (), |_| security_info_overview());
    view! {
        <Title text=i18n.t("security-info-delete-title")/>
        <section class="card" aria-labelledby="delete-heading">
            <h1 id="delete-heading">{i18n.t("security-info-delete-title")}</h1>
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    let (Ok(view), Some(step)) = (overview.await, step) else {
                        #[cfg(feature = "ssr")]
                        crate::api::redirect_page("/security-info");
                        return view! { <a href="/security-info">{i18n.t("security-info-back")}</a> }.into_any();
                    };
                    let method = i18n.t(method_key(step.method()));
                    let has = view.methods.iter().any(|m| m.method == step.method() && m.deletable);
                    let breaks = view.usable <= view.methods_required;
                    view! {
                        <p>{i18n.t_with("security-info-delete-confirm", &[("method", &method)])}</p>
                        {(has && breaks).then(|| view! {
                            <p class="form-error" role="alert">{i18n.t_count("security-info-delete-warning", &[("required", i64::from(view.methods_required))])}</p>
                        })}
                        <div class="actions">
                            <form method="post" action=DeleteSecurityMethod::url()>
                                <input type="hidden" name="step" value=step.as_str()/>
                                <button type="submit" class="button-primary">{i18n.t("security-info-delete")}</button>
                            </form>
                            <a href="/security-info" class="button-link">{i18n.t("wizard-cancel")}</a>
                        </div>
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}
