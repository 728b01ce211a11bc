//! Reading users from a CSV file for `sspr user import`.
//!
//! The first line names the columns, in any order. `user_principal_name`
//! and `display_name` are required; every other column may be left out,
//! and an empty cell means "not set" (or the default):
//!
//! | column              | value                                              |
//! |---------------------|----------------------------------------------------|
//! | user_principal_name | `name@domain`, unique without regard to case       |
//! | display_name        | 1–256 characters                                   |
//! | primary_email       | email address                                      |
//! | alternate_email     | email address                                      |
//! | mobile_phone        | phone number, `+` and country code, or national    |
//! |                     | with `--region`                                    |
//! | office_phone        | as mobile_phone                                    |
//! | user_type           | `member` (default) or `guest`                      |
//! | roles               | `;`-separated: `global-administrator`,             |
//! |                     | `password-administrator`, `user-administrator`,    |
//! |                     | `branding-administrator`, `other-privileged`       |
//! | groups              | `;`-separated group names                          |
//! | licensed            | `true` (default) or `false`                        |
//! | enabled             | `true` (default) or `false`                        |
//! | password_managed    | `cloud` (default) or `on_premises`                 |
//! | locked              | `false` (default) or `true`                        |

use crate::store::ImportRow;
use app::domain::{
    directory_user::{DirectoryName, UserProfile, UserType},
    eligibility::PasswordManagement,
    email::Email,
    phone_number::PhoneNumber,
    roles::Role,
    UserName,
};
use std::collections::HashMap;
use std::io::Read;

pub const COLUMNS: [&str; 13] = [
    "user_principal_name",
    "display_name",
    "primary_email",
    "alternate_email",
    "mobile_phone",
    "office_phone",
    "user_type",
    "roles",
    "groups",
    "licensed",
    "enabled",
    "password_managed",
    "locked",
];
/// Bad rows reported before giving up; the rest would only repeat them.
const MAX_REPORTED: usize = 20;

/// A problem with one cell (or the header), by line number.
#[derive(Debug, PartialEq, Eq)]
pub struct CsvProblem {
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}: {column}: {}", self.line, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

/// Rows handed on per batch while reading.
const BATCH_ROWS: usize = 5_000;

/// Every row, or every problem found (up to a limit). Phone numbers
/// without a country code are read in `region`.
pub fn read_users(
    input: impl Read,
    region: Option<&str>,
) -> Result<Vec<ImportRow>, Vec<CsvProblem>> {
    let mut rows = Vec::new();
    read_users_in_batches(input, region, |batch| {
        rows.extend(batch);
        true
    })?;
    Ok(rows)
}

/// Reads the file, handing good rows to `emit` in batches of a few
/// thousand until the first problem; after that it only collects problems
/// (up to a limit). `emit` returns false to stop the reading.
pub fn read_users_in_batches(
    input: impl Read,
    region: Option<&str>,
    mut emit: impl FnMut(Vec<ImportRow>) -> bool,
) -> Result<(), Vec<CsvProblem>> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(input);
    let index = column_index(&mut reader)?;
    let mut batch = Vec::with_capacity(BATCH_ROWS);
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or_default();
                problems.push(CsvProblem { line, column: None, reason: e.to_string() });
                break;
            }
        };
        match parse_record(&record, &index, region) {
            Ok(row) if problems.is_empty() => {
                batch.push(row);
                if batch.len() == BATCH_ROWS && !emit(std::mem::take(&mut batch)) {
                    return Ok(());
                }
            }
            Ok(_) => {}
            Err(problem) => {
                problems.push(problem);
                if problems.len() == MAX_REPORTED {
                    break;
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if !batch.is_empty() {
        emit(batch);
    }
    Ok(())
}

/// Column name → position, from a header that names known columns once
/// each and includes the required ones.
fn column_index<R: Read>(
    reader: &mut csv::Reader<R>,
) -> Result<HashMap<String, usize>, Vec<CsvProblem>> {
    let header = |reason: String| vec![CsvProblem { line: 1, column: None, reason }];
    let headers = reader.headers().map_err(|e| header(e.to_string()))?.clone();
    let mut index = HashMap::new();
    for (i, name) in headers.iter().enumerate() {
        if !COLUMNS.contains(&name) {
            return Err(header(format!("unknown column {name:?}")));
        }
        if index.insert(name.to_owned(), i).is_some() {
            return Err(header(format!("column {name:?} appears twice")));
        }
    }
    for required in &COLUMNS[..2] {
        if !index.contains_key(*required) {
            return Err(header(format!("column {required:?} is required")));
        }
    }
    Ok(index)
}

fn parse_record(
    record: &csv::StringRecord,
    index: &HashMap<String, usize>,
    region: Option<&str>,
) -> Result<ImportRow, CsvProblem> {
    let line = record.position().map(|p| p.line()).unwrap_or_default();
    let cell = |name: &str| index.get(name).and_then(|i| record.get(*i)).unwrap_or("");
    match parse_row(&cell, region) {
        Ok(profile) => Ok(ImportRow {
            line: usize::try_from(line).unwrap_or(usize::MAX),
            profile,
            password_hash: None,
        }),
        Err((column, reason)) => Err(CsvProblem { line, column: Some(column.to_owned()), reason }),
    }
}

type CellError = (&'static str, String);

fn parse_row<'a>(
    cell: &impl Fn(&str) -> &'a str,
    region: Option<&str>,
) -> Result<UserProfile, CellError> {
    let fail = |column: &'static str| move |e: &dyn std::fmt::Display| (column, e.to_string());
    let upn = UserName::parse(cell("user_principal_name"))
        .map_err(|e| fail("user_principal_name")(&e))?;
    let display_name =
        DirectoryName::parse(cell("display_name")).map_err(|e| fail("display_name")(&e))?;
    let mut p = UserProfile::new(upn, display_name);
    p.primary_email =
        optional(cell("primary_email"), Email::parse).map_err(|e| fail("primary_email")(&e))?;
    p.alternate_email =
        optional(cell("alternate_email"), Email::parse).map_err(|e| fail("alternate_email")(&e))?;
    let phone = |raw: &str| PhoneNumber::parse(raw, region);
    p.mobile_phone = optional(cell("mobile_phone"), phone).map_err(|e| fail("mobile_phone")(&e))?;
    p.office_phone = optional(cell("office_phone"), phone).map_err(|e| fail("office_phone")(&e))?;
    p.user_type = match cell("user_type") {
        "" => UserType::Member,
        raw => UserType::parse(raw).ok_or(("user_type", "must be member or guest".to_owned()))?,
    };
    for name in list(cell("roles")) {
        let role = Role::parse(name).ok_or(("roles", format!("unknown role {name:?}")))?;
        p.roles.insert(role);
    }
    for name in list(cell("groups")) {
        p.groups.insert(DirectoryName::parse(name).map_err(|e| fail("groups")(&e))?);
    }
    p.licensed = flag(cell("licensed"), true).ok_or(("licensed", BOOL_HELP.to_owned()))?;
    p.enabled = flag(cell("enabled"), true).ok_or(("enabled", BOOL_HELP.to_owned()))?;
    p.locked = flag(cell("locked"), false).ok_or(("locked", BOOL_HELP.to_owned()))?;
    p.password_management = match cell("password_managed") {
        "" => PasswordManagement::Cloud,
        raw => PasswordManagement::parse(raw)
            .ok_or(("password_managed", "must be cloud or on_premises".to_owned()))?,
    };
    Ok(p)
}

const BOOL_HELP: &str = "must be true or false";

fn optional<T, E>(raw: &str, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<T>, E> {
    if raw.is_empty() {
        Ok(None)
    } else {
        parse(raw).map(Some)
    }
}

fn list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn flag(raw: &str, default: bool) -> Option<bool> {
    match raw.to_ascii_lowercase().as_str() {
        "" => Some(default),
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "user_principal_name,display_name,mobile_phone,roles,groups,enabled";

    #[test]
    fn rows_parse_into_profiles_with_their_line_numbers() {
        let csv = format!(
            "{HEADER}\nada@contoso.example,Ada Lovelace,+39 347 123 4567,,Staff;Pilot,\n\
             barbara@contoso.example,Barbara Liskov,347 765 4321,global-administrator,,false\n"
        );
        let rows = read_users(csv.as_bytes(), Some("IT")).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(rows[0].profile.groups.len(), 2);
        assert!(rows[0].profile.enabled);
        assert_eq!(rows[1].profile.mobile_phone.as_ref().unwrap().as_e164(), "+393477654321");
        assert_eq!(rows[1].profile.roles, [Role::GlobalAdministrator].into());
        assert!(!rows[1].profile.enabled);
    }

    #[test]
    fn each_bad_row_is_reported_with_its_line_and_column() {
        let csv = format!(
            "{HEADER}\nada@contoso.example,Ada,,,,\nbad@contoso.example,Bad,,root,,\n\
             ok@contoso.example,Ok,,,,\nworse@contoso.example,,,,,\nx@contoso.example,X,,,,maybe\n"
        );
        let problems = read_users(csv.as_bytes(), None).unwrap_err();
        let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "line 3: roles: unknown role \"root\"",
                "line 5: display_name: the name is empty",
                "line 6: enabled: must be true or false",
            ]
        );
    }

    #[test]
    fn a_national_number_needs_a_region() {
        let csv = format!("{HEADER}\nada@contoso.example,Ada,347 123 4567,,,\n");
        let problems = read_users(csv.as_bytes(), None).unwrap_err();
        assert_eq!(problems[0].line, 2);
        assert_eq!(problems[0].column.as_deref(), Some("mobile_phone"));
    }

    #[test]
    fn the_header_must_name_known_columns_and_the_required_ones() {
        for (header, expected) in [
            ("user_principal_name,display_name,password", "unknown column \"password\""),
            ("user_principal_name", "column \"display_name\" is required"),
            ("display_name,display_name,user_principal_name", "appears twice"),
        ] {
            let problems = read_users(format!("{header}\n").as_bytes(), None).unwrap_err();
            assert_eq!(problems[0].line, 1);
            assert!(problems[0].reason.contains(expected), "{header}: {problems:?}");
        }
    }

    #[test]
    fn a_row_with_the_wrong_number_of_cells_is_reported() {
        let csv = format!("{HEADER}\nada@contoso.example,Ada\n");
        let problems = read_users(csv.as_bytes(), None).unwrap_err();
        assert_eq!(problems[0].line, 2);
    }
}
