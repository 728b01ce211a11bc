use super::{name, profile, NOW};
use crate::on_both_backends;
use app::domain::{directory_user::DirectoryName, roles::Role};
use sspr::store::{ImportBatch, ImportError, ImportRow, SqlStore};

on_both_backends!(
    a_large_import_writes_every_user_role_and_group,
    a_name_already_taken_writes_nothing_and_names_the_line,
    a_name_repeated_in_the_file_names_both_lines,
    batches_without_an_end_write_nothing,
);

fn rows(upns: &[&str], first_line: usize) -> Vec<ImportRow> {
    upns.iter()
        .enumerate()
        .map(|(i, upn)| ImportRow {
            line: first_line + i,
            profile: profile(upn),
            password_hash: None,
        })
        .collect()
}

async fn a_large_import_writes_every_user_role_and_group(store: &SqlStore) {
    // More than two statements' worth, so chunk boundaries are crossed.
    let upns: Vec<String> = (0..1_234).map(|i| format!("user{i:04}@contoso.example")).collect();
    let mut batch = rows(&upns.iter().map(String::as_str).collect::<Vec<_>>(), 2);
    for (i, row) in batch.iter_mut().enumerate() {
        row.profile
            .groups
            .insert(DirectoryName::parse(if i % 2 == 0 { "Even" } else { "Odd" }).unwrap());
        row.profile.groups.insert(DirectoryName::parse("Everyone").unwrap());
    }
    batch[1_233].profile.roles.insert(Role::PasswordAdministrator);
    assert_eq!(store.import_users(batch, NOW).await.unwrap(), 1_234);
    assert_eq!(store.count_users().await.unwrap(), 1_234);

    let last = store.user_by_upn(&name("user1233@contoso.example")).await.unwrap().unwrap();
    assert_eq!(last.profile.roles, [Role::PasswordAdministrator].into());
    let groups: Vec<&str> = last.profile.groups.iter().map(DirectoryName::as_str).collect();
    assert_eq!(groups, ["Everyone", "Odd"]);
    let (group_count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM directory_groups")
        .fetch_one(&store.db().pool)
        .await
        .unwrap();
    assert_eq!(group_count, 3);
}

async fn a_name_already_taken_writes_nothing_and_names_the_line(store: &SqlStore) {
    store.import_users(rows(&["taken@contoso.example"], 2), NOW).await.unwrap();
    let mut upns: Vec<String> = (0..700).map(|i| format!("new{i}@contoso.example")).collect();
    upns.insert(650, "TAKEN@contoso.example".to_owned());
    let mut batch = rows(&upns.iter().map(String::as_str).collect::<Vec<_>>(), 2);
    batch[0].profile.groups.insert(DirectoryName::parse("Fresh").unwrap());
    match store.import_users(batch, NOW).await {
        Err(ImportError::Duplicate { line, upn, earlier_line }) => {
            assert_eq!((line, upn.as_str(), earlier_line), (652, "TAKEN@contoso.example", None));
        }
        other => panic!("expected a duplicate, got {other:?}"),
    }
    // Earlier statements went in before the clash was found; all rolled back.
    assert_eq!(store.count_users().await.unwrap(), 1);
    assert!(store.user_by_upn(&name("new0@contoso.example")).await.unwrap().is_none());
}

async fn a_name_repeated_in_the_file_names_both_lines(store: &SqlStore) {
    let batch = rows(&["a@x.example", "b@x.example", "A@X.example"], 2);
    match store.import_users(batch, NOW).await {
        Err(ImportError::Duplicate { line: 4, earlier_line: Some(2), .. }) => {}
        other => panic!("expected a duplicate of line 2 at line 4, got {other:?}"),
    }
    assert_eq!(store.count_users().await.unwrap(), 0);
}

async fn batches_without_an_end_write_nothing(store: &SqlStore) {
    let (sender, receiver) = tokio::sync::mpsc::channel(4);
    sender.send(ImportBatch::Rows(rows(&["a@x.example", "b@x.example"], 2))).await.unwrap();
    sender.send(ImportBatch::Rows(rows(&["c@x.example"], 4))).await.unwrap();
    // The reader found a bad row and gave up: no `End`.
    drop(sender);
    assert!(matches!(store.import_batches(receiver, NOW).await, Err(ImportError::Abandoned)));
    assert_eq!(store.count_users().await.unwrap(), 0);
}
