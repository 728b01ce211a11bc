//! The address a request came from.

use crate::domain::address_network::address_network;

/// Where a request came from, as the HTTP layer worked it out (see
/// `trusted_proxies`): for the limits per address, which store only a
/// keyed hash of its network, and for the audit log. `None` when the
/// connection's address is unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl ClientAddress {
    /// The address as the audit log records it.
    pub fn audit_text(&self) -> Option<String> {
        self.0.map(|ip| ip.to_string())
    }

    /// The network the per-address limits count it under; empty when
    /// the address is unknown.
    pub fn network(&self) -> String {
        self.0.map(address_network).unwrap_or_default()
    }
}
