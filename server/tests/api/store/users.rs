use super::{name, profile, NOW};
use crate::on_both_backends;
use app::domain::{
    directory_user::{DirectoryName, UserType},
    eligibility::PasswordManagement,
    email::Email,
    phone_number::PhoneNumber,
    roles::Role,
};
use sspr::store::{SqlStore, StoreError};

on_both_backends!(
    every_field_reads_back_and_lookup_ignores_case,
    a_taken_name_is_refused_whatever_its_case,
    listing_pages_through_users_in_name_order,
    credentials_carry_the_hash_only_for_sign_in,
);

async fn every_field_reads_back_and_lookup_ignores_case(store: &SqlStore) {
    let mut user = profile("Alan.Turing@Contoso.example");
    user.display_name = DirectoryName::parse("Alan Turing").unwrap();
    user.primary_email = Some(Email::parse("alan.turing@contoso.example").unwrap());
    user.alternate_email = Some(Email::parse("alan@home.example").unwrap());
    user.mobile_phone = Some(PhoneNumber::parse("+44 7911 123456", None).unwrap());
    user.office_phone = Some(PhoneNumber::parse("+39 02 1234 5678", None).unwrap());
    user.user_type = UserType::Guest;
    user.roles = [Role::UserAdministrator, Role::OtherPrivileged].into();
    user.groups =
        [DirectoryName::parse("Bletchley").unwrap(), DirectoryName::parse("Staff").unwrap()].into();
    user.licensed = false;
    user.enabled = false;
    user.password_management = PasswordManagement::OnPremises;
    user.locked = true;
    let id = store.add_user(user.clone(), None, NOW).await.unwrap();

    let found = store.user_by_upn(&name("alan.turing@CONTOSO.EXAMPLE")).await.unwrap().unwrap();
    assert_eq!(found.id, id);
    assert_eq!(found.profile, user);
    assert!(store.user_by_upn(&name("nobody@contoso.example")).await.unwrap().is_none());
}

async fn a_taken_name_is_refused_whatever_its_case(store: &SqlStore) {
    store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    let again = store.add_user(profile("ADA@contoso.example"), None, NOW).await;
    assert!(matches!(again, Err(StoreError::DuplicateUser(n)) if n == "ADA@contoso.example"));
    assert_eq!(store.count_users().await.unwrap(), 1);
}

async fn listing_pages_through_users_in_name_order(store: &SqlStore) {
    for upn in ["c@x.example", "a@x.example", "b@x.example", "d@x.example"] {
        store.add_user(profile(upn), None, NOW).await.unwrap();
    }
    let names = |users: Vec<sspr::store::DirectoryUser>| {
        users
            .into_iter()
            .map(|u| u.profile.user_principal_name.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let first = store.list_users(None, 3).await.unwrap();
    assert_eq!(names(first), ["a@x.example", "b@x.example", "c@x.example"]);
    let next = store.list_users(Some(&name("c@x.example")), 3).await.unwrap();
    assert_eq!(names(next), ["d@x.example"]);
    assert_eq!(store.count_users().await.unwrap(), 4);
}

async fn credentials_carry_the_hash_only_for_sign_in(store: &SqlStore) {
    let id = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    let creds = store.credentials(&name("ADA@contoso.example")).await.unwrap().unwrap();
    assert_eq!((creds.id, creds.password_hash, creds.enabled), (id, None, true));
    store.set_password_hash(id, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA").await.unwrap();
    let creds = store.credentials(&name("ada@contoso.example")).await.unwrap().unwrap();
    assert!(creds.password_hash.unwrap().starts_with("$argon2id$"));
    assert!(store.credentials(&name("nobody@contoso.example")).await.unwrap().is_none());
}
