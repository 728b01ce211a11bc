use super::studio_text::publish_problem_text;
use crate::contract::StudioView;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Where the draft stands, what stops it from going live, and the
/// buttons to preview and publish it.
#[component]
pub fn PublishSection(view: StudioView) -> impl IntoView {
    let i18n = use_i18n();
    let state = if view.published_version == 0 {
        i18n.t("studio-state-never-published")
    } else {
        i18n.t_with("studio-state-published", &[("version", &view.published_version.to_string())])
    };
    let changes = view.unpublished_changes.then(|| i18n.t("studio-state-unpublished-changes"));
    let problems = (!view.problems.is_empty()).then(|| {
        let items = view
            .problems
            .iter()
            .map(|p| view! { <li>{publish_problem_text(i18n, p)}</li> })
            .collect_view();
        view! {
            <div class="studio-problems" id="studio-problems">
                <h3>{i18n.t("studio-problems-heading")}</h3>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <section class="studio-publish" aria-labelledby="studio-publish-heading">
            <h2 id="studio-publish-heading">{i18n.t("studio-section-publish")}</h2>
            <p>{state}" "{changes}</p>
            {problems}
            <div class="studio-actions">
                <form method="post" action="/admin/branding/preview">
                    <input type="hidden" name="action" value="start"/>
                    <button type="submit" class="button-secondary">{i18n.t("studio-preview")}</button>
                </form>
                <a href=format!("/admin/branding/email-preview?lang={}", i18n.lang().tag())>
                    {i18n.t("studio-email-preview")}
                </a>
                <form method="post" action="/admin/branding/publish">
                    <button type="submit" class="button-primary">{i18n.t("studio-publish")}</button>
                </form>
            </div>
        </section>
    }
}
