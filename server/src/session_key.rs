//! The key that protects stored session tokens: from the configuration, or
//! generated once into the data directory.

use secrecy::SecretString;
use std::{io::Write, path::Path};

const KEY_FILE: &str = "session.key";

/// The configured key, else the one in `data_dir/session.key`, else a new
/// random one written there (readable by the owner only).
pub fn load_or_create(
    configured: Option<SecretString>,
    data_dir: &Path,
) -> anyhow::Result<SecretString> {
    if let Some(key) = configured {
        return Ok(key);
    }
    let path = data_dir.join(KEY_FILE);
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let existing = existing.trim();
        if existing.len() >= crate::config::MIN_SESSION_KEY_BYTES {
            return Ok(SecretString::from(existing.to_owned()));
        }
        anyhow::bail!("{} is too short; delete it to have a new key generated", path.display());
    }
    std::fs::create_dir_all(data_dir)?;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let key = hex::encode(bytes);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path)?.write_all(key.as_bytes())?;
    tracing::info!(path = %path.display(), "generated a new session key");
    Ok(SecretString::from(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn generated_once_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(None, dir.path()).unwrap();
        let second = load_or_create(None, dir.path()).unwrap();
        assert_eq!(first.expose_secret(), second.expose_secret());
        assert_eq!(first.expose_secret().len(), 64);
    }

    #[test]
    fn configured_key_wins() {
        let dir = tempfile::tempdir().unwrap();
        let key = load_or_create(Some(SecretString::from("c".repeat(40))), dir.path()).unwrap();
        assert_eq!(key.expose_secret(), &"c".repeat(40));
        assert!(!dir.path().join(KEY_FILE).exists());
    }
}
