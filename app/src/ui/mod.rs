//! Pages and the components they are made of.

mod account_page;
mod field_error;
mod language_picker;
mod not_found_page;
mod password_field;
mod reset_page;
mod sign_in_form;
mod sign_in_form_text;
mod sign_in_page;
mod sign_out_button;
mod site_header;

pub use account_page::AccountPage;
pub use field_error::FieldError;
pub use language_picker::LanguagePicker;
pub use not_found_page::NotFoundPage;
pub use password_field::{PasswordField, PasswordFieldText};
pub use reset_page::ResetPage;
pub use sign_in_form::SignInForm;
pub use sign_in_form_text::SignInFormText;
pub use sign_in_page::SignInPage;
pub use sign_out_button::SignOutButton;
pub use site_header::SiteHeader;
