//! Time as a parameter, so expiry is testable without sleeping.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub trait Clock: Send + Sync {
    fn now(&self) -> SystemTime;

    /// Whole seconds since the Unix epoch, as stored in the database.
    fn unix_seconds(&self) -> i64 {
        crate::domain::unix_time::seconds(
            self.now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO),
        )
    }
}

/// The real wall clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}
