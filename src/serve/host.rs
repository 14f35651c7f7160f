//! Which names the preview answers to.
//!
//! The preview shows stories that are not published yet. A web page the writer has open
//! cannot read another site's answers, unless it points a name of its own at 127.0.0.1 (DNS
//! rebinding): the browser then sends that name as `Host`. So the preview answers only
//! requests that name it by a loopback name or address, or by the address it was bound to,
//! each with its own port. An IP literal cannot be rebound, and `localhost` and `*.localhost`
//! never leave the machine in any current browser.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Whether a `Host` header (`name[:port]`) names this server, listening at `server`.
pub fn host_allowed(host: &str, server: SocketAddr) -> bool {
    let Some((name, port)) = split_authority(host) else {
        return false;
    };
    // No port means the scheme's default, 80 for the plain HTTP the preview speaks.
    port.unwrap_or(80) == server.port() && name_allowed(name, server.ip())
}

/// Whether an `Origin` header names a page of this server: `http://` and an allowed host.
/// `null` (sandboxed frames, files) and every other scheme are refused.
pub fn origin_allowed(origin: &str, server: SocketAddr) -> bool {
    origin
        .strip_prefix("http://")
        .is_some_and(|authority| !authority.contains(['/', '@']) && host_allowed(authority, server))
}

enum Name<'a> {
    /// The inside of `[…]`.
    V6(&'a str),
    Other(&'a str),
}

fn split_authority(authority: &str) -> Option<(Name<'_>, Option<u16>)> {
    let (name, port) = match authority.strip_prefix('[') {
        Some(rest) => {
            let (ip, after) = rest.split_once(']')?;
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':')?),
            };
            (Name::V6(ip), port)
        }
        None => match authority.split_once(':') {
            Some((name, port)) => (Name::Other(name), Some(port)),
            None => (Name::Other(authority), None),
        },
    };
    let port = match port {
        Some(p) => Some(parse_port(p)?),
        None => None,
    };
    Some((name, port))
}

/// Plain decimal digits only: `+80`, `0x50` and an empty port are not this server's port.
fn parse_port(p: &str) -> Option<u16> {
    if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse().ok()
}

fn name_allowed(name: Name<'_>, bound: IpAddr) -> bool {
    let ip_allowed = |ip: IpAddr| {
        // Bound to every interface, the preview cannot know which addresses are its own;
        // an address typed as digits cannot be rebound, so any of them is fine.
        ip.is_loopback() || ip == bound || bound.is_unspecified()
    };
    match name {
        Name::V6(text) => text.parse::<Ipv6Addr>().is_ok_and(|ip| {
            ip_allowed(IpAddr::V6(ip)) || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }),
        Name::Other(text) => match text.parse::<Ipv4Addr>() {
            Ok(ip) => ip_allowed(IpAddr::V4(ip)),
            Err(_) => is_localhost(text),
        },
    }
}

/// `localhost` or a name under it, as RFC 6761 reserves them for this machine.
fn is_localhost(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let name = name.strip_suffix('.').unwrap_or(&name);
    let labels_ok = name.split('.').all(|label| {
        !label.is_empty()
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    labels_ok && (name == "localhost" || name.ends_with(".localhost"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(bind: &str, port: u16) -> SocketAddr {
        SocketAddr::new(bind.parse().unwrap(), port)
    }

    #[test]
    fn loopback_names_with_the_right_port_only() {
        let s = at("127.0.0.1", 4000);
        for ok in [
            "127.0.0.1:4000",
            "127.1.2.3:4000",
            "localhost:4000",
            "LocalHost:4000",
            "localhost.:4000",
            "preview.localhost:4000",
            "[::1]:4000",
            "[::ffff:127.0.0.1]:4000",
        ] {
            assert!(host_allowed(ok, s), "{ok}");
        }
        for bad in [
            "evil.example:4000",
            "localhost.evil.example:4000",
            "evil.example",
            "127.0.0.1:4001",
            "127.0.0.1",
            "localhost",
            "127.0.0.1:+4000",
            "127.0.0.1:",
            "127.1:4000",
            "2130706433:4000",
            "0x7f.0.0.1:4000",
            "[::1]4000",
            "[::2]:4000",
            "10.0.0.5:4000",
            "local_host:4000",
            "",
        ] {
            assert!(!host_allowed(bad, s), "{bad}");
        }
        assert!(host_allowed("localhost", at("127.0.0.1", 80)));
    }

    #[test]
    fn the_bound_address_is_its_own_name() {
        let s = at("192.168.1.20", 4000);
        assert!(host_allowed("192.168.1.20:4000", s));
        assert!(!host_allowed("192.168.1.21:4000", s));
        assert!(!host_allowed("evil.example:4000", s));
        let any = at("0.0.0.0", 4000);
        assert!(host_allowed("192.168.1.21:4000", any));
        assert!(!host_allowed("evil.example:4000", any));
    }

    #[test]
    fn origins_follow_the_same_rule() {
        let s = at("127.0.0.1", 4000);
        assert!(origin_allowed("http://localhost:4000", s));
        assert!(origin_allowed("http://127.0.0.1:4000", s));
        for bad in [
            "null",
            "http://evil.example:4000",
            "https://localhost:4000",
            "http://localhost:4000/x",
            "http://a@localhost:4000",
        ] {
            assert!(!origin_allowed(bad, s), "{bad}");
        }
    }
}
