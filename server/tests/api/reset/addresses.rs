//! Whose address a reset is counted and audited under: the connection's
//! peer, or, behind a trusted proxy, the client it names.

use super::{captcha, harness_behind, policy, start_form, Harness, ADA, NEW_PASSWORD};
use crate::helpers::{browser_from, location};
use app::domain::reset_budget::ATTEMPTS_PER_ADDRESS;
use app::domain::sspr_policy::Method;
use app::services::Clock;

impl Harness {
    /// Whether a reset may be started and a code sent to Ada for a
    /// request from `client_ip`.
    async fn may_send_from(&self, client_ip: &str) -> bool {
        let client = browser_from(client_ip);
        let answer = captcha(&self.app, &client, true).await;
        let started = self.post_start(&client, &start_form(&answer, ADA)).await;
        let to = location(&started).unwrap();
        if to.starts_with("/reset?error=reset-error-busy-address") {
            return false;
        }
        assert_eq!(to, "/reset/verify");
        self.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
        let page = self.page(&client).await;
        assert!(
            page.contains("We sent an email")
                || page.contains("too many attempts from your network"),
            "{page}"
        );
        page.contains("We sent an email")
    }

    /// Fills the address budget of the (one) address seen so far.
    async fn use_up_the_address_budget(&self) {
        let pool = &self.app.store.db().pool;
        let keys: Vec<(String,)> =
            sqlx::query_as("SELECT DISTINCT address_key FROM reset_attempts")
                .fetch_all(pool)
                .await
                .unwrap();
        assert_eq!(keys.len(), 1, "one address so far");
        let now = self.app.clock.unix_seconds();
        for i in 0..ATTEMPTS_PER_ADDRESS {
            sqlx::query(
                "INSERT INTO reset_attempts (user_key, method, address_key, failed, at) \
                 VALUES ($1, 'email', $2, 0, $3)",
            )
            .bind(format!("someone-{i}"))
            .bind(keys[0].0.clone())
            .bind(now)
            .execute(pool)
            .await
            .unwrap();
        }
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_budget_counts_the_client_it_names() {
    let h =
        harness_behind(policy(&[Method::Email], 1), vec!["127.0.0.1/32".parse().unwrap()]).await;
    assert!(h.may_send_from("198.51.100.7").await);
    h.use_up_the_address_budget().await;
    assert!(!h.may_send_from("198.51.100.7").await, "this client's budget is used up");
    assert!(h.may_send_from("198.51.100.8").await, "another client behind the proxy is not");
}

#[tokio::test]
async fn ipv6_clients_are_counted_by_their_64() {
    let h =
        harness_behind(policy(&[Method::Email], 1), vec!["127.0.0.1/32".parse().unwrap()]).await;
    assert!(h.may_send_from("2001:db8:1:2::7").await);
    h.use_up_the_address_budget().await;
    assert!(!h.may_send_from("2001:db8:1:2:ffff::9").await, "same /64");
    assert!(h.may_send_from("2001:db8:1:3::7").await, "another /64");
}

#[tokio::test]
async fn a_forwarded_for_header_from_an_untrusted_peer_changes_nothing() {
    let h = harness_behind(policy(&[Method::Email], 1), Vec::new()).await;
    assert!(h.may_send_from("198.51.100.7").await);
    h.use_up_the_address_budget().await;
    assert!(!h.may_send_from("198.51.100.8").await, "a forged header escapes nothing");
}

#[tokio::test]
async fn the_audit_log_records_the_clients_address() {
    for (trusted, expected) in
        [(vec!["127.0.0.1/32".parse().unwrap()], "198.51.100.7"), (Vec::new(), "127.0.0.1")]
    {
        let h = harness_behind(policy(&[Method::Email], 1), trusted).await;
        let client = h.start_in(browser_from("198.51.100.7"), ADA).await;
        h.email_gate(&client).await;
        h.post(
            &client,
            "set_new_password",
            &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)],
        )
        .await;
        let audit = h.app.store.recent_audit(10).await.unwrap();
        let reset = audit.iter().find(|e| e.action == "password.reset").expect("audited");
        assert_eq!(reset.source_ip.as_deref(), Some(expected));
    }
}
