//! Where a "go back" parameter may send the browser.

/// `raw` when it is a path on this site, else `/`. Refuses anything a
/// browser could resolve to another origin (`//host`, `/\host`, schemes)
/// so a crafted link cannot turn the site into an open redirect.
pub fn local_path(raw: &str) -> &str {
    let is_local = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.starts_with("/\\")
        && !raw.chars().any(|c| c.is_control() || c == '\\');
    if is_local {
        raw
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paths_on_this_site() {
        assert_eq!(local_path("/account"), "/account");
        assert_eq!(local_path("/reset?x=1"), "/reset?x=1");
    }

    #[test]
    fn refuses_other_origins() {
        for raw in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/a\r\nb",
            "/a\\b",
        ] {
            assert_eq!(local_path(raw), "/", "{raw:?}");
        }
    }
}
