//! Times user lookups by user principal name through the store, as the
//! portal does them, and prints p50/p99. Used by `bench/directory.sh`.
//!
//!   lookup_latency DATABASE_URL USERS [SAMPLES]
//!
//! Looks up `userN@bench.example` for N spread over 0..USERS.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::domain::UserName;
use sspr::{db, store::SqlStore};
use std::time::{Duration, Instant};

const DEFAULT_SAMPLES: usize = 20_000;
const WARM_UP: usize = 1_000;

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (url, users) = match (args.get(1), args.get(2)) {
        (Some(url), Some(users)) => (url.clone(), users.parse::<u64>()?),
        _ => anyhow::bail!("usage: lookup_latency DATABASE_URL USERS [SAMPLES]"),
    };
    let samples = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(DEFAULT_SAMPLES);
    let store = SqlStore::new(db::connect(&url).await?);
    // A fixed pseudo-random walk over the users: every run asks the same.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % users
    };
    let mut times = Vec::with_capacity(samples);
    for i in 0..WARM_UP + samples {
        let name = UserName::parse(&format!("user{}@bench.example", next()))?;
        let started = Instant::now();
        let found = store.user_by_upn(&name).await?;
        let took = started.elapsed();
        anyhow::ensure!(found.is_some(), "{} not found", name.as_str());
        if i >= WARM_UP {
            times.push(took);
        }
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "lookup by UPN: p50 {:.0} µs, p99 {:.0} µs ({samples} lookups)",
        micros(at(0.50)),
        micros(at(0.99))
    );
    Ok(())
}
