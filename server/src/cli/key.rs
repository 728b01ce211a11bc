//! `sspr key`: the session key the database is used with.

use crate::{
    config::Settings,
    key_fingerprint::{self, Replaced},
    keyring::Keyring,
    session_key,
    store::SqlStore,
};

/// Records this instance's session key as the database's key, after the
/// operator changed it on purpose. Never generates a key: without one
/// there is nothing to record.
pub async fn reset_fingerprint(
    store: &SqlStore,
    settings: &Settings,
    actor: &str,
    now: i64,
) -> anyhow::Result<()> {
    let Some(key) =
        session_key::load(settings.session_key.clone().map(Into::into), &settings.data_dir)?
    else {
        anyhow::bail!(
            "no session key to record: set `session_key` (in the configuration file or \
             SSPR_SESSION_KEY) to the key every instance will use, or run this where data_dir \
             holds its {} file",
            session_key::KEY_FILE
        );
    };
    let keys = Keyring::new(&key.secret)?;
    match key_fingerprint::replace(store.db(), &keys, actor, now).await? {
        Replaced::Changed => println!(
            "the database now accepts this session key only: start every instance with it. \
             Sessions, resets and registrations in progress, codes and CAPTCHAs made under the \
             previous key no longer work, and the attempt counts start again."
        ),
        Replaced::First => {
            println!("the database now accepts this session key only: start every instance with it")
        }
        Replaced::AlreadyThisKey => println!("the database already uses this session key"),
    }
    Ok(())
}
