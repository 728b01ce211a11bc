//! The delivery transports against real servers: the test sinks for SMTP
//! and the gateways, a closed port for an unreachable server, the store
//! for the demo outbox. Emails are read back as MIME, as a mail client
//! would.

use crate::{
    helpers::{test_settings, Options},
    sink::{Sink, SINK_SECRET},
    test_store::TestStore,
};
use app::domain::branding::Colour;
use app::i18n::Lang;
use app::services::{Channel, Clock, DemoOutbox, OutgoingMessage, SendError, Sender, SystemClock};
use mail_parser::{MessageParser, MimeHeaders};
use secrecy::SecretString;
use serde_json::{json, Value};
use sspr::{
    branding::{MailBrand, MailBranding, MailLogo, Unbranded},
    config::{GatewaySettings, Settings},
    senders::{GatewaySender, Senders, SmtpSender, GATEWAY_TIMEOUT, SMTP_TIMEOUT},
};
use std::{
    sync::{Arc, Mutex},
    time::Instant,
};

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

/// A 1×1 PNG: the logo the test brand sends.
const LOGO_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];
const ORGANISATION: &str = "Contoso Italia";

/// A published brand, as the branding store will give it; it notes the
/// languages it was asked for.
#[derive(Default)]
struct TestBrand {
    asked: Mutex<Vec<Lang>>,
}

impl MailBranding for TestBrand {
    fn mail_brand(&self, lang: Lang) -> MailBrand {
        self.asked.lock().unwrap().push(lang);
        MailBrand {
            organisation_name: Some(ORGANISATION.to_owned()),
            logo: Some(MailLogo {
                bytes: Arc::from(LOGO_PNG),
                media_type: "image/png",
                width: 1,
                height: 1,
            }),
            primary: Colour::from_rgb(0x00, 0x5a, 0x9c),
            privacy_href: Some("https://contoso.example/privacy".to_owned()),
            terms_href: None,
            helpdesk_href: Some("mailto:help@contoso.example".to_owned()),
            ..MailBrand::unbranded()
        }
    }
}

fn smtp(sink: &Sink, branding: Arc<dyn MailBranding>) -> SmtpSender {
    SmtpSender::new(&sink.smtp_settings(), "sspr.example.com", branding).unwrap()
}

/// The one email the sink received, and its parts' types in MIME order.
async fn received(sink: &Sink) -> (Value, Vec<String>) {
    let emails = sink.emails().await;
    assert_eq!(emails.len(), 1, "{emails:?}");
    let raw = emails[0]["raw"].as_str().unwrap();
    let parsed = MessageParser::default().parse(raw.as_bytes()).unwrap();
    let types = parsed
        .parts
        .iter()
        .map(|part| {
            let ct = part.content_type().unwrap();
            format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default())
        })
        .collect();
    (emails[0].clone(), types)
}

#[tokio::test]
async fn email_reaches_the_smtp_server_with_its_text_as_written() {
    let sink = Sink::start();
    smtp(&sink, Arc::new(Unbranded)).send(&message(Channel::Email, EMAIL)).await.unwrap();

    let (email, _) = received(&sink).await;
    assert_eq!(email["to"], EMAIL);
    assert_eq!(email["rcpt_to"], json!([EMAIL]));
    assert_eq!(email["from"], "Portale password <sspr@contoso.example>");
    assert_eq!(email["subject"], SUBJECT);
    assert!(email["message_id"].as_str().unwrap().ends_with("@sspr.example.com>"), "{email}");
    // SMTP carries CRLF line ends; the text is untouched, then the footer.
    let body = email["body"].as_str().unwrap().replace("\r\n", "\n");
    assert!(body.starts_with(&format!("{}\n\n-- \n", BODY.trim_end())), "{body}");
}

#[tokio::test]
async fn a_branded_email_is_html_and_text_in_its_language_with_the_logo_inline() {
    let sink = Sink::start();
    let brand = Arc::new(TestBrand::default());
    smtp(&sink, brand.clone()).send(&message(Channel::Email, EMAIL)).await.unwrap();
    assert_eq!(*brand.asked.lock().unwrap(), [Lang::It]);

    let (email, types) = received(&sink).await;
    assert_eq!(
        types,
        ["multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png"]
    );
    let raw = email["raw"].as_str().unwrap();
    let parsed = MessageParser::default().parse(raw.as_bytes()).unwrap();
    let footer = format!("Questo è un messaggio automatico inviato da {ORGANISATION}.");

    let text = &parsed.parts[1];
    assert_eq!(text.content_type().unwrap().attribute("charset"), Some("utf-8"));
    let text = text.text_contents().unwrap().replace("\r\n", "\n");
    assert!(text.contains(CODE) && text.starts_with(BODY.trim_end()), "{text}");
    assert!(text.contains(&footer), "{text}");
    assert!(text.contains("Informativa sulla privacy: https://contoso.example/privacy"), "{text}");
    assert!(text.contains("Assistenza: help@contoso.example"), "{text}");

    let html = parsed.parts[3].text_contents().unwrap();
    assert!(html.contains("<html lang=\"it\" dir=\"ltr\">"), "{html}");
    assert!(html.contains(&footer) && html.contains(CODE), "{html}");
    assert!(html.contains(">Informativa sulla privacy</a>"), "{html}");
    assert!(html.contains("color:#005a9c;"), "links in the primary colour: {html}");

    // The image part is the one the HTML names, byte for byte the logo.
    let image = &parsed.parts[4];
    let content_id = image.content_id().unwrap().trim_matches(['<', '>']);
    assert!(content_id.starts_with("logo-") && content_id.ends_with("@sspr.example.com"));
    assert!(html.contains(&format!("src=\"cid:{content_id}\" alt=\"{ORGANISATION}\"")), "{html}");
    assert_eq!(image.contents(), LOGO_PNG);
    assert_eq!(image.content_disposition().map(|d| d.ctype()), Some("inline"));

    // Each email names its logo afresh.
    smtp(&sink, brand).send(&message(Channel::Email, EMAIL)).await.unwrap();
    let second = sink.emails().await[1]["raw"].as_str().unwrap().to_owned();
    assert!(!second.contains(content_id));
}

#[tokio::test]
async fn an_unbranded_email_is_still_html_and_text_signed_by_the_product() {
    let sink = Sink::start();
    smtp(&sink, Arc::new(Unbranded)).send(&message(Channel::Email, EMAIL)).await.unwrap();

    let (email, types) = received(&sink).await;
    assert_eq!(types, ["multipart/alternative", "text/plain", "text/html"]);
    let raw = email["raw"].as_str().unwrap();
    let parsed = MessageParser::default().parse(raw.as_bytes()).unwrap();
    let product = "Questo è un messaggio automatico inviato da Gestione autonoma dell'account.";
    let html = parsed.parts[2].text_contents().unwrap();
    assert!(html.contains(product) && html.contains(CODE), "{html}");
    assert!(!html.contains("<img") && !html.contains("cid:") && !html.contains("<a "), "{html}");
    assert!(parsed.parts[1].text_contents().unwrap().contains(product));
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
    let smtp = SmtpSender::new(&smtp_settings, "sspr.example.com", Arc::new(Unbranded)).unwrap();
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
        Arc::new(Unbranded),
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
    let senders = Senders::from_settings(
        &settings,
        test.store.clone(),
        Arc::new(SystemClock),
        Arc::new(Unbranded),
    )
    .unwrap();
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
        Arc::new(Unbranded),
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

#[tokio::test]
async fn texts_and_calls_start_with_the_organisation_name_when_one_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let test = TestStore::sqlite().await;
    let sink = Sink::start();
    let mut settings = settings(dir.path(), false);
    settings.sms = Some(sink.gateway_settings("sms", None));
    settings.voice = Some(sink.gateway_settings("voice", Some("Codice: {code}")));
    for branding in [Arc::new(TestBrand::default()) as Arc<dyn MailBranding>, Arc::new(Unbranded)] {
        let senders =
            Senders::from_settings(&settings, test.store.clone(), Arc::new(SystemClock), branding)
                .unwrap();
        senders.send(&message(Channel::Sms, PHONE)).await.unwrap();
        // A call without a code is read from the message's own text.
        senders
            .send(&OutgoingMessage { code: None, ..message(Channel::Voice, PHONE) })
            .await
            .unwrap();
        // With a code, the gateway's template is the organisation's own wording.
        senders.send(&message(Channel::Voice, PHONE)).await.unwrap();
    }
    let texts: Vec<_> =
        sink.gateway_calls().await.iter().map(|c| c["text"].as_str().unwrap().to_owned()).collect();
    let signed = format!("{ORGANISATION}: {BODY}");
    let expected = [&signed, &signed, "Codice: 482913", BODY, BODY, "Codice: 482913"];
    assert_eq!(texts, expected);
    assert!(!texts[0].contains(['\u{2068}', '\u{2069}']), "{:?}", texts[0]);
}
