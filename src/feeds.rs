//! The machine-readable outputs: Atom feeds, sitemap, robots.txt, `stories.json` and
//! `stories.csv` (in [`csv`]).
//!
//! Built from the same [`Model`] as the pages, so they can only ever list what the consent gate
//! let through.

use crate::config::Config;
use crate::consent::Audience;
use crate::model::Model;
use crate::page::Kind;
use serde::Serialize;
use std::fmt::Write;

pub mod csv;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    pulldown_cmark_escape::escape_html(&mut out, s).expect("writing to a String cannot fail");
    out
}

/// One Atom feed: where it lives, what it is called and which pages it may hold (newest
/// first; it keeps the newest `feed_size` stories and case studies among them).
pub struct Feed<'a> {
    /// Site-relative: `atom.xml`, `features/networks/atom.xml`.
    pub path: String,
    /// The HTML page it follows, site-relative (empty for the home page).
    pub page: String,
    /// The storybook's title, or a feature's or place's name before it.
    pub title: String,
    pub pages: &'a [usize],
}

impl Feed<'_> {
    /// The storybook's own feed: every story and case study.
    pub fn site<'m>(model: &'m Model) -> Feed<'m> {
        Feed {
            path: "atom.xml".into(),
            page: String::new(),
            title: model.config.title.clone(),
            pages: &model.order,
        }
    }
}

/// When a feed last changed: its newest entry's date (`entries` and [`Model::order`] are
/// newest first). An empty feed (a feature no story has yet) takes the newest date in the
/// whole storybook, not the day of the build, so the same storybook gives the same bytes
/// whenever it is built: a rebuild the next day has nothing new to upload, and no reader sees
/// a topic "updated" without news. Only a storybook with nothing published falls back to today.
fn updated(model: &Model, entries: &[usize]) -> String {
    entries
        .first()
        .or(model.order.first())
        .map_or_else(|| model.published.today(), |&i| model.page(i).date)
        .rfc3339()
}

/// Stories and case studies, newest first, the newest `feed_size` of them. Site profiles
/// are reference pages, not news. A feed reader shows a story's words away from its page,
/// so a story with content warnings carries its content note, made by `care_note` (the
/// theme's one partial), before them.
pub fn atom(model: &Model, feed: &Feed, care_note: &dyn Fn(&[String]) -> String) -> String {
    let c = model.config;
    let entries: Vec<usize> = feed
        .pages
        .iter()
        .copied()
        .filter(|&i| model.page(i).kind != Kind::Site)
        .take(c.feed_size)
        .collect();
    let updated = updated(model, &entries);
    let mut x = String::new();
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{title}</title>\n  <subtitle>{sub}</subtitle>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}{path}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{base}{page}\"/>\n  <id>{base}{page}</id>\n  <updated>{updated}</updated>\n  <rights>{rights}</rights>\n",
        lang = esc(&c.language),
        title = esc(&feed.title),
        sub = esc(&c.description),
        base = esc(&c.base_url),
        path = esc(&feed.path),
        page = esc(&feed.page),
        rights = esc(&c.licence.name),
    );
    for i in entries {
        entry(&mut x, model, i, care_note);
    }
    x.push_str("</feed>\n");
    x
}

fn entry(x: &mut String, model: &Model, i: usize, care_note: &dyn Fn(&[String]) -> String) {
    let c = model.config;
    let p = model.page(i);
    let card = &model.cards[i];
    let url = format!("{}{}", c.base_url, card.url);
    let author = p.storyteller.as_deref().unwrap_or(&c.title);
    let _ = write!(
        x,
        "  <entry>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>\n    <updated>{}</updated>\n    <author><name>{}</name></author>\n    <summary type=\"html\">{}</summary>\n",
        esc(&p.title),
        p.date.rfc3339(),
        esc(author),
        esc(&summary_html(p, care_note)),
        url = esc(&url),
    );
    for f in &card.features {
        let _ = writeln!(
            x,
            "    <category term=\"{}\" label=\"{}\"/>",
            esc(&f.id),
            esc(&f.name)
        );
    }
    x.push_str("  </entry>\n");
}

/// The summary as HTML: the content note first when there are warnings.
fn summary_html(p: &crate::page::Page, care_note: &dyn Fn(&[String]) -> String) -> String {
    let summary = format!("<p>{}</p>", esc(&p.summary));
    if p.content_warnings.is_empty() {
        summary
    } else {
        format!("{}{summary}", care_note(&p.content_warnings))
    }
}

/// Every HTML page but the 404, as absolute URLs.
pub fn sitemap(model: &Model, html_paths: &[&str]) -> String {
    let base = &model.config.base_url;
    let mut paths: Vec<&str> = html_paths.to_vec();
    paths.sort_unstable();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for path in paths {
        let dir = path.strip_suffix("index.html").unwrap_or(path);
        let _ = writeln!(
            x,
            "  <url><loc>{}</loc></url>",
            esc(&format!("{base}{dir}"))
        );
    }
    x.push_str("</urlset>\n");
    x
}

/// A workshop build is internal: it asks every crawler to stay away.
pub fn robots(config: &Config, audience: Audience) -> String {
    match audience {
        Audience::Public => format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            config.base_url
        ),
        Audience::Workshop => "User-agent: *\nDisallow: /\n".to_string(),
    }
}

/// One published page's metadata, as `stories.json` and `stories.csv` list it.
#[derive(Serialize)]
pub struct Entry<'a> {
    pub kind: &'static str,
    pub slug: &'a str,
    pub url: String,
    pub title: &'a str,
    pub summary: &'a str,
    pub date: String,
    pub storyteller: Option<&'a str>,
    pub site: Option<&'a str>,
    pub features: &'a [String],
    pub themes: &'a [String],
    pub content_warnings: &'a [String],
    pub quote: Option<&'a str>,
    pub prompts: &'a [String],
    pub language: &'a str,
    pub licence: &'a str,
}

/// The published pages' metadata (no bodies, no consent records), newest first. Prompts are
/// for facilitators: listed only when `prompts` says so.
pub fn stories_json(model: &Model, prompts: bool) -> Vec<u8> {
    let mut out =
        serde_json::to_vec_pretty(&entries(model, prompts)).expect("plain data always serialises");
    out.push(b'\n');
    out
}

/// Every published page's [`Entry`], newest first.
pub fn entries<'m>(model: &'m Model, prompts: bool) -> Vec<Entry<'m>> {
    let c = model.config;
    model
        .order
        .iter()
        .map(|&i| {
            let p = model.page(i);
            Entry {
                kind: p.kind.dir(),
                slug: &p.slug,
                url: format!("{}{}", c.base_url, p.path()),
                title: &p.title,
                summary: &p.summary,
                date: p.date.iso(),
                storyteller: p.storyteller.as_deref(),
                site: p.site.as_deref(),
                features: &p.features,
                themes: &p.themes,
                content_warnings: &p.content_warnings,
                quote: p.quote.as_deref(),
                prompts: if prompts { &p.prompts } else { &[] },
                language: p.language.as_deref().unwrap_or(&c.language),
                licence: &p.licence.id,
            }
        })
        .collect()
}
