//! Saving registered security info is all or nothing, even when the
//! server process is killed in the middle of many saves: after a restart
//! every user has either the whole new info and its audit entry, or
//! nothing new and a summary that can still be saved.

use crate::helpers::browser;
use crate::process::{serve, Server};
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::sspr_policy::{Method, Scope, SsprPolicy};
use app::domain::UserName;
use reqwest::Client;
use sspr::password_hasher::PasswordHasher;
use sspr::store::{SqlStore, UserId};
use sspr::{db, store};

const USERS: usize = 48;
const KILLS: usize = 2;
const PASSWORD: &str = "Registration-Crash-Test-1";
const KEY: &str = "registration-crash-session-key-0123456789";

/// A signed-in user at the wizard's summary, answers given, not saved.
struct AtSummary {
    id: UserId,
    upn: String,
    client: Client,
}

async fn to_summary(server: &Server, id: UserId, upn: String) -> AtSummary {
    let client = browser();
    server.post_form(&client, "/api/sign_in", &[("username", &upn), ("password", PASSWORD)]).await;
    server.post_form(&client, "/api/start_registration", &[]).await;
    let form = [
        ("question[0]", "p:first-pet"),
        ("answer[0]", "Biscuit"),
        ("question[1]", "p:first-job"),
        ("answer[1]", "Translator"),
        ("question[2]", "p:favorite-food"),
        ("answer[2]", "Seed cake"),
    ];
    server.post_form(&client, "/api/save_questions", &form).await;
    assert!(server.page(&client, "/register").await.contains("Check and save"), "{upn}");
    AtSummary { id, upn, client }
}

#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Saved,
    Untouched,
}

async fn outcome(store: &SqlStore, user: &AtSummary) -> Outcome {
    let answered = store.security_info(user.id).await.unwrap().answered_questions.len();
    let (audited,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_log WHERE actor = $1 AND action = 'security-info.registered'",
    )
    .bind(user.upn.clone())
    .fetch_one(&store.db().pool)
    .await
    .unwrap();
    let (flows,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM registration_flows WHERE user_id = $1")
            .bind(user.id.0)
            .fetch_one(&store.db().pool)
            .await
            .unwrap();
    match (answered, audited, flows) {
        (3, 1, 0) => Outcome::Saved,
        (0, 0, 1) => Outcome::Untouched,
        facts => panic!("{}: half saved: {facts:?}", user.upn),
    }
}

#[tokio::test]
async fn killing_the_server_during_saves_leaves_each_registration_whole_or_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}?mode=rwc", dir.path().join("sspr.db").display());
    let store = store::SqlStore::new(db::connect(&database_url).await.unwrap());
    db::migrate(store.db()).await.unwrap();
    let policy = SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: [Method::SecurityQuestions].into(),
        methods_required: 1,
        ..SsprPolicy::initial()
    };
    store.set_policy(&policy, "test", 0).await.unwrap();
    let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
    let mut users = Vec::new();
    let mut server = serve(dir.path(), &database_url, KEY).await;
    for i in 0..USERS {
        let upn = format!("user{i}@contoso.example");
        let profile = UserProfile::new(
            UserName::parse(&upn).unwrap(),
            DirectoryName::parse(&format!("User {i}")).unwrap(),
        );
        let id = store.add_user(profile, Some(hash.clone()), 0).await.unwrap();
        users.push(to_summary(&server, id, upn).await);
    }

    for round in 0..KILLS {
        let mut saves = tokio::task::JoinSet::new();
        for user in &users {
            if outcome(&store, user).await == Outcome::Untouched {
                let (client, url) = (user.client.clone(), server.url("/api/finish_registration"));
                saves.spawn(async move {
                    client
                        .post(url)
                        .header(reqwest::header::ACCEPT, "text/html")
                        .header("sec-fetch-site", "same-origin")
                        .send()
                        .await
                });
            }
        }
        let mut answered = 0;
        while answered < 2 {
            match saves.join_next().await {
                Some(Ok(Ok(response))) => {
                    assert!(response.status().is_redirection(), "{}", response.status());
                    answered += 1;
                }
                Some(_) => {}
                None => break,
            }
        }
        drop(server);
        saves.abort_all();
        server = serve(dir.path(), &database_url, KEY).await;
        let mut counts = (0, 0);
        for user in &users {
            match outcome(&store, user).await {
                Outcome::Saved => counts.0 += 1,
                Outcome::Untouched => counts.1 += 1,
            }
        }
        eprintln!("kill {round}: {} saved, {} untouched", counts.0, counts.1);
        assert!(counts.0 >= answered, "{counts:?}");
        // Saves take no hashing: the first kill must still catch some.
        assert!(round > 0 || counts.1 > 0, "{counts:?}");
    }
    // Every summary left can still be saved, sessions and flows intact.
    for user in &users {
        if outcome(&store, user).await == Outcome::Untouched {
            let to = server.post_form(&user.client, "/api/finish_registration", &[]).await;
            assert_eq!(to, "/account?saved=security-info", "{}", user.upn);
        }
        assert_eq!(outcome(&store, user).await, Outcome::Saved, "{}", user.upn);
    }
}
