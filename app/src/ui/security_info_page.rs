use super::method_label::{method_key, source_key};
use crate::api::registration::{security_info_overview, StartRegistration};
use crate::contract::{SecurityInfoView, SecurityMethodView};
use crate::domain::sspr_policy::Method;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/security-info`: every method with its masked value and source, and
/// the ways to add, change or delete what the user registered.
#[component]
pub fn SecurityInfoPage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = Resource::new_blocking(|| (), |_| security_info_overview());
    let deleted =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("deleted").is_some());
    view! {
        <Title text=i18n.t("security-info-title")/>
        <section class="card" aria-labelledby="security-info-heading">
            <h1 id="security-info-heading">{i18n.t("security-info-title")}</h1>
            {deleted.then(|| view! { <p class="notice" role="status">{i18n.t("security-info-deleted")}</p> })}
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match overview.await {
                        Ok(view) => methods(view).into_any(),
                        Err(e) => {
                            #[cfg(feature = "ssr")]
                            if e == crate::api::RegistrationError::NotSignedIn {
                                crate::api::redirect_page("/");
                            }
                            view! { <p role="alert">{e.message(i18n)}</p> }.into_any()
                        }
                    }
                })}
            </Suspense>
            <p class="card-footer"><a href="/account">{i18n.t("security-info-back")}</a></p>
        </section>
    }
}

fn methods(view: SecurityInfoView) -> impl IntoView {
    let i18n = use_i18n();
    let (usable, required) = (i64::from(view.usable), i64::from(view.methods_required));
    view! {
        <p>{i18n.t_count("security-info-usable", &[("usable", usable), ("required", required)])}</p>
        <ul class="security-methods">
            {view.methods.into_iter().map(method_row).collect_view()}
        </ul>
    }
}

fn method_row(line: SecurityMethodView) -> impl IntoView {
    let i18n = use_i18n();
    let name = i18n.t(method_key(line.method));
    // A masked address or number reads left to right in every language.
    let (value, dir) = match (&line.value, line.method) {
        (None, _) => (i18n.t("security-info-not-set"), None),
        (Some(n), Method::SecurityQuestions) => (
            i18n.t_count("method-questions-count", &[("count", n.parse().unwrap_or_default())]),
            None,
        ),
        (Some(v), _) => (v.clone(), Some("ltr")),
    };
    let action_key =
        if line.value.is_some() { "security-info-change" } else { "security-info-add" };
    let action_label = format!("{} – {}", i18n.t(action_key), name);
    let delete_label = format!("{} – {}", i18n.t("security-info-delete"), name);
    view! {
        <li class="security-method">
            <span class="method-name">{name.clone()}</span>
            <span class="method-value" dir=dir>{value}</span>
            {line.source.map(|s| view! { <span class="method-source">{i18n.t(source_key(s))}</span> })}
            <span class="actions">
                {line.change_step.map(|step| view! {
                    <form method="post" action=StartRegistration::url() class="form-inline">
                        <input type="hidden" name="only" value=step.as_str()/>
                        <button type="submit" class="button-secondary" aria-label=action_label>
                            {i18n.t(action_key)}
                        </button>
                    </form>
                })}
                {(line.deletable).then(|| {
                    let step = line.change_step.map(|s| s.as_str()).unwrap_or_default();
                    let href = format!("/security-info/delete?step={step}");
                    view! { <a href=href class="button-link" aria-label=delete_label>{i18n.t("security-info-delete")}</a> }
                })}
            </span>
        </li>
    }
}
