//! The test sinks (`end2end/sinks.py`) as a child process: a real SMTP
//! server and an HTTP stand-in for the SMS and voice gateways. Dropping
//! the [`Sink`] kills the process; if the test process itself dies, the
//! sink sees its standard input close and exits too.

use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::Value;
use sspr::config::{GatewaySettings, SmtpSecurity, SmtpSettings};
use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, ChildStdin, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

/// The secret the sink's gateways expect.
pub const SINK_SECRET: &str = "sink-gateway-secret-for-tests";
const START_TIMEOUT: Duration = Duration::from_secs(20);

pub struct Sink {
    child: Child,
    // Held open: the sink exits when it closes.
    _stdin: Option<ChildStdin>,
    pub smtp_port: u16,
    pub http_port: u16,
    client: reqwest::Client,
}

impl Sink {
    /// Starts the sinks on free loopback ports and waits until they listen.
    pub fn start() -> Self {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end/sinks.py");
        // aiosmtpd comes from Debian, so Debian's own interpreter.
        let python =
            if Path::new("/usr/bin/python3").exists() { "/usr/bin/python3" } else { "python3" };
        let mut child = Command::new(python)
            .arg(script)
            .args(["--secret", SINK_SECRET, "--exit-with-stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(START_TIMEOUT).unwrap_or_default();
        if line.trim().is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the test sinks did not start (see stderr above); \
                 is python3-aiosmtpd installed? `.ci/setup.sh test` installs it"
            );
        }
        let ports: Value = serde_json::from_str(&line).unwrap();
        let port = |name: &str| u16::try_from(ports[name].as_u64().unwrap()).unwrap();
        Self {
            smtp_port: port("smtp"),
            http_port: port("http"),
            _stdin: child.stdin.take(),
            child,
            client: reqwest::Client::new(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.http_port)
    }

    /// Unencrypted SMTP to the sink, which is on loopback.
    pub fn smtp_settings(&self) -> SmtpSettings {
        SmtpSettings {
            host: "127.0.0.1".to_owned().try_into().unwrap(),
            port: Some(self.smtp_port.try_into().unwrap()),
            security: SmtpSecurity::None,
            username: None,
            password: None,
            from: "Portale password <sspr@contoso.example>".to_owned().try_into().unwrap(),
        }
    }

    /// The sink's gateway for `channel` (`sms` or `voice`).
    pub fn gateway_settings(&self, channel: &str, template: Option<&str>) -> GatewaySettings {
        GatewaySettings {
            url: self.url(&format!("/{channel}")).try_into().unwrap(),
            secret: SecretString::from(SINK_SECRET.to_owned()).try_into().unwrap(),
            template: template.map(|t| t.to_owned().try_into().unwrap()),
        }
    }

    async fn messages(&self) -> Value {
        let response = self.client.get(self.url("/messages")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    /// Every email received: `to`, `rcpt_to`, `from`, `subject`, `body`
    /// (the text part), `raw` (the whole message, for its MIME structure)…
    pub async fn emails(&self) -> Vec<Value> {
        self.messages().await["emails"].as_array().unwrap().clone()
    }

    /// Every gateway call accepted: `channel`, `to`, `lang`, `text`, `path`.
    pub async fn gateway_calls(&self) -> Vec<Value> {
        self.messages().await["gateway"].as_array().unwrap().clone()
    }

    /// Gateway calls answer `status` from now on; 0 ends the failure.
    pub async fn fail_with(&self, status: u16) {
        let response = self
            .client
            .post(self.url("/fail"))
            .json(&serde_json::json!({ "status": status }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
