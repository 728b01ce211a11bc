//! The blocklist of common passwords (see `data/NOTICE`): the 30,000
//! passwords attackers try first. Kept on the server only, so that the
//! browser bundle stays small.

use std::collections::HashSet;
use std::sync::LazyLock;

static LIST: &str = include_str!("../data/common-passwords.txt");
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| LIST.lines().collect());

/// Whether `lower` (a lower-cased password) is on the list.
pub fn is_common(lower: &str) -> bool {
    COMMON.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_at_least_the_ten_thousand_most_common() {
        assert!(COMMON.len() >= 10_000, "{}", COMMON.len());
        for common in ["123456", "password", "qwerty", "letmein", "iloveyou", "dragon"] {
            assert!(is_common(common), "{common}");
        }
        assert!(!is_common("correct horse battery staple"));
        assert!(!is_common("tr0mb0ne-quixotic-lantern"));
    }
}
