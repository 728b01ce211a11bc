//! `trusted_proxies`: the reverse proxies whose `X-Forwarded-For` names the
//! client.

use ipnet::IpNet;
use serde::Deserialize;
use std::ops::Deref;

/// Address ranges (`10.0.0.0/8`) or single addresses (`192.0.2.10`). Empty:
/// the connection's peer is the client and the header is ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct TrustedProxies(Vec<IpNet>);

impl TryFrom<Vec<String>> for TrustedProxies {
    type Error = String;

    fn try_from(entries: Vec<String>) -> Result<Self, String> {
        entries
            .iter()
            .map(|entry| {
                let entry = entry.trim();
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<std::net::IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        format!("\"{entry}\" is not an address or a range such as 10.0.0.0/8")
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self::from)
    }
}

/// Host bits are dropped: `10.1.2.3/8` is `10.0.0.0/8`.
impl From<Vec<IpNet>> for TrustedProxies {
    fn from(networks: Vec<IpNet>) -> Self {
        Self(networks.iter().map(IpNet::trunc).collect())
    }
}

impl Deref for TrustedProxies {
    type Target = [IpNet];

    fn deref(&self) -> &[IpNet] {
        &self.0
    }
}

#[cfg(test)]
// figment's `Jail` closures return its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use crate::config::tests::{error_in, load_in};
    use figment::Jail;

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        Jail::expect_with(|jail| {
            assert!(load_in(jail).map_err(|e| e.to_string())?.trusted_proxies.is_empty());
            jail.set_env("SSPR_TRUSTED_PROXIES", r#"["10.1.2.3/8", "2001:db8::7"]"#);
            let nets = load_in(jail).map_err(|e| e.to_string())?.trusted_proxies;
            let shown: Vec<String> = nets.iter().map(ToString::to_string).collect();
            assert_eq!(shown, ["10.0.0.0/8", "2001:db8::7/128"]);
            jail.set_env("SSPR_TRUSTED_PROXIES", r#"["proxy.example"]"#);
            let error = error_in(jail);
            assert!(error.contains("`trusted_proxies`") && error.contains("proxy.example"));
            Ok(())
        });
    }
}
