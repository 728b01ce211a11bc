//! The sspr server: configuration, storage, HTTP and the administrator CLI.
//! Pages and server functions live in the `app` crate.

// Leptos views are deeply nested types; the routes of every page meet here.
#![recursion_limit = "256"]

pub mod accounts;
pub mod answer_hashes;
pub mod branding;
pub mod captcha;
pub mod cli;
pub mod common_passwords;
pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod key_fingerprint;
pub mod keyring;
pub mod memory;
pub mod password_hasher;
pub mod registration;
pub mod reset;
pub mod senders;
pub mod session_key;
pub mod startup;
pub mod store;
