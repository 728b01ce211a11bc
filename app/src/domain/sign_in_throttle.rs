//! How many password guesses sign-in allows. NIST SP 800-63B asks that
//! failed attempts on one account be limited (at most 100 in a row); OWASP
//! adds a limit per network address against credential stuffing. Limits
//! slow a guesser down without locking the owner out for long: a short
//! pause after a burst, a day's pause only after a hundred misses.
//!
//! Every attempt is counted before the password is checked, so concurrent
//! guesses cannot slip past the limit, and a correct password clears the
//! account's count (the limit is on failures in a row). Unknown user names
//! are counted exactly like real ones, so the pause reveals nothing.

use super::unix_time::seconds;
use std::time::Duration;

/// A burst: this many misses on one account within the window pause it
/// until the oldest of them is older than the window.
pub const GUESSES_PER_BURST: u32 = 10;
pub const BURST_WINDOW: Duration = Duration::from_secs(15 * 60);
/// NIST's ceiling on failures in a row, over a day.
pub const GUESSES_PER_DAY: u32 = 100;
pub const DAY_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);
/// Misses from one network address, whatever the account, in an hour.
pub const GUESSES_PER_ADDRESS: u32 = 100;
pub const ADDRESS_WINDOW: Duration = Duration::from_secs(60 * 60);

/// What the store counted for one attempt, with the start of each
/// account window's oldest counted attempt (unix seconds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuessCounts {
    pub burst: u32,
    pub oldest_in_burst: Option<i64>,
    pub day: u32,
    pub oldest_in_day: Option<i64>,
    pub address: u32,
}

/// Whether a password may be checked now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessDecision {
    Allow,
    /// The account takes no guesses until this unix time.
    PauseAccount {
        until: i64,
    },
    /// Too many misses from this address; try again later.
    PauseAddress,
}

pub fn decide_guess(counts: GuessCounts) -> GuessDecision {
    let end = |oldest: Option<i64>, window: Duration| {
        oldest.unwrap_or_default().saturating_add(seconds(window))
    };
    if counts.day >= GUESSES_PER_DAY {
        GuessDecision::PauseAccount { until: end(counts.oldest_in_day, DAY_WINDOW) }
    } else if counts.burst >= GUESSES_PER_BURST {
        GuessDecision::PauseAccount { until: end(counts.oldest_in_burst, BURST_WINDOW) }
    } else if counts.address >= GUESSES_PER_ADDRESS {
        GuessDecision::PauseAddress
    } else {
        GuessDecision::Allow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_000_000;

    #[test]
    fn a_burst_pauses_the_account_until_its_oldest_miss_ages_out() {
        let counts = GuessCounts {
            burst: GUESSES_PER_BURST,
            oldest_in_burst: Some(NOW - 60),
            day: GUESSES_PER_BURST,
            oldest_in_day: Some(NOW - 60),
            address: 0,
        };
        assert_eq!(decide_guess(counts), GuessDecision::PauseAccount { until: NOW - 60 + 900 });
        let fewer = GuessCounts { burst: GUESSES_PER_BURST - 1, ..counts };
        assert_eq!(decide_guess(fewer), GuessDecision::Allow);
    }

    #[test]
    fn a_hundred_misses_in_a_day_pause_the_account_for_the_rest_of_it() {
        let counts = GuessCounts {
            burst: 2,
            oldest_in_burst: Some(NOW - 10),
            day: GUESSES_PER_DAY,
            oldest_in_day: Some(NOW - 3_600),
            address: 0,
        };
        let until = NOW - 3_600 + 86_400;
        assert_eq!(decide_guess(counts), GuessDecision::PauseAccount { until });
    }

    #[test]
    fn an_address_with_too_many_misses_is_paused_for_every_account() {
        let counts = GuessCounts { address: GUESSES_PER_ADDRESS, ..GuessCounts::default() };
        assert_eq!(decide_guess(counts), GuessDecision::PauseAddress);
        let fewer = GuessCounts { address: GUESSES_PER_ADDRESS - 1, ..counts };
        assert_eq!(decide_guess(fewer), GuessDecision::Allow);
    }
}
