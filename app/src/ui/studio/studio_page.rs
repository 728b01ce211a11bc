use super::studio_text::layer_name;
use super::{
    ImagesSection, LayerPicker, LivePreview, LivePreviewText, PublicationsTable, PublishSection,
    SettingsForm, StudioNotice,
};
use crate::api::studio_draft;
use crate::contract::StudioView;
use crate::i18n::{use_i18n, I18n};
use crate::ui::NotFoundPage;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn live_text(i18n: I18n, view: &StudioView) -> LivePreviewText {
    let resolved = view.settings.over(&view.default);
    LivePreviewText {
        heading: i18n.t("studio-live-heading"),
        caption: i18n.t("studio-live-caption"),
        sign_in: i18n.t("sign-in-heading"),
        organisation: resolved.organisation_name.unwrap_or_else(|| i18n.t("product-name")),
        sign_in_text: resolved.sign_in_text.unwrap_or_default(),
        cant_access: resolved.cant_access_label.unwrap_or_else(|| i18n.t("sign-in-cant-access")),
    }
}

/// `/admin/branding`: the branding studio, for branding and global
/// administrators; a 404 for everyone else.
#[component]
pub fn StudioPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let layer = param("layer").unwrap_or_default();
    let draft = OnceResource::new_blocking(studio_draft(layer));
    let (done, refused, slot) = (param("done"), param("refused"), param("slot"));
    view! {
        <Suspense>
            {move || {
                let (done, refused, slot) = (done.clone(), refused.clone(), slot.clone());
                Suspend::new(async move {
                    let Some(studio) = draft.await.ok().flatten() else {
                        return view! { <NotFoundPage/> }.into_any();
                    };
                    let heading = i18n.t_with("studio-heading-layer", &[("layer", &layer_name(i18n, studio.layer))]);
                    view! {
                        <Title text=i18n.t("studio-title")/>
                        <div class="studio">
                            <h1>{i18n.t("studio-title")}</h1>
                            <StudioNotice done=done refused=refused image_slot=slot/>
                            <PublishSection view=studio.clone()/>
                            <LayerPicker layer=studio.layer overridden=studio.overridden.clone()/>
                            <section aria-labelledby="studio-layer-heading">
                                <h2 id="studio-layer-heading">{heading}</h2>
                                <LivePreview text=live_text(i18n, &studio)/>
                                <SettingsForm view=studio.clone()/>
                            </section>
                            <ImagesSection view=studio.clone()/>
                            <PublicationsTable publications=studio.publications/>
                        </div>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
