//! `public_base_url`: the origin every link and email is built from.

use super::loopback::require_https_off_loopback;
use serde::Deserialize;
use std::{fmt, ops::Deref};
use url::Url;

/// The portal's own address when none is configured.
pub(super) const DEFAULT_PUBLIC_BASE_URL: &str = "http://127.0.0.1:3000/";

/// An origin such as `https://sspr.example.com/`: https unless it is a
/// loopback address, no path or query.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PublicBaseUrl(Url);

impl TryFrom<String> for PublicBaseUrl {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let url = Url::parse(&raw).map_err(|e| e.to_string())?;
        require_https_off_loopback(&url)?;
        if url.host().is_none() || url.path() != "/" || url.query().is_some() {
            return Err(
                "must be an origin such as https://sspr.example.com/, without path or query"
                    .to_owned(),
            );
        }
        Ok(Self(url))
    }
}

impl Deref for PublicBaseUrl {
    type Target = Url;

    fn deref(&self) -> &Url {
        &self.0
    }
}

impl From<PublicBaseUrl> for Url {
    fn from(url: PublicBaseUrl) -> Url {
        url.0
    }
}

impl fmt::Display for PublicBaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;

    #[test]
    fn plain_http_only_on_loopback() {
        Jail::expect_with(|jail| {
            jail.set_env("SSPR_PUBLIC_BASE_URL", "http://sspr.example.com/");
            let message = error_in(jail);
            assert!(message.contains("`public_base_url`"), "{message}");
            jail.set_env("SSPR_PUBLIC_BASE_URL", "https://sspr.example.com/");
            let s = load_in(jail).map_err(|e| e.to_string())?;
            assert!(s.cookies_secure());
            assert_eq!(s.public_origin(), "https://sspr.example.com");
            Ok(())
        });
    }

    #[test]
    fn the_default_is_valid() {
        assert!(PublicBaseUrl::try_from(DEFAULT_PUBLIC_BASE_URL.to_owned()).is_ok());
    }

    #[test]
    fn only_an_origin() {
        for refused in [
            "https://sspr.example.com/reset",
            "https://sspr.example.com/?a=b",
            "not a url",
            "ftp://sspr.example.com/",
        ] {
            assert!(PublicBaseUrl::try_from(refused.to_owned()).is_err(), "{refused}");
        }
    }
}
