//! `sspr policy show|set`.

use crate::store::{AuditAction, AuditEntry, AuditOutcome, SqlStore, StoreError};
use app::domain::{
    helpdesk_link::HelpdeskLink,
    security_questions::{CustomQuestion, PredefinedQuestion},
    sspr_policy::{Method, PolicyViolation, Scope, SsprPolicy},
};
use app::i18n::Lang;
use clap::Args;

/// Changes to the policy; what is not given stays as it is.
#[derive(Debug, Default, Args)]
pub struct PolicyChanges {
    /// Who may reset: `nobody`, `everyone` or `group:NAME`.
    #[arg(long, value_parser = parse_scope)]
    scope: Option<Scope>,
    /// Enabled methods, comma-separated: email, mobile_phone, office_phone,
    /// security_questions.
    #[arg(long, value_delimiter = ',', value_parser = parse_method)]
    methods: Option<Vec<Method>>,
    /// Methods a reset must pass: 1 or 2.
    #[arg(long)]
    methods_required: Option<u8>,
    /// Questions to answer when registering: 3–5.
    #[arg(long)]
    questions_to_register: Option<u8>,
    /// Questions asked at reset: 3–5, no more than to register.
    #[arg(long)]
    questions_to_reset: Option<u8>,
    /// Ask users to register when they sign in.
    #[arg(long)]
    require_registration: Option<bool>,
    /// Days before users reconfirm their info: 0–730, 0 for never.
    #[arg(long)]
    reconfirm_days: Option<u16>,
    /// Tell users when their password was reset.
    #[arg(long)]
    notify_users: Option<bool>,
    /// Tell all administrators when an administrator resets a password.
    #[arg(long)]
    notify_admins: Option<bool>,
    /// Write reset passwords back to the on-premises directory.
    #[arg(long)]
    writeback: Option<bool>,
    /// Let users unlock their account without resetting the password.
    #[arg(long)]
    unlock_without_reset: Option<bool>,
    /// Helpdesk web address (https) or email address; `none` to remove.
    #[arg(long)]
    helpdesk: Option<String>,
    /// Predefined questions offered, comma-separated ids, or `all`.
    #[arg(long, value_delimiter = ',')]
    predefined_questions: Option<Vec<String>>,
    /// A custom question (repeat for more); replaces the current ones.
    #[arg(long = "custom-question")]
    custom_questions: Vec<String>,
    /// Remove every custom question.
    #[arg(long, conflicts_with = "custom_questions")]
    no_custom_questions: bool,
    /// Language of notices to users with no language of their own
    /// (a tag such as `de` or `pt-BR`).
    #[arg(long, value_parser = parse_language)]
    default_language: Option<Lang>,
}

pub async fn show(store: &SqlStore) -> anyhow::Result<()> {
    let (policy, stored) = match store.policy().await? {
        Some(policy) => (policy, true),
        None => (SsprPolicy::initial(), false),
    };
    if !stored {
        println!("# no policy set yet: these are the initial settings");
    }
    print!("{}", render(&policy));
    Ok(())
}

pub async fn set(
    store: &SqlStore,
    changes: PolicyChanges,
    actor: &str,
    now: i64,
) -> anyhow::Result<()> {
    let current = store.policy().await?.unwrap_or_else(SsprPolicy::initial);
    let policy = changes.apply(current)?;
    let outcome = store.set_policy(&policy, actor, now).await;
    let entry = |outcome| AuditEntry::new(now, actor, AuditAction::PolicySet, outcome);
    match outcome {
        Ok(()) => {
            store.append_audit(&entry(AuditOutcome::Success)).await?;
            print!("{}", render(&policy));
            Ok(())
        }
        Err(StoreError::InvalidPolicy(violations)) => {
            store.append_audit(&entry(AuditOutcome::Failure)).await?;
            let lines: Vec<String> = violations.iter().map(describe).collect();
            anyhow::bail!("the policy was not changed:\n  {}", lines.join("\n  "))
        }
        Err(e) => Err(e.into()),
    }
}

impl PolicyChanges {
    fn apply(self, mut p: SsprPolicy) -> anyhow::Result<SsprPolicy> {
        if let Some(scope) = self.scope {
            p.scope = scope;
        }
        if let Some(methods) = self.methods {
            p.enabled_methods = methods.into_iter().collect();
        }
        macro_rules! set {
            ($($field:ident <- $value:expr),* $(,)?) => {
                $(if let Some(v) = $value { p.$field = v; })*
            };
        }
        set!(
            methods_required <- self.methods_required,
            questions_to_register <- self.questions_to_register,
            questions_to_reset <- self.questions_to_reset,
            require_registration_at_sign_in <- self.require_registration,
            reconfirm_after_days <- self.reconfirm_days,
            notify_users_on_reset <- self.notify_users,
            notify_admins_on_admin_reset <- self.notify_admins,
            password_writeback <- self.writeback,
            allow_unlock_without_reset <- self.unlock_without_reset,
            default_language <- self.default_language,
        );
        match self.helpdesk.as_deref() {
            None => {}
            Some("none") => p.helpdesk = None,
            Some(raw) => {
                p.helpdesk =
                    Some(HelpdeskLink::parse(raw).map_err(|e| anyhow::anyhow!("helpdesk: {e}"))?)
            }
        }
        if let Some(ids) = self.predefined_questions {
            p.predefined_questions = if ids == ["all"] {
                PredefinedQuestion::all().collect()
            } else {
                ids.iter()
                    .map(|id| {
                        PredefinedQuestion::parse(id.trim()).ok_or_else(|| {
                            anyhow::anyhow!("predefined-questions: unknown question id {id:?}")
                        })
                    })
                    .collect::<Result<_, _>>()?
            };
        }
        if self.no_custom_questions {
            p.custom_questions.clear();
        } else if !self.custom_questions.is_empty() {
            p.custom_questions = self
                .custom_questions
                .iter()
                .map(|q| {
                    CustomQuestion::parse(q).map_err(|e| anyhow::anyhow!("custom-question: {e}"))
                })
                .collect::<Result<_, _>>()?;
        }
        Ok(p)
    }
}

pub(super) fn parse_language(raw: &str) -> Result<Lang, String> {
    Lang::parse_setting(raw)
}

fn parse_scope(raw: &str) -> Result<Scope, String> {
    match raw {
        "nobody" => Ok(Scope::Nobody),
        "everyone" => Ok(Scope::Everyone),
        _ => match raw.strip_prefix("group:") {
            Some(group) => Ok(Scope::Group(group.trim().to_owned())),
            None => Err("expected nobody, everyone or group:NAME".to_owned()),
        },
    }
}

fn parse_method(raw: &str) -> Result<Method, String> {
    Method::parse(raw).ok_or_else(|| {
        "expected email, mobile_phone, office_phone or security_questions".to_owned()
    })
}

/// One reason per broken rule, naming the option that sets the field.
fn describe(v: &PolicyViolation) -> String {
    use app::domain::sspr_policy::{PolicyField as F, PolicyProblem as P};
    let option = match v.field {
        F::Scope => "scope",
        F::EnabledMethods => "methods",
        F::CustomQuestions => "custom-question",
        F::MethodsRequired => "methods-required",
        F::QuestionsToRegister => "questions-to-register",
        F::QuestionsToReset => "questions-to-reset",
        F::ReconfirmAfterDays => "reconfirm-days",
    };
    let reason = match &v.problem {
        P::GroupNameMissing => "a group scope needs a group name".to_owned(),
        P::NoMethodEnabled => "enable at least one method".to_owned(),
        P::MethodsRequiredOutOfRange => "must be 1 or 2".to_owned(),
        P::TwoMethodsNeedTwoEnabled => "2 needs at least two enabled methods".to_owned(),
        P::QuestionCountOutOfRange => "must be between 3 and 5".to_owned(),
        P::ResetNeedsMoreQuestionsThanRegistered => {
            "may not exceed questions-to-register".to_owned()
        }
        P::FewerQuestionsThanRequired { available } => {
            format!("only {available} questions are available")
        }
        P::ReconfirmDaysOutOfRange => "must be between 0 and 730".to_owned(),
        P::CustomQuestionTwice { position } => {
            format!("question {} repeats an earlier one", position + 1)
        }
    };
    format!("{option}: {reason}")
}

fn render(p: &SsprPolicy) -> String {
    let scope = match &p.scope {
        Scope::Nobody => "nobody".to_owned(),
        Scope::Everyone => "everyone".to_owned(),
        Scope::Group(group) => format!("group:{group}"),
    };
    let methods: Vec<&str> = p.enabled_methods.iter().map(|m| m.as_str()).collect();
    let predefined = if p.predefined_questions.len() == PredefinedQuestion::all().count() {
        "all".to_owned()
    } else {
        p.predefined_questions.iter().map(|q| q.id()).collect::<Vec<_>>().join(",")
    };
    let helpdesk = p.helpdesk.as_ref().map(|h| String::from(h.clone())).unwrap_or("none".into());
    let mut out = format!(
        "scope = {scope}\nmethods = {}\nmethods-required = {}\nquestions-to-register = {}\n\
         questions-to-reset = {}\nrequire-registration = {}\nreconfirm-days = {}\n\
         notify-users = {}\nnotify-admins = {}\nwriteback = {}\nunlock-without-reset = {}\n\
         helpdesk = {helpdesk}\npredefined-questions = {predefined}\n\
         default-language = {}\n",
        methods.join(","),
        p.methods_required,
        p.questions_to_register,
        p.questions_to_reset,
        p.require_registration_at_sign_in,
        p.reconfirm_after_days,
        p.notify_users_on_reset,
        p.notify_admins_on_admin_reset,
        p.password_writeback,
        p.allow_unlock_without_reset,
        p.default_language.tag(),
    );
    for question in &p.custom_questions {
        out.push_str(&format!("custom-question = {:?}\n", question.text()));
    }
    out
}
