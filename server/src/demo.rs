//! Demo users for trying the portal out. Never use them in production:
//! their passwords are printed in the README.

use crate::{password_hasher::PasswordHasher, users};
use sqlx::SqlitePool;

pub struct DemoUser {
    pub user_principal_name: &'static str,
    pub display_name: &'static str,
    pub password: &'static str,
    pub enabled: bool,
}

/// Kept in step with the README's table.
pub const DEMO_USERS: &[DemoUser] = &[
    DemoUser {
        user_principal_name: "ada@contoso.example",
        display_name: "Ada Lovelace",
        password: "Analytical-Engine-1843",
        enabled: true,
    },
    DemoUser {
        user_principal_name: "grace@contoso.example",
        display_name: "Grace Hopper",
        password: "Compiler-Pioneer-1952",
        enabled: true,
    },
    DemoUser {
        user_principal_name: "ken@contoso.example",
        display_name: "Ken Thompson",
        password: "Disabled-Account-1969",
        enabled: false,
    },
];

/// Creates the demo users that do not exist yet. Returns how many were new.
pub async fn seed(pool: &SqlitePool, hasher: &PasswordHasher, now: i64) -> anyhow::Result<usize> {
    let mut created = 0;
    for demo in DEMO_USERS {
        if users::exists(pool, &demo.user_principal_name.to_lowercase()).await? {
            continue;
        }
        let hash = hasher.hash(demo.password).await?;
        let user = users::NewUser {
            user_principal_name: demo.user_principal_name,
            display_name: demo.display_name,
            password_hash: &hash,
            enabled: demo.enabled,
        };
        if users::insert_if_absent(pool, &user, now).await? {
            created += 1;
        }
    }
    Ok(created)
}
