//! How the session cookie is named and flagged.

/// `secure` holds whenever the public URL is HTTPS. Only a plain-HTTP
/// loopback address (development, tests) runs without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CookiePolicy {
    pub secure: bool,
}

impl CookiePolicy {
    /// `__Host-` pins the cookie to this exact origin and path `/`, but
    /// browsers accept the prefix only on a `Secure` cookie.
    pub fn session_cookie_name(self) -> &'static str {
        if self.secure {
            "__Host-sspr_session"
        } else {
            "sspr_session"
        }
    }

    /// The cookie naming a registration in progress.
    /// Marks a designer's browser as previewing the branding draft.
    pub fn brand_preview_cookie_name(self) -> &'static str {
        if self.secure {
            "__Host-sspr_brand_preview"
        } else {
            "sspr_brand_preview"
        }
    }

    pub fn registration_cookie_name(self) -> &'static str {
        if self.secure {
            "__Host-sspr_registration"
        } else {
            "sspr_registration"
        }
    }

    /// The cookie naming a password reset in progress.
    pub fn reset_cookie_name(self) -> &'static str {
        if self.secure {
            "__Host-sspr_reset"
        } else {
            "sspr_reset"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_prefix_only_when_secure() {
        assert_eq!(CookiePolicy { secure: true }.session_cookie_name(), "__Host-sspr_session");
        assert_eq!(CookiePolicy { secure: false }.session_cookie_name(), "sspr_session");
    }
}
