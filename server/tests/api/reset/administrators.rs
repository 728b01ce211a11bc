//! Administrators reset under the stronger rule: two gates of two
//! different methods, never the security questions, whatever the user
//! policy says; the office phone only where the policy enables it.

use super::{harness, policy, Harness, ADA, ADA_PHONE, NEW_PASSWORD};
use crate::helpers::PASSWORD;
use app::domain::roles::Role;
use app::domain::sspr_policy::Method;

const EVERY_METHOD: [Method; 4] =
    [Method::Email, Method::MobilePhone, Method::OfficePhone, Method::SecurityQuestions];

impl Harness {
    async fn make_ada(&self, role: Role) {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
            .bind(self.ada.0)
            .bind(role.as_str())
            .execute(&self.app.store.db().pool)
            .await
            .unwrap();
    }

    async fn give_ada_an_office_phone(&self) {
        sqlx::query("UPDATE users SET office_phone = $1 WHERE id = $2")
            .bind("+390212345678")
            .bind(self.ada.0)
            .execute(&self.app.store.db().pool)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn an_administrator_passes_two_methods_and_never_the_questions() {
    // The user policy: one method, questions allowed.
    let h =
        harness(policy(&[Method::Email, Method::MobilePhone, Method::SecurityQuestions], 1)).await;
    h.make_ada(Role::PasswordAdministrator).await;
    let client = h.start(ADA).await;
    let page = h.page(&client).await;
    assert!(page.contains("Verification 1 of 2"), "{page}");
    assert!(!page.contains("security_questions"), "{page}");
    h.post(&client, "choose_reset_gate", &[("gate", "security_questions")]).await;
    assert!(h.page(&client).await.contains("That step is not available now"));

    h.email_gate(&client).await;
    let page = h.page(&client).await;
    assert!(page.contains("Verification 2 of 2"), "{page}");
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    h.post(&client, "set_new_password", &form).await;
    assert!(h.sign_in_works(PASSWORD).await, "one gate is not enough");
    h.post(&client, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    let code = h.sender.last_code_to(ADA_PHONE).unwrap();
    h.post(&client, "verify_reset_code", &[("code", &code)]).await;
    h.post(&client, "set_new_password", &form).await;
    assert!(h.page(&client).await.contains("Your password was reset"));
    assert!(h.sign_in_works(NEW_PASSWORD).await);
}

#[tokio::test]
async fn the_office_phone_is_offered_only_when_the_policy_enables_it() {
    for (methods, offered) in [(&EVERY_METHOD[..], true), (&EVERY_METHOD[..2], false)] {
        let h = harness(policy(methods, 1)).await;
        h.make_ada(Role::GlobalAdministrator).await;
        h.give_ada_an_office_phone().await;
        let page = h.page(&h.start(ADA).await).await;
        assert_eq!(page.contains("office_voice"), offered, "{methods:?}: {page}");
        assert!(page.contains("Verification 1 of 2"), "{page}");
    }
}

#[tokio::test]
async fn an_administrator_without_two_methods_cannot_reset() {
    // Only questions and email registered: one method under the rule.
    let h = harness(policy(&[Method::Email, Method::SecurityQuestions], 1)).await;
    sqlx::query("UPDATE users SET mobile_phone = NULL WHERE id = $1")
        .bind(h.ada.0)
        .execute(&h.app.store.db().pool)
        .await
        .unwrap();
    h.make_ada(Role::UserAdministrator).await;
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    let page = h.page(&client).await;
    assert!(page.contains("Contact your administrator"), "{page}");
    assert!(h.sign_in_works(PASSWORD).await);
}
