//! Reading the notice a refused post left for the wizard page.

use crate::api::RegistrationField;
use crate::contract::WizardView;
use crate::i18n::I18n;

/// The message for `field` (`None`: the form-level message).
pub fn notice_message(
    view: &WizardView,
    field: Option<RegistrationField>,
    i18n: I18n,
) -> Option<String> {
    view.notice.as_ref().filter(|n| n.error.field() == field).map(|n| n.error.message(i18n))
}
