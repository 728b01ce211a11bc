//! Times are stored and compared as whole seconds since the Unix epoch;
//! lifetimes are `Duration` constants. One conversion between the two.

use std::time::Duration;

/// Whole seconds in `d`, saturating instead of wrapping.
pub const fn seconds(d: Duration) -> i64 {
    let secs = d.as_secs();
    if secs > i64::MAX as u64 {
        i64::MAX
    } else {
        secs as i64
    }
}

/// The Unix time `d` after `now`, saturating.
pub const fn after(now: i64, d: Duration) -> i64 {
    now.saturating_add(seconds(d))
}

/// `2026-11-23 14:05 UTC`: when a pause ends, to the minute.
pub fn utc_minute(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm), to avoid a date crate
    // in the browser bundle for one line of text.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_become_seconds_without_wrapping() {
        assert_eq!(seconds(Duration::from_millis(90_500)), 90);
        assert_eq!(seconds(Duration::MAX), i64::MAX);
        assert_eq!(after(100, Duration::from_secs(60)), 160);
        assert_eq!(after(i64::MAX - 1, Duration::from_secs(60)), i64::MAX);
    }

    #[test]
    fn block_ends_are_shown_in_utc_to_the_minute() {
        assert_eq!(utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_minute(1_795_442_700), "2026-11-23 14:05 UTC");
        assert_eq!(utc_minute(951_782_400), "2000-02-29 00:00 UTC");
    }
}
