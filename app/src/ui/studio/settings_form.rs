use super::studio_text::{field_label, problem_text};
use super::{StudioField, StudioSwitch};
use crate::contract::StudioView;
use crate::domain::branding::{BrandField, BrandSettings, ColourToken, Layout, PublishProblem};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The problem of `field` in the layer shown, in words.
fn problem_of(view: &StudioView, field: BrandField) -> Option<String> {
    let i18n = use_i18n();
    view.problems.iter().find_map(|p| match p {
        PublishProblem::Field { lang, problem }
            if *lang == view.layer && problem.field == field =>
        {
            Some(problem_text(i18n, &problem.problem))
        }
        _ => None,
    })
}

/// The texts, colours, links and switches of one layer, saved together.
#[component]
pub fn SettingsForm(view: StudioView) -> impl IntoView {
    let i18n = use_i18n();
    let s: BrandSettings = view.settings.clone();
    let d = view.default.clone();
    let in_language = view.layer.is_some();
    // In a language layer, what an empty field falls back to.
    let below = move |v: Option<String>| if in_language { v } else { None };
    let field = |f: BrandField, value: Option<String>, inherited: Option<String>| {
        view! {
            <StudioField name=f.name() label=field_label(i18n, f) value inherited=below(inherited) problem=problem_of(&view, f)/>
        }
    };
    let colours = ColourToken::ALL
        .into_iter()
        .map(|t| {
            let f = BrandField::Colour(t);
            let inherited = d.colours.get(&t).cloned().unwrap_or_else(|| t.default_colour().hex());
            view! {
                <StudioField
                    name=f.name()
                    label=field_label(i18n, f)
                    value=s.colours.get(&t).cloned()
                    inherited=Some(inherited)
                    problem=problem_of(&view, f)
                    ltr=true
                />
            }
        })
        .collect_view();
    let inherit =
        if in_language { i18n.t("studio-as-default") } else { i18n.t("studio-as-product") };
    let layer = view.layer.map(|l| l.tag()).unwrap_or_default();
    view! {
        <form class="form studio-settings" method="post" action="/admin/branding/save">
            <input type="hidden" name="layer" value=layer/>
            <fieldset>
                <legend>{i18n.t("studio-section-identity")}</legend>
                {field(BrandField::OrganisationName, s.organisation_name.clone(), d.organisation_name.clone())}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("studio-section-colours")}</legend>
                <p class="field-hint">{i18n.t("studio-colours-hint")}</p>
                {colours}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("studio-section-layout")}</legend>
                <div class="field">
                    <label for="layout">{i18n.t("studio-field-layout")}</label>
                    <select id="layout" name="layout">
                        <option value="" selected=s.layout.is_none()>{inherit.clone()}</option>
                        <option value="full-bleed" selected=s.layout == Some(Layout::FullBleed)>{i18n.t("studio-layout-full-bleed")}</option>
                        <option value="plain" selected=s.layout == Some(Layout::Plain)>{i18n.t("studio-layout-plain")}</option>
                    </select>
                </div>
                <StudioSwitch name="show-header" label=i18n.t("studio-field-show-header") value=s.show_header inherit_label=inherit.clone()/>
                <StudioSwitch name="show-footer" label=i18n.t("studio-field-show-footer") value=s.show_footer inherit_label=inherit.clone()/>
            </fieldset>
            <fieldset>
                <legend>{i18n.t("studio-section-sign-in")}</legend>
                <StudioField
                    name=BrandField::SignInText.name()
                    label=field_label(i18n, BrandField::SignInText)
                    value=s.sign_in_text.clone()
                    inherited=below(d.sign_in_text.clone())
                    problem=problem_of(&view, BrandField::SignInText)
                    multiline=true
                />
                {field(BrandField::UserNameHint, s.user_name_hint.clone(), d.user_name_hint.clone())}
                {field(BrandField::CantAccessLabel, s.cant_access_label.clone(), d.cant_access_label.clone())}
                <StudioSwitch name="show-reset-link" label=i18n.t("studio-field-show-reset-link") value=s.show_reset_link inherit_label=inherit.clone()/>
            </fieldset>
            <fieldset>
                <legend>{i18n.t("studio-section-links")}</legend>
                {field(BrandField::PrivacyUrl, s.privacy_url.clone(), d.privacy_url.clone())}
                {field(BrandField::TermsUrl, s.terms_url.clone(), d.terms_url.clone())}
                {field(BrandField::HelpdeskUrl, s.helpdesk_url.clone(), d.helpdesk_url.clone())}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("studio-section-css")}</legend>
                <p class="field-hint">{i18n.t("studio-css-hint")}</p>
                <StudioField
                    name=BrandField::CustomCss.name()
                    label=field_label(i18n, BrandField::CustomCss)
                    value=s.custom_css.clone()
                    inherited=None
                    problem=problem_of(&view, BrandField::CustomCss)
                    multiline=true
                    ltr=true
                />
            </fieldset>
            <button type="submit" class="button-primary">{i18n.t("studio-save")}</button>
        </form>
    }
}
