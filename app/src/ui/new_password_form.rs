use super::{PasswordField, PasswordFieldText, PasswordStrength, PasswordStrengthText};
use crate::api::reset::SetNewPassword;
use crate::api::ResetField;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The new password twice; with a locked account under a policy that
/// allows it, "unlock only" beside it.
#[component]
pub fn NewPasswordForm(
    min_length: u16,
    unlock_offered: bool,
    error: Option<(Option<ResetField>, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let for_field =
        |field| error.as_ref().filter(|(f, _)| *f == Some(field)).map(|(_, m)| m.clone());
    let text = |label: &str| PasswordFieldText {
        label: i18n.t(label),
        show: i18n.t("password-show"),
        hide: i18n.t("password-hide"),
    };
    let min = i64::from(min_length);
    let strength = PasswordStrengthText {
        levels: vec![
            i18n.t("reset-password-strength-0"),
            i18n.t("reset-password-strength-1"),
            i18n.t("reset-password-strength-2"),
            i18n.t("reset-password-strength-3"),
            i18n.t("reset-password-strength-4"),
        ],
        note: i18n.t("reset-password-strength-note"),
    };
    view! {
        <p id="password-hint">{i18n.t_count("reset-password-hint", &[("min", min)])}</p>
        <form method="post" action=SetNewPassword::url() class="form" novalidate=true>
            <PasswordField
                id="password"
                name="password"
                text=text("reset-password-new")
                error_id="password-error"
                autocomplete="new-password"
                autofocus=for_field(ResetField::Password).is_some()
                error=Signal::derive({
                    let e = for_field(ResetField::Password);
                    move || e.clone()
                })
            />
            <PasswordStrength field_id="password".to_owned() text=strength/>
            <PasswordField
                id="confirm"
                name="confirm"
                text=text("reset-password-confirm")
                error_id="confirm-error"
                autocomplete="new-password"
                autofocus=for_field(ResetField::Confirm).is_some()
                error=Signal::derive({
                    let e = for_field(ResetField::Confirm);
                    move || e.clone()
                })
            />
            <button type="submit" class="button-primary">{i18n.t("reset-password-submit")}</button>
        </form>
        {unlock_offered.then(|| view! {
            <form method="post" action=SetNewPassword::url() class="form">
                <input type="hidden" name="action" value="unlock"/>
                <p>{i18n.t("reset-unlock-only-text")}</p>
                <button type="submit" class="button-secondary">{i18n.t("reset-unlock-only")}</button>
            </form>
        })}
    }
}
