use crate::contract::PublicationView;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The publications kept, newest first, each but the live one with a
/// button that publishes it again.
#[component]
pub fn PublicationsTable(publications: Vec<PublicationView>) -> impl IntoView {
    let i18n = use_i18n();
    if publications.is_empty() {
        return None;
    }
    let rows = publications
        .into_iter()
        .map(|p| {
            let version = p.version.to_string();
            let live = p.live.then(|| i18n.t("studio-publication-live"));
            let restored = p.restored_from.map(|from| {
                i18n.t_with("studio-publication-restored", &[("version", &from.to_string())])
            });
            let note = [live, restored].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let action = (!p.live).then(|| {
                let label = i18n.t_with("studio-roll-back", &[("version", &version)]);
                view! {
                    <form method="post" action="/admin/branding/roll-back">
                        <input type="hidden" name="version" value=version.clone()/>
                        <button type="submit" class="button-secondary">{label}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{version.clone()}</td>
                    <td>{p.published_at}</td>
                    <td dir="ltr">{p.published_by}</td>
                    <td>{note}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <section class="studio-publications" aria-labelledby="studio-publications-heading">
            <h2 id="studio-publications-heading">{i18n.t("studio-section-publications")}</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("studio-column-version")}</th>
                        <th scope="col">{i18n.t("studio-column-when")}</th>
                        <th scope="col">{i18n.t("studio-column-who")}</th>
                        <th scope="col">{i18n.t("studio-column-note")}</th>
                        <th scope="col">{i18n.t("studio-column-action")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    })
}
