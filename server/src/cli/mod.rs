//! The `sspr` command line: serving, and the administrator's commands.

mod branding;
mod key;
mod policy;
mod user;
pub mod user_csv;
pub mod user_view;

use crate::{
    config::Settings, db, demo, password_hasher::PasswordHasher, startup::Application,
    store::SqlStore,
};
use app::services::{Clock, SystemClock};
use clap::{Parser, Subcommand};
use secrecy::ExposeSecret;
use std::path::PathBuf;

/// Users listed per `sspr user list` unless `--limit` says otherwise.
const DEFAULT_LIST_LIMIT: u32 = 100;

#[derive(Debug, Parser)]
#[command(name = "sspr", version, about = "Self-service password reset portal")]
pub struct Cli {
    /// Configuration file; values in it are overridden by SSPR_* variables.
    /// Optional unless given explicitly.
    #[arg(long, env = "SSPR_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations, then serve the portal.
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Create the demo directory and policy (idempotent).
    Demo,
    /// Directory users.
    #[command(subcommand)]
    User(UserCommand),
    /// The self-service password reset policy.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// The organisation's branding, as files (see the README's studio
    /// section for branding.toml).
    #[command(subcommand)]
    Branding(BrandingCommand),
    /// The session key shared by the instances using the database.
    #[command(subcommand)]
    Key(KeyCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create one user.
    Add(user::AddUser),
    /// List users in name order.
    List {
        #[arg(long, default_value_t = DEFAULT_LIST_LIMIT)]
        limit: u32,
        /// Start after this user principal name.
        #[arg(long)]
        after: Option<String>,
    },
    /// Show one user and their registered security info (never answers).
    Show { upn: String },
    /// Create users from a CSV file: all of them, or none.
    Import(user::ImportUsers),
    /// Set the language of a user's notices (a tag such as `de`), or
    /// `none` to take the one they last used the portal in.
    SetLanguage { upn: String, language: String },
}

#[derive(Debug, Subcommand)]
pub enum BrandingCommand {
    /// Print the live branding.
    Show,
    /// Write the live branding (branding.toml and its images) into DIR.
    Export {
        dir: PathBuf,
        /// The studio's unpublished draft instead.
        #[arg(long)]
        draft: bool,
    },
    /// Check and publish the branding in DIR, all of it or nothing.
    Import { dir: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// After changing `session_key` on purpose: make the database accept
    /// this instance's key (and refuse the previous one).
    ResetFingerprint,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print the policy in force.
    Show,
    /// Change settings; the result is validated as a whole.
    Set(policy::PolicyChanges),
}

impl Cli {
    /// Loads the settings named by `--config` (default `sspr.toml`).
    pub fn settings(&self) -> Result<Settings, crate::config::ConfigError> {
        match &self.config {
            Some(path) => Settings::load(path, true),
            None => Settings::load(std::path::Path::new("sspr.toml"), false),
        }
    }
}

/// How the audit log names whoever ran a command.
fn cli_actor() -> String {
    match std::env::var("USER") {
        Ok(user) if !user.is_empty() => format!("cli:{user}"),
        _ => "cli".to_owned(),
    }
}

async fn open_store(settings: &Settings) -> anyhow::Result<SqlStore> {
    let db = db::connect(settings.database_url().expose_secret()).await?;
    db::migrate(&db).await?;
    Ok(SqlStore::new(db))
}

pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    let now = SystemClock.unix_seconds();
    match command {
        Command::Serve => {
            let app = Application::build(&settings).await?;
            tracing::info!(
                listen = %settings.listen_addr,
                port = app.port(),
                public = %settings.public_base_url,
                "serving"
            );
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            open_store(&settings).await?;
            println!("migrations applied");
        }
        Command::Demo => {
            let store = open_store(&settings).await?;
            let hasher = PasswordHasher::new(2)?;
            let created = demo::seed(&store, &hasher, now).await?;
            println!("demo users: {created} created, {} present", demo::DEMO_USERS.len());
        }
        Command::User(command) => {
            let store = open_store(&settings).await?;
            match command {
                UserCommand::Add(args) => user::add(&store, args, &cli_actor(), now).await?,
                UserCommand::List { limit, after } => user::list(&store, limit, after).await?,
                UserCommand::Show { upn } => user::show(&store, &upn).await?,
                UserCommand::Import(args) => user::import(&store, args, &cli_actor(), now).await?,
                UserCommand::SetLanguage { upn, language } => {
                    user::set_language(&store, &upn, &language, &cli_actor(), now).await?
                }
            }
        }
        Command::Policy(command) => {
            let store = open_store(&settings).await?;
            match command {
                PolicyCommand::Show => policy::show(&store).await?,
                PolicyCommand::Set(changes) => {
                    policy::set(&store, changes, &cli_actor(), now).await?
                }
            }
        }
        Command::Branding(command) => {
            let store = open_store(&settings).await?;
            match command {
                BrandingCommand::Show => branding::show(&store).await?,
                BrandingCommand::Export { dir, draft } => {
                    branding::export(&store, &dir, draft).await?
                }
                BrandingCommand::Import { dir } => {
                    branding::import(&store, &dir, &cli_actor(), now).await?
                }
            }
        }
        Command::Key(KeyCommand::ResetFingerprint) => {
            let store = open_store(&settings).await?;
            key::reset_fingerprint(&store, &settings, &cli_actor(), now).await?;
        }
    }
    Ok(())
}
