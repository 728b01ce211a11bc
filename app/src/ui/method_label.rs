//! The names of methods and of where their values come from.

use crate::domain::contact_methods::ContactSource;
use crate::domain::sspr_policy::Method;

pub fn method_key(method: Method) -> &'static str {
    match method {
        Method::Email => "method-email",
        Method::MobilePhone => "method-mobile-phone",
        Method::OfficePhone => "method-office-phone",
        Method::SecurityQuestions => "method-security-questions",
    }
}

pub fn source_key(source: ContactSource) -> &'static str {
    match source {
        ContactSource::Authentication => "source-authentication",
        ContactSource::Directory => "source-directory",
        ContactSource::Administrator => "source-administrator",
    }
}
