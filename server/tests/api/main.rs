//! HTTP-level tests against a real server on a free port, each with its own
//! SQLite database. One binary, so it links once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod branding;
mod cli;
mod demo;
mod helpers;
mod instances;
mod language;
mod outbox_page;
mod pages;
mod process;
mod registration;
mod registration_crash;
mod reset;
mod security;
mod senders;
mod servers_in_one_process;
mod sign_in;
mod sign_in_limits;
mod sink;
mod store;
mod test_store;
