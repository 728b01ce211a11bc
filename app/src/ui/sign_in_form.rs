use super::{dom_value, focus_element, FieldError, PasswordField, SignInFormText};
use crate::api::{FormField, SignIn, SignInError};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The form's message, above the fields.
const SUMMARY_ID: &str = "sign-in-error";

/// The element a refusal about `field` puts the focus on.
fn focus_target(field: Option<FormField>) -> &'static str {
    match field {
        Some(FormField::UserName) => "username",
        Some(FormField::Password) => "password",
        None => SUMMARY_ID,
    }
}

/// The user name and password form. Without JavaScript it posts and the
/// server redirects; hydrated, errors appear in place without a reload.
/// The hydrated form reads its two fields itself rather than through
/// `ActionForm`, which would ship a whole query-string parser to the
/// browser for them.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn SignInForm(
    text: SignInFormText,
    initial_error: Option<SignInError>,
    initial_username: String,
) -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    // A refusal puts the focus on the field it is about, or on the
    // message: by `autofocus` in the page the server sends back, in place
    // once hydrated.
    let initial_focus = initial_error.as_ref().map(|e| focus_target(e.field()));
    let error = Memo::new(move |_| match action.value().get() {
        Some(Err(e)) => Some(e),
        Some(Ok(())) => None,
        None => initial_error.clone(),
    });
    let text = StoredValue::new(text);
    let message_for = move |field: Option<FormField>| {
        Signal::derive(move || {
            error.get().filter(|e| e.field() == field).map(|e| text.with_value(|t| t.error(&e)))
        })
    };
    let form_error = message_for(None);
    let user_name_error = message_for(Some(FormField::UserName));
    let password_error = message_for(Some(FormField::Password));
    Effect::new(move |_| {
        if let Some(Err(e)) = action.value().get() {
            focus_element(focus_target(e.field()));
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let field = |id: &str| dom_value(id).unwrap_or_default();
        action.dispatch(SignIn { username: field("username"), password: field("password") });
    };
    view! {
        <form method="post" action=SignIn::url() class="form" novalidate=true on:submit=on_submit>
            <div
                class="form-error"
                role="alert"
                id=SUMMARY_ID
                tabindex="-1"
                autofocus=initial_focus == Some(SUMMARY_ID)
            >
                {move || form_error.get()}
            </div>
            <div class="field">
                <label for="username">{text.with_value(|t| t.user_name.clone())}</label>
                <input
                    id="username"
                    name="username"
                    type="text"
                    inputmode="email"
                    autocomplete="username"
                    autocapitalize="none"
                    placeholder=text.with_value(|t| t.user_name_hint.clone())
                    spellcheck="false"
                    required=true
                    autofocus=initial_focus == Some("username")
                    dir="ltr"
                    value=initial_username
                    aria-invalid=move || user_name_error.get().is_some().then_some("true")
                    aria-describedby=move || user_name_error.get().is_some().then_some("username-error")
                />
                <FieldError id="username-error" message=user_name_error/>
            </div>
            <PasswordField
                id="password"
                name="password"
                text=text.with_value(|t| t.password.clone())
                error_id="password-error"
                autocomplete="current-password"
                error=password_error
                autofocus=initial_focus == Some("password")
            />
            <button type="submit" class="button-primary" disabled=move || action.pending().get()>
                {text.with_value(|t| t.submit.clone())}
            </button>
        </form>
    }
}
