use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Tells a designer the page shows the unpublished draft, with the way
/// out of the preview.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="preview-banner" role="status">
            <p>{i18n.t("studio-preview-banner")}</p>
            <form method="post" action="/admin/branding/preview">
                <input type="hidden" name="action" value="stop"/>
                <button type="submit" class="button-secondary">{i18n.t("studio-preview-stop")}</button>
            </form>
            <a href="/admin/branding">{i18n.t("studio-back")}</a>
        </div>
    }
}
