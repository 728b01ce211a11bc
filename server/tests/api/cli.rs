use std::process::Command;

fn sspr(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_sspr"));
    command.current_dir(dir.path()).args(args).env_remove("RUST_LOG");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_the_key() {
    let out = sspr(&["migrate"], &[("SSPR_LISTEN_ADDR", "nowhere")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("listen_addr"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn migrate_creates_the_default_database_under_data() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sspr"))
        .current_dir(dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("data/sspr.db").exists());
}

#[test]
fn a_missing_explicit_config_file_is_an_error() {
    let out = sspr(&["--config", "absent.toml", "migrate"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("absent.toml"));
}

/// Runs `sspr` in `dir` (its default database lives there), feeding `stdin`.
fn sspr_in(dir: &std::path::Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sspr"))
        .current_dir(dir)
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn user_add_then_show_prints_the_record_and_list_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = sspr_in(
        dir.path(),
        &[
            "user",
            "add",
            "Frances@Contoso.example",
            "--display-name",
            "Frances Allen",
            "--mobile-phone",
            "347 123 4567",
            "--region",
            "IT",
            "--role",
            "password-administrator",
            "--group",
            "Compilers",
            "--password-stdin",
        ],
        "Optimizing-Compilers-1966\n",
    );
    assert!(ok, "{out}{err}");
    let (ok, out, _) = sspr_in(dir.path(), &["user", "show", "frances@contoso.example"], "");
    assert!(ok);
    for expected in ["Frances Allen", "+393471234567", "password-administrator", "Compilers"] {
        assert!(out.contains(expected), "{expected} missing from\n{out}");
    }
    assert!(!out.contains("argon2"), "{out}");
    let (ok, out, _) = sspr_in(dir.path(), &["user", "list"], "");
    assert!(ok && out.starts_with("Frances@Contoso.example\tFrances Allen"), "{out}");
    let (ok, _, err) = sspr_in(
        dir.path(),
        &["user", "add", "frances@contoso.example", "--display-name", "Again"],
        "",
    );
    assert!(!ok && err.contains("exists already"), "{err}");
}

#[test]
fn user_show_never_prints_answers_or_hashes() {
    let dir = tempfile::tempdir().unwrap();
    assert!(sspr_in(dir.path(), &["demo"], "").0);
    let (ok, out, _) = sspr_in(dir.path(), &["user", "show", "ada@contoso.example"], "");
    assert!(ok);
    assert!(out.contains("questions_answered:   3 (first-pet, favorite-food, first-job)"), "{out}");
    assert!(out.contains("personal@outlook.example"), "an administrator sees it: {out}");
    for secret in ["Biscuit", "biscuit", "Translator", "argon2", "Analytical"] {
        assert!(!out.contains(secret), "{secret} printed:\n{out}");
    }
}

#[test]
fn a_bad_row_stops_the_whole_import_and_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = "user_principal_name,display_name,roles,groups\n\
                a@contoso.example,A,,Staff\nb@contoso.example,B,user-administrator,Staff\n";
    std::fs::write(dir.path().join("good.csv"), good).unwrap();
    let (ok, out, err) = sspr_in(dir.path(), &["user", "import", "good.csv"], "");
    assert!(ok && out.contains("imported 2 users"), "{out}{err}");

    let bad = "user_principal_name,display_name,alternate_email\n\
               c@contoso.example,C,\nd@contoso.example,D,not-an-address\n";
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let (ok, _, err) = sspr_in(dir.path(), &["user", "import", "bad.csv"], "");
    assert!(!ok);
    assert!(
        err.contains("nothing was imported") && err.contains("line 3: alternate_email"),
        "{err}"
    );

    let clash = "user_principal_name,display_name\ne@contoso.example,E\nB@contoso.example,B\n";
    std::fs::write(dir.path().join("clash.csv"), clash).unwrap();
    let (ok, _, err) = sspr_in(dir.path(), &["user", "import", "clash.csv"], "");
    assert!(
        !ok && err.contains("line 3: user_principal_name: B@contoso.example exists already"),
        "{err}"
    );

    let (_, out, _) = sspr_in(dir.path(), &["user", "list"], "");
    assert_eq!(out.lines().count(), 2, "only the good file's users: {out}");
}

#[test]
fn policy_set_validates_the_whole_policy_and_keeps_the_old_one_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, _) = sspr_in(dir.path(), &["policy", "show"], "");
    assert!(ok && out.contains("scope = nobody"), "{out}");

    let (ok, out, err) = sspr_in(
        dir.path(),
        &[
            "policy",
            "set",
            "--scope",
            "everyone",
            "--methods",
            "email,security_questions",
            "--methods-required",
            "2",
            "--helpdesk",
            "https://help.contoso.example/",
        ],
        "",
    );
    assert!(ok, "{err}");
    assert!(out.contains("methods = email,security_questions"), "{out}");

    let (ok, _, err) = sspr_in(
        dir.path(),
        &["policy", "set", "--methods", "email", "--questions-to-reset", "5"],
        "",
    );
    assert!(!ok);
    assert!(err.contains("methods-required: 2 needs at least two enabled methods"), "{err}");
    assert!(err.contains("questions-to-reset: may not exceed questions-to-register"), "{err}");

    let (_, out, _) = sspr_in(dir.path(), &["policy", "show"], "");
    assert!(out.contains("scope = everyone") && out.contains("methods-required = 2"), "{out}");
    assert!(out.contains("helpdesk = https://help.contoso.example/"), "{out}");
}

#[test]
fn a_bad_row_after_thousands_of_good_ones_still_writes_nothing() {
    // The file is written while it is read, in batches; the last row
    // must still undo the batches before it.
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("user_principal_name,display_name\n");
    for i in 0..12_000 {
        csv.push_str(&format!("user{i}@contoso.example,User {i}\n"));
    }
    csv.push_str("last@contoso.example,\n");
    std::fs::write(dir.path().join("big.csv"), csv).unwrap();
    let (ok, _, err) = sspr_in(dir.path(), &["user", "import", "big.csv"], "");
    assert!(!ok && err.contains("line 12002: display_name"), "{err}");
    let (_, out, _) = sspr_in(dir.path(), &["user", "list", "--limit", "1"], "");
    assert_eq!(out, "", "nothing from the file is written");
}
