//! Changing or removing security info needs a recent proof of the
//! password, so that a session left open on a shared computer cannot be
//! used to take the account over.

use std::time::Duration;

/// How long a password entry counts as recent.
pub const RECENT_SIGN_IN: Duration = Duration::from_secs(10 * 60);

/// Whether a password proven at `authenticated_at` is still recent at `now`.
pub fn is_recent(authenticated_at: i64, now: i64) -> bool {
    let window = super::unix_time::seconds(RECENT_SIGN_IN);
    now.saturating_sub(authenticated_at) < window
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_minutes_is_no_longer_recent() {
        assert!(is_recent(1_000, 1_000));
        assert!(is_recent(1_000, 1_000 + 599));
        assert!(!is_recent(1_000, 1_000 + 600));
        // A clock that went backwards still counts as recent.
        assert!(is_recent(1_000, 900));
    }
}
