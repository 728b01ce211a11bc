//! Building the application from settings, and running it.

use crate::branding::{BrandCache, SqlBranding};
use crate::captcha::SqlCaptcha;
use crate::registration::SqlRegistration;
use crate::reset::{PasswordDirectory, SendLatency, SqlPasswordReset};
use crate::{
    accounts::SqlAccounts, config::Settings, db, http, key_fingerprint, keyring,
    password_hasher::PasswordHasher, senders::Senders, session_key, store::SqlStore,
};
use app::services::{Clock, CookiePolicy, DemoOutbox, Sender, Services, SystemClock};
use leptos::prelude::LeptosOptions;
use secrecy::ExposeSecret;
use std::{sync::Arc, time::Duration};
use tokio::net::TcpListener;

/// At most this many Argon2 hashes (19 MiB each) run at once.
const MAX_CONCURRENT_HASHES: usize = 4;
/// How often expired sessions, registrations and codes are swept.
const SESSION_SWEEP_INTERVAL: Duration = Duration::from_secs(15 * 60);

/// The name of the browser bundle, as cargo-leptos writes it.
pub const OUTPUT_NAME: &str = "sspr";

pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    store: SqlStore,
    clock: Arc<dyn Clock>,
}

impl Application {
    /// Connects, migrates, wires the services and binds the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(
        settings: &Settings,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        Self::build_with(settings, clock, None).await
    }

    /// As [`Self::build`], with the clock and, when given, the sender of
    /// codes and notifications replaced (tests capture messages this way).
    pub async fn build_with(
        settings: &Settings,
        clock: Arc<dyn Clock>,
        sender: Option<Arc<dyn Sender>>,
    ) -> anyhow::Result<Self> {
        app::i18n::offer(settings.languages.get())?;
        // Every offered language's messages are parsed now, not on the
        // first request that needs them.
        let started = std::time::Instant::now();
        let bundles = app::i18n::load();
        tracing::info!(
            languages = bundles,
            elapsed_us = started.elapsed().as_micros() as u64,
            "messages loaded"
        );
        let db = db::connect(settings.database_url().expose_secret()).await?;
        db::migrate(&db).await?;
        let key = session_key::load_or_create(
            settings.session_key.clone().map(Into::into),
            &settings.data_dir,
        )?;
        let keys = keyring::Keyring::new(&key.secret)?;
        let checked =
            key_fingerprint::check_or_record(&db, &keys, key.source, clock.unix_seconds()).await?;
        if checked == key_fingerprint::Checked::Recorded {
            tracing::info!("recorded the session key's fingerprint in the database");
        }
        let store = SqlStore::new(db);
        let branding = BrandCache::load(store.clone()).await?;
        branding.spawn_poller();
        let senders =
            Senders::from_settings(settings, store.clone(), clock.clone(), branding.clone())?;
        let outbox = senders.outbox().map(|o| o as Arc<dyn DemoOutbox>);
        if outbox.is_some() {
            tracing::warn!(
                "demo mode: messages without a transport are kept, codes in clear, and shown \
                 at /dev/outbox; never run a real portal this way"
            );
        }
        let sender: Arc<dyn Sender> = sender.unwrap_or_else(|| Arc::new(senders));
        let hasher = PasswordHasher::new(MAX_CONCURRENT_HASHES)?;
        let registration = SqlRegistration {
            store: store.clone(),
            keys: keys.clone(),
            hasher: hasher.clone(),
            sender: sender.clone(),
            clock: clock.clone(),
        };
        let reset = SqlPasswordReset {
            store: store.clone(),
            keys: keys.clone(),
            hasher: hasher.clone(),
            sender: sender.clone(),
            clock: clock.clone(),
            directory: PasswordDirectory::BuiltIn,
            public_base_url: settings.public_base_url.clone().into(),
            password_min: settings.password_min_length.get(),
            latency: SendLatency::default(),
        };
        let accounts =
            SqlAccounts { store: store.clone(), hasher, keys: keys.clone(), clock: clock.clone() };
        let services = Services {
            accounts: Arc::new(accounts),
            registration: Arc::new(registration),
            reset: Arc::new(reset),
            captcha: Arc::new(SqlCaptcha {
                store: store.clone(),
                keys: keys.clone(),
                clock: clock.clone(),
                difficulty: settings.captcha_difficulty.get(),
            }),
            branding: Arc::new(SqlBranding {
                store: store.clone(),
                keys: keys.clone(),
                clock: clock.clone(),
                cache: branding.clone(),
            }),
            cookies: CookiePolicy { secure: settings.cookies_secure() },
            sender,
            outbox,
        };
        let listener = TcpListener::bind(settings.listen_addr).await?;
        let options = LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .site_root(settings.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(listener.local_addr()?)
            .env(leptos::config::Env::PROD)
            .build();
        let router = http::router(
            options,
            services,
            &settings.public_origin(),
            settings.cookies_secure(),
            http::client_address::TrustedProxies::new(settings.trusted_proxies.to_vec()),
        );
        Ok(Self { listener, router, store, clock })
    }

    /// The port actually bound (useful when the settings asked for 0).
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or_default()
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes. Tests pass a future that never does:
    /// tokio's signal listeners are process-wide, and with many servers in
    /// one process a listener can end when another server's runtime goes.
    pub async fn run_until(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let store = self.store.clone();
        let clock = self.clock.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(SESSION_SWEEP_INTERVAL);
            loop {
                tick.tick().await;
                let now = clock.unix_seconds();
                if let Err(e) = store.delete_expired_sessions(now).await {
                    tracing::warn!(error = %e, "could not sweep expired sessions");
                }
                if let Err(e) = store.delete_expired_flows(now).await {
                    tracing::warn!(error = %e, "could not sweep expired registrations");
                }
                if let Err(e) = store.delete_expired_resets(now).await {
                    tracing::warn!(error = %e, "could not sweep expired resets");
                }
                if let Err(e) = store.delete_expired_captcha_uses(now).await {
                    tracing::warn!(error = %e, "could not sweep used captchas");
                }
                if let Err(e) = store.delete_expired_reset_budget(now).await {
                    tracing::warn!(error = %e, "could not sweep reset budgets");
                }
                if let Err(e) = store.delete_expired_sign_in_attempts(now).await {
                    tracing::warn!(error = %e, "could not sweep sign-in attempts");
                }
            }
        });
        let service = self.router.into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(self.listener, service).with_graceful_shutdown(stop).await
    }
}

/// Completes on Ctrl-C or SIGTERM only: a listener that fails or ends
/// without a signal must not stop the server.
#[cfg(unix)]
async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    async fn received(kind: SignalKind) {
        match signal(kind) {
            Ok(mut stream) => {
                if stream.recv().await.is_some() {
                    return;
                }
                tracing::warn!("signal listener ended");
            }
            Err(e) => tracing::warn!(error = %e, "cannot listen for signals"),
        }
        std::future::pending::<()>().await;
    }
    tokio::select! {
        () = received(SignalKind::interrupt()) => {},
        () = received(SignalKind::terminate()) => {},
    }
}

#[cfg(not(unix))]
async fn shutdown_signal() {
    if let Err(e) = tokio::signal::ctrl_c().await {
        tracing::warn!(error = %e, "cannot listen for Ctrl-C");
        std::future::pending::<()>().await;
    }
}
