//! The machine-readable outputs: Atom feed, sitemap, robots.txt and `stories.json`.
//!
//! Built from the same [`Model`] as the pages, so they can only ever list what the consent gate
//! let through.

use crate::config::Config;
use crate::consent::Audience;
use crate::model::Model;
use crate::page::Kind;
use serde::Serialize;
use std::fmt::Write;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    pulldown_cmark_escape::escape_html(&mut out, s).expect("writing to a String cannot fail");
    out
}

/// Stories and case studies, newest first. Site profiles are reference pages, not news.
/// A feed reader shows a story's words away from its page, so a story with content warnings
/// carries its content note, made by `care_note` (the theme's one partial), before them.
pub fn atom(model: &Model, care_note: &dyn Fn(&[String]) -> String) -> String {
    let c = model.config;
    let entries: Vec<usize> = model
        .order
        .iter()
        .copied()
        .filter(|&i| model.page(i).kind != Kind::Site)
        .collect();
    let updated = entries
        .first()
        .map(|&i| model.page(i).date.rfc3339())
        .unwrap_or_else(|| model.published.today().rfc3339());
    let mut x = String::new();
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{title}</title>\n  <subtitle>{sub}</subtitle>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}atom.xml\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{base}\"/>\n  <id>{base}</id>\n  <updated>{updated}</updated>\n  <rights>{rights}</rights>\n",
        lang = esc(&c.language),
        title = esc(&c.title),
        sub = esc(&c.description),
        base = esc(&c.base_url),
        rights = esc(&c.licence.name),
    );
    for i in entries {
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
    x.push_str("</feed>\n");
    x
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

#[derive(Serialize)]
struct Entry<'a> {
    kind: &'static str,
    slug: &'a str,
    url: String,
    title: &'a str,
    summary: &'a str,
    date: String,
    storyteller: Option<&'a str>,
    site: Option<&'a str>,
    features: &'a [String],
    themes: &'a [String],
    content_warnings: &'a [String],
    quote: Option<&'a str>,
    prompts: &'a [String],
    language: &'a str,
    licence: &'a str,
}

/// The published pages' metadata (no bodies, no consent records), newest first. Prompts are
/// for facilitators: listed only when `prompts` says so.
pub fn stories_json(model: &Model, prompts: bool) -> Vec<u8> {
    let c = model.config;
    let entries: Vec<Entry> = model
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
        .collect();
    let mut out = serde_json::to_vec_pretty(&entries).expect("plain data always serialises");
    out.push(b'\n');
    out
}
