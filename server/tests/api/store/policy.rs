use super::NOW;
use crate::on_both_backends;
use app::domain::{
    helpdesk_link::HelpdeskLink,
    security_questions::CustomQuestion,
    sspr_policy::{Method, PolicyField, Scope},
};
use sspr::{
    demo::demo_policy,
    store::{SqlStore, StoreError},
};

on_both_backends!(
    a_valid_policy_reads_back_whole,
    an_invalid_policy_is_refused_with_a_reason_per_field,
    a_policy_broken_in_the_database_is_not_used,
);

async fn a_valid_policy_reads_back_whole(store: &SqlStore) {
    assert_eq!(store.policy().await.unwrap(), None);
    let mut policy = demo_policy().unwrap();
    policy.scope = Scope::Group("SSPR Pilot".to_owned());
    policy.helpdesk = Some(HelpdeskLink::parse("https://help.contoso.example/reset").unwrap());
    policy.custom_questions =
        vec![CustomQuestion::parse("Nom de votre premier serveur ?").unwrap()];
    store.set_policy(&policy, "cli", NOW).await.unwrap();
    assert_eq!(store.policy().await.unwrap(), Some(policy.clone()));
    policy.methods_required = 2;
    store.set_policy(&policy, "cli", NOW + 1).await.unwrap();
    assert_eq!(store.policy().await.unwrap().unwrap().methods_required, 2);
}

async fn an_invalid_policy_is_refused_with_a_reason_per_field(store: &SqlStore) {
    let good = demo_policy().unwrap();
    store.set_policy(&good, "cli", NOW).await.unwrap();
    let mut bad = good.clone();
    bad.enabled_methods = [Method::Email].into();
    bad.methods_required = 2;
    bad.questions_to_reset = 5;
    match store.set_policy(&bad, "cli", NOW).await {
        Err(StoreError::InvalidPolicy(violations)) => {
            let fields: Vec<PolicyField> = violations.iter().map(|v| v.field).collect();
            assert_eq!(fields, [PolicyField::MethodsRequired, PolicyField::QuestionsToReset]);
        }
        other => panic!("expected the policy to be refused, got {other:?}"),
    }
    assert_eq!(store.policy().await.unwrap(), Some(good));
}

async fn a_policy_broken_in_the_database_is_not_used(store: &SqlStore) {
    store.set_policy(&demo_policy().unwrap(), "cli", NOW).await.unwrap();
    sqlx::query("UPDATE sspr_policy SET document = REPLACE(document, '\"methods_required\":1', '\"methods_required\":9')")
        .execute(&store.db().pool)
        .await
        .unwrap();
    assert!(matches!(store.policy().await, Err(StoreError::Corrupt("policy"))));
}
