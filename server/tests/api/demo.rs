use crate::helpers::{browser, location, spawn_app};
use sspr::{demo, password_hasher::PasswordHasher};

#[tokio::test]
async fn demo_users_are_created_once_and_can_sign_in() {
    let app = spawn_app().await;
    let hasher = PasswordHasher::new(2).unwrap();
    let created = demo::seed(&app.store, &hasher, 0).await.unwrap();
    assert_eq!(created, demo::DEMO_USERS.len());
    assert_eq!(demo::seed(&app.store, &hasher, 0).await.unwrap(), 0);

    let ada = &demo::DEMO_USERS[0];
    let response = app.sign_in(&browser(), ada.user_principal_name, ada.password).await;
    assert_eq!(location(&response).as_deref(), Some("/account"));

    let disabled = demo::DEMO_USERS.iter().find(|u| u.kind == demo::DemoKind::Disabled).unwrap();
    let response = app.sign_in(&browser(), disabled.user_principal_name, disabled.password).await;
    assert_eq!(location(&response).as_deref(), Some("/"));
}
