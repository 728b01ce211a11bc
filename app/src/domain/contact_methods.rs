//! Which phone number and email address reset uses, and where they come
//! from. The private authentication fields win over the directory's
//! public ones; the office phone is set by administrators only.

use serde::{Deserialize, Serialize};

/// Where a resolved contact value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactSource {
    /// Registered by the user for authentication; not shown in the directory.
    Authentication,
    /// A public directory field (Mobile Phone, Alternate Email).
    Directory,
    /// Set by an administrator (Office Phone).
    Administrator,
}

/// A contact value together with its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolved<T> {
    pub value: T,
    pub source: ContactSource,
}

/// The contact fields one user has, private and public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactFields<P, E> {
    pub authentication_phone: Option<P>,
    pub mobile_phone: Option<P>,
    pub office_phone: Option<P>,
    pub authentication_email: Option<E>,
    pub alternate_email: Option<E>,
}

/// No fields set; written by hand because the derive would demand
/// `P: Default`, which phone numbers are not.
impl<P, E> Default for ContactFields<P, E> {
    fn default() -> Self {
        Self {
            authentication_phone: None,
            mobile_phone: None,
            office_phone: None,
            authentication_email: None,
            alternate_email: None,
        }
    }
}

impl<P: Clone + PartialEq, E: Clone> ContactFields<P, E> {
    /// "Mobile Phone": the Authentication Phone, else the directory's Mobile Phone.
    pub fn mobile(&self) -> Option<Resolved<P>> {
        prefer(&self.authentication_phone, &self.mobile_phone)
    }

    /// "Email": the Authentication Email, else the Alternate Email.
    pub fn email(&self) -> Option<Resolved<E>> {
        prefer(&self.authentication_email, &self.alternate_email)
    }

    /// "Office Phone", as the administrator set it.
    pub fn office(&self) -> Option<Resolved<P>> {
        self.office_phone
            .clone()
            .map(|value| Resolved { value, source: ContactSource::Administrator })
    }

    /// Records an authentication phone the user registered. For an
    /// administrator it is also written to the public Mobile Phone, as the
    /// seeds require.
    pub fn register_authentication_phone(&mut self, phone: P, is_administrator: bool) {
        if is_administrator {
            self.mobile_phone = Some(phone.clone());
        }
        self.authentication_phone = Some(phone);
    }

    /// The user deleted their authentication phone. For an administrator
    /// the copy the registration put in the public Mobile Phone goes too,
    /// or a reset would go on texting the number they meant to remove; a
    /// different number the directory holds there stays.
    pub fn remove_authentication_phone(&mut self, is_administrator: bool) {
        let removed = self.authentication_phone.take();
        if is_administrator && removed.is_some() && self.mobile_phone == removed {
            self.mobile_phone = None;
        }
    }
}

fn prefer<T: Clone>(private: &Option<T>, public: &Option<T>) -> Option<Resolved<T>> {
    match (private, public) {
        (Some(value), _) => {
            Some(Resolved { value: value.clone(), source: ContactSource::Authentication })
        }
        (None, Some(value)) => {
            Some(Resolved { value: value.clone(), source: ContactSource::Directory })
        }
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Fields = ContactFields<&'static str, &'static str>;

    #[test]
    fn authentication_phone_wins_over_mobile_phone() {
        let f = Fields {
            authentication_phone: Some("+390611"),
            mobile_phone: Some("+390622"),
            ..Default::default()
        };
        assert_eq!(
            f.mobile(),
            Some(Resolved { value: "+390611", source: ContactSource::Authentication })
        );
    }

    #[test]
    fn mobile_phone_is_the_fallback() {
        let f = Fields { mobile_phone: Some("+390622"), ..Default::default() };
        assert_eq!(
            f.mobile(),
            Some(Resolved { value: "+390622", source: ContactSource::Directory })
        );
        assert_eq!(Fields::default().mobile(), None);
    }

    #[test]
    fn authentication_email_wins_over_alternate_email() {
        let f = Fields {
            authentication_email: Some("a@private.example"),
            alternate_email: Some("a@public.example"),
            ..Default::default()
        };
        assert_eq!(f.email().map(|r| r.source), Some(ContactSource::Authentication));
        let f = Fields { alternate_email: Some("a@public.example"), ..Default::default() };
        assert_eq!(
            f.email(),
            Some(Resolved { value: "a@public.example", source: ContactSource::Directory })
        );
    }

    #[test]
    fn office_phone_comes_from_the_administrator() {
        let f = Fields { office_phone: Some("+39061234"), ..Default::default() };
        assert_eq!(f.office().map(|r| r.source), Some(ContactSource::Administrator));
        // The office phone never stands in for the mobile phone.
        assert_eq!(f.mobile(), None);
    }

    #[test]
    fn administrators_also_publish_their_authentication_phone() {
        let mut admin = Fields::default();
        admin.register_authentication_phone("+390611", true);
        assert_eq!(admin.mobile_phone, Some("+390611"));
        assert_eq!(admin.authentication_phone, Some("+390611"));

        let mut user = Fields { mobile_phone: Some("+390622"), ..Default::default() };
        user.register_authentication_phone("+390611", false);
        assert_eq!(user.mobile_phone, Some("+390622"), "a user's public number is untouched");
        assert_eq!(user.mobile().map(|r| r.value), Some("+390611"));
    }

    #[test]
    fn an_administrator_deleting_the_phone_also_removes_its_public_copy() {
        let mut admin = Fields::default();
        admin.register_authentication_phone("+390611", true);
        admin.remove_authentication_phone(true);
        assert_eq!((admin.authentication_phone, admin.mobile_phone), (None, None));
        assert!(admin.mobile().is_none(), "no reset falls back to the removed number");

        let mut other = Fields { mobile_phone: Some("+390622"), ..Default::default() };
        other.register_authentication_phone("+390611", false);
        other.remove_authentication_phone(true);
        assert_eq!(other.mobile_phone, Some("+390622"), "a different directory number stays");
        let mut user = Fields::default();
        user.register_authentication_phone("+390611", false);
        user.mobile_phone = Some("+390611");
        user.remove_authentication_phone(false);
        assert_eq!(user.mobile_phone, Some("+390611"), "a user's directory field is not theirs");
    }
}
