//! Notices go out in the language of whoever receives them: the reset's
//! own user in the language they reset in, each other administrator in
//! theirs, else in the policy's default language.

use super::{harness, policy, ADA, ADA_HOME, ADA_PHONE, NEW_PASSWORD};
use crate::helpers::browser;
use app::domain::{
    directory_user::{DirectoryName, UserProfile},
    email::Email,
    roles::Role,
    sspr_policy::Method,
    UserName,
};
use app::i18n::{I18n, Lang};

const GRACE: &str = "grace@contoso.example";
const LINUS: &str = "linus@contoso.example";

/// A notice's subject as sent: isolation marks are for pages only.
fn subject(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    I18n::new(lang).t_with(key, args).replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn each_administrator_hears_of_a_reset_in_their_own_language() {
    let mut p = policy(&[Method::Email, Method::MobilePhone], 1);
    p.default_language = Lang::Fr;
    let h = harness(p).await;
    let store = &h.app.store;
    let mut admins = Vec::new();
    for upn in [GRACE, LINUS] {
        let mut profile =
            UserProfile::new(UserName::parse(upn).unwrap(), DirectoryName::parse(upn).unwrap());
        profile.primary_email = Some(Email::parse(upn).unwrap());
        admins.push(store.add_user(profile, None, 0).await.unwrap());
    }
    // Grace's language is German; Linus has none yet.
    store.set_preferred_language(admins[0], Some(Lang::De)).await.unwrap();
    for user in [h.ada, admins[0], admins[1]] {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
            .bind(user.0)
            .bind(Role::PasswordAdministrator.as_str())
            .execute(&store.db().pool)
            .await
            .unwrap();
    }

    // Ada resets in Italian.
    let client = browser();
    h.app.post_form(&client, "/api/set_language", &[("lang", "it"), ("return_to", "/")]).await;
    let client = h.start_in(client, ADA).await;
    h.email_gate(&client).await;
    h.post(&client, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    let code = h.sender.last_code_to(ADA_PHONE).unwrap();
    h.post(&client, "verify_reset_code", &[("code", &code)]).await;
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    h.post(&client, "set_new_password", &form).await;

    let sent = h.sender.all();
    let subject_to =
        |to: &str| sent.iter().rev().find(|m| m.1 == to).map(|m| m.2.clone()).unwrap_or_default();
    let admin_args = [("admin", ADA), ("url", "http://127.0.0.1:3000/")];
    let key = "message-admin-reset-subject";
    assert_eq!(subject_to(GRACE), subject(Lang::De, key, &admin_args));
    assert_eq!(subject_to(LINUS), subject(Lang::Fr, key, &admin_args));
    let italian = subject(Lang::It, "message-reset-subject", &[]);
    assert_eq!(subject_to(ADA_HOME), italian);
    assert_ne!(italian, subject(Lang::En, "message-reset-subject", &[]));

    // Ada's later notices are in Italian too.
    let ada = store.user_by_id(h.ada).await.unwrap().unwrap();
    assert_eq!(ada.profile.preferred_language, Some(Lang::It));
}
