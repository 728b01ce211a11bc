//! The `sspr` command line.

use crate::{config::Settings, db, demo, password_hasher::PasswordHasher, startup::Application};
use app::services::{Clock, SystemClock};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

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
    /// Create the demo users (idempotent).
    Demo,
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

pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
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
            let db = db::connect(&settings.database_url()).await?;
            db::migrate(&db).await?;
            println!("migrations applied");
        }
        Command::Demo => {
            let db = db::connect(&settings.database_url()).await?;
            db::migrate(&db).await?;
            let hasher = PasswordHasher::new(2)?;
            let store = crate::store::SqlStore::new(db);
            let created = demo::seed(&store, &hasher, SystemClock.unix_seconds()).await?;
            println!("demo users: {created} created, {} present", demo::DEMO_USERS.len());
        }
    }
    Ok(())
}
