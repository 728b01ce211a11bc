//! Plain HTTP and unencrypted SMTP are accepted only on this machine.

use url::Url;

/// `https`, or `http` to a loopback address; the reason otherwise.
pub(super) fn require_https_off_loopback(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err("must use https unless it is a loopback address".to_owned()),
        _ => Err("must be an http(s) URL".to_owned()),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `localhost`, `127.0.0.1`, `::1` or `[::1]`.
pub(super) fn is_loopback_host(host: &str) -> bool {
    let bare = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_on_loopback() {
        for ok in
            ["https://example.com/", "http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/"]
        {
            assert_eq!(require_https_off_loopback(&Url::parse(ok).unwrap()), Ok(()), "{ok}");
        }
        for refused in ["http://example.com/", "http://10.0.0.1/", "ftp://127.0.0.1/"] {
            assert!(
                require_https_off_loopback(&Url::parse(refused).unwrap()).is_err(),
                "{refused}"
            );
        }
    }

    #[test]
    fn loopback_hosts() {
        for host in ["127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]"] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in ["smtp.example.com", "10.0.0.1", "[2001:db8::1]"] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
