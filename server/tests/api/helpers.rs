use app::domain::{directory_user::DirectoryName, directory_user::UserProfile, UserName};
use app::services::{Channel, Clock, OutgoingMessage, SendError, Sender};
use reqwest::{header, redirect::Policy, Client, Response};
use secrecy::{ExposeSecret, SecretString};
use sspr::{
    config::{Settings, SmtpSettings},
    db,
    password_hasher::PasswordHasher,
    startup::Application,
    store::SqlStore,
};
use std::{
    sync::{
        atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};
use tempfile::TempDir;

pub const PASSWORD: &str = "Correct-Horse-Battery-9";

/// A clock the test moves by hand.
#[derive(Default)]
pub struct TestClock {
    offset_seconds: AtomicI64,
}

impl TestClock {
    pub fn advance(&self, by: Duration) {
        self.offset_seconds.fetch_add(by.as_secs() as i64, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> SystemTime {
        let offset = self.offset_seconds.load(Ordering::SeqCst) as u64;
        SystemTime::now() + Duration::from_secs(offset)
    }
}

pub struct TestApp {
    pub address: String,
    pub store: SqlStore,
    pub clock: Arc<TestClock>,
    pub settings: Settings,
    _dir: TempDir,
}

pub struct Options {
    pub public_base_url: &'static str,
    /// Replaces the configured transports (tests read messages from it).
    pub sender: Option<Arc<dyn Sender>>,
    /// Demonstration mode: the outbox stands in for missing transports.
    pub demo: bool,
    /// The SMTP server codes and notices are mailed through.
    pub smtp: Option<SmtpSettings>,
    /// Proxies whose X-Forwarded-For is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            public_base_url: "http://127.0.0.1:3000/",
            sender: None,
            demo: false,
            smtp: None,
            trusted_proxies: Vec::new(),
        }
    }
}

/// Keeps every message instead of delivering it; fails on demand.
#[derive(Default)]
pub struct RecordingSender {
    pub messages: Mutex<Vec<(Channel, String, String, String)>>,
    pub failing: AtomicBool,
    /// Each send takes this long (milliseconds), like a slow relay.
    pub delay_ms: AtomicU64,
}

impl RecordingSender {
    /// The last code sent to `to`.
    pub fn last_code_to(&self, to: &str) -> Option<String> {
        let messages = self.messages.lock().unwrap();
        messages.iter().rev().find(|m| m.1 == to).and_then(|m| {
            m.3.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).map(str::to_owned)
        })
    }

    pub fn all(&self) -> Vec<(Channel, String, String, String)> {
        self.messages.lock().unwrap().clone()
    }
}

#[async_trait::async_trait]
impl Sender for RecordingSender {
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError> {
        let delay = self.delay_ms.load(Ordering::SeqCst);
        if delay > 0 {
            tokio::time::sleep(Duration::from_millis(delay)).await;
        }
        if self.failing.load(Ordering::SeqCst) {
            return Err(SendError::Failed("test transport is down".into()));
        }
        self.messages.lock().unwrap().push((
            message.channel,
            message.to.clone(),
            message.subject.clone(),
            message.body.expose_secret().to_owned(),
        ));
        Ok(())
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

/// Settings for a server whose files live in `dir`: its own SQLite
/// database, a fixed session key, no delivery transports.
pub fn test_settings(dir: &std::path::Path, options: &Options) -> Settings {
    let site_root = dir.join("site");
    std::fs::create_dir_all(site_root.join("pkg")).unwrap();
    Settings {
        listen_addr: "127.0.0.1:0".parse().unwrap(),
        public_base_url: options.public_base_url.to_owned().try_into().unwrap(),
        database_url: Some(
            SecretString::from(format!("sqlite://{}?mode=rwc", dir.join("test.db").display()))
                .try_into()
                .unwrap(),
        ),
        session_key: Some(SecretString::from("test-session-key-".repeat(3)).try_into().unwrap()),
        data_dir: dir.to_path_buf(),
        site_root,
        log: "warn".to_owned(),
        demo: options.demo,
        password_min_length: 8u16.try_into().unwrap(),
        captcha_difficulty: 4u8.try_into().unwrap(),
        trusted_proxies: options.trusted_proxies.clone().into(),
        languages: Default::default(),
        smtp: options.smtp.clone(),
        sms: None,
        voice: None,
    }
}

/// The server's logs, captured per test and shown when it fails; warnings
/// and errors unless `TEST_LOG` names another filter.
fn init_test_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let filter = std::env::var("TEST_LOG").unwrap_or_else(|_| "warn".to_owned());
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    });
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    init_test_logs();
    let dir = tempfile::tempdir().unwrap();
    let settings = test_settings(dir.path(), &options);
    let clock = Arc::new(TestClock::default());
    let app = Application::build_with(&settings, clock.clone(), options.sender).await.unwrap();
    let port = app.port();
    tokio::spawn(app.run_until(std::future::pending()));
    let store = SqlStore::new(db::connect(settings.database_url().expose_secret()).await.unwrap());
    TestApp { address: format!("http://127.0.0.1:{port}"), store, clock, settings, _dir: dir }
}

impl TestApp {
    pub async fn add_user(&self, upn: &str, display_name: &str, enabled: bool) {
        let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
        let mut user = UserProfile::new(
            UserName::parse(upn).unwrap(),
            DirectoryName::parse(display_name).unwrap(),
        );
        user.enabled = enabled;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
        self.store.add_user(user, Some(hash), now).await.unwrap();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Posts a form the way a browser without JavaScript does.
    pub async fn post_form(&self, client: &Client, path: &str, form: &[(&str, &str)]) -> Response {
        client
            .post(self.url(path))
            .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Calls a server function the way the hydrated page's script does (or
    /// any client other than a browser posting a form): it asks for the
    /// result as JSON, not for a page.
    pub async fn call(&self, client: &Client, path: &str, form: &[(&str, &str)]) -> Response {
        client
            .post(self.url(path))
            .header(header::ACCEPT, "application/json")
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// The HTML of `path` for a browser preferring `accept_language`.
    pub async fn page_in(&self, client: &Client, path: &str, accept_language: &str) -> String {
        client
            .get(self.url(path))
            .header(header::ACCEPT_LANGUAGE, accept_language)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub async fn sign_in(&self, client: &Client, user: &str, password: &str) -> Response {
        self.post_form(client, "/api/sign_in", &[("username", user), ("password", password)]).await
    }

    pub async fn session_count(&self) -> i64 {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions")
            .fetch_one(&self.store.db().pool)
            .await
            .unwrap();
        n
    }
}

/// A browser-like client: keeps cookies, does not follow redirects (tests
/// look at them), does not decompress (tests look at encodings), and
/// gives up after a minute so that a stuck server fails the test.
pub fn browser() -> Client {
    Client::builder()
        .timeout(Duration::from_secs(60))
        .cookie_store(true)
        .redirect(Policy::none())
        .no_gzip()
        .no_brotli()
        .build()
        .unwrap()
}

/// A browser whose requests arrive through a proxy that says they came
/// from `client_ip` (believed only where the test trusts 127.0.0.1).
pub fn browser_from(client_ip: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", client_ip.parse().unwrap());
    Client::builder()
        .timeout(Duration::from_secs(60))
        .cookie_store(true)
        .redirect(Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}

/// Asserts that `response` carries every header the README promises on
/// all responses, errors included.
pub fn assert_security_headers(response: &Response) {
    let h = response.headers();
    let what = response.status();
    let csp = h.get(header::CONTENT_SECURITY_POLICY).map(|v| v.to_str().unwrap());
    assert!(csp.is_some_and(|csp| csp.contains("frame-ancestors 'none'")), "{what}: {csp:?}");
    assert_eq!(h.get(header::X_FRAME_OPTIONS).map(|v| v.to_str().unwrap()), Some("DENY"), "{what}");
    let referrer = h.get(header::REFERRER_POLICY).map(|v| v.to_str().unwrap());
    assert_eq!(referrer, Some("no-referrer"), "{what}");
    let nosniff = h.get(header::X_CONTENT_TYPE_OPTIONS).map(|v| v.to_str().unwrap());
    assert_eq!(nosniff, Some("nosniff"), "{what}");
    let opener = h.get("cross-origin-opener-policy").map(|v| v.to_str().unwrap());
    assert_eq!(opener, Some("same-origin"), "{what}");
    assert_eq!(
        h.get(header::CACHE_CONTROL).map(|v| v.to_str().unwrap()),
        Some("no-store"),
        "{what}"
    );
}

pub fn location(response: &Response) -> Option<String> {
    response.headers().get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned())
}

/// The `Set-Cookie` header that sets `name`, if any.
pub fn set_cookie(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(&format!("{name}=")))
}
