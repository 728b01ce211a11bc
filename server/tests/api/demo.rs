use crate::helpers::{browser, location, spawn_app};
use app::domain::{
    eligibility::{registration_prompt, reset_eligibility, RegistrationPrompt, ResetEligibility},
    UserName,
};
use app::services::Clock;
use sspr::{
    demo::{self, DemoKind},
    password_hasher::PasswordHasher,
};

#[tokio::test]
async fn demo_users_are_created_once_and_can_sign_in() {
    let app = spawn_app().await;
    let hasher = PasswordHasher::new(2).unwrap();
    let now = app.clock.unix_seconds();
    let created = demo::seed(&app.store, &hasher, now).await.unwrap();
    assert_eq!(created, demo::DEMO_USERS.len());
    assert_eq!(demo::seed(&app.store, &hasher, now).await.unwrap(), 0);

    let ada = &demo::DEMO_USERS[0];
    let response = app.sign_in(&browser(), ada.user_principal_name, ada.password).await;
    assert_eq!(location(&response).as_deref(), Some("/account"));
    // Users the demo policy asks to register or reconfirm see that first.
    for kind in [DemoKind::Unregistered, DemoKind::DueForReconfirmation] {
        let user = demo::DEMO_USERS.iter().find(|u| u.kind == kind).unwrap();
        let response = app.sign_in(&browser(), user.user_principal_name, user.password).await;
        assert_eq!(location(&response).as_deref(), Some("/register/prompt"), "{kind:?}");
    }

    for kind in [DemoKind::Disabled, DemoKind::Locked] {
        let user = demo::DEMO_USERS.iter().find(|u| u.kind == kind).unwrap();
        let response = app.sign_in(&browser(), user.user_principal_name, user.password).await;
        assert_eq!(location(&response).as_deref(), Some("/"), "{kind:?}");
    }
}

/// Each demo user shows the portal one situation the rules tell apart.
#[tokio::test]
async fn each_demo_user_is_in_the_situation_it_stands_for() {
    let app = spawn_app().await;
    let now = 1_790_000_000;
    demo::seed(&app.store, &PasswordHasher::new(2).unwrap(), now).await.unwrap();
    let policy = app.store.policy().await.unwrap().unwrap();
    for demo in demo::DEMO_USERS {
        let upn = UserName::parse(demo.user_principal_name).unwrap();
        let user = app.store.user_by_upn(&upn).await.unwrap().unwrap();
        let info = app.store.security_info(user.id).await.unwrap();
        let facts = user.profile.facts(&info, &policy);
        let (reset, prompt) =
            (reset_eligibility(&facts, &policy), registration_prompt(&facts, &policy, now));
        let expected = match demo.kind {
            DemoKind::Registered | DemoKind::Locked => {
                matches!(reset, ResetEligibility::CanReset { .. })
                    && prompt == RegistrationPrompt::Nothing
            }
            DemoKind::Unregistered | DemoKind::Administrator(_) => {
                reset == ResetEligibility::NotEnoughMethods
                    && prompt == RegistrationPrompt::Register
            }
            // The guest's invitation address came from the directory and
            // was never confirmed by them.
            DemoKind::DueForReconfirmation | DemoKind::Guest => {
                matches!(reset, ResetEligibility::CanReset { .. })
                    && prompt == RegistrationPrompt::Reconfirm
            }
            DemoKind::OnPremises => reset == ResetEligibility::OnPremisesWithoutWriteback,
            DemoKind::Unlicensed => reset == ResetEligibility::NotInScopeOrUnlicensed,
            DemoKind::Disabled => reset == ResetEligibility::AccountDisabled,
        };
        assert!(expected, "{}: {reset:?}, {prompt:?}", demo.user_principal_name);
        if let DemoKind::Administrator(role) = demo.kind {
            assert_eq!(user.profile.roles, [role].into());
        }
    }
}
