//! Reading the settings: the file, then the environment over it.

use super::{public_url::DEFAULT_PUBLIC_BASE_URL, ConfigError, Settings};
use figment::{
    providers::{Env, Format, Serialized, Toml},
    Figment,
};
use std::path::Path;

/// Starts every environment variable that sets a key.
const ENV_PREFIX: &str = "SSPR_";
/// Separates nesting levels in environment variable names.
const ENV_NESTING: &str = "__";

impl Settings {
    /// Reads `file` (optional unless `required`), then the environment.
    pub fn load(file: &Path, required: bool) -> Result<Self, ConfigError> {
        if required && !file.exists() {
            return Err(ConfigError::new("config", format!("file {} not found", file.display())));
        }
        let settings: Settings = Figment::new()
            // A `Url` is only ever made by parsing, so this default is given
            // as text and read like a configured value.
            .merge(Serialized::default("public_base_url", DEFAULT_PUBLIC_BASE_URL))
            .merge(Toml::file(file))
            // `SSPR_SMTP__HOST` sets `smtp.host`; single underscores stay
            // part of the name (`SSPR_LISTEN_ADDR`).
            .merge(Env::prefixed(ENV_PREFIX).ignore(&["config"]).split(ENV_NESTING))
            .extract()
            .map_err(|e| ConfigError::from_figment(e, ENV_PREFIX, ENV_NESTING))?;
        // The rules that tie one key to another, once each key is valid.
        if let Some(smtp) = &settings.smtp {
            smtp.check()?;
        }
        Ok(settings)
    }
}
