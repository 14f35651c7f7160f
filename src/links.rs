//! Links between pages of a storybook: where a link in a story really points.
//!
//! Storytellers link to other pages in whatever way feels natural: the story's file
//! (`../case-studies/salford.md`), its address (`/lived-experience/sam/`) or a relative URL
//! (`../sam/`). Every form resolves to one site path, which the renderer rewrites to a
//! relative link (so it works under any sub-path) and `check` verifies. A link to a page that
//! is not published is removed when rendering: it would otherwise carry the unpublished
//! story's slug into a published page.

use crate::config::Config;
use crate::page::{Kind, Page};
use crate::url_policy::{self, Judged, UrlPolicy};
use std::collections::HashMap;
use std::path::Path;

/// Every path a link may point to, and whether it is published.
#[derive(Debug, Default)]
pub struct LinkIndex {
    /// Site path (`lived-experience/sam/`, `features/`, `style.css`) → published?
    targets: HashMap<String, bool>,
    /// Source file relative to ROOT, with `/` (`lived-experience/sam.md`) → site path.
    sources: HashMap<String, String>,
    /// Tells the storybook's own absolute addresses from other sites'.
    policy: UrlPolicy,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Another site, or an email, phone or text address: allowed by the URL policy, and
    /// written in its normalised form.
    External(String),
    /// A `#fragment` or `?query` of the page the link is on.
    Same(String),
    /// A published site path, with any `?query#fragment` kept (`""` is the site's home).
    Found(String),
    /// A page that exists but is not published to this audience.
    Unpublished(String),
    /// Nothing by that name.
    Missing(String),
    /// An address no page may hold (`javascript:`, a control character): why, in plain words.
    Refused(&'static str),
}

/// Where a link is written: the page's source folder (for `.md` links) and its site path.
#[derive(Debug, Clone, Copy)]
pub struct From<'a> {
    pub source_dir: &'a str,
    pub page_path: &'a str,
}

impl LinkIndex {
    /// An empty index for a storybook at `base_url`, whose absolute addresses are internal.
    pub fn new(base_url: &str) -> LinkIndex {
        LinkIndex {
            policy: UrlPolicy::new(base_url),
            ..LinkIndex::default()
        }
    }

    /// The URL policy every address on this storybook's pages passes through.
    pub fn policy(&self) -> &UrlPolicy {
        &self.policy
    }

    pub fn add_page(&mut self, page: &Page, published: bool) {
        let path = page.path();
        let source = crate::diagnostic::display_path(&page.source);
        self.sources.insert(source, path.clone());
        self.targets.insert(path, published);
    }

    /// A generated page or file (listings, feeds, static files), always published.
    pub fn add_path(&mut self, path: impl Into<String>) {
        self.targets.insert(path.into(), true);
    }

    /// Where a link really points. Every form of address passes the URL policy first, so an
    /// internal page is recognised however it is written: by its file, relative, from the
    /// root, percent-escaped, or by the storybook's own absolute address.
    pub fn resolve(&self, url: &str, from: From) -> Resolved {
        let (url, from_root) = match self.policy.judge(url) {
            Judged::External(u) => return Resolved::External(u),
            Judged::Refused(why) => return Resolved::Refused(why),
            Judged::Relative(u) => (u, false),
            Judged::Root(u) => (u, true),
        };
        let split = url.find(['?', '#']).unwrap_or(url.len());
        let (path, suffix) = url.split_at(split);
        if path.is_empty() && !from_root {
            return Resolved::Same(suffix.to_string());
        }
        let decoded = url_policy::decode_path(path);
        let target = if from_root {
            normalise(&decoded)
        } else if decoded.ends_with(".md") {
            normalise(&format!("{}/{}", from.source_dir, decoded))
                .and_then(|src| self.sources.get(src.trim_end_matches('/')).cloned())
        } else {
            normalise(&format!("{}{}", from.page_path, decoded))
        };
        let Some(target) = target else {
            return Resolved::Missing(path.to_string());
        };
        match self.targets.get(&target) {
            Some(true) => Resolved::Found(format!("{target}{suffix}")),
            Some(false) => Resolved::Unpublished(target),
            None => Resolved::Missing(path.to_string()),
        }
    }
}

/// Resolve `.` and `..`, drop `index.html`, and give directories their trailing `/`.
/// `None` when the path climbs above the site root.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    if parts.last() == Some(&"index.html") {
        parts.pop();
    }
    let is_file = parts
        .last()
        .is_some_and(|l| Path::new(l).extension().is_some());
    let mut out = parts.join("/");
    if !is_file && !out.is_empty() {
        out.push('/');
    }
    Some(out)
}

/// Every page and file a build generates besides the pages themselves.
pub fn generated_paths<'t, 's>(
    config: &Config,
    themes: impl IntoIterator<Item = &'t String>,
    statics: impl IntoIterator<Item = &'s String>,
) -> Vec<String> {
    let fixed = [
        "",
        "features/",
        "themes/",
        "atom.xml",
        "sitemap.xml",
        "stories.json",
        "404.html",
        "robots.txt",
        "accessibility/",
        "search/",
        "impact/",
        "browsing-safely/",
    ];
    fixed
        .into_iter()
        .map(str::to_string)
        .chain(Kind::ALL.iter().map(|k| format!("{}/", k.dir())))
        .chain(
            config
                .features
                .iter()
                .map(|f| crate::model::feature_path(&f.id)),
        )
        .chain(config.sites.iter().map(|s| format!("sites/{}/", s.id)))
        .chain(themes.into_iter().map(|t| crate::model::theme_path(t)))
        .chain(statics.into_iter().cloned())
        .chain(
            config
                .submissions
                .as_ref()
                .map(|_| crate::share::PATH.to_string()),
        )
        .collect()
}

/// The folder of a page's source, relative to ROOT, for resolving `.md` links.
pub fn source_dir(page: &Page) -> String {
    crate::diagnostic::display_path(page.source.parent().unwrap_or(Path::new("")))
}

/// Turns links written in one piece of Markdown into working hrefs.
pub struct Linker<'a> {
    pub index: &'a LinkIndex,
    pub from: From<'a>,
    /// When set, links become absolute URLs under it: for text shown on every page at every
    /// depth (the support box), where no single relative form works.
    pub absolute_base: Option<&'a str>,
}

impl Linker<'_> {
    /// The href for a link, or `None` to remove a link to a page that is missing or not
    /// published, or whose address the URL policy refuses.
    pub fn href(&self, url: &str) -> Option<String> {
        match self.index.resolve(url, self.from) {
            Resolved::External(u) => Some(u),
            Resolved::Same(suffix) => Some(suffix),
            Resolved::Found(p) => Some(match self.absolute_base {
                Some(base) => format!("{base}{p}"),
                None => relative(self.from.page_path, &p),
            }),
            Resolved::Unpublished(_) | Resolved::Missing(_) | Resolved::Refused(_) => None,
        }
    }
}

/// The relative href from one site path to another (`../../features/voice/`).
pub fn relative(from_page: &str, to: &str) -> String {
    format!("{}{}", "../".repeat(from_page.matches('/').count()), to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> LinkIndex {
        let mut i = LinkIndex::new("https://example.org/storybook/");
        i.targets.insert("lived-experience/sam/".into(), true);
        i.targets.insert("lived-experience/gone/".into(), false);
        i.sources.insert(
            "lived-experience/sam.md".into(),
            "lived-experience/sam/".into(),
        );
        i.sources.insert(
            "lived-experience/gone/index.md".into(),
            "lived-experience/gone/".into(),
        );
        i.add_path("features/voice/");
        i.add_path("");
        i
    }

    const FROM: From = From {
        source_dir: "case-studies",
        page_path: "case-studies/team/",
    };

    #[test]
    fn every_way_of_writing_a_link_resolves() {
        let i = index();
        let found = Resolved::Found("lived-experience/sam/".into());
        assert_eq!(i.resolve("../lived-experience/sam.md", FROM), found);
        assert_eq!(i.resolve("/lived-experience/sam/", FROM), found);
        assert_eq!(i.resolve("/lived-experience/sam", FROM), found);
        assert_eq!(i.resolve("../../lived-experience/sam/", FROM), found);
        assert_eq!(
            i.resolve("../../lived-experience/sam/index.html", FROM),
            found
        );
        assert_eq!(
            i.resolve("/features/voice/#why", FROM),
            Resolved::Found("features/voice/#why".into())
        );
        assert_eq!(i.resolve("#why", FROM), Resolved::Same("#why".into()));
        assert_eq!(i.resolve("/#why", FROM), Resolved::Found("#why".into()));
        assert_eq!(
            i.resolve("https://example.org/storybook/lived-experience/sam/", FROM),
            found
        );
        assert_eq!(i.resolve("/lived-experience/%73am/", FROM), found);
        assert_eq!(i.resolve("/", FROM), Resolved::Found(String::new()));
    }

    #[test]
    fn unpublished_missing_and_external() {
        let i = index();
        assert_eq!(
            i.resolve("../lived-experience/gone/index.md", FROM),
            Resolved::Unpublished("lived-experience/gone/".into())
        );
        assert_eq!(
            i.resolve("/lived-experience/gone/", FROM),
            Resolved::Unpublished("lived-experience/gone/".into())
        );
        assert!(matches!(
            i.resolve("/lived-experience/nobody/", FROM),
            Resolved::Missing(_)
        ));
        assert!(matches!(
            i.resolve("../../../../etc/passwd", FROM),
            Resolved::Missing(_)
        ));
        assert_eq!(
            i.resolve("https://www.samaritans.org/", FROM),
            Resolved::External("https://www.samaritans.org/".into())
        );
        assert_eq!(
            i.resolve("mailto:a@b.org", FROM),
            Resolved::External("mailto:a@b.org".into())
        );
        assert_eq!(
            i.resolve("//cdn.example/x", FROM),
            Resolved::External("https://cdn.example/x".into())
        );
        for gone in [
            "https://example.org/storybook/lived-experience/gone/",
            "http://example.org/storybook/lived-experience/gone/index.html?x=1#y",
            "HTTPS://example.org/storybook/lived-experience/gone",
            "//example.org/storybook/lived-experience/gone/#top",
        ] {
            assert_eq!(
                i.resolve(gone, FROM),
                Resolved::Unpublished("lived-experience/gone/".into()),
                "{gone}"
            );
        }
        assert!(matches!(
            i.resolve("JaVaScRiPt:alert(1)", FROM),
            Resolved::Refused(_)
        ));
    }

    #[test]
    fn relative_hrefs() {
        assert_eq!(
            relative("case-studies/team/", "lived-experience/sam/"),
            "../../lived-experience/sam/"
        );
        assert_eq!(relative("", "features/"), "features/");
    }
}
