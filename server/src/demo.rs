//! A realistic demo directory for trying the portal out: one user in each
//! situation the reset and registration rules tell apart. Never use it in
//! production: the passwords are printed in the README.

use crate::{answer_hashes, password_hasher::PasswordHasher, store::SqlStore};
use app::domain::{
    answered_questions::{AnsweredQuestions, Question},
    directory_user::{DirectoryName, UserProfile, UserType},
    eligibility::PasswordManagement,
    email::Email,
    helpdesk_link::HelpdeskLink,
    phone_number::PhoneNumber,
    roles::Role,
    security_answer::SecurityAnswer,
    security_questions::PredefinedQuestion,
    sspr_policy::{Method, Scope, SsprPolicy},
    UserName,
};

/// The group the demo policy could be scoped to; every member is in it.
pub const DEMO_GROUP: &str = "SSPR Pilot";
const DAY: i64 = 24 * 60 * 60;
/// The demo policy asks users to reconfirm after this many days.
const RECONFIRM_DAYS: u16 = 180;

/// The situation a demo user is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoKind {
    /// Phone, email and questions registered recently.
    Registered,
    /// Nothing registered: asked to register at sign-in.
    Unregistered,
    /// Registered long enough ago to be asked to reconfirm.
    DueForReconfirmation,
    /// Password managed on-premises; the demo policy has no writeback.
    OnPremises,
    Unlicensed,
    Disabled,
    /// Registered, but locked out by the directory: signs in again after
    /// an unlock through "Can't access your account?".
    Locked,
    /// Invited from another organisation.
    Guest,
    Administrator(Role),
}

pub struct DemoUser {
    pub user_principal_name: &'static str,
    pub display_name: &'static str,
    pub password: &'static str,
    pub kind: DemoKind,
}

/// Kept in step with the README's table.
pub const DEMO_USERS: &[DemoUser] = &[
    demo("ada@contoso.example", "Ada Lovelace", "Analytical-Engine-1843", DemoKind::Registered),
    demo("grace@contoso.example", "Grace Hopper", "Compiler-Pioneer-1952", DemoKind::Unregistered),
    demo(
        "margaret@contoso.example",
        "Margaret Hamilton",
        "Apollo-Guidance-1969",
        DemoKind::DueForReconfirmation,
    ),
    demo("alan@contoso.example", "Alan Turing", "Enigma-Bombe-1940", DemoKind::OnPremises),
    demo("edsger@contoso.example", "Edsger Dijkstra", "Shortest-Path-1956", DemoKind::Unlicensed),
    demo("ken@contoso.example", "Ken Thompson", "Disabled-Account-1969", DemoKind::Disabled),
    demo("linus@contoso.example", "Linus Pauling", "Vitamin-C-Chemistry-1954", DemoKind::Locked),
    demo("hedy@fabrikam.example", "Hedy Lamarr", "Frequency-Hopping-1942", DemoKind::Guest),
    demo(
        "barbara@contoso.example",
        "Barbara Liskov",
        "Substitution-Principle-1987",
        DemoKind::Administrator(Role::GlobalAdministrator),
    ),
    demo(
        "frances@contoso.example",
        "Frances Allen",
        "Optimizing-Compilers-1966",
        DemoKind::Administrator(Role::PasswordAdministrator),
    ),
    demo(
        "dennis@contoso.example",
        "Dennis Ritchie",
        "C-Language-Unix-1972",
        DemoKind::Administrator(Role::UserAdministrator),
    ),
    demo(
        "radia@contoso.example",
        "Radia Perlman",
        "Spanning-Tree-1985",
        DemoKind::Administrator(Role::OtherPrivileged),
    ),
    demo(
        "susan@contoso.example",
        "Susan Kare",
        "Macintosh-Icons-1984",
        DemoKind::Administrator(Role::BrandingAdministrator),
    ),
];

const fn demo(
    user_principal_name: &'static str,
    display_name: &'static str,
    password: &'static str,
    kind: DemoKind,
) -> DemoUser {
    DemoUser { user_principal_name, display_name, password, kind }
}

/// The demo policy: everyone, email, mobile phone or questions, one method.
pub fn demo_policy() -> anyhow::Result<SsprPolicy> {
    // Spelled out: the settings the demo users' situations depend on.
    Ok(SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: [Method::Email, Method::MobilePhone, Method::SecurityQuestions].into(),
        methods_required: 1,
        questions_to_reset: 3,
        require_registration_at_sign_in: true,
        reconfirm_after_days: RECONFIRM_DAYS,
        password_writeback: false,
        allow_unlock_without_reset: true,
        helpdesk: Some(HelpdeskLink::parse("helpdesk@contoso.example")?),
        ..SsprPolicy::initial()
    })
}

impl DemoUser {
    pub fn profile(&self) -> anyhow::Result<UserProfile> {
        let mut profile = UserProfile::new(
            UserName::parse(self.user_principal_name)?,
            DirectoryName::parse(self.display_name)?,
        );
        profile.primary_email = Some(Email::parse(self.user_principal_name)?);
        if self.kind != DemoKind::Guest {
            profile.groups.insert(DirectoryName::parse(DEMO_GROUP)?);
        }
        match self.kind {
            DemoKind::Registered | DemoKind::Unregistered | DemoKind::DueForReconfirmation => {}
            DemoKind::OnPremises => profile.password_management = PasswordManagement::OnPremises,
            DemoKind::Unlicensed => profile.licensed = false,
            DemoKind::Disabled => profile.enabled = false,
            DemoKind::Locked => profile.locked = true,
            DemoKind::Guest => profile.user_type = UserType::Guest,
            DemoKind::Administrator(role) => {
                profile.roles.insert(role);
                profile.office_phone = Some(PhoneNumber::parse("+39 02 1234 5678", None)?);
            }
        }
        Ok(profile)
    }
}

/// Creates the policy if none is set and the demo users that do not exist
/// yet. Returns how many users were new.
pub async fn seed(store: &SqlStore, hasher: &PasswordHasher, now: i64) -> anyhow::Result<usize> {
    if store.policy().await?.is_none() {
        store.set_policy(&demo_policy()?, "demo", now).await?;
    }
    let mut created = 0;
    for demo in DEMO_USERS {
        if store.user_by_upn(&UserName::parse(demo.user_principal_name)?).await?.is_some() {
            continue;
        }
        let hash = hasher.hash(demo.password).await?;
        let id = store.add_user(demo.profile()?, Some(hash), now).await?;
        created += 1;
        let registered_at = match demo.kind {
            // Registered, so that only where the password lives stops a reset.
            DemoKind::Registered | DemoKind::OnPremises | DemoKind::Locked => now - 30 * DAY,
            DemoKind::DueForReconfirmation => now - (i64::from(RECONFIRM_DAYS) + 20) * DAY,
            _ => continue,
        };
        let phone = PhoneNumber::parse("+39 347 123 4567", None)?;
        store.set_authentication_phone(id, Some(&phone), registered_at).await?;
        let email = Email::parse("personal@outlook.example")?;
        store.set_authentication_email(id, Some(&email), registered_at).await?;
        let mut pairs = Vec::new();
        for (id, answer) in
            [("first-pet", "Biscuit"), ("favorite-food", "Seed cake"), ("first-job", "Translator")]
        {
            let question = PredefinedQuestion::parse(id)
                .ok_or_else(|| anyhow::anyhow!("unknown question {id}"))?;
            pairs.push((Question::Predefined(question), SecurityAnswer::parse(answer)?));
        }
        let answers = AnsweredQuestions::new(pairs, 3)?;
        let answers = answer_hashes::hash_answers(hasher, &answers).await?;
        store.register_questions(id, &answers, registered_at).await?;
    }
    Ok(created)
}
