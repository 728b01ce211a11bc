use super::PasswordFieldText;
use crate::api::SignInError;
use crate::i18n::I18n;
use serde::{Deserialize, Serialize};

/// Every string the sign-in form shows, already localized. The server hands
/// them to the form so that the browser needs no translation machinery.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInFormText {
    pub user_name: String,
    /// The organisation's example of a user name, shown in the empty field.
    pub user_name_hint: Option<String>,
    pub password: PasswordFieldText,
    pub submit: String,
    errors: Vec<(SignInError, String)>,
    /// The pause message, with [`UNTIL`] where its end goes: the end is
    /// known only when the pause comes, written out by the server then.
    paused: String,
}

/// Stands for the end of a pause in [`SignInFormText::paused`].
const UNTIL: &str = "{until}";

impl SignInFormText {
    pub fn new(i18n: I18n) -> Self {
        let errors = [
            SignInError::UserNameMissing,
            SignInError::UserNameInvalid,
            SignInError::PasswordMissing,
            SignInError::InvalidCredentials,
            SignInError::AccountLocked,
            SignInError::BusyAddress,
            SignInError::Unavailable,
            SignInError::Transport,
        ]
        .into_iter()
        .map(|e| {
            let text = i18n.t(e.message_key());
            (e, text)
        })
        .collect();
        Self {
            user_name: i18n.t("sign-in-user-name"),
            user_name_hint: None,
            password: PasswordFieldText {
                label: i18n.t("sign-in-password"),
                show: i18n.t("password-show"),
                hide: i18n.t("password-hide"),
            },
            submit: i18n.t("sign-in-submit"),
            errors,
            paused: i18n.t_with("error-sign-in-paused", &[("until", UNTIL)]),
        }
    }

    /// The message for `error`.
    pub fn error(&self, error: &SignInError) -> String {
        if let SignInError::Paused { until_text, .. } = error {
            return self.paused.replace(UNTIL, until_text);
        }
        self.errors
            .iter()
            .find(|(e, _)| e == error)
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_error_has_a_message_in_every_language() {
        for &lang in Lang::ALL {
            let text = SignInFormText::new(I18n::new(lang));
            for (error, message) in &text.errors {
                assert!(!message.is_empty());
                assert_ne!(message, error.message_key(), "{lang:?} lacks {error:?}");
            }
            let until_text = I18n::new(lang).instant(1_795_442_700);
            let until = 1_795_442_700;
            let paused = text.error(&SignInError::Paused { until, until_text: until_text.clone() });
            assert!(paused.contains(&until_text) && !paused.contains(UNTIL), "{paused}");
        }
    }
}
