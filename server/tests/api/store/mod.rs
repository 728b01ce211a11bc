//! The store suite: every case runs on SQLite and on PostgreSQL.

mod audit;
mod codes;
mod import;
mod outbox;
mod policy;
mod registration_flows;
mod reset_flows;
mod security_info;
mod sign_in_attempts;
mod users;

use app::domain::{
    directory_user::{DirectoryName, UserProfile},
    UserName,
};

pub const NOW: i64 = 1_790_000_000;

pub fn profile(upn: &str) -> UserProfile {
    UserProfile::new(UserName::parse(upn).unwrap(), DirectoryName::parse("Test User").unwrap())
}

pub fn name(upn: &str) -> UserName {
    UserName::parse(upn).unwrap()
}
