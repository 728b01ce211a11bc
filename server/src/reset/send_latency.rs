//! How long sending a code takes here, so that a decoy gate answers after
//! about as long as a real one: the time a real send takes must not tell
//! an attacker that the user id exists.

use app::domain::channel::Channel;
use std::sync::Mutex;
use std::time::Duration;

/// Before anything was measured: a typical relay or gateway round trip.
const PRIOR: Duration = Duration::from_millis(250);
/// Each new measurement moves the estimate by this fraction.
const WEIGHT: f64 = 0.125;
/// A decoy waits between these fractions of the estimate, at random, as
/// real sends vary.
const JITTER: (f64, f64) = (0.75, 1.25);

/// A moving average of real sends, per channel, in this instance.
pub struct SendLatency {
    typical: Mutex<[Duration; 3]>,
}

impl Default for SendLatency {
    fn default() -> Self {
        Self { typical: Mutex::new([PRIOR; 3]) }
    }
}

fn slot(channel: Channel) -> usize {
    match channel {
        Channel::Email => 0,
        Channel::Sms => 1,
        Channel::Voice => 2,
    }
}

impl SendLatency {
    /// A real code to `channel` took `took` (only successful sends).
    pub fn record(&self, channel: Channel, took: Duration) {
        if let Ok(mut typical) = self.typical.lock() {
            let old = typical[slot(channel)].as_secs_f64();
            let new = old + WEIGHT * (took.as_secs_f64() - old);
            typical[slot(channel)] = Duration::from_secs_f64(new.max(0.0));
        }
    }

    /// How long a decoy send to `channel` should take, given a uniformly
    /// random `draw`.
    pub fn decoy(&self, channel: Channel, draw: u32) -> Duration {
        let typical = self.typical.lock().map(|t| t[slot(channel)]).unwrap_or(PRIOR);
        let unit = f64::from(draw) / f64::from(u32::MAX);
        typical.mul_f64(JITTER.0 + unit * (JITTER.1 - JITTER.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_from_the_prior_and_follows_real_sends() {
        let latency = SendLatency::default();
        let first = latency.decoy(Channel::Email, u32::MAX / 2);
        assert!((first.as_secs_f64() - PRIOR.as_secs_f64()).abs() < 0.001, "{first:?}");
        for _ in 0..200 {
            latency.record(Channel::Email, Duration::from_millis(40));
        }
        let middle = latency.decoy(Channel::Email, u32::MAX / 2);
        assert!((middle.as_secs_f64() - 0.040).abs() < 0.001, "{middle:?}");
        // Other channels keep their own estimate.
        assert_eq!(latency.decoy(Channel::Sms, u32::MAX), PRIOR.mul_f64(1.25));
    }

    #[test]
    fn a_decoy_waits_within_the_jitter_around_the_estimate() {
        let latency = SendLatency::default();
        latency.record(Channel::Voice, PRIOR);
        assert_eq!(latency.decoy(Channel::Voice, 0), PRIOR.mul_f64(0.75));
        assert_eq!(latency.decoy(Channel::Voice, u32::MAX), PRIOR.mul_f64(1.25));
        let one = latency.decoy(Channel::Voice, 1_000_000_000);
        assert!(one > PRIOR.mul_f64(0.75) && one < PRIOR.mul_f64(1.25));
    }
}
