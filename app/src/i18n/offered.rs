//! The languages this portal offers. All 44 unless the operator lists
//! fewer; set once at start-up, before the first request.

use super::Lang;
use std::sync::OnceLock;

static OFFERED: OnceLock<Vec<Lang>> = OnceLock::new();

/// Why a list of languages cannot be offered.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum OfferError {
    #[error("the list of languages is empty")]
    Empty,
    /// One process serves one set of languages.
    #[error("another set of languages was already chosen")]
    AlreadyChosen,
}

/// Offers `langs` (in the picker's order, duplicates dropped), before
/// anything is rendered; without a call every language is offered.
/// Offering the same set again is allowed (several servers in one test
/// process), another set is not.
pub fn offer(langs: &[Lang]) -> Result<(), OfferError> {
    let chosen: Vec<Lang> = Lang::ALL.iter().copied().filter(|l| langs.contains(l)).collect();
    if chosen.is_empty() {
        return Err(OfferError::Empty);
    }
    let offered = OFFERED.get_or_init(|| chosen.clone());
    if *offered == chosen {
        Ok(())
    } else {
        Err(OfferError::AlreadyChosen)
    }
}

/// The languages pages may be shown in, in the picker's order.
pub fn offered() -> &'static [Lang] {
    OFFERED.get().map_or(Lang::ALL, Vec::as_slice)
}

/// Where a language nobody offered goes: English when offered, else the
/// first offered language.
pub fn fallback() -> Lang {
    fallback_in(offered())
}

pub(super) fn fallback_in(offered: &[Lang]) -> Lang {
    if offered.contains(&Lang::En) {
        Lang::En
    } else {
        offered.first().copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_is_english_when_offered_else_the_first() {
        assert_eq!(fallback_in(Lang::ALL), Lang::En);
        assert_eq!(fallback_in(&[Lang::De, Lang::Fr]), Lang::De);
        assert_eq!(fallback_in(&[]), Lang::En);
    }
}
