//! A reset is all or nothing, even when the server process is killed
//! (SIGKILL) in the middle of many final posts: after a restart every user
//! is either fully reset (new password works, old one does not, sessions
//! gone, audit entry written, flow done) or untouched with a flow that can
//! still be finished.

use crate::process::{serve, Server};
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::reset_flow::{Gate, ResetFlow, Stage};
use app::domain::sspr_policy::SsprPolicy;
use app::domain::UserName;
use secrecy::SecretString;
use sspr::keyring::Keyring;
use sspr::password_hasher::PasswordHasher;
use sspr::store::{SqlStore, StoredReset, UserId};
use sspr::{db, store};
use std::time::{SystemTime, UNIX_EPOCH};

const USERS: usize = 96;
/// Times the server is killed during final posts.
const KILLS: usize = 3;
const OLD: &str = "Old-Password-Before-Reset";
const NEW: &str = "Brand-New-Password-After";
const KEY: &str = "crash-test-session-key-0123456789abcdef";

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// A user at the last step of a reset, signed in elsewhere.
struct Prepared {
    id: UserId,
    upn: String,
    flow_token: String,
    flow_key: String,
    old_hash: String,
}

async fn prepare(store: &SqlStore, keys: &Keyring) -> Vec<Prepared> {
    let old_hash = PasswordHasher::new(1).unwrap().hash(OLD).await.unwrap();
    let policy = SsprPolicy { methods_required: 1, ..SsprPolicy::initial() };
    let mut flow = ResetFlow::new(vec![Gate::Email], &policy, true, false);
    flow.choose(Gate::Email, vec![]).unwrap();
    flow.pass_current().unwrap();
    let mut prepared = Vec::new();
    for i in 0..USERS {
        let upn = format!("user{i}@contoso.example");
        let profile = UserProfile::new(
            UserName::parse(&upn).unwrap(),
            DirectoryName::parse(&format!("User {i}")).unwrap(),
        );
        let id = store.add_user(profile, Some(old_hash.clone()), now()).await.unwrap();
        let session = keys.new_token().unwrap();
        store.insert_session(&keys.session_hash(&session), id, now()).await.unwrap();
        let token = keys.new_token().unwrap().expose().to_owned();
        let flow_key = keys.keyed_hash("reset-flow", &token);
        let reset = StoredReset {
            user_key: format!("user-key-{i}"),
            user: Some(id),
            flow: flow.clone(),
            decoy_masks: Vec::new(),
        };
        store.start_reset(&flow_key, &reset, now(), now() + 3600).await.unwrap();
        let old_hash = old_hash.clone();
        prepared.push(Prepared { id, upn, flow_token: token, flow_key, old_hash });
    }
    prepared
}

/// The users whose reset is still to be finished.
async fn untouched<'a>(store: &SqlStore, users: &'a [Prepared]) -> Vec<&'a Prepared> {
    let mut left = Vec::new();
    for user in users {
        if outcome(store, user).await == Outcome::Untouched {
            left.push(user);
        }
    }
    left
}

async fn post_new_password(url: &str, token: &str) -> Result<reqwest::Response, reqwest::Error> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{url}/api/set_new_password"))
        .header(reqwest::header::COOKIE, format!("sspr_reset={token}"))
        .header(reqwest::header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .form(&[("password", NEW), ("confirm", NEW)])
        .send()
        .await
}

#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Reset,
    Untouched,
}

/// Which of the two states `user` is in; anything else fails the test.
async fn outcome(store: &SqlStore, user: &Prepared) -> Outcome {
    let hasher = PasswordHasher::new(2).unwrap();
    let (hash,): (Option<String>,) =
        sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
            .bind(user.id.0)
            .fetch_one(&store.db().pool)
            .await
            .unwrap();
    // Every user starts with the same stored hash of the old password.
    let old_works = hash.as_deref() == Some(user.old_hash.as_str());
    let new_works = !old_works && hasher.verify(NEW, hash.as_deref()).await.unwrap();
    let (sessions,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
        .bind(user.id.0)
        .fetch_one(&store.db().pool)
        .await
        .unwrap();
    let (audited,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_log WHERE actor = $1 AND action = 'password.reset' \
         AND outcome = 'success'",
    )
    .bind(user.upn.clone())
    .fetch_one(&store.db().pool)
    .await
    .unwrap();
    let stage = store.reset(&user.flow_key, now()).await.unwrap().map(|r| r.flow.stage);
    let facts = (new_works, old_works, sessions, audited, stage.clone());
    match facts {
        (true, false, 0, 1, Some(Stage::Done { unlocked_only: false })) => Outcome::Reset,
        (false, true, 1, 0, Some(Stage::NewPassword)) => Outcome::Untouched,
        _ => panic!("{}: half done: {facts:?}", user.upn),
    }
}

/// Posts every user's new password at once and kills the server once
/// `answered` posts were answered, the rest under way; returns those.
async fn post_all_then_kill(server: Server, users: &[&Prepared], answered: usize) -> Vec<String> {
    let mut posts = tokio::task::JoinSet::new();
    for user in users {
        let (url, token, upn) = (server.url(""), user.flow_token.clone(), user.upn.clone());
        posts.spawn(async move { (upn, post_new_password(&url, &token).await) });
    }
    let mut done = Vec::new();
    while done.len() < answered.min(users.len()) {
        match posts.join_next().await {
            Some(Ok((upn, Ok(response)))) => {
                assert!(response.status().is_redirection(), "{upn}: {}", response.status());
                done.push(upn);
            }
            Some(_) => {}
            None => break,
        }
    }
    drop(server);
    posts.abort_all();
    done
}

#[tokio::test]
async fn killing_the_server_during_final_posts_leaves_each_reset_whole_or_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}?mode=rwc", dir.path().join("sspr.db").display());
    let store = store::SqlStore::new(db::connect(&database_url).await.unwrap());
    db::migrate(store.db()).await.unwrap();
    let keys = Keyring::new(&SecretString::from(KEY)).unwrap();
    let users = prepare(&store, &keys).await;

    // Three kills, each during a burst of final posts; after each restart
    // every user is whole or untouched, and every answered post was whole.
    let mut reset = 0;
    for round in 0..KILLS {
        let left = untouched(&store, &users).await;
        let server = serve(dir.path(), &database_url, KEY).await;
        let answered = post_all_then_kill(server, &left, USERS / 12).await;
        let mut counts = (0, 0);
        for user in &users {
            match outcome(&store, user).await {
                Outcome::Reset => counts.0 += 1,
                Outcome::Untouched => counts.1 += 1,
            }
        }
        for upn in &answered {
            let user = users.iter().find(|u| &u.upn == upn).unwrap();
            assert_eq!(outcome(&store, user).await, Outcome::Reset, "{upn} was told done");
        }
        eprintln!("kill {round}: {} reset, {} untouched", counts.0, counts.1);
        assert!(counts.0 > reset && counts.1 > 0, "{counts:?}");
        reset = counts.0;
    }
    // What is left can still be finished.
    let server = serve(dir.path(), &database_url, KEY).await;
    let mut posts = tokio::task::JoinSet::new();
    for user in untouched(&store, &users).await {
        let (url, token) = (server.url(""), user.flow_token.clone());
        posts.spawn(async move { post_new_password(&url, &token).await.unwrap().status() });
    }
    while let Some(status) = posts.join_next().await {
        assert!(status.unwrap().is_redirection());
    }
    for user in &users {
        assert_eq!(outcome(&store, user).await, Outcome::Reset, "{}", user.upn);
    }
}
