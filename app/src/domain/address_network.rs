//! Which network a client address is counted under, for the limits per
//! address (password reset, sign-in).

use std::net::{IpAddr, Ipv6Addr};

/// The network a per-address limit counts an address under: an IPv4
/// address alone, an IPv6 address with its /64, because one subscriber is
/// usually given a whole /64 and could take a new address per attempt.
pub fn address_network(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !u128::from(u64::MAX);
            format!("{}/64", Ipv6Addr::from(prefix))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_addresses_are_counted_by_their_64() {
        let net = |s: &str| address_network(s.parse().unwrap());
        assert_eq!(net("2001:db8:1:2:aaaa::1"), net("2001:db8:1:2:bbbb::9"));
        assert_eq!(net("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_ne!(net("2001:db8:1:2::1"), net("2001:db8:1:3::1"));
    }

    #[test]
    fn ipv4_addresses_are_counted_alone_however_written() {
        let net = |s: &str| address_network(s.parse().unwrap());
        assert_ne!(net("198.51.100.1"), net("198.51.100.2"));
        assert_eq!(net("::ffff:198.51.100.1"), net("198.51.100.1"));
    }
}
