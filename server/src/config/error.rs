//! The one line start-up stops with when a setting cannot be used.

/// A configuration value that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration value for `{key}`{source_note}: {reason}")]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
    /// ` (from …)`: the file or environment variable the value came from,
    /// when known.
    source_note: String,
}

impl ConfigError {
    pub(super) fn new(key: &str, reason: impl Into<String>) -> Self {
        Self { key: key.to_owned(), reason: reason.into(), source_note: String::new() }
    }

    /// The key, where its value came from, and what is wrong with it.
    pub(super) fn from_figment(error: figment::Error, env_prefix: &str, env_nesting: &str) -> Self {
        let key = if error.path.is_empty() { "config".to_owned() } else { error.path.join(".") };
        let source_note = match &error.metadata {
            Some(m) if m.name.contains("environment") => format!(
                " (from environment variable {env_prefix}{})",
                key.to_uppercase().replace('.', env_nesting)
            ),
            Some(m) => match &m.source {
                Some(source) => format!(" (from {source})"),
                None => format!(" (from {})", m.name),
            },
            None => String::new(),
        };
        Self { key, reason: error.kind.to_string(), source_note }
    }
}
