//! How the reset shows where a code goes. A made-up user name gets a
//! made-up destination, so a real account's mask may reveal only what a
//! made-up one can imitate: one fixed shape per channel, showing the first
//! character of the mailbox and of the domain, or a phone's last two
//! digits. The length of an address or number, its domain and its
//! country stay hidden; the owner still recognises which one it is.

use super::email::Email;
use super::phone_number::PhoneNumber;
use super::reset_flow::Gate;

/// Characters a mask may show; any other shows as [`HIDDEN`].
const SHOWN: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const HIDDEN: char = '•';
/// Bullets standing for the hidden part of an address or number.
const EMAIL_BULLETS: &str = "•••";
const PHONE_BULLETS: &str = "••••••••••";

fn shown(c: Option<char>) -> char {
    c.map(|c| c.to_ascii_lowercase())
        .filter(|c| c.is_ascii() && SHOWN.contains(&(*c as u8)))
        .unwrap_or(HIDDEN)
}

fn email_shape(mailbox: char, domain: char) -> String {
    format!("{mailbox}{EMAIL_BULLETS}@{domain}{EMAIL_BULLETS}")
}

fn phone_shape(last_two: u64) -> String {
    format!("+{PHONE_BULLETS}{last_two:02}")
}

/// `a•••@c•••` for `ada@contoso.example`.
pub fn email_mask(email: &Email) -> String {
    let (mailbox, domain) = email.as_str().split_once('@').unwrap_or((email.as_str(), ""));
    email_shape(shown(mailbox.chars().next()), shown(domain.chars().next()))
}

/// `+••••••••••67` for `+393331234567`, whatever the number's length.
pub fn phone_mask(phone: &PhoneNumber) -> String {
    let digits: Vec<u64> =
        phone.as_e164().chars().filter_map(|c| c.to_digit(10)).map(u64::from).collect();
    let last_two = match digits.as_slice() {
        [.., tens, ones] => tens * 10 + ones,
        _ => 0,
    };
    phone_shape(last_two)
}

/// A made-up destination for `gate`, the same for the same `seed`. Each
/// shown character is drawn from everything a real mask can show there,
/// the hidden mark included. The two mobile gates share one phone.
pub fn decoy_mask(gate: Gate, seed: u64) -> Option<String> {
    let field = |shift: u32, mask: u64| (seed >> shift) & mask;
    let pick = |n: u64| {
        let options = SHOWN.len() as u64 + 1;
        SHOWN.get(usize::try_from(n % options).unwrap_or(0)).map_or(HIDDEN, |b| char::from(*b))
    };
    Some(match gate {
        Gate::Email => email_shape(pick(field(0, 0xff)), pick(field(8, 0xff))),
        Gate::MobileSms | Gate::MobileVoice => phone_shape(field(16, 0xffff) % 100),
        Gate::OfficeVoice => phone_shape(field(32, 0xffff) % 100),
        Gate::SecurityQuestions => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every mask decoys can show for `gate`, over enough seeds to reach
    /// each combination.
    fn decoy_masks(gate: Gate) -> BTreeSet<String> {
        let mut all = BTreeSet::new();
        for a in 0..37u64 {
            for b in 0..37u64 {
                all.extend(decoy_mask(gate, a | (b << 8)));
            }
        }
        for d in 0..100u64 {
            all.extend(decoy_mask(gate, (d << 16) | (d << 32)));
        }
        all
    }

    #[test]
    fn real_masks_are_among_those_a_decoy_can_show() {
        let emails = decoy_masks(Gate::Email);
        for raw in [
            "ada@contoso.example",
            "Ada.Lovelace@Home.Example",
            "9lives@x.co",
            "名前@例え.テスト",
            "_admin@sub.domain.example",
            "zoe+sspr@ÉCOLE.example",
            "a@b.cd",
            "a-very-long-mailbox-name-indeed@a-very-long-domain-name.example",
        ] {
            let mask = email_mask(&Email::parse(raw).unwrap());
            assert!(emails.contains(&mask), "{raw} -> {mask}");
        }
        let phones = decoy_masks(Gate::MobileSms);
        for raw in
            ["+393331234567", "+12015550123", "+33612345678", "+4915123456789", "+819012345678"]
        {
            let mask = phone_mask(&PhoneNumber::parse(raw, None).unwrap());
            assert!(phones.contains(&mask), "{raw} -> {mask}");
            assert_eq!(mask.chars().count(), 13, "one length for every country: {mask}");
        }
        assert_eq!(decoy_masks(Gate::OfficeVoice), phones);
    }

    #[test]
    fn every_decoy_mask_is_one_a_real_destination_could_have() {
        // 37 choices for each shown character of an address: 36 that
        // real addresses show as typed, and the hidden mark for the rest.
        assert_eq!(decoy_masks(Gate::Email).len(), 37 * 37);
        assert_eq!(decoy_masks(Gate::MobileSms).len(), 100);
        assert_eq!(decoy_mask(Gate::SecurityQuestions, 7), None);
    }

    #[test]
    fn masks_show_one_character_each_side_or_two_digits() {
        assert_eq!(email_mask(&Email::parse("Ada@Home.Example").unwrap()), "a•••@h•••");
        assert_eq!(email_mask(&Email::parse("名前@例え.テスト").unwrap()), "••••@••••");
        assert_eq!(
            phone_mask(&PhoneNumber::parse("+393331234567", None).unwrap()),
            "+••••••••••67"
        );
        assert_eq!(decoy_mask(Gate::MobileSms, 5 << 16), decoy_mask(Gate::MobileVoice, 5 << 16));
    }
}
