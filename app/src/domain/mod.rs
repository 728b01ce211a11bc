//! Pure rules shared by the server and the browser: no I/O here.

pub mod address_network;
pub mod administrator_reset_policy;
pub mod answered_questions;
pub mod branding;
pub mod channel;
pub mod contact_methods;
pub mod directory_user;
pub mod eligibility;
pub mod email;
pub mod helpdesk_link;
pub mod local_path;
pub mod password_input;
pub mod password_policy;
pub mod phone_number;
pub mod phone_regions;
pub mod proof_of_work;
pub mod recent_sign_in;
pub mod registration_flow;
pub mod reset_budget;
pub mod reset_flow;
pub mod reset_mask;
pub mod roles;
pub mod security_answer;
pub mod security_questions;
pub mod sign_in_throttle;
pub mod sspr_policy;
pub mod unix_time;
pub mod user_name;
pub mod verification_code;

pub use local_path::local_path;
pub use password_input::{PasswordInput, PasswordInputError};
pub use user_name::{UserName, UserNameError};
