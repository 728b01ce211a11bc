//! Real `sspr serve` processes for the tests that need more than one
//! server, or to kill one: started from the built binary, configured by
//! environment only, killed when dropped.

use crate::helpers::{browser, location};
use app::domain::proof_of_work::{solve_slice, ChallengeToken};
use reqwest::{header, Client, StatusCode};
use std::{
    path::PathBuf,
    process::{Child, Command, ExitStatus, Stdio},
    time::{Duration, Instant},
};
use tempfile::TempDir;

/// How long a server may take to answer, or a refusing one to exit.
const START_TIMEOUT: Duration = Duration::from_secs(90);

/// How one `sspr serve` process is configured (by environment only).
#[derive(Clone)]
pub struct Launch {
    /// Its own directory: the generated key and the default SQLite
    /// database live there.
    pub data_dir: PathBuf,
    /// `None`: the default SQLite file in `data_dir`.
    pub database_url: Option<String>,
    /// `None`: the key generated into `data_dir`.
    pub session_key: Option<String>,
}

/// A running (or exited) `sspr serve`, killed when dropped, whatever the
/// test did.
pub struct Server {
    child: Child,
    pub port: u16,
    logs: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A server that exited instead of serving.
#[derive(Debug)]
pub struct Refused {
    pub status: ExitStatus,
    pub stderr: String,
}

/// A port nobody listens on now, as `end2end/run.sh` picks one.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Starts `sspr serve` without waiting for it.
pub fn spawn(launch: &Launch) -> Server {
    let port = free_port();
    let logs = tempfile::tempdir().unwrap();
    let site = launch.data_dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_sspr"));
    // Nothing from the test's own environment: only what is set here.
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("SSPR_") {
            command.env_remove(name);
        }
    }
    command
        .arg("serve")
        .current_dir(&launch.data_dir)
        .env_remove("RUST_LOG")
        .env("SSPR_LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("SSPR_PUBLIC_BASE_URL", format!("http://127.0.0.1:{port}/"))
        .env("SSPR_DATA_DIR", &launch.data_dir)
        .env("SSPR_SITE_ROOT", &site)
        .env("SSPR_LOG", "warn")
        // Codes are kept in the database's outbox, where the test reads them.
        .env("SSPR_DEMO", "true")
        .env("SSPR_CAPTCHA_DIFFICULTY", "4")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(logs.path().join("stdout")).unwrap())
        .stderr(std::fs::File::create(logs.path().join("stderr")).unwrap());
    if let Some(url) = &launch.database_url {
        command.env("SSPR_DATABASE_URL", url);
    }
    if let Some(key) = &launch.session_key {
        command.env("SSPR_SESSION_KEY", key);
    }
    Server { child: command.spawn().unwrap(), port, logs }
}

/// Starts `sspr serve` in `dir` on `database_url` with `session_key`, and
/// waits until it answers.
pub async fn serve(dir: &std::path::Path, database_url: &str, session_key: &str) -> Server {
    let launch = Launch {
        data_dir: dir.to_path_buf(),
        database_url: Some(database_url.to_owned()),
        session_key: Some(session_key.to_owned()),
    };
    spawn(&launch).started().await
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.logs.path().join(name)).unwrap_or_default()
    }

    /// Waits until the server answers HTTP, or has exited.
    pub async fn serving(mut self) -> Result<Server, Refused> {
        let deadline = Instant::now() + START_TIMEOUT;
        let probe = Client::builder().timeout(Duration::from_secs(2)).build().unwrap();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Err(Refused { status, stderr: self.log("stderr") });
            }
            if probe.get(self.url("/")).send().await.is_ok() {
                return Ok(self);
            }
            assert!(
                Instant::now() < deadline,
                "no answer within {START_TIMEOUT:?}:\n{}{}",
                self.log("stdout"),
                self.log("stderr")
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn started(self) -> Server {
        match self.serving().await {
            Ok(server) => server,
            Err(refused) => panic!("did not start: {refused:?}"),
        }
    }

    pub async fn refused(self) -> Refused {
        match self.serving().await {
            Ok(server) => panic!("started on port {} although it should not", server.port),
            Err(refused) => refused,
        }
    }

    /// Posts a form the way a browser without JavaScript does.
    pub async fn post_form(&self, client: &Client, path: &str, form: &[(&str, &str)]) -> String {
        let response = client
            .post(self.url(path))
            .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_redirection(), "{path}: {}", response.status());
        location(&response).unwrap()
    }

    pub async fn page(&self, client: &Client, path: &str) -> String {
        let page = client
            .get(self.url(path))
            .header(header::ACCEPT_LANGUAGE, "en")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        page.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A CAPTCHA challenge from this server's reset page, solved.
    pub async fn solved_captcha(&self, client: &Client) -> Vec<(String, String)> {
        let page = self.page(client, "/reset").await;
        let token = hidden(&page, "captcha_token");
        let parsed = ChallengeToken::parse(&token).unwrap();
        let counter = solve_slice(&parsed.nonce, parsed.difficulty, 0, u64::MAX).unwrap();
        vec![
            ("captcha_sum_key".to_owned(), hidden(&page, "captcha_sum_key")),
            ("captcha_token".to_owned(), token),
            ("captcha_counter".to_owned(), counter.to_string()),
        ]
    }

    /// Posts the reset's first form: the CAPTCHA answer and the user id.
    pub async fn start_reset(
        &self,
        client: &Client,
        captcha: &[(String, String)],
        user: &str,
    ) -> String {
        let mut form: Vec<(&str, &str)> =
            captcha.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        form.push(("user_id", user));
        self.post_form(client, "/api/start_reset", &form).await
    }

    pub async fn signed_in(&self, client: &Client) -> bool {
        let response = client.get(self.url("/account")).send().await.unwrap();
        response.status() == StatusCode::OK
    }

    pub async fn sign_in_works(&self, user: &str, password: &str) -> bool {
        let client = browser();
        let to = self
            .post_form(&client, "/api/sign_in", &[("username", user), ("password", password)])
            .await;
        to != "/"
    }
}

/// The hidden value of input `name` in `page`.
pub fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).map(|i| i + marker.len()).expect(name);
    page[start..].split('"').next().unwrap().to_owned()
}
