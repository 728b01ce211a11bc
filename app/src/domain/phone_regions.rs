//! The countries the phone picker offers, with their calling codes taken
//! from libphonenumber's metadata. A number written with `+` needs none.

/// ISO 3166 codes offered by the picker; names come from `country-XX`
/// messages. Any other country works by typing the number with `+`.
pub const PICKER_REGIONS: [&str; 40] = [
    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CN", "CZ", "DE", "DK", "ES", "FI", "FR", "GB", "GR",
    "HR", "HU", "IE", "IN", "IT", "JP", "LU", "MT", "MX", "NL", "NO", "NZ", "PL", "PT", "RO", "SE",
    "SI", "SK", "SM", "TR", "UA", "US", "VA", "ZA",
];

/// Each picker region with its calling code.
pub fn regions() -> impl Iterator<Item = (&'static str, u16)> {
    PICKER_REGIONS.into_iter().filter_map(|id| {
        let region: phonenumber::country::Id = id.parse().ok()?;
        let code = phonenumber::metadata::DATABASE.by_id(region.as_ref())?.country_code();
        Some((id, code))
    })
}

/// The Fluent message naming a region.
pub fn region_message_key(id: &str) -> String {
    format!("country-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picker_region_has_a_calling_code() {
        let all: Vec<_> = regions().collect();
        assert_eq!(all.len(), PICKER_REGIONS.len());
        assert!(all.contains(&("IT", 39)));
        assert!(all.contains(&("US", 1)));
        // San Marino and the Vatican have their own plans.
        assert!(all.contains(&("SM", 378)));
    }
}
