use super::studio_text::field_label;
use crate::contract::StudioView;
use crate::domain::branding::{AssetSlot, BrandField};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// One upload form per image slot, with the current image and the way to
/// remove it. Plain multipart forms: they work without JavaScript.
#[component]
pub fn ImagesSection(view: StudioView) -> impl IntoView {
    let i18n = use_i18n();
    let layer = view.layer.map(|l| l.tag()).unwrap_or_default();
    let slots = AssetSlot::ALL
        .into_iter()
        .map(|slot| {
            let label = field_label(i18n, BrandField::Image(slot));
            let input_id = format!("image-{}", slot.as_str());
            let hint_id = format!("{input_id}-hint");
            let (bytes, width, height) = slot.limits();
            let kinds = if slot.svg_allowed() { "PNG, JPEG, WebP, SVG" } else { "PNG, JPEG, WebP" };
            let hint = i18n.t_with(
                "studio-image-limits",
                &[("kinds", kinds), ("kilobytes", &(bytes / 1024).to_string()), ("width", &width.to_string()), ("height", &height.to_string())],
            );
            let accept = if slot.svg_allowed() { "image/png,image/jpeg,image/webp,image/svg+xml" } else { "image/png,image/jpeg,image/webp" };
            let current = view.settings.images.get(&slot).cloned();
            let shown = current.as_ref().map(|image| {
                view! {
                    <img class="studio-image" src=image.href() width=image.width height=image.height alt=i18n.t_with("studio-image-current", &[("slot", &label)])/>
                    <form method="post" action="/admin/branding/remove-image">
                        <input type="hidden" name="layer" value=layer/>
                        <input type="hidden" name="slot" value=slot.as_str()/>
                        <button type="submit" class="button-secondary">{i18n.t_with("studio-image-remove", &[("slot", &label)])}</button>
                    </form>
                }
            });
            view! {
                <div class="studio-slot">
                    <form class="form" method="post" action="/admin/branding/upload" enctype="multipart/form-data">
                        <input type="hidden" name="layer" value=layer/>
                        <input type="hidden" name="slot" value=slot.as_str()/>
                        <div class="field">
                            <label for=input_id.clone()>{label.clone()}</label>
                            <input id=input_id name="file" type="file" accept=accept aria-describedby=hint_id.clone()/>
                            <p class="field-hint" id=hint_id>{hint}</p>
                        </div>
                        <button type="submit" class="button-secondary">{i18n.t_with("studio-image-upload", &[("slot", &label)])}</button>
                    </form>
                    {shown}
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="studio-images" aria-labelledby="studio-images-heading">
            <h2 id="studio-images-heading">{i18n.t("studio-section-images")}</h2>
            {slots}
        </section>
    }
}
