//! How the questions step compares answers while they are typed.
//!
//! The server compares answers in their normal form (NFKC, full case
//! folding; `domain::security_answer::normalize`). Its Unicode tables
//! would more than double the page's WebAssembly, so the browser uses its
//! own: NFKC and lowercase. Lowercasing merges no two answers that the
//! server's form keeps apart (a test checks every character), so each
//! repeat flagged here is one the server refuses too; the rare pair only
//! folding merges (`ß` and `ss`) is left to the server's check. A browser
//! whose Unicode is newer than the server's may differ on characters the
//! server does not know yet.

/// A key that is equal for two answers the browser calls the same.
#[cfg(feature = "hydrate")]
pub fn answer_likeness(raw: &str) -> String {
    let js = js_sys::JsString::from(raw).normalize("NFKC").to_lower_case().normalize("NFKC");
    collapse_whitespace(&String::from(js))
}

/// Off the browser, the server's own normal form.
#[cfg(not(feature = "hydrate"))]
pub fn answer_likeness(raw: &str) -> String {
    crate::domain::security_answer::normalize(raw)
}

#[cfg(feature = "hydrate")]
fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use crate::domain::security_answer::normalize;
    use unicode_normalization::UnicodeNormalization;

    /// Lowercasing (as browsers do it, by Unicode's mappings) then taking
    /// the server's normal form changes nothing, for every character: so
    /// answers equal once lowercased are equal for the server too.
    #[test]
    fn lowercasing_never_merges_answers_that_folding_keeps_apart() {
        let mut odd = Vec::new();
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let s = c.to_string();
            let lowered = s.nfkc().collect::<String>().to_lowercase();
            if normalize(&lowered) != normalize(&s) {
                odd.push(format!("U+{:04X}", u32::from(c)));
            }
        }
        assert!(odd.is_empty(), "{odd:?}");
    }

    #[test]
    fn the_server_side_key_is_the_normal_form() {
        assert_eq!(super::answer_likeness("  Ｒｏｍａ  NORD "), "roma nord");
    }
}
