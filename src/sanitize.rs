//! Cleaning HTML that came from the public before it reaches a page.
//!
//! Story Markdown arrives through pull requests, and Markdown allows raw HTML. Everything a
//! story renders to passes through one ammonia policy: no scripts, no event handlers, no
//! iframes or forms, no `style`, and `rel="noopener noreferrer"` on every link so a story can
//! neither script the page nor learn where its readers came from. Every address in the HTML
//! passes the one [`url_policy`](crate::url_policy), as every address in a storybook does.

use crate::links::Linker;
use crate::url_policy::{self, Judged, UrlPolicy};
use std::borrow::Cow;
use std::collections::HashSet;

/// Ids the theme's own markup relies on (the skip link's target, the support box); a story
/// must not be able to shadow them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "content",
    "support",
    "support-heading",
    "top",
    "site-header",
    "site-footer",
    "story",
    // The data blocks the theme's scripts read their words and settings from.
    "search-strings",
    "share-strings",
    "share-data",
    "player",
];

/// Table column alignments, as `markdown` marks them.
const ALIGNMENTS: [&str; 3] = ["align-left", "align-center", "align-right"];

/// Attributes that hold an address, in any element a browser knows (most are removed with
/// their element anyway; judging them all costs nothing and survives a change of policy).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "cite",
    "action",
    "formaction",
    "poster",
    "background",
    "data",
    "codebase",
    "longdesc",
    "usemap",
    "xlink:href",
    "srcset",
    "ping",
];

/// The policy for one piece of HTML. Built per call because relative links are resolved
/// against the page they appear on; building it is cheap next to parsing the HTML.
fn policy<'a>(urls: UrlPolicy) -> ammonia::Builder<'a> {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img"]) // images go through the image pipeline, never straight from a story
        .url_schemes(HashSet::from_iter(url_policy::SCHEMES.iter().copied()))
        .link_rel(Some("noopener noreferrer"))
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("div", ["id"])
        .add_tag_attributes("li", ["id"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .add_allowed_classes("div", ["footnote-definition", "footnote-body"])
        .add_allowed_classes("a", ["footnote-backref"])
        .add_tag_attributes("a", ["id", "aria-label"])
        .add_allowed_classes("th", ALIGNMENTS)
        .add_allowed_classes("td", ALIGNMENTS)
        .attribute_filter(move |_element, attribute, value| {
            if attribute == "id" && RESERVED_IDS.contains(&value) {
                return None;
            }
            if !URL_ATTRIBUTES.contains(&attribute) {
                return Some(Cow::Borrowed(value));
            }
            // The storybook's own absolute addresses become root paths here, so the link
            // hook below resolves them against the published pages like any other.
            match urls.judge(value) {
                Judged::External(u) | Judged::Relative(u) => Some(Cow::Owned(u)),
                Judged::Root(path) => Some(Cow::Owned(format!("/{path}"))),
                Judged::Refused(_) => None,
            }
        });
    b
}

/// Adapts a [`Linker`] to ammonia's hook for relative URLs.
struct Relative<'a>(&'a Linker<'a>);

impl<'a> ammonia::UrlRelativeEvaluate<'a> for Relative<'a> {
    fn evaluate<'url>(&self, url: &'url str) -> Option<Cow<'url, str>> {
        self.0.href(url).map(Cow::Owned)
    }
}

/// Clean untrusted HTML to the storypress policy. Relative URLs (links between pages) are
/// passed to `links`, which returns the href to use, or `None` to remove the link and keep
/// its text; without `links` they pass through unchanged.
pub fn clean(html: &str, links: Option<&Linker>) -> String {
    let urls = links.map(|l| l.index.policy().clone()).unwrap_or_default();
    let mut b = policy(urls);
    if let Some(linker) = links {
        b.url_relative(ammonia::UrlRelative::Custom(Box::new(Relative(linker))));
    }
    unique_ids(unwrap_dead_links(&b.clean(html).to_string()))
}

/// Clean an interface message that may hold a little markup (a translation's `-html`
/// messages: a link, emphasis, a key name). Translations come from files like stories do,
/// so they get a narrower policy still: inline elements only, and addresses judged by the
/// same URL policy.
pub fn interface(html: &str) -> String {
    let urls = UrlPolicy::default();
    let mut b = ammonia::Builder::empty();
    b.tags(HashSet::from_iter([
        "a", "strong", "em", "kbd", "code", "cite", "span", "abbr", "bdi", "time",
    ]))
    .url_schemes(HashSet::from_iter(url_policy::SCHEMES.iter().copied()))
    .link_rel(None)
    .add_tag_attributes("a", ["href", "data-opens-help", "rel", "hreflang", "lang"])
    .add_tag_attributes("span", ["lang", "dir"])
    .add_tag_attributes("abbr", ["title"])
    .add_tag_attributes("time", ["datetime"])
    .add_tag_attributes("bdi", ["lang", "dir"])
    .add_allowed_classes(
        "span",
        [
            "care-note-label",
            "key",
            "key-before",
            "key-after",
            "share-required",
        ],
    )
    .add_allowed_classes("a", ["helpline-number"])
    .attribute_filter(move |_element, attribute, value| {
        if attribute != "href" {
            return Some(Cow::Borrowed(value));
        }
        match urls.judge(value) {
            Judged::External(u) | Judged::Relative(u) => Some(Cow::Owned(u)),
            Judged::Root(path) => Some(Cow::Owned(format!("/{path}"))),
            Judged::Refused(_) => None,
        }
    });
    b.clean(html).to_string()
}

/// Raw HTML may repeat an id, or take one a heading was given: every id after the first of
/// its name is numbered (`x`, `x-2`, …), so a link and assistive technology find one target.
/// Runs on ammonia's output, where `<` only ever opens a tag and attribute values are quoted
/// with `"`; one pass, with a counter per name.
fn unique_ids(html: String) -> String {
    if !html.contains(" id=\"") {
        return html;
    }
    let mut used: HashSet<String> = HashSet::new();
    let mut next: std::collections::HashMap<String, usize> = Default::default();
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html.as_str();
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag_len = tag_end(&rest[lt..]);
        let tag = &rest[lt..lt + tag_len];
        rest = &rest[lt + tag_len..];
        let Some(at) = tag.find(" id=\"") else {
            out.push_str(tag);
            continue;
        };
        let value_start = at + 5;
        let value_end = tag[value_start..]
            .find('"')
            .map_or(tag.len(), |e| value_start + e);
        let id = &tag[value_start..value_end];
        let mut fresh = id.to_string();
        if !used.insert(fresh.clone()) {
            let n = next.entry(id.to_string()).or_insert(2);
            while used.contains(&format!("{id}-{n}")) {
                *n += 1;
            }
            fresh = format!("{id}-{n}");
            used.insert(fresh.clone());
        }
        out.push_str(&tag[..value_start]);
        out.push_str(&fresh);
        out.push_str(&tag[value_end..]);
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `s`, up to its `>` outside quotes.
fn tag_end(s: &str) -> usize {
    let mut quoted = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'>' if !quoted => return i + 1,
            _ => {}
        }
    }
    s.len()
}

static ANCHOR: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"<a(?: [^>]*)?>").expect("valid pattern"));

/// A link whose address was removed (an unpublished page, a forbidden scheme) is no longer a
/// link: keep its words, lose the `<a>` (an `<a>` without `href` must not carry `rel`).
fn unwrap_dead_links(html: &str) -> String {
    if !html.contains("<a") {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(m) = ANCHOR.find(rest) {
        out.push_str(&rest[..m.start()]);
        let tag = m.as_str();
        rest = &rest[m.end()..];
        if tag.contains(" href=") {
            out.push_str(tag);
            continue;
        }
        // Links never nest, so the next closing tag is this one's.
        match rest.find("</a>") {
            Some(end) => {
                out.push_str(&rest[..end]);
                rest = &rest[end + 4..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::clean as clean_with;

    fn clean(html: &str) -> String {
        clean_with(html, None)
    }

    #[test]
    fn removes_scripts_and_handlers() {
        let out = clean(r#"<p onclick="evil()">hi</p><script>alert(1)</script>"#);
        assert_eq!(out, "<p>hi</p>");
    }

    #[test]
    fn removes_iframes_forms_and_styles() {
        let out = clean(
            r#"<iframe src="https://x"></iframe><form><input></form><p style="color:red">t</p>"#,
        );
        assert_eq!(out, "<p>t</p>");
    }

    #[test]
    fn drops_dangerous_urls() {
        let out = clean(
            r#"<a href="javascript:alert(1)">a</a> <a href="data:text/html,x">b</a> <a title="t" href="https://x.org/">c</a>"#,
        );
        // The words stay; a link with no safe address is no longer a link.
        assert_eq!(
            out,
            r#"a b <a title="t" href="https://x.org/" rel="noopener noreferrer">c</a>"#
        );
    }

    #[test]
    fn external_links_get_noopener() {
        let out = clean(r#"<a href="https://www.samaritans.org/">Samaritans</a>"#);
        assert_eq!(
            out,
            r#"<a href="https://www.samaritans.org/" rel="noopener noreferrer">Samaritans</a>"#
        );
    }

    #[test]
    fn keeps_reading_markup_and_blocks_reserved_ids() {
        let out = clean(
            r#"<h2 id="my-allotment">A</h2><h2 id="main">B</h2><table><tr><td>1</td></tr></table>"#,
        );
        assert!(out.contains(r#"<h2 id="my-allotment">"#), "{out}");
        assert!(out.contains("<h2>B</h2>"), "{out}");
        assert!(out.contains("<td>1</td>"), "{out}");
    }

    #[test]
    fn ids_are_never_repeated() {
        let out = clean(
            r#"<h2 id="x">A</h2><div id="x">B</div><div id="x-2">C</div><div id="x">D</div>"#,
        );
        assert_eq!(
            out,
            r#"<h2 id="x">A</h2><div id="x-2">B</div><div id="x-2-2">C</div><div id="x-3">D</div>"#
        );
    }

    #[test]
    fn images_are_not_passed_through() {
        assert_eq!(
            clean(r#"<img src="https://tracker.example/p.gif" alt="x">"#),
            ""
        );
    }
}
