//! The one URL policy: every address that any file can put into an `href` or `src`.
//!
//! Stories, `storybook.yaml` and packs come from the public, and browsers are generous about
//! what they accept as an address: `JaVaScRiPt:`, a leading space or control character, a tab
//! inside the scheme, entities (`&#106;avascript:`) and backslashes all still run or leave the
//! site. So an address is first put into the form a browser would read ([`normalise`]), and
//! only then judged ([`UrlPolicy::judge`]): http, https, mailto, tel and sms addresses, and
//! paths inside the site, are allowed; everything else is refused. An absolute address on the
//! storybook's own `base_url` is a path inside the site, so it is resolved against the pages
//! that are published like any other internal link, and can never keep an unpublished
//! story's slug on a page.

use percent_encoding::percent_decode_str;

/// The schemes a link may use: the web, and the ways of reaching a person (help lines are
/// phoned and texted).
pub const SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "sms"];

/// What an address turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judged {
    /// Another site, or an email, phone or text-message address, in its normalised form.
    External(String),
    /// A path relative to the page it is written on (`../sam/`, `sam.md`, `#why`).
    Relative(String),
    /// A path from the site's root (`/lived-experience/sam/`, or the storybook's own absolute
    /// address), without the site's base path, with any `?query#fragment`.
    Root(String),
    /// Not allowed anywhere: why, in plain words.
    Refused(&'static str),
}

/// The storybook's own address, against which absolute links are recognised as internal.
#[derive(Debug, Clone, Default)]
pub struct UrlPolicy {
    /// Lower-case host of `base_url`; empty when there is none (a unit test's index).
    host: String,
    port: Option<u16>,
    /// The path of `base_url`, always ending in `/` (`/storybook/`).
    base_path: String,
}

impl UrlPolicy {
    /// The policy for a storybook at `base_url` (already validated by [`base_url`]).
    pub fn new(base_url: &str) -> UrlPolicy {
        match url::Url::parse(base_url) {
            Ok(u) => UrlPolicy {
                host: u.host_str().unwrap_or_default().to_ascii_lowercase(),
                port: u.port(),
                base_path: with_slash(u.path()),
            },
            Err(_) => UrlPolicy::default(),
        }
    }

    /// Judge an address written in any file, after normalising it as a browser would.
    pub fn judge(&self, raw: &str) -> Judged {
        let url = match normalise(raw) {
            Ok(u) => u,
            Err(why) => return Judged::Refused(why),
        };
        match scheme(&url) {
            Some(s) if s == "http" || s == "https" => self.web(&url),
            Some(s) if SCHEMES.contains(&s.as_str()) => {
                Judged::External(format!("{s}{}", &url[s.len()..]))
            }
            Some(_) => Judged::Refused(
                "only web (https://), email (mailto:), phone (tel:) and text (sms:) addresses are allowed",
            ),
            None if url.starts_with("//") => self.web(&format!("https:{url}")),
            None if url.starts_with('/') => Judged::Root(url[1..].to_string()),
            None => Judged::Relative(url),
        }
    }

    /// An http(s) address: the storybook's own pages are internal, the rest external.
    fn web(&self, url: &str) -> Judged {
        let Ok(parsed) = url::Url::parse(url) else {
            return Judged::Refused("this is not a working web address");
        };
        let Some(host) = parsed.host_str() else {
            return Judged::Refused("this web address has no site name");
        };
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Judged::Refused("web addresses may not carry a user name or password");
        }
        let ours = !self.host.is_empty() && host == self.host && parsed.port() == self.port;
        let path = parsed.path();
        let inside = with_slash(path).starts_with(&self.base_path);
        if !(ours && inside) {
            return Judged::External(parsed.to_string());
        }
        let mut site = path.get(self.base_path.len()..).unwrap_or("").to_string();
        if let Some(q) = parsed.query() {
            site.push('?');
            site.push_str(q);
        }
        if let Some(f) = parsed.fragment() {
            site.push('#');
            site.push_str(f);
        }
        Judged::Root(site)
    }
}

fn with_slash(path: &str) -> String {
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// The address as a browser reads it: entities decoded, surrounding spaces and control
/// characters gone, tabs and line breaks inside removed, backslashes as slashes. An address
/// with any other control character is refused rather than guessed at.
pub fn normalise(raw: &str) -> Result<String, &'static str> {
    let decoded = decode_entities(raw);
    let trimmed = decoded.trim_matches(|c: char| c <= ' ');
    let mut out = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            '\\' => out.push('/'),
            c if c.is_control() => return Err("the address holds an invisible control character"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The scheme (`https`, `javascript`), lower-cased, when the address has one: an ASCII
/// letter, then letters, digits, `+`, `-` or `.`, then `:` (as the URL standard reads it).
fn scheme(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let s = &url[..colon];
    let mut chars = s.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| s.to_ascii_lowercase())
}

/// Character references as an HTML attribute's value would decode them: numeric ones (with
/// or without `;`) and the named ones that can spell out or split a scheme.
fn decode_entities(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('&') {
        return raw.into();
    }
    const NAMED: &[(&str, char)] = &[
        ("colon;", ':'),
        ("tab;", '\t'),
        ("newline;", '\n'),
        ("amp;", '&'),
        ("amp", '&'),
        ("lt;", '<'),
        ("gt;", '>'),
        ("quot;", '"'),
        ("apos;", '\''),
        ("sol;", '/'),
        ("bsol;", '\\'),
        ("period;", '.'),
        ("lpar;", '('),
        ("rpar;", ')'),
        ("nbsp;", '\u{a0}'),
    ];
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        if let Some((c, used)) = numeric(rest) {
            out.push(c);
            rest = &rest[used..];
        } else if let Some((name, c)) = NAMED
            .iter()
            .find(|(n, _)| rest.len() >= n.len() && rest[..n.len()].eq_ignore_ascii_case(n))
        {
            out.push(*c);
            rest = &rest[name.len()..];
        } else {
            out.push('&');
        }
    }
    out.push_str(rest);
    out.into()
}

/// `#106;`, `#x6A`, `#0000106`: the character and how many bytes it took. Out-of-range and
/// zero values become U+FFFD, as in HTML.
fn numeric(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('#')?;
    let (hex, digits) = match body.strip_prefix(['x', 'X']) {
        Some(h) => (true, h),
        None => (false, body),
    };
    let len = digits
        .bytes()
        .take_while(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
        .count();
    if len == 0 {
        return None;
    }
    let significant = digits[..len].trim_start_matches('0');
    let value = match significant {
        "" => 0,
        d if d.len() > 8 => u32::MAX,
        d => u32::from_str_radix(d, if hex { 16 } else { 10 }).unwrap_or(u32::MAX),
    };
    let c = match value {
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    let mut used = 1 + usize::from(hex) + len;
    if digits[len..].starts_with(';') {
        used += 1;
    }
    Some((c, used))
}

/// The path inside the site that an internal address names, percent-escapes decoded
/// (`My%20Photo.JPG` is the file `My Photo.JPG`, and `%77ithdrawn` is `withdrawn`).
pub fn decode_path(path: &str) -> String {
    percent_decode_str(path).decode_utf8_lossy().into_owned()
}

/// `base_url` as every output may embed it: a plain http(s) address with a host and no user,
/// query or fragment, in the URL standard's serialisation (so no quote, angle bracket,
/// space or line break can survive into HTML, XML or robots.txt), ending in `/`.
pub fn base_url(raw: &str) -> Result<String, &'static str> {
    let url = normalise(raw)?;
    let parsed = url::Url::parse(&url).map_err(|_| "is not a full web address")?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err("is not a full web address starting with https://");
    }
    if !parsed.username().is_empty()
        || parsed.password().is_some()
        || parsed.query().is_some()
        || parsed.fragment().is_some()
    {
        return Err("must be a plain address, without a user name, ? or #");
    }
    let s = parsed.to_string();
    Ok(if s.ends_with('/') { s } else { format!("{s}/") })
}

/// A web address for a field of `storybook.yaml` or a pack that must lead off the site (the
/// quick exit): absolute http(s) only.
pub fn web_address(raw: &str) -> Result<String, &'static str> {
    match UrlPolicy::default().judge(raw) {
        Judged::External(u) if u.starts_with("http") => Ok(u),
        Judged::Refused(why) => Err(why),
        _ => Err("must be a full web address starting with https://"),
    }
}

/// A contact: an email address (made a `mailto:` link), or a web, email, phone or text address.
pub fn contact(raw: &str) -> Result<String, &'static str> {
    let trimmed = normalise(raw)?;
    let looks_like_email = trimmed.contains('@') && scheme(&trimmed).is_none();
    if looks_like_email && !trimmed.contains(['/', ' ', '<', '>', '"']) {
        return Ok(format!("mailto:{trimmed}"));
    }
    match UrlPolicy::default().judge(&trimmed) {
        Judged::External(u) => Ok(u),
        Judged::Refused(why) => Err(why),
        _ => Err("must be an email address or a full web address starting with https://"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> UrlPolicy {
        UrlPolicy::new("https://example.org/storybook/")
    }

    #[test]
    fn scripts_are_refused_however_they_are_spelt() {
        let p = policy();
        for raw in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#0000106avascript:alert(1)",
            "javascript&colon;alert(1)",
            "javascript://x@y%0aalert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "java\u{0}script:alert(1)",
        ] {
            assert!(
                matches!(p.judge(raw), Judged::Refused(_)),
                "{raw:?} → {:?}",
                p.judge(raw)
            );
        }
    }

    #[test]
    fn allowed_addresses_keep_their_meaning() {
        let p = policy();
        assert_eq!(
            p.judge("HTTPS://www.samaritans.org/"),
            Judged::External("https://www.samaritans.org/".into())
        );
        assert_eq!(
            p.judge("mailto:help@example.org"),
            Judged::External("mailto:help@example.org".into())
        );
        assert_eq!(p.judge("SMS:85258"), Judged::External("sms:85258".into()));
        assert_eq!(p.judge("tel:116123"), Judged::External("tel:116123".into()));
        assert_eq!(p.judge("../sam/"), Judged::Relative("../sam/".into()));
        assert_eq!(p.judge("#why"), Judged::Relative("#why".into()));
        assert_eq!(p.judge("/features/"), Judged::Root("features/".into()));
    }

    #[test]
    fn the_storybooks_own_address_is_internal_in_every_form() {
        let p = policy();
        let gone = Judged::Root("lived-experience/gone/".into());
        for raw in [
            "https://example.org/storybook/lived-experience/gone/",
            "http://example.org/storybook/lived-experience/gone/",
            "HTTPS://EXAMPLE.ORG/storybook/lived-experience/gone/",
            "//example.org/storybook/lived-experience/gone/",
            "https://example.org:443/storybook/lived-experience/gone/",
            "https://example.org/storybook/x/../lived-experience/gone/",
            "https:\\\\example.org\\storybook\\lived-experience\\gone\\",
        ] {
            assert_eq!(p.judge(raw), gone, "{raw}");
        }
        assert_eq!(
            p.judge("https://example.org/storybook/lived-experience/gone/index.html?a=1#top"),
            Judged::Root("lived-experience/gone/index.html?a=1#top".into())
        );
        assert_eq!(
            p.judge("https://example.org/storybook"),
            Judged::Root(String::new())
        );
        // The same host outside the storybook, and other hosts, are other sites.
        assert!(matches!(
            p.judge("https://example.org/other/"),
            Judged::External(_)
        ));
        assert!(matches!(
            p.judge("https://example.org.evil/storybook/x/"),
            Judged::External(_)
        ));
    }

    #[test]
    fn config_addresses() {
        assert_eq!(
            base_url(" https://Example.org/story book").unwrap(),
            "https://example.org/story%20book/"
        );
        assert_eq!(
            base_url("https://example.org/\">x").unwrap(),
            "https://example.org/%22%3Ex/"
        );
        assert!(base_url("javascript:alert(1)").is_err());
        assert!(base_url("https://example.org/?x=1").is_err());
        assert_eq!(
            contact("a11y@example.org").unwrap(),
            "mailto:a11y@example.org"
        );
        assert!(contact("javascript://x@y%0aalert(1)").is_err());
        assert!(contact("JaVaScRiPt:alert(1)").is_err());
        assert!(web_address("/relative").is_err());
        assert!(web_address("https://www.bbc.co.uk/weather").is_ok());
    }
}
