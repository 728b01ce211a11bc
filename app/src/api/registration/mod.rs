//! The registration prompt after sign-in and the wizard's posts. Every
//! post is a plain form target that redirects, with or without script.

mod delete_security_method;
mod dismiss_registration_prompt;
mod finish_registration;
#[cfg(feature = "ssr")]
mod post;
mod reauthenticate;
mod reconfirm_security_info;
mod registration_prompt;
mod registration_wizard;
mod save_questions;
mod security_info_overview;
mod send_email_code;
mod send_phone_code;
mod skip_step;
mod start_registration;
mod verify_code;

pub use delete_security_method::{delete_security_method, DeleteSecurityMethod};
pub use dismiss_registration_prompt::{dismiss_registration_prompt, DismissRegistrationPrompt};
pub use finish_registration::{finish_registration, FinishRegistration};
pub use reauthenticate::{reauthenticate, Reauthenticate};
pub use reconfirm_security_info::{reconfirm_security_info, ReconfirmSecurityInfo};
pub use registration_prompt::{registration_prompt, RegistrationPrompt};
pub use registration_wizard::{registration_wizard, RegistrationWizard};
pub use save_questions::{save_questions, SaveQuestions};
pub use security_info_overview::{security_info_overview, SecurityInfoOverview};
pub use send_email_code::{send_email_code, SendEmailCode};
pub use send_phone_code::{send_phone_code, SendPhoneCode};
pub use skip_step::{skip_step, SkipStep};
pub use start_registration::{start_registration, StartRegistration};
pub use verify_code::{verify_code, VerifyCode};
