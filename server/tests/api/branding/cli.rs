//! `sspr branding export|import|show`: the branding as files, checked on
//! the way in exactly as the studio checks it.

use super::png;
use std::path::Path;
use std::process::Command;

fn sspr(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sspr"))
        .current_dir(dir)
        .args(args)
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const BRANDING: &str = r##"
[default]
organisation-name = "Contoso"
privacy-url = "https://contoso.example/privacy"

[default.colours]
primary = "#7a1f2b"

[default.images]
banner-logo = "logo.png"

[languages.it]
sign-in-text = "Benvenuti"
"##;

#[test]
fn a_branding_imported_from_files_is_published_and_exports_back() {
    let portal = tempfile::tempdir().unwrap();
    let source = tempfile::tempdir().unwrap();
    std::fs::write(source.path().join("branding.toml"), BRANDING).unwrap();
    std::fs::write(source.path().join("logo.png"), png(120, 30)).unwrap();
    let (ok, out, err) =
        sspr(portal.path(), &["branding", "import", source.path().to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("published as version 1"), "{out}");

    let (ok, shown, _) = sspr(portal.path(), &["branding", "show"]);
    assert!(ok && shown.contains("version 1") && shown.contains("Benvenuti"), "{shown}");

    let exported = tempfile::tempdir().unwrap();
    let (ok, _, err) =
        sspr(portal.path(), &["branding", "export", exported.path().to_str().unwrap()]);
    assert!(ok, "{err}");
    let toml = std::fs::read_to_string(exported.path().join("branding.toml")).unwrap();
    assert!(
        toml.contains("banner-logo = \"banner-logo.png\"") && toml.contains("[languages.it]"),
        "{toml}"
    );
    assert!(exported.path().join("banner-logo.png").exists());
    // What was exported imports again, unchanged, as the next version.
    let (ok, out, err) =
        sspr(portal.path(), &["branding", "import", exported.path().to_str().unwrap()]);
    assert!(ok && out.contains("version 2"), "{out}{err}");
}

#[test]
fn an_import_that_breaks_a_rule_publishes_nothing() {
    let portal = tempfile::tempdir().unwrap();
    let cases = [
        // Pale text on a pale page.
        ("[default.colours]\ntext = \"#dddddd\"\n", None, "text-on-page"),
        (
            "[default.images]\nbanner-logo = \"logo.png\"\n",
            Some(b"<html><script>x</script></html>".to_vec()),
            "unknown-type",
        ),
        ("[default.images]\nbanner-logo = \"../secret.png\"\n", None, "must be a file in"),
        ("[default]\ncustom-css = \"@import url(x.css);\"\n", None, "Css"),
        ("[default]\nno-such-setting = 1\n", None, "unknown field"),
    ];
    for (toml, logo, says) in cases {
        let source = tempfile::tempdir().unwrap();
        std::fs::write(source.path().join("branding.toml"), toml).unwrap();
        if let Some(bytes) = logo {
            std::fs::write(source.path().join("logo.png"), bytes).unwrap();
        }
        let (ok, _, err) =
            sspr(portal.path(), &["branding", "import", source.path().to_str().unwrap()]);
        assert!(!ok, "{toml}");
        assert!(err.contains(says), "{toml}: {err}");
    }
    let (_, shown, _) = sspr(portal.path(), &["branding", "show"]);
    assert!(shown.contains("nothing published"), "{shown}");
}
