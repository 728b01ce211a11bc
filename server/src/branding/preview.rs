//! The proof that a browser may see the draft: a cookie bound by the
//! portal's key to the designer's session, checked without the database
//! so that a page render never waits for one.

use crate::keyring::Keyring;
use app::services::PreviewClaim;

/// As long as a session: signing out ends the preview with it.
pub const PREVIEW_LIFETIME_SECONDS: i64 = 8 * 60 * 60;
const PURPOSE: &str = "brand-preview";

fn bound(expires: i64, session: &str) -> String {
    format!("{expires}|{session}")
}

/// The cookie value for `session`, valid until `now` + the lifetime.
pub fn issue(keys: &Keyring, session: &str, now: i64) -> String {
    let expires = now + PREVIEW_LIFETIME_SECONDS;
    format!("{expires}.{}", keys.keyed_hash(PURPOSE, &bound(expires, session)))
}

/// Whether `claim` is a live preview cookie of the session it came with.
pub fn verify(keys: &Keyring, claim: &PreviewClaim<'_>, now: i64) -> bool {
    let Some((expires, mac)) = claim.preview.split_once('.') else { return false };
    let Ok(expires) = expires.parse::<i64>() else { return false };
    expires > now && keys.verify_keyed_hash(PURPOSE, &bound(expires, claim.session), mac)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    fn keys(secret: &str) -> Keyring {
        Keyring::new(&SecretString::from(secret.repeat(8))).unwrap()
    }

    #[test]
    fn holds_only_for_its_session_its_key_and_its_time() {
        let k = keys("k");
        let value = issue(&k, "session-a", 1000);
        let claim = |session| PreviewClaim { preview: &value, session };
        assert!(verify(&k, &claim("session-a"), 1000));
        assert!(!verify(&k, &claim("session-b"), 1000));
        assert!(!verify(&keys("x"), &claim("session-a"), 1000));
        assert!(!verify(&k, &claim("session-a"), 1000 + PREVIEW_LIFETIME_SECONDS));
        let forged = PreviewClaim { preview: "99999999999.00", session: "session-a" };
        assert!(!verify(&k, &forged, 1000));
    }
}
