//! How often a reset may be tried before it is refused. The limits are
//! counted per account (known or not: an unknown user id is counted and
//! refused the same way), per network address and across every flow, in
//! the database, so they hold across restarts and instances.

use std::time::Duration;

/// The reference product's rule: five attempts with one method within an
/// hour, then the account is blocked from self-service reset for a day.
pub const ATTEMPTS_PER_METHOD: u32 = 5;
pub const ATTEMPT_WINDOW: Duration = Duration::from_secs(60 * 60);
pub const BLOCK_DURATION: Duration = Duration::from_secs(24 * 60 * 60);
/// Wrong codes and answers one account may collect in a day, over every
/// flow, so that starting new flows does not buy new guesses.
pub const FAILURES_PER_DAY: u32 = 100;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);
/// Gate attempts (codes sent, questions asked) from one network address
/// in an hour, whoever they are for.
pub const ATTEMPTS_PER_ADDRESS: u32 = 50;

/// What was counted so far within the windows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttemptCounts {
    /// Attempts with this method for this account in the last hour.
    pub method: u32,
    /// Attempts from this address in the last hour.
    pub address: u32,
    /// Failed verifications for this account in the last day.
    pub failures: u32,
}

/// Whether one more attempt may go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttemptDecision {
    Allow,
    /// The account is blocked from now on for [`BLOCK_DURATION`].
    BlockAccount,
    /// Too much from one address; nothing is recorded against the account.
    RefuseAddress,
}

pub fn decide_attempt(counts: AttemptCounts) -> AttemptDecision {
    if counts.address >= ATTEMPTS_PER_ADDRESS {
        AttemptDecision::RefuseAddress
    } else if counts.method >= ATTEMPTS_PER_METHOD || counts.failures >= FAILURES_PER_DAY {
        AttemptDecision::BlockAccount
    } else {
        AttemptDecision::Allow
    }
}

/// Whether the failure just recorded (the `failures`-th of the day) blocks
/// the account.
pub fn failure_blocks(failures: u32) -> bool {
    failures >= FAILURES_PER_DAY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_with_one_method_in_an_hour_blocks() {
        let counts = |method| AttemptCounts { method, ..AttemptCounts::default() };
        for n in 0..ATTEMPTS_PER_METHOD {
            assert_eq!(decide_attempt(counts(n)), AttemptDecision::Allow);
        }
        assert_eq!(decide_attempt(counts(ATTEMPTS_PER_METHOD)), AttemptDecision::BlockAccount);
    }

    #[test]
    fn a_hundred_failures_a_day_block_whatever_the_method() {
        let c = AttemptCounts { failures: FAILURES_PER_DAY, ..AttemptCounts::default() };
        assert_eq!(decide_attempt(c), AttemptDecision::BlockAccount);
        assert!(!failure_blocks(FAILURES_PER_DAY - 1));
        assert!(failure_blocks(FAILURES_PER_DAY));
    }

    #[test]
    fn a_busy_address_is_refused_without_blocking_the_account() {
        let c = AttemptCounts { address: ATTEMPTS_PER_ADDRESS, method: 5, failures: 0 };
        assert_eq!(decide_attempt(c), AttemptDecision::RefuseAddress);
    }
}
