//! Moments shown to users (the end of a pause, a registration date),
//! formatted for the page's language on the server with CLDR's patterns.
//! The browser receives the text, so none of this reaches the wasm.

use super::Lang;
use icu_datetime::fieldsets::{zone::LocalizedOffsetShort, Combo, YMDT};
use icu_datetime::input::{UtcOffset, ZonedDateTime};
use icu_datetime::options::TimePrecision;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale;
use std::sync::{LazyLock, OnceLock};

type Formatter = DateTimeFormatter<Combo<YMDT, LocalizedOffsetShort>>;

/// One formatter per language, made the first time it is needed.
static FORMATTERS: LazyLock<Vec<OnceLock<Option<Formatter>>>> =
    LazyLock::new(|| Lang::ALL.iter().map(|_| OnceLock::new()).collect());

fn formatter(lang: Lang) -> Option<&'static Formatter> {
    let slot = FORMATTERS.get(lang.index())?;
    slot.get_or_init(|| {
        let locale = Locale::try_from_str(lang.tag()).ok()?;
        // Date and time to the minute, with the offset so that a reader
        // in another zone knows it is UTC ("GMT" in CLDR's words).
        let fields = YMDT::medium().with_time_precision(TimePrecision::Minute);
        DateTimeFormatter::try_new(locale.into(), fields.with_zone(LocalizedOffsetShort)).ok()
    })
    .as_ref()
}

/// `unix` (seconds) as the language writes a date and time, in UTC.
pub fn instant_text(lang: Lang, unix: i64) -> String {
    let at = ZonedDateTime::from_epoch_milliseconds_and_utc_offset(
        unix.saturating_mul(1000),
        UtcOffset::zero(),
    );
    match formatter(lang) {
        Some(f) => f.format(&at).to_string(),
        // CLDR has data for every shipped language; this is a last resort.
        None => crate::domain::unix_time::utc_minute(unix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: i64 = 1_795_442_700; // 2026-11-23 14:05 UTC

    #[test]
    fn english_reads_as_english() {
        assert_eq!(instant_text(Lang::En, AT), "Nov 23, 2026, 2:05\u{202f}PM GMT+0");
    }

    #[test]
    fn each_language_writes_its_own_date() {
        assert_eq!(instant_text(Lang::De, AT), "23.11.2026, 14:05 GMT+0");
        let ja = instant_text(Lang::Ja, AT);
        assert!(ja.contains("2026") && ja.contains("14:05"), "{ja}");
        let ar = instant_text(Lang::Ar, AT);
        assert_ne!(ar, instant_text(Lang::En, AT));
    }

    #[test]
    fn every_language_has_cldr_data() {
        for &lang in Lang::ALL {
            assert!(formatter(lang).is_some(), "{}", lang.tag());
            assert!(!instant_text(lang, AT).is_empty());
        }
    }

    #[test]
    fn extreme_instants_do_not_panic() {
        for unix in [i64::MIN, -1, 0, i64::MAX] {
            let _ = instant_text(Lang::En, unix);
        }
    }
}
