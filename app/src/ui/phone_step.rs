use super::method_label::source_key;
use super::wizard_notice::notice_message;
use super::{CodeForm, SkipStepForm};
use crate::api::registration::SendPhoneCode;
use crate::api::RegistrationField;
use crate::contract::WizardView;
use crate::domain::channel::Channel;
use crate::domain::phone_regions::region_message_key;
use crate::i18n::{use_i18n, Lang};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Mobile phone: a number, a code by SMS or call, and which number a
/// reset will use.
#[component]
pub fn PhoneStep(view: WizardView) -> impl IntoView {
    let i18n = use_i18n();
    let code_error = notice_message(&view, Some(RegistrationField::Code), i18n);
    let phone_error = notice_message(&view, Some(RegistrationField::Phone), i18n);
    let draft = view.notice.as_ref().map(|n| n.draft.clone()).unwrap_or_default();
    let default_region = match i18n.lang() {
        Lang::It => "IT",
        _ => "US",
    };
    let chosen = if draft.country.is_empty() { default_region.to_owned() } else { draft.country };
    let mut regions: Vec<(String, String)> = view
        .regions
        .iter()
        // The calling code is isolated left to right (U+2066 … U+2069), so
        // that "+39" keeps its order beside a right-to-left country name.
        .map(|(id, code)| {
            (id.clone(), format!("{} (\u{2066}+{code}\u{2069})", i18n.t(&region_message_key(id))))
        })
        .collect();
    regions.sort_by(|a, b| a.1.cmp(&b.1));
    let sent = view.pending_phone.clone().map(|(masked, channel)| {
        let key =
            if channel == Channel::Voice { "wizard-phone-called" } else { "wizard-phone-texted" };
        view! {
            <p class="notice" role="status">{i18n.t_with(key, &[("number", &masked)])}</p>
            <CodeForm step="mobile_phone" error=code_error.clone()/>
            <h2 class="subheading">{i18n.t("wizard-phone-resend-heading")}</h2>
        }
    });
    let invalid = phone_error.is_some();
    view! {
        <h1 id="wizard-heading">{i18n.t("method-mobile-phone")}</h1>
        {sent}
        <form method="post" action=SendPhoneCode::url() class="form" novalidate=true>
            <div class="field">
                <label for="country">{i18n.t("wizard-phone-country")}</label>
                <select id="country" name="country" autocomplete="tel-country-code">
                    {regions.into_iter().map(|(id, label)| {
                        let selected = id == chosen;
                        view! { <option value=id selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="number">{i18n.t("wizard-phone-number")}</label>
                <p class="field-hint" id="number-hint">{i18n.t("wizard-phone-hint")}</p>
                <input id="number" name="number" type="tel" autocomplete="tel-national" required=true
                    dir="ltr" autofocus=invalid
                    value=draft.number
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=if invalid { "number-hint phone-error" } else { "number-hint" }/>
                {phone_error.map(|e| view! { <p id="phone-error" class="field-error">{e}</p> })}
            </div>
            <fieldset class="field">
                <legend>{i18n.t("wizard-phone-channel")}</legend>
                <label class="choice"><input type="radio" name="channel" value="sms" checked=true/>
                    {i18n.t("wizard-phone-sms")}</label>
                <label class="choice"><input type="radio" name="channel" value="voice"/>
                    {i18n.t("wizard-phone-voice")}</label>
            </fieldset>
            <button type="submit" class="button-primary">{i18n.t("wizard-send-code")}</button>
        </form>
        <div class="precedence">
            {match view.reset_phone.clone() {
                Some(line) => {
                    let source = line.source.map(|s| i18n.t(source_key(s))).unwrap_or_default();
                    i18n.t_with("wizard-phone-reset-uses", &[("number", &line.value), ("source", &source)])
                }
                None => i18n.t("wizard-phone-reset-none"),
            }}
            " "
            {i18n.t("wizard-phone-precedence")}
        </div>
        {view.office_phone.clone().map(|office| view! {
            <p class="office-phone">{i18n.t_with("wizard-office-phone", &[("number", &office)])}</p>
        })}
        <SkipStepForm step="mobile_phone"/>
    }
}
