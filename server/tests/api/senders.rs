//! The delivery transports against real servers: the test sinks for SMTP
//! and the gateways, a closed port for an unreachable server, the store
//! for the demo outbox.

use crate::{
    helpers::{test_settings, Options},
    sink::{Sink, SINK_SECRET},
    test_store::TestStore,
};
use app::services::{Channel, Clock, DemoOutbox, OutgoingMessage, SendError, Sender, SystemClock};
use secrecy::SecretString;
use serde_json::json;
use sspr::{
    config::{GatewaySettings, Settings},
    senders::{GatewaySender, Senders, SmtpSender, GATEWAY_TIMEOUT, SMTP_TIMEOUT},
};
use std::{sync::Arc, time::Instant};

const CODE: &str = "482913";
const PHONE: &str = "+393471234567";
const EMAIL: &str = "niccolo.rossi@contoso.example";
const SUBJECT: &str = "Il tuo codice di verifica è pronto";
const BODY: &str = "Ciao Niccolò,\n\nil tuo codice di verifica è 482913. \
                    Scade tra 10 minuti: non condividerlo con nessuno, perché è solo tuo.\n";

fn message(channel: Channel, to: &str) -> OutgoingMessage {
    OutgoingMessage {
        channel,
        to: to.to_owned(),
        lang: "it".to_owned(),
        subject: SUBJECT.to_owned(),
        body: SecretString::from(BODY),
        code: Some(SecretString::from(CODE)),
    }
}

fn failure(result: Result<(), SendError>) -> String {
    match result {
        Err(SendError::Failed(detail)) => detail,
        other => panic!("expected a delivery failure, got {other:?}"),
    }
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn email_reaches_the_smtp_server_as_utf8_plain_text() {
    let sink = Sink::start();
    let smtp = SmtpSender::new(&sink.smtp_settings(), "sspr.example.com").unwrap();
    smtp.send(&message(Channel::Email, EMAIL)).await.unwrap();

    let emails = sink.emails().await;
    assert_eq!(emails.len(), 1, "{emails:?}");
    let email = &emails[0];
    assert_eq!(email["to"], EMAIL);
    assert_eq!(email["rcpt_to"], json!([EMAIL]));
    assert_eq!(email["from"], "Portale password <sspr@contoso.example>");
    assert_eq!(email["subject"], SUBJECT);
    assert!(email["message_id"].as_str().unwrap().ends_with("@sspr.example.com>"), "{email}");
    assert_eq!(email["content_type"], "text/plain");
    assert_eq!(email["charset"], "utf-8");
    // SMTP carries CRLF line ends and may end the body with one more; the
    // text is otherwise untouched.
    let body = email["body"].as_str().unwrap().replace("\r\n", "\n");
    assert_eq!(body.trim_end(), BODY.trim_end());
}

#[tokio::test]
async fn sms_goes_to_the_gateway_with_the_template_filled_in() {
    let sink = Sink::start();
    let settings = sink.gateway_settings("sms", Some("Il codice sspr è {code}. Non condividerlo."));
    let sms = GatewaySender::new(Channel::Sms, &settings).unwrap();
    sms.send(&message(Channel::Sms, PHONE)).await.unwrap();

    let calls = sink.gateway_calls().await;
    assert_eq!(
        calls,
        vec![json!({
            "channel": "sms",
            "to": PHONE,
            "lang": "it",
            "text": "Il codice sspr è 482913. Non condividerlo.",
            "path": "/sms",
        })]
    );
}

#[tokio::test]
async fn without_a_template_or_a_code_the_gateway_gets_the_message_text() {
    let sink = Sink::start();
    let voice = GatewaySender::new(Channel::Voice, &sink.gateway_settings("voice", None)).unwrap();
    voice.send(&message(Channel::Voice, PHONE)).await.unwrap();
    let templated = sink.gateway_settings("voice", Some("Codice: {code}"));
    let notification = OutgoingMessage { code: None, ..message(Channel::Voice, PHONE) };
    GatewaySender::new(Channel::Voice, &templated).unwrap().send(&notification).await.unwrap();

    let calls = sink.gateway_calls().await;
    assert_eq!(calls.len(), 2, "{calls:?}");
    for call in calls {
        assert_eq!(
            (call["channel"].as_str(), call["path"].as_str()),
            (Some("voice"), Some("/voice"))
        );
        assert_eq!(call["text"], BODY);
    }
}

#[tokio::test]
async fn a_wrong_gateway_secret_is_a_failure_that_names_no_secret() {
    let sink = Sink::start();
    let settings = GatewaySettings {
        secret: SecretString::from("not-the-sink-secret-at-all".to_owned()).try_into().unwrap(),
        ..sink.gateway_settings("sms", None)
    };
    let sms = GatewaySender::new(Channel::Sms, &settings).unwrap();
    let detail = failure(sms.send(&message(Channel::Sms, PHONE)).await);
    assert!(detail.contains("401"), "{detail}");
    for secret in ["not-the-sink-secret", SINK_SECRET, CODE, PHONE, "Niccolò"] {
        assert!(!detail.contains(secret), "{detail}");
    }
    assert!(sink.gateway_calls().await.is_empty());
}

#[tokio::test]
async fn a_gateway_answering_an_error_is_a_failure_until_it_recovers() {
    let sink = Sink::start();
    let sms = GatewaySender::new(Channel::Sms, &sink.gateway_settings("sms", None)).unwrap();
    sink.fail_with(503).await;
    let detail = failure(sms.send(&message(Channel::Sms, PHONE)).await);
    assert!(detail.contains("503"), "{detail}");
    assert!(!detail.contains(CODE) && !detail.contains(PHONE), "{detail}");
    assert!(sink.gateway_calls().await.is_empty());

    sink.fail_with(0).await;
    sms.send(&message(Channel::Sms, PHONE)).await.unwrap();
    assert_eq!(sink.gateway_calls().await.len(), 1);
}

#[tokio::test]
async fn unreachable_servers_fail_at_once_not_at_the_timeout() {
    let smtp_settings = sspr::config::SmtpSettings {
        port: Some(closed_port().try_into().unwrap()),
        ..Sink::start().smtp_settings()
    };
    let smtp = SmtpSender::new(&smtp_settings, "sspr.example.com").unwrap();
    let started = Instant::now();
    let detail = failure(smtp.send(&message(Channel::Email, EMAIL)).await);
    assert!(started.elapsed() < SMTP_TIMEOUT / 5, "took {:?}", started.elapsed());
    assert!(!detail.contains(EMAIL) && !detail.contains(CODE), "{detail}");

    let gateway = GatewaySettings {
        url: format!("http://127.0.0.1:{}/sms", closed_port()).try_into().unwrap(),
        secret: SecretString::from(SINK_SECRET.to_owned()).try_into().unwrap(),
        template: None,
    };
    let sms = GatewaySender::new(Channel::Sms, &gateway).unwrap();
    let started = Instant::now();
    let detail = failure(sms.send(&message(Channel::Sms, PHONE)).await);
    assert!(started.elapsed() < GATEWAY_TIMEOUT / 5, "took {:?}", started.elapsed());
    assert!(detail.contains("could not be reached"), "{detail}");
}

/// Settings with no transport, in or out of demo mode.
fn settings(dir: &std::path::Path, demo: bool) -> Settings {
    test_settings(dir, &Options { demo, ..Options::default() })
}

#[tokio::test]
async fn outside_demo_mode_a_channel_without_a_transport_is_not_configured() {
    let dir = tempfile::tempdir().unwrap();
    let test = TestStore::sqlite().await;
    let senders = Senders::from_settings(
        &settings(dir.path(), false),
        test.store.clone(),
        Arc::new(SystemClock),
    )
    .unwrap();
    assert!(senders.outbox().is_none());
    for (channel, to) in [(Channel::Email, EMAIL), (Channel::Sms, PHONE), (Channel::Voice, PHONE)] {
        match senders.send(&message(channel, to)).await {
            Err(SendError::NotConfigured(c)) => assert_eq!(c, channel),
            other => panic!("{channel:?}: {other:?}"),
        }
    }
    assert!(test.store.latest_outbox(50).await.unwrap().is_empty());
}

#[tokio::test]
async fn in_demo_mode_the_outbox_takes_only_what_no_transport_does() {
    let dir = tempfile::tempdir().unwrap();
    let test = TestStore::sqlite().await;
    let sink = Sink::start();
    let mut settings = settings(dir.path(), true);
    settings.smtp = Some(sink.smtp_settings());
    settings.sms = Some(sink.gateway_settings("sms", None));
    let senders =
        Senders::from_settings(&settings, test.store.clone(), Arc::new(SystemClock)).unwrap();
    assert!(senders.outbox().is_some());

    senders.send(&message(Channel::Email, EMAIL)).await.unwrap();
    senders.send(&message(Channel::Sms, PHONE)).await.unwrap();
    senders.send(&message(Channel::Voice, PHONE)).await.unwrap();
    assert_eq!(sink.emails().await.len(), 1);
    assert_eq!(sink.gateway_calls().await.len(), 1);
    let kept = test.store.latest_outbox(50).await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        (kept[0].channel, kept[0].recipient.as_str(), kept[0].body.as_str()),
        (Channel::Voice, PHONE, BODY)
    );

    // A transport that fails is reported, never quietly replaced by the outbox.
    sink.fail_with(503).await;
    failure(senders.send(&message(Channel::Sms, PHONE)).await);
    assert_eq!(test.store.latest_outbox(50).await.unwrap().len(), 1);
}

#[tokio::test]
async fn in_demo_mode_without_transports_everything_is_kept_readable() {
    let dir = tempfile::tempdir().unwrap();
    let test = TestStore::sqlite().await;
    let senders = Senders::from_settings(
        &settings(dir.path(), true),
        test.store.clone(),
        Arc::new(SystemClock),
    )
    .unwrap();
    senders.send(&message(Channel::Email, EMAIL)).await.unwrap();
    let outbox = senders.outbox().unwrap();
    let kept = outbox.latest(50).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].channel, Channel::Email);
    assert_eq!(kept[0].recipient, EMAIL);
    assert_eq!(kept[0].subject, SUBJECT);
    assert_eq!(kept[0].body, BODY);
    let now = SystemClock.unix_seconds();
    assert!((now - kept[0].created_at).abs() < 60);
}
