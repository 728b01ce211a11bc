//! `sspr user add|list|show|import`.

use super::user_csv;
use super::user_view::{self, Audience};
use crate::password_hasher::PasswordHasher;
use crate::store::{AuditAction, AuditEntry, AuditOutcome, ImportBatch, ImportError, SqlStore};
use app::domain::{
    directory_user::{DirectoryName, UserProfile, UserType},
    eligibility::PasswordManagement,
    email::Email,
    phone_number::PhoneNumber,
    roles::Role,
    PasswordInput, UserName,
};
use clap::Args;
use std::{io::BufRead, path::PathBuf};

/// Batches read ahead of the writer: enough to keep both busy.
const BATCHES_IN_FLIGHT: usize = 4;

#[derive(Debug, Args)]
pub struct AddUser {
    /// The user principal name, `name@domain`.
    upn: String,
    #[arg(long)]
    display_name: String,
    #[arg(long)]
    primary_email: Option<String>,
    #[arg(long)]
    alternate_email: Option<String>,
    #[arg(long)]
    mobile_phone: Option<String>,
    #[arg(long)]
    office_phone: Option<String>,
    /// Region for phone numbers written without a country code, e.g. IT.
    #[arg(long)]
    region: Option<String>,
    #[arg(long)]
    guest: bool,
    /// global-administrator, password-administrator, user-administrator,
    /// branding-administrator or other-privileged; repeat for more.
    #[arg(long = "role", value_parser = parse_role)]
    roles: Vec<Role>,
    /// A group the user belongs to; repeat for more.
    #[arg(long = "group")]
    groups: Vec<String>,
    #[arg(long)]
    unlicensed: bool,
    #[arg(long)]
    disabled: bool,
    /// The password is managed in an on-premises directory.
    #[arg(long)]
    on_premises: bool,
    /// Read an initial password from the first line of standard input.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct ImportUsers {
    /// CSV file; the columns are described in the README.
    file: PathBuf,
    /// Region for phone numbers written without a country code, e.g. IT.
    #[arg(long)]
    region: Option<String>,
}

fn parse_role(raw: &str) -> Result<Role, String> {
    Role::parse(raw).ok_or_else(|| {
        "expected global-administrator, password-administrator, user-administrator, \
         branding-administrator or other-privileged"
            .to_owned()
    })
}

fn field<T, E: std::fmt::Display>(name: &str, parsed: Result<T, E>) -> anyhow::Result<T> {
    parsed.map_err(|e| anyhow::anyhow!("{name}: {e}"))
}

pub async fn add(store: &SqlStore, args: AddUser, actor: &str, now: i64) -> anyhow::Result<()> {
    let region = args.region.as_deref();
    let upn = field("upn", UserName::parse(&args.upn))?;
    let mut p =
        UserProfile::new(upn, field("display-name", DirectoryName::parse(&args.display_name))?);
    let email = |name, raw: &Option<String>| {
        raw.as_deref().map(|raw| field(name, Email::parse(raw))).transpose()
    };
    let phone = |name, raw: &Option<String>| {
        raw.as_deref().map(|raw| field(name, PhoneNumber::parse(raw, region))).transpose()
    };
    p.primary_email = email("primary-email", &args.primary_email)?;
    p.alternate_email = email("alternate-email", &args.alternate_email)?;
    p.mobile_phone = phone("mobile-phone", &args.mobile_phone)?;
    p.office_phone = phone("office-phone", &args.office_phone)?;
    if args.guest {
        p.user_type = UserType::Guest;
    }
    p.roles = args.roles.into_iter().collect();
    for group in &args.groups {
        p.groups.insert(field("group", DirectoryName::parse(group))?);
    }
    p.licensed = !args.unlicensed;
    p.enabled = !args.disabled;
    if args.on_premises {
        p.password_management = PasswordManagement::OnPremises;
    }
    let hash = if args.password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let password = field(
            "password",
            PasswordInput::parse(line.trim_end_matches(['\r', '\n']).to_owned()),
        )?;
        Some(PasswordHasher::new(1)?.hash(password.expose()).await?)
    } else {
        None
    };
    let target = p.user_principal_name.as_str().to_owned();
    let result = store.add_user(p, hash, now).await;
    audit(store, actor, AuditAction::UserAdd, &target, result.is_ok(), now).await?;
    result?;
    println!("created {target}");
    Ok(())
}

/// Sets the language of a user's notices; `none` lets the portal learn
/// it again from the pages they use.
pub async fn set_language(
    store: &SqlStore,
    upn: &str,
    lang: &str,
    actor: &str,
    now: i64,
) -> anyhow::Result<()> {
    let upn = field("upn", UserName::parse(upn))?;
    let lang = match lang.trim() {
        "none" => None,
        tag => Some(field("language", super::policy::parse_language(tag))?),
    };
    let Some(user) = store.user_by_upn(&upn).await? else {
        anyhow::bail!("no user named {}", upn.as_str());
    };
    let result = store.set_preferred_language(user.id, lang).await;
    audit(store, actor, AuditAction::UserLanguage, upn.as_str(), result.is_ok(), now).await?;
    result?;
    println!("{}: {}", upn.as_str(), lang.map_or("none", |l| l.tag()));
    Ok(())
}

pub async fn list(store: &SqlStore, limit: u32, after: Option<String>) -> anyhow::Result<()> {
    let after = after
        .as_deref()
        .map(UserName::parse)
        .transpose()
        .map_err(|e| anyhow::anyhow!("after: {e}"))?;
    for user in store.list_users(after.as_ref(), limit).await? {
        println!("{}", user_view::summary_line(&user));
    }
    Ok(())
}

pub async fn show(store: &SqlStore, upn: &str) -> anyhow::Result<()> {
    let upn = field("upn", UserName::parse(upn))?;
    let Some(user) = store.user_by_upn(&upn).await? else {
        anyhow::bail!("no user named {}", upn.as_str());
    };
    let info = store.security_info(user.id).await?;
    // The command line is the administrator's own tool.
    print!("{}", user_view::details(&user, &info, Audience::Administrator));
    Ok(())
}

pub async fn import(
    store: &SqlStore,
    args: ImportUsers,
    actor: &str,
    now: i64,
) -> anyhow::Result<()> {
    let file = std::fs::File::open(&args.file)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.file.display()))?;
    let started = std::time::Instant::now();
    // The file is read on a blocking thread while the store writes the
    // batches already read; the transaction commits only if every row
    // was good.
    let (sender, receiver) = tokio::sync::mpsc::channel(BATCHES_IN_FLIGHT);
    let region = args.region.clone();
    let reading = tokio::task::spawn_blocking(move || {
        let input = std::io::BufReader::new(file);
        let read = user_csv::read_users_in_batches(input, region.as_deref(), |batch| {
            sender.blocking_send(ImportBatch::Rows(batch)).is_ok()
        });
        if read.is_ok() {
            let _ = sender.blocking_send(ImportBatch::End);
        }
        read
    });
    let result = store.import_batches(receiver, now).await;
    let read = reading.await?;
    let target = args.file.display().to_string();
    audit(store, actor, AuditAction::UserImport, &target, result.is_ok(), now).await?;
    let file = args.file.display();
    if let Err(problems) = read {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!("{file}: nothing was imported:\n  {}", lines.join("\n  "));
    }
    match result {
        Ok(count) => {
            let seconds = started.elapsed().as_secs_f64();
            println!("imported {count} users in {seconds:.2} s");
            Ok(())
        }
        Err(ImportError::Duplicate { line, upn, earlier_line }) => {
            let why = match earlier_line {
                Some(earlier) => format!("repeats line {earlier}"),
                None => "exists already".to_owned(),
            };
            anyhow::bail!(
                "{file}: nothing was imported:\n  line {line}: user_principal_name: {upn} {why}"
            )
        }
        Err(ImportError::Abandoned) => anyhow::bail!("{file}: nothing was imported"),
        Err(ImportError::Store(e)) => Err(e.into()),
    }
}

async fn audit(
    store: &SqlStore,
    actor: &str,
    action: AuditAction,
    target: &str,
    ok: bool,
    now: i64,
) -> anyhow::Result<()> {
    let entry = AuditEntry::new(now, actor, action, AuditOutcome::of(ok)).on(target);
    store.append_audit(&entry).await?;
    Ok(())
}
