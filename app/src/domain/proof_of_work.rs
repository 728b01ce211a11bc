//! The CAPTCHA of the reset's first step: a proof of work the browser
//! solves in a fraction of a second, or, without JavaScript, a small sum
//! in plain text that anyone can read, a screen reader included. Neither
//! is an image or a sound. The server signs each challenge and accepts it
//! once. The sum stops no determined script; with JavaScript off it only
//! slows one down, and the reset's budgets do the rest.

use sha2::{Digest, Sha256};
use std::time::Duration;

/// A challenge must be answered within this long.
pub const CHALLENGE_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Leading zero bits a solution's hash needs: about 2^18 hashes, a few
/// hundred milliseconds in a browser's WebAssembly.
pub const DIFFICULTY: u8 = 18;
/// The sum cannot be answered sooner than this after the page was served:
/// a person needs that long, a script must wait.
pub const TEXT_ANSWER_DELAY: Duration = Duration::from_secs(3);

/// Whether `counter` solves the challenge `nonce` at `difficulty`.
pub fn meets_difficulty(nonce: &str, counter: u64, difficulty: u8) -> bool {
    let hash = Sha256::digest(format!("{nonce}:{counter}").as_bytes());
    let mut zeros = 0u32;
    for byte in hash {
        if byte == 0 {
            zeros += 8;
            continue;
        }
        zeros += byte.leading_zeros();
        break;
    }
    zeros >= u32::from(difficulty)
}

/// Tries counters `from..from + count`; the first that solves, if any.
/// The browser calls it in slices so that the page stays responsive.
pub fn solve_slice(nonce: &str, difficulty: u8, from: u64, count: u64) -> Option<u64> {
    (from..from.saturating_add(count)).find(|c| meets_difficulty(nonce, *c, difficulty))
}

/// The signed part of a challenge as it travels in the form:
/// `nonce.expires_at.difficulty.mac`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChallengeToken {
    pub nonce: String,
    pub expires_at: i64,
    pub difficulty: u8,
    pub mac: String,
}

impl ChallengeToken {
    pub fn parse(raw: &str) -> Option<Self> {
        if raw.len() > 256 {
            return None;
        }
        let mut parts = raw.split('.');
        let nonce = parts.next()?.to_owned();
        let expires_at = parts.next()?.parse().ok()?;
        let difficulty = parts.next()?.parse().ok()?;
        let mac = parts.next()?.to_owned();
        let hex = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit());
        (parts.next().is_none() && hex(&nonce) && hex(&mac)).then_some(Self {
            nonce,
            expires_at,
            difficulty,
            mac,
        })
    }

    /// What the server's MAC covers.
    pub fn signed_part(&self) -> String {
        format!("{}.{}.{}", self.nonce, self.expires_at, self.difficulty)
    }

    pub fn encode(&self) -> String {
        format!("{}.{}", self.signed_part(), self.mac)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_found_counter_meets_the_difficulty_and_most_do_not() {
        let counter = solve_slice("a1b2", 8, 0, 1 << 16).unwrap();
        assert!(meets_difficulty("a1b2", counter, 8));
        assert!(!meets_difficulty("a1b2", counter, 40), "not by chance");
        let hits = (0..256).filter(|c| meets_difficulty("ff", *c, 8)).count();
        assert!(hits < 8, "about one in 256: {hits}");
        assert!(meets_difficulty("ff", 12345, 0), "difficulty 0 takes anything");
    }

    #[test]
    fn tokens_round_trip_and_junk_is_refused() {
        let t = ChallengeToken {
            nonce: "00ff".into(),
            expires_at: 1_790_000_300,
            difficulty: 18,
            mac: "abcd".into(),
        };
        assert_eq!(ChallengeToken::parse(&t.encode()), Some(t.clone()));
        for bad in ["", "00ff.1.18", "00ff.x.18.abcd", "zz.1.18.abcd", "00ff.1.18.abcd.more"] {
            assert_eq!(ChallengeToken::parse(bad), None, "{bad}");
        }
        assert_eq!(ChallengeToken::parse(&"a".repeat(300)), None);
    }
}
