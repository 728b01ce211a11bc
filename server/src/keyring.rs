//! The server's one keyring: every token, flow cookie, code, destination
//! and CAPTCHA it stores or signs is an HMAC-SHA256 under the session key,
//! each kind under its own purpose so that no hash of one kind can match
//! a hash of another.

use app::services::SessionToken;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

const TOKEN_BYTES: usize = 32;

/// Keyed hashes and fresh tokens. The MAC is keyed once, at start-up.
#[derive(Clone)]
pub struct Keyring {
    mac: Hmac<Sha256>,
}

/// The key cannot key an HMAC.
#[derive(Debug, thiserror::Error)]
#[error("the session key cannot be used as an HMAC key")]
pub struct KeyringError;

impl Keyring {
    pub fn new(key: &SecretString) -> Result<Self, KeyringError> {
        let mac = Hmac::<Sha256>::new_from_slice(key.expose_secret().as_bytes())
            .map_err(|_| KeyringError)?;
        Ok(Self { mac })
    }

    /// A fresh unguessable token (256 bits from the OS).
    pub fn new_token(&self) -> Result<SessionToken, getrandom::Error> {
        let mut bytes = [0u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes)?;
        Ok(SessionToken::new(URL_SAFE_NO_PAD.encode(bytes)))
    }

    /// What is stored in place of a session token.
    pub fn session_hash(&self, token: &SessionToken) -> String {
        self.mac(token.expose().as_bytes())
    }

    /// A keyed hash of `value` for `purpose`, hex-encoded.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        self.mac(keyed_input(purpose, value).as_bytes())
    }

    /// Whether `claimed`, which came from a client, is the
    /// [`keyed_hash`](Self::keyed_hash) of `value` for `purpose`; checked in
    /// time that does not tell how much of it was right.
    pub fn verify_keyed_hash(&self, purpose: &str, value: &str, claimed: &str) -> bool {
        let Ok(claimed) = hex::decode(claimed) else {
            return false;
        };
        let mut mac = self.mac.clone();
        mac.update(keyed_input(purpose, value).as_bytes());
        mac.verify_slice(&claimed).is_ok()
    }

    fn mac(&self, input: &[u8]) -> String {
        let mut mac = self.mac.clone();
        mac.update(input);
        hex::encode(mac.finalize().into_bytes())
    }
}

/// What a keyed hash is the MAC of: the purpose, then the value.
fn keyed_input(purpose: &str, value: &str) -> String {
    format!("{purpose}\0{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyring(c: char) -> Keyring {
        Keyring::new(&SecretString::from(c.to_string().repeat(32))).unwrap()
    }

    #[test]
    fn tokens_are_unique_and_hashes_keyed() {
        let (keys, other) = (keyring('k'), keyring('j'));
        let a = keys.new_token().unwrap();
        let b = keys.new_token().unwrap();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert_eq!(keys.session_hash(&a), keys.session_hash(&a));
        assert_ne!(keys.session_hash(&a), other.session_hash(&a));
        assert!(!keys.session_hash(&a).contains(a.expose()));
    }

    #[test]
    fn purposes_keep_hashes_apart() {
        let keys = keyring('k');
        assert_ne!(keys.keyed_hash("a", "v"), keys.keyed_hash("b", "v"));
        assert_eq!(keys.keyed_hash("a", "v"), keys.keyed_hash("a", "v"));
        // The purpose and the value cannot trade characters.
        assert_ne!(keys.keyed_hash("a", "bc"), keys.keyed_hash("ab", "c"));
    }

    #[test]
    fn only_the_keyed_hash_itself_verifies() {
        let (keys, other) = (keyring('k'), keyring('j'));
        let genuine = keys.keyed_hash("captcha", "nonce:7");
        assert!(keys.verify_keyed_hash("captcha", "nonce:7", &genuine));
        let mut altered = genuine.clone().into_bytes();
        altered[10] = if altered[10] == b'0' { b'1' } else { b'0' };
        let altered = String::from_utf8(altered).unwrap();
        for (purpose, value, claimed) in [
            ("captcha", "nonce:7", altered.as_str()),
            ("captcha", "nonce:7", &genuine[..62]),
            ("captcha", "nonce:7", ""),
            ("captcha", "nonce:7", "not hex at all"),
            ("captcha", "nonce:8", genuine.as_str()),
            ("captcha-sum", "nonce:7", genuine.as_str()),
        ] {
            assert!(
                !keys.verify_keyed_hash(purpose, value, claimed),
                "{purpose} {value} {claimed}"
            );
        }
        assert!(!other.verify_keyed_hash("captcha", "nonce:7", &genuine));
    }

    #[test]
    fn the_mac_matches_a_fresh_one_each_time() {
        // Cloning the keyed state must not carry input from an earlier use.
        let keys = keyring('k');
        let first = keys.keyed_hash("p", "x");
        let _ = keys.keyed_hash("p", "something else");
        assert_eq!(keys.keyed_hash("p", "x"), first);
    }
}
