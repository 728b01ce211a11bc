//! What a new password may contain and how it is kept: no control
//! characters, Unicode NFC however the accents were typed, passwords
//! stored before still working; and a finished reset ends the user's
//! other open resets.

use super::{harness, policy, ADA, NEW_PASSWORD};
use app::domain::sspr_policy::Method;
use sspr::password_hasher::PasswordHasher;

const COMPOSED: &str = "Caf\u{e9}-au-lait-avec-sucre";
const DECOMPOSED: &str = "Cafe\u{301}-au-lait-avec-sucre";

#[tokio::test]
async fn control_characters_are_refused_with_a_clear_message() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    for bad in ["line\nbreak-in-it", "carriage\rreturn-in-it", "nul\0in-the-middle"] {
        h.post(&client, "set_new_password", &[("password", bad), ("confirm", bad)]).await;
        let page = h.page(&client).await;
        assert!(page.contains("cannot contain line breaks, tabs or other control"), "{page}");
        assert!(!h.sign_in_works(bad).await, "{bad:?}");
    }
}

#[tokio::test]
async fn a_password_signs_in_however_its_accents_are_typed() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    h.post(&client, "set_new_password", &[("password", DECOMPOSED), ("confirm", DECOMPOSED)]).await;
    assert!(h.page(&client).await.contains("Your password was reset"));
    assert!(h.sign_in_works(COMPOSED).await, "typed precomposed");
    assert!(h.sign_in_works(DECOMPOSED).await, "typed with a combining accent");
}

#[tokio::test]
async fn a_password_stored_as_typed_before_keeps_working() {
    let h = harness(policy(&[Method::Email], 1)).await;
    // Hashed as typed, combining accent and all, as earlier versions did.
    let legacy = PasswordHasher::new(1).unwrap().hash(DECOMPOSED).await.unwrap();
    h.app.store.set_password_hash(h.ada, &legacy).await.unwrap();
    assert!(h.sign_in_works(DECOMPOSED).await);
}

#[tokio::test]
async fn a_finished_reset_ends_every_other_open_reset_of_the_user() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let first = h.start(ADA).await;
    h.email_gate(&first).await;
    let second = h.start(ADA).await;
    h.email_gate(&second).await;
    assert!(h.page(&second).await.contains("Choose a new password"));
    h.post(&first, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    let other = "Another-Password-Later";
    let to = h.post(&second, "set_new_password", &[("password", other), ("confirm", other)]).await;
    assert!(to.contains("reset-error-flow-missing"), "{to}");
    assert!(h.sign_in_works(NEW_PASSWORD).await);
    assert!(!h.sign_in_works(other).await);
}
