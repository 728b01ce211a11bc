//! Drives a running portal (demo mode, so codes land in the outbox) and
//! prints throughput and latency figures. Used by `bench/reset.sh`.
//!
//!   reset_bench BASE_URL DATABASE_URL SERVER_PID USERS
//!
//! Users are `resetN@bench.example` with alternate email
//! `resetN@home.example`. Each reset comes from its own loopback address
//! (127.1.x.y), as distinct clients would, so that the per-address budget
//! measures nothing here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::domain::proof_of_work::{solve_slice, ChallengeToken};
use reqwest::{header, redirect::Policy, Client};
use sspr::db;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const RENDER_SECONDS: u64 = 5;
const RENDER_CONCURRENCY: usize = 32;
const RESET_CONCURRENCY: usize = 20;
const RSS_CONCURRENCY: usize = 50;

fn client(n: usize) -> Client {
    let address = Ipv4Addr::new(127, 1, (n / 250) as u8, (n % 250 + 1) as u8);
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .local_address(IpAddr::V4(address))
        .build()
        .unwrap()
}

fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).map(|i| i + marker.len()).expect(name);
    page[start..].split('"').next().unwrap().to_owned()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn rss_kib(pid: &str, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

async fn post(c: &Client, base: &str, path: &str, form: &[(&str, &str)]) {
    let r = c
        .post(format!("{base}{path}"))
        .header("sec-fetch-site", "same-origin")
        .header(header::ACCEPT, "text/html")
        .form(form)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "{path}: {}", r.status());
}

/// One whole reset by email code; its duration.
async fn reset(base: &str, pool: &sqlx::AnyPool, n: usize) -> Duration {
    let c = client(n);
    let started = Instant::now();
    let page = c.get(format!("{base}/reset")).send().await.unwrap().text().await.unwrap();
    let token = hidden(&page, "captcha_token");
    let parsed = ChallengeToken::parse(&token).unwrap();
    let counter = solve_slice(&parsed.nonce, parsed.difficulty, 0, u64::MAX).unwrap().to_string();
    let user = format!("reset{n}@bench.example");
    let form = [
        ("user_id", user.as_str()),
        ("captcha_token", token.as_str()),
        ("captcha_counter", counter.as_str()),
        ("captcha_sum_key", ""),
    ];
    post(&c, base, "/api/start_reset", &form).await;
    post(&c, base, "/api/choose_reset_gate", &[("gate", "email")]).await;
    let to = format!("reset{n}@home.example");
    let (body,): (String,) =
        sqlx::query_as("SELECT body FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1")
            .bind(to)
            .fetch_one(pool)
            .await
            .unwrap();
    let code = body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_owned();
    post(&c, base, "/api/verify_reset_code", &[("code", &code)]).await;
    let password = format!("Bench-Reset-Lantern-{n}");
    post(&c, base, "/api/set_new_password", &[("password", &password), ("confirm", &password)])
        .await;
    let done = c.get(format!("{base}/reset/verify")).send().await.unwrap().text().await.unwrap();
    assert!(done.contains("Your password was reset"), "reset {n} did not finish");
    started.elapsed()
}

async fn resets(
    base: &str,
    pool: &sqlx::AnyPool,
    range: std::ops::Range<usize>,
    concurrency: usize,
) -> (Vec<Duration>, Duration) {
    let next = Arc::new(AtomicUsize::new(range.start));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (next, base, pool, end) = (next.clone(), base.to_owned(), pool.clone(), range.end);
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                if n >= end {
                    break times;
                }
                times.push(reset(&base, &pool, n).await);
            }
        }));
    }
    let mut times = Vec::new();
    for t in tasks {
        times.extend(t.await.unwrap());
    }
    times.sort();
    (times, started.elapsed())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    anyhow::ensure!(args.len() == 5, "usage: reset_bench BASE_URL DATABASE_URL SERVER_PID USERS");
    let (base, url, pid, users) = (&args[1], &args[2], &args[3], args[4].parse::<usize>()?);
    let pool = db::connect(url).await?.pool;

    // Rendering /reset (a fresh CAPTCHA challenge each time).
    let deadline = Instant::now() + Duration::from_secs(RENDER_SECONDS);
    let mut tasks = Vec::new();
    for i in 0..RENDER_CONCURRENCY {
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let c = client(10_000 + i);
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                let r = c.get(format!("{base}/reset")).send().await.unwrap();
                assert!(r.status().is_success());
                r.bytes().await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut times = Vec::new();
    for t in tasks {
        times.extend(t.await.unwrap());
    }
    times.sort();
    println!(
        "render /reset      {RENDER_CONCURRENCY:>3} concurrent: {:8.0} req/s  p50 {:7.2} ms  p99 {:7.2} ms",
        times.len() as f64 / RENDER_SECONDS as f64,
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );

    // `RENDER_ONLY`: the languages comparison needs only the figure above.
    if std::env::var_os("RENDER_ONLY").is_some() {
        return Ok(());
    }

    // Whole email-gate resets.
    let half = users - RSS_CONCURRENCY;
    let (times, took) = resets(base, &pool, 0..half, RESET_CONCURRENCY).await;
    println!(
        "email-gate reset   {RESET_CONCURRENCY:>3} concurrent: {:8.1} resets/s  p50 {:7.2} ms  p99 {:7.2} ms  ({} resets)",
        times.len() as f64 / took.as_secs_f64(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.len()
    );

    // Peak memory with 50 resets hashing their new passwords at once.
    let before = rss_kib(pid, "VmRSS:");
    let (times, _) = resets(base, &pool, half..users, RSS_CONCURRENCY).await;
    println!(
        "peak RSS           {RSS_CONCURRENCY:>3} concurrent: {:8.1} MiB (rss before {:.1} MiB; p99 reset {:.0} ms)",
        rss_kib(pid, "VmHWM:") as f64 / 1024.0,
        before as f64 / 1024.0,
        percentile(&times, 0.99)
    );
    Ok(())
}
