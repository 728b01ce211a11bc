//! Which address a request came from. Directly connected, it is the peer.
//! Behind reverse proxies the peer is the proxy, and the client is read
//! from `X-Forwarded-For` — but only through hops the administrator listed
//! in `trusted_proxies`, walking from the right, because anything left of
//! the last trusted hop was written by the client and may be forged.

use app::services::ClientAddress;
use axum::{extract::ConnectInfo, extract::Request, http::HeaderMap, middleware::Next};
use axum::{extract::State, response::Response};
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The proxies whose `X-Forwarded-For` is believed. Empty: none is.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Arc<Vec<IpNet>>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        Self(Arc::new(networks))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// The client's address: the peer, or, while the peer and each hop
/// before it are trusted proxies, the next hop to the left. A hop that is
/// not an address ends the walk at the trusted hop that reported it.
pub fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let mut client = peer.to_canonical();
    if !trusted.trusts(client) {
        return client;
    }
    // Several headers count as one list, in order.
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    for hop in hops.into_iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            return client;
        };
        client = ip;
        if !trusted.trusts(ip) {
            return ip;
        }
    }
    client
}

/// `203.0.113.7`, `2001:db8::1`, and the forms with a port some proxies
/// write (`203.0.113.7:5123`, `[2001:db8::1]:5123`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

/// Hands the client's address to the server functions, for the
/// per-address budgets and the audit log.
pub async fn attach(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let address = peer.map(|peer| resolve(peer, request.headers(), &trusted));
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn trusting(nets: &[&str]) -> TrustedProxies {
        TrustedProxies::new(nets.iter().map(|n| n.parse().unwrap()).collect())
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append("x-forwarded-for", v.parse().unwrap());
        }
        headers
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let headers = forwarded(&["198.51.100.9"]);
        let got = resolve(ip("192.0.2.1"), &headers, &TrustedProxies::default());
        assert_eq!(got, ip("192.0.2.1"));
    }

    #[test]
    fn an_untrusted_peer_cannot_name_another_client() {
        let headers = forwarded(&["198.51.100.9"]);
        assert_eq!(resolve(ip("192.0.2.1"), &headers, &trusting(&["10.0.0.0/8"])), ip("192.0.2.1"));
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let headers = forwarded(&["198.51.100.9"]);
        assert_eq!(
            resolve(ip("10.0.0.5"), &headers, &trusting(&["10.0.0.0/8"])),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn forged_hops_left_of_the_first_untrusted_one_are_ignored() {
        // The client wrote "1.1.1.1"; the proxy appended the real peer.
        let headers = forwarded(&["1.1.1.1, 198.51.100.9"]);
        assert_eq!(
            resolve(ip("10.0.0.5"), &headers, &trusting(&["10.0.0.0/8"])),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn chains_of_trusted_proxies_are_walked_across_headers() {
        let headers = forwarded(&["198.51.100.9, 10.1.0.1", "10.2.0.1"]);
        assert_eq!(
            resolve(ip("10.0.0.5"), &headers, &trusting(&["10.0.0.0/8"])),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn a_garbled_hop_stops_at_the_trusted_proxy_that_wrote_it() {
        let headers = forwarded(&["198.51.100.9, unknown, 10.1.0.1"]);
        assert_eq!(resolve(ip("10.0.0.5"), &headers, &trusting(&["10.0.0.0/8"])), ip("10.1.0.1"));
    }

    #[test]
    fn all_hops_trusted_gives_the_leftmost() {
        let headers = forwarded(&["10.3.0.1, 10.1.0.1"]);
        assert_eq!(resolve(ip("10.0.0.5"), &headers, &trusting(&["10.0.0.0/8"])), ip("10.3.0.1"));
    }

    #[test]
    fn a_trusted_proxy_without_the_header_is_the_client() {
        let got = resolve(ip("10.0.0.5"), &HeaderMap::new(), &trusting(&["10.0.0.0/8"]));
        assert_eq!(got, ip("10.0.0.5"));
    }

    #[test]
    fn ports_and_mapped_addresses_are_understood() {
        let trusted = trusting(&["10.0.0.0/8", "2001:db8:ffff::/48"]);
        let headers = forwarded(&["[2001:db8::1]:4431"]);
        assert_eq!(resolve(ip("::ffff:10.0.0.5"), &headers, &trusted), ip("2001:db8::1"));
        let headers = forwarded(&["198.51.100.9:5123"]);
        assert_eq!(resolve(ip("2001:db8:ffff::2"), &headers, &trusted), ip("198.51.100.9"));
        let headers = forwarded(&["::ffff:198.51.100.9"]);
        assert_eq!(resolve(ip("10.0.0.5"), &headers, &trusted), ip("198.51.100.9"));
    }
}
