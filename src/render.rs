//! Rendering the published storybook to HTML and the other output files, in memory.
//!
//! Nothing is written here: the whole site is produced first, so a template error can never
//! leave half a site on disk. Every page is rendered exactly once, in parallel.

use crate::charts;
use crate::config::Config;
use crate::consent::{Audience, Published};
use crate::diagnostic::Diagnostics;
use crate::feeds;
use crate::images::{Cache, Stats};
use crate::links::{self, From, LinkIndex, Linker};
use crate::markdown::{self, Rendered};
use crate::model::{feature_path, tag_name, theme_path, Card, Model};
use crate::page::{Kind, Page};
use crate::pictures::{self, PagePictures};
use crate::search;
use crate::theme::{self, Theme};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;
use std::sync::OnceLock;
use tera::{Context, Value};

/// One file of the output, by its site-relative path (`features/networks/index.html`).
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Copy this file instead of writing `bytes`: processed images stay in the cache, not in
    /// memory.
    pub copy_from: Option<std::path::PathBuf>,
}

impl OutputFile {
    /// A file made in memory. JSON files are made safe to inline here, whichever part of
    /// the build wrote them (see [`inline_safe_json`]).
    pub fn new(path: impl Into<String>, bytes: Vec<u8>) -> OutputFile {
        let path = path.into();
        let bytes = if path.ends_with(".json") {
            inline_safe_json(bytes)
        } else {
            bytes
        };
        OutputFile {
            path,
            bytes,
            copy_from: None,
        }
    }

    pub fn copy(path: impl Into<String>, from: std::path::PathBuf) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: Vec::new(),
            copy_from: Some(from),
        }
    }
}

/// JSON with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026` (and the two line
/// separators JavaScript once refused), so no story text in it can close a `<script>` or
/// open a comment wherever the data is embedded or sniffed as HTML. Outside strings JSON has
/// none of these characters, so the bytes can be rewritten without parsing.
pub fn inline_safe_json(bytes: Vec<u8>) -> Vec<u8> {
    const RISKY: [&[u8]; 5] = [
        b"<",
        b">",
        b"&",
        "\u{2028}".as_bytes(),
        "\u{2029}".as_bytes(),
    ];
    if !bytes.iter().any(|b| matches!(b, b'<' | b'>' | b'&' | 0xE2)) {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut i = 0;
    while i < bytes.len() {
        match RISKY.iter().position(|r| bytes[i..].starts_with(r)) {
            Some(k) => {
                let code = ["003c", "003e", "0026", "2028", "2029"][k];
                out.extend_from_slice(b"\\u");
                out.extend_from_slice(code.as_bytes());
                i += RISKY[k].len();
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}

/// Every page the site has, so they can be rendered side by side.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    Page(usize),
    KindList(Kind),
    SitesIndex,
    SiteList(String),
    FeaturesIndex,
    Feature(String),
    ThemesIndex,
    Theme(String),
    Accessibility,
    Search,
    Impact,
    BrowsingSafely,
    /// `/share/`, only when the storybook takes submissions.
    Share,
    NotFound,
}

/// Storybook texts rendered once, with their links resolved for the page they appear on.
struct Texts {
    intro_html: String,
    in_practice_html: std::collections::HashMap<String, String>,
}

/// What a story's own page adds to its card.
#[derive(Serialize)]
struct PageView<'a> {
    #[serde(flatten)]
    card: &'a Card,
    body_html: &'a str,
    reading_minutes: usize,
    /// Empty on the public site unless the storybook asks for them: they are for facilitators.
    prompts: &'a [String],
    /// The front-matter quote is also in the text: shown once, where the teller put it.
    quote_in_text: bool,
    licence: &'a crate::licence::Licence,
    consent_review: String,
    /// Ready-made `<picture>` markup for the front-matter image; empty when there is none.
    image_html: &'a str,
}

/// Everything made from the published pages' content: the expensive part of rendering, and
/// the part `serve` keeps between rebuilds.
#[derive(Default)]
pub struct Artifacts {
    /// Rendered bodies, in published-page order.
    pub bodies: Vec<Rendered>,
    pub pictures: Vec<PagePictures>,
    pub image_files: Vec<OutputFile>,
}

/// Every address a link may point to in this build.
pub fn link_index(published: &Published, model: &Model, theme: &Theme) -> LinkIndex {
    let mut index = LinkIndex::new(&model.config.base_url);
    for p in published.pages() {
        index.add_page(p, true);
    }
    for path in links::generated_paths(model.config, model.by_theme.keys(), theme.statics.keys()) {
        index.add_path(path);
    }
    index
}

/// One page's body, with its links resolved and its images in place.
pub fn body(page: &Page, pictures: &PagePictures, index: &LinkIndex) -> Rendered {
    let inline = |src: &str, _alt: &str| pictures.inline.get(src).map(|p| p.html.clone());
    let (dir, path) = (links::source_dir(page), page.path());
    let from = From {
        source_dir: &dir,
        page_path: &path,
    };
    markdown::render(
        &page.body,
        Some(&Linker {
            index,
            from,
            absolute_base: None,
        }),
        Some(&inline),
    )
}

/// Process the images and render the bodies of every published page.
pub fn artifacts(
    published: &Published,
    index: &LinkIndex,
    cache: &Cache,
    stats: &Stats,
) -> Result<Artifacts, Diagnostics> {
    let (pictures, image_files) = pictures::prepare(published.pages(), cache, stats)?;
    let bodies = published
        .pages()
        .par_iter()
        .zip(&pictures)
        .map(|(p, pics)| body(p, pics, index))
        .collect();
    Ok(Artifacts {
        bodies,
        pictures,
        image_files,
    })
}

/// Renders pages of one build from its model and artifacts.
pub struct Renderer<'a> {
    model: &'a Model<'a>,
    artifacts: &'a Artifacts,
    texts: Texts,
    theme: &'a Theme,
    cards: CardValues,
}

/// Every card as a template value, made once per build before listings are rendered. A
/// story is on half a dozen listings, and a tera value is shared by reference count, where
/// handing the card to each listing would serialise it again (65,000 times at 10,000 stories).
#[derive(Default)]
struct CardValues(OnceLock<Vec<Value>>);

impl CardValues {
    /// Make the values, on every core. Called by [`Renderer::render`] before its jobs start,
    /// never by a job: a job initialising the `OnceLock` could be re-entered by another job
    /// its thread steals while waiting for the parallel part.
    fn make(&self, model: &Model) {
        self.0.get_or_init(|| {
            model
                .cards
                .par_iter()
                .map(Value::from_serializable)
                .collect()
        });
    }

    /// The cards at `indexes`, as one template list.
    fn list(&self, model: &Model, indexes: &[usize]) -> Value {
        let made = self.0.get();
        let cards: Vec<Value> = indexes
            .iter()
            .map(|&i| match made {
                Some(values) => values[i].clone(),
                // Only a single story page was asked for: not worth making them all.
                None => Value::from_serializable(&model.cards[i]),
            })
            .collect();
        Value::from(cards)
    }
}

impl<'a> Renderer<'a> {
    pub fn new(
        model: &'a Model<'a>,
        artifacts: &'a Artifacts,
        index: &LinkIndex,
        theme: &'a mut Theme,
    ) -> Renderer<'a> {
        let config = model.config;
        let text = |md: &str, page_path: &str, absolute_base: Option<&str>| {
            let from = From {
                source_dir: "",
                page_path,
            };
            markdown::render(
                md,
                Some(&Linker {
                    index,
                    from,
                    absolute_base,
                }),
                None,
            )
            .html
        };
        let texts = Texts {
            intro_html: text(&config.intro, "", None),
            in_practice_html: config
                .features
                .iter()
                .map(|f| {
                    (
                        f.id.clone(),
                        text(&f.in_practice, &feature_path(&f.id), None),
                    )
                })
                .collect(),
        };
        // The support box is on every page at every depth: its links must be absolute.
        let support_html =
            crate::help::link_numbers(&text(&config.support, "", Some(&config.base_url)));
        let audience = model.published.audience();
        theme
            .tera
            .global_context()
            .insert("site", &site_globals(model, audience, &support_html));
        Renderer {
            model,
            artifacts,
            texts,
            theme,
            cards: CardValues::default(),
        }
    }

    /// Every page of the site.
    pub fn all_jobs(&self) -> Vec<Job> {
        let (model, config) = (self.model, self.model.config);
        let mut jobs = vec![
            Job::Home,
            Job::SitesIndex,
            Job::FeaturesIndex,
            Job::ThemesIndex,
            Job::Accessibility,
            Job::Search,
            Job::Impact,
            Job::BrowsingSafely,
            Job::NotFound,
        ];
        if config.submissions.is_some() {
            jobs.push(Job::Share);
        }
        jobs.extend((0..model.published.pages().len()).map(Job::Page));
        jobs.extend([Kind::Story, Kind::CaseStudy].map(Job::KindList));
        jobs.extend(
            config
                .sites
                .iter()
                .filter(|s| !model.profiles.contains_key(&s.id))
                .map(|s| Job::SiteList(s.id.clone())),
        );
        jobs.extend(config.features.iter().map(|f| Job::Feature(f.id.clone())));
        jobs.extend(model.by_theme.keys().map(|t| Job::Theme(t.clone())));
        jobs
    }

    /// The listing pages a page with this data appears on (or would have appeared on), plus
    /// the indexes whose counts it changes. Used by `serve` for the old and new version of an
    /// edited page.
    pub fn listings_for(&self, page: &Page) -> Vec<Job> {
        let model = self.model;
        let mut jobs = vec![
            Job::Home,
            Job::FeaturesIndex,
            Job::ThemesIndex,
            Job::SitesIndex,
            Job::Search,
        ];
        if page.kind != Kind::Site {
            jobs.push(Job::KindList(page.kind));
        }
        jobs.extend(
            page.features
                .iter()
                .filter(|f| model.by_feature.contains_key(*f))
                .map(|f| Job::Feature(f.clone())),
        );
        jobs.extend(
            page.themes
                .iter()
                .filter(|t| model.by_theme.contains_key(*t))
                .map(|t| Job::Theme(t.clone())),
        );
        if let Some(site) = page
            .site
            .as_deref()
            .filter(|s| model.config.site(s).is_some())
        {
            jobs.push(match model.profiles.get(site) {
                Some(&i) => Job::Page(i),
                None => Job::SiteList(site.to_string()),
            });
        }
        jobs.extend(self.pages_that_may_list(page));
        jobs
    }

    /// The stories whose "More stories like this" may show `page`: every one that shares a
    /// feature or its place. Re-rendered when it comes or goes, so a withdrawn story never
    /// lingers at the end of another.
    fn pages_that_may_list(&self, page: &Page) -> Vec<Job> {
        let model = self.model;
        if page.kind == Kind::Site {
            return Vec::new();
        }
        let lists = page
            .features
            .iter()
            .filter_map(|f| model.by_feature.get(f))
            .chain(page.site.as_ref().and_then(|s| model.by_site.get(s)));
        let mut pages: Vec<usize> = lists.flatten().copied().collect();
        pages.sort_unstable();
        pages.dedup();
        pages
            .into_iter()
            .filter(|&i| model.page(i).kind != Kind::Site)
            .map(Job::Page)
            .collect()
    }

    /// Render the given pages in parallel, in the order given. Template problems come back as
    /// diagnostics naming the template.
    pub fn render(&self, jobs: &[Job]) -> Result<Vec<OutputFile>, Diagnostics> {
        if jobs.iter().any(|j| self.cards_listed(j) > 0) {
            self.cards.make(self.model);
        }
        // The longest listings first: started last, the 10,000-card "Stories" page would
        // leave one core rendering it while the other waits.
        let mut schedule: Vec<usize> = (0..jobs.len()).collect();
        schedule.sort_by_key(|&k| std::cmp::Reverse(self.cards_listed(&jobs[k])));
        let mut rendered: Vec<(usize, Result<OutputFile, Diagnostics>)> = schedule
            .into_par_iter()
            .map(|k| (k, self.render_job(&jobs[k])))
            .collect();
        rendered.sort_unstable_by_key(|(k, _)| *k);
        let mut files = Vec::with_capacity(rendered.len());
        let mut diags = Diagnostics::default();
        for (_, r) in rendered {
            match r {
                Ok(f) => files.push(f),
                Err(d) => diags.extend(d),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(files)
    }

    /// How many cards a page lists: its share of the rendering work.
    fn cards_listed(&self, job: &Job) -> usize {
        let model = self.model;
        let len = |v: Option<&Vec<usize>>| v.map_or(0, Vec::len);
        match job {
            Job::Home => model.order.len().min(6),
            Job::Page(i) if model.page(*i).kind == Kind::Site => len(model
                .page(*i)
                .site
                .as_ref()
                .and_then(|s| model.by_site.get(s))),
            Job::KindList(k) => len(model.by_kind.get(k)),
            Job::SitesIndex => len(model.by_kind.get(&Kind::Site)),
            Job::SiteList(id) => len(model.by_site.get(id)),
            Job::Feature(id) => len(model.by_feature.get(id)),
            Job::Theme(t) => len(model.by_theme.get(t)),
            _ => 0,
        }
    }

    /// The output path of a page, without rendering it.
    pub fn path_of(&self, job: &Job) -> String {
        let model = self.model;
        match job {
            Job::Home => "index.html".into(),
            Job::Page(i) => format!("{}index.html", model.page(*i).path()),
            Job::KindList(k) => format!("{}/index.html", k.dir()),
            Job::SitesIndex => "sites/index.html".into(),
            Job::SiteList(id) => format!("sites/{id}/index.html"),
            Job::FeaturesIndex => "features/index.html".into(),
            Job::Feature(id) => format!("{}index.html", feature_path(id)),
            Job::ThemesIndex => "themes/index.html".into(),
            Job::Theme(t) => format!("{}index.html", theme_path(t)),
            Job::Accessibility => "accessibility/index.html".into(),
            Job::Search => "search/index.html".into(),
            Job::Impact => "impact/index.html".into(),
            Job::BrowsingSafely => "browsing-safely/index.html".into(),
            Job::Share => format!("{}index.html", crate::share::PATH),
            Job::NotFound => "404.html".into(),
        }
    }

    /// The feed, sitemap, robots.txt, `stories.json` and the search index.
    pub fn data_files(&self, jobs: &[Job]) -> Vec<OutputFile> {
        let mut files = self.feed_files(jobs);
        files.extend(self.search_files());
        files
    }

    /// The feed, sitemap, robots.txt and `stories.json`: cheap, made from the model alone.
    pub fn feed_files(&self, jobs: &[Job]) -> Vec<OutputFile> {
        let (model, config) = (self.model, self.model.config);
        let html_paths: Vec<String> = jobs
            .iter()
            .filter(|j| !matches!(j, Job::NotFound))
            .map(|j| self.path_of(j))
            .collect();
        let html_paths: Vec<&str> = html_paths.iter().map(String::as_str).collect();
        vec![
            OutputFile::new(
                "atom.xml",
                feeds::atom(model, &|cw| self.care_note(cw)).into_bytes(),
            ),
            OutputFile::new(
                "sitemap.xml",
                feeds::sitemap(model, &html_paths).into_bytes(),
            ),
            OutputFile::new(
                "robots.txt",
                feeds::robots(config, model.published.audience()).into_bytes(),
            ),
            OutputFile::new(
                "stories.json",
                feeds::stories_json(model, show_prompts(model)),
            ),
        ]
    }

    /// The content note, from the theme's one partial, for outputs that are not pages.
    fn care_note(&self, cw: &[String]) -> String {
        let mut ctx = Context::new();
        ctx.insert("cw", cw);
        ctx.insert("lang", &self.model.config.language);
        self.theme
            .tera
            .render("partials/care-note.html", &ctx)
            .map(|h| h.trim().to_string())
            // A storybook's own partial that fails still leaves the warning in words.
            .unwrap_or_else(|_| format!("Content note: {}.", cw.join(", ").replace('-', " ")))
    }

    /// The search index: the costliest data file, which `serve` refreshes after the pages.
    pub fn search_files(&self) -> Vec<OutputFile> {
        search::index_files(self.model, &self.artifacts.bodies)
    }

    /// The theme's and the storybook's static files. Images among them are re-encoded, so
    /// no photo reaches the site with its metadata, whoever put it there.
    pub fn static_files(&self) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut out = Vec::new();
        for (path, bytes) in &self.theme.statics {
            let ext = path.rsplit('.').next().unwrap_or("");
            match crate::images::strip(bytes, ext) {
                Ok(b) => out.push(OutputFile::new(path.clone(), b)),
                Err(e) => diags.push(
                    crate::diagnostic::Diagnostic::error(
                        std::path::Path::new(&format!("static/{path}")),
                        "image-unreadable",
                        format!("the image could not be used: {e}"),
                    )
                    .hint("export it again as a JPEG, PNG or WebP file"),
                ),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(out)
    }

    fn render_job(&self, job: &Job) -> Result<OutputFile, Diagnostics> {
        render_job(
            job,
            self.model,
            &self.artifacts.bodies,
            &self.artifacts.pictures,
            &self.texts,
            &self.cards,
            self.theme,
        )
    }
}

/// Render the whole site. Template problems come back as diagnostics naming the template.
pub fn render(
    published: &Published,
    config: &Config,
    mut theme: Theme,
    cache: &Cache,
    stats: &Stats,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let model = Model::new(config, published);
    let index = link_index(published, &model, &theme);
    let artifacts = artifacts(published, &index, cache, stats)?;
    let renderer = Renderer::new(&model, &artifacts, &index, &mut theme);
    let jobs = renderer.all_jobs();
    // Side by side: each has a stretch that keeps only one core busy.
    let (pages, data) = rayon::join(|| renderer.render(&jobs), || renderer.data_files(&jobs));
    let mut files = pages?;
    files.extend(data);
    files.extend(renderer.static_files()?);
    files.extend(artifacts.image_files.iter().cloned());
    Ok(files)
}

fn site_globals(model: &Model, audience: Audience, support_html: &str) -> serde_json::Value {
    let c = model.config;
    json!({
        "title": c.title,
        "description": c.description,
        "base_url": c.base_url,
        "language": c.language,
        "licence": c.licence,
        "support_html": support_html,
        "quick_exit": c.quick_exit,
        "helplines": c.helplines,
        "share": c.share,
        "features": model.features().iter().zip(&c.features).map(|(counted, f)| json!({
            "id": counted.id, "name": counted.name, "description": f.description, "url": counted.url, "count": counted.count,
            "stories": counted.stories, "case_studies": counted.case_studies, "profiles": counted.profiles,
        })).collect::<Vec<_>>(),
        "sites": model.sites(),
        "kinds": model.kinds(),
        "audience": audience.name(),
        "internal": audience == Audience::Workshop,
        // Where story endings and the footer link to; empty when there is no such page.
        "share_url": if c.submissions.is_some() { crate::share::PATH } else { "" },
    })
}

/// Prompts are for facilitators: in workshop builds always, on the public site only when
/// the storybook asks.
fn show_prompts(model: &Model) -> bool {
    model.published.audience() == Audience::Workshop || model.config.show_prompts
}

/// Lower-case words of `s`, with quotes, dashes and spaces written one way (Markdown makes
/// `'` into `’`; a front-matter quote may not), appended to `out`.
fn fold_words(s: &str, out: &mut String) {
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            c => c,
        };
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
}

/// Whether `needle` is in the words of `html`, however its punctuation is written.
fn text_contains(html: &str, needle: &str) -> bool {
    let mut plain = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                plain.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("&amp;", "&").replace("&#39;", "'");
    let (mut text, mut want) = (String::new(), String::new());
    fold_words(&plain, &mut text);
    fold_words(needle, &mut want);
    let want = want.trim();
    !want.is_empty() && text.contains(want)
}

/// `"../../"` for `a/b/`: links stay relative so the site works under any sub-path.
fn root_for(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

struct PageMeta<'a> {
    path: String,
    title: &'a str,
    description: &'a str,
    lang: &'a str,
    og_type: &'static str,
}

fn base_context(model: &Model, meta: &PageMeta) -> Context {
    let mut ctx = Context::new();
    ctx.insert("root", &root_for(&meta.path));
    ctx.insert("page_path", &meta.path);
    ctx.insert(
        "canonical",
        &format!("{}{}", model.config.base_url, meta.path),
    );
    ctx.insert("lang", meta.lang);
    ctx.insert("page_title", meta.title);
    ctx.insert(
        "description",
        if meta.description.is_empty() {
            model.config.description.as_str()
        } else {
            meta.description
        },
    );
    ctx.insert("og_type", meta.og_type);
    ctx
}

fn render_job(
    job: &Job,
    model: &Model,
    bodies: &[Rendered],
    pictures: &[PagePictures],
    texts: &Texts,
    cards: &CardValues,
    theme: &Theme,
) -> Result<OutputFile, Diagnostics> {
    let cards_of = |indexes: &[usize]| cards.list(model, indexes);
    let config = model.config;
    let lang = config.language.as_str();
    let listing = |path: String, title: &'static str| PageMeta {
        path,
        title,
        description: "",
        lang,
        og_type: "website",
    };
    // A theme's page title is made here, and must outlive the page's metadata.
    let theme_name: String;
    let (template, meta, ctx): (&str, PageMeta, Context) = match job {
        Job::Home => {
            let meta = PageMeta {
                path: String::new(),
                title: "",
                description: &config.description,
                lang,
                og_type: "website",
            };
            let mut ctx = base_context(model, &meta);
            ctx.insert("intro_html", &texts.intro_html);
            let recent: Vec<usize> = model
                .order
                .iter()
                .copied()
                .filter(|&i| model.page(i).kind != Kind::Site)
                .take(6)
                .collect();
            ctx.insert_value("recent", cards_of(&recent));
            let count = |k: Kind| model.by_kind.get(&k).map_or(0, Vec::len);
            ctx.insert("counts", &json!({"stories": count(Kind::Story), "case_studies": count(Kind::CaseStudy), "sites": count(Kind::Site)}));
            ("home.html", meta, ctx)
        }
        Job::Page(i) => {
            let page = model.page(*i);
            let card = &model.cards[*i];
            let meta = PageMeta {
                path: page.path(),
                title: &page.title,
                description: &page.summary,
                lang: page.language.as_deref().unwrap_or(lang),
                og_type: "article",
            };
            let mut ctx = base_context(model, &meta);
            let consent_review = match (
                model.published.audience(),
                page.consent.as_ref().and_then(|c| c.review),
            ) {
                (Audience::Workshop, Some(d)) => d.display(),
                _ => String::new(),
            };
            ctx.insert(
                "page",
                &PageView {
                    card,
                    body_html: &bodies[*i].html,
                    reading_minutes: bodies[*i].reading_minutes(),
                    prompts: if show_prompts(model) {
                        &page.prompts
                    } else {
                        &[]
                    },
                    quote_in_text: page
                        .quote
                        .as_deref()
                        .is_some_and(|q| text_contains(&bodies[*i].html, q)),
                    licence: &page.licence,
                    consent_review,
                    image_html: pictures[*i].hero.as_ref().map_or("", |p| p.html.as_str()),
                },
            );
            if let Some(hero) = &pictures[*i].hero {
                ctx.insert("og_image", &format!("{}{}", config.base_url, hero.preview));
            }
            if page.kind != Kind::Site {
                ctx.insert_value("related", cards_of(&model.related(*i, 3)));
            }
            if page.kind == Kind::Site {
                let site = page.site.as_deref().unwrap_or_default();
                ctx.insert_value(
                    "cards",
                    cards_of(model.by_site.get(site).map_or(&[], Vec::as_slice)),
                );
            }
            (page.kind.template(), meta, ctx)
        }
        Job::KindList(kind) => {
            let meta = listing(format!("{}/", kind.dir()), kind.plural());
            let mut ctx = base_context(model, &meta);
            ctx.insert("heading", kind.plural());
            ctx.insert(
                "intro",
                match kind {
                    Kind::Story => "Stories told by the people who lived them, in their own words.",
                    Kind::CaseStudy => {
                        "Services, teams and practices, and what changed for people."
                    }
                    Kind::Site => "",
                },
            );
            ctx.insert_value(
                "cards",
                cards_of(model.by_kind.get(kind).map_or(&[], Vec::as_slice)),
            );
            ("list.html", meta, ctx)
        }
        Job::SitesIndex => {
            let meta = listing("sites/".into(), "Places");
            let mut ctx = base_context(model, &meta);
            ctx.insert_value(
                "profiles",
                cards_of(model.by_kind.get(&Kind::Site).map_or(&[], Vec::as_slice)),
            );
            ("sites.html", meta, ctx)
        }
        Job::SiteList(id) => {
            let site = config.site(id).expect("site ids come from the config");
            let meta = PageMeta {
                path: format!("sites/{id}/"),
                title: &site.name,
                description: "",
                lang,
                og_type: "website",
            };
            let mut ctx = base_context(model, &meta);
            let cards = &model.by_site[id];
            ctx.insert(
                "place",
                &json!({"id": id, "name": site.name, "url": meta.path, "count": cards.len()}),
            );
            ctx.insert_value("cards", cards_of(cards));
            ("site-list.html", meta, ctx)
        }
        Job::FeaturesIndex => {
            let meta = listing("features/".into(), "Features");
            let ctx = base_context(model, &meta);
            ("features.html", meta, ctx)
        }
        Job::Feature(id) => {
            let f = config
                .feature(id)
                .expect("feature ids come from the config");
            let meta = PageMeta {
                path: feature_path(id),
                title: &f.name,
                description: &f.description,
                lang,
                og_type: "website",
            };
            let mut ctx = base_context(model, &meta);
            let cards = &model.by_feature[id];
            ctx.insert("feature", &json!({
                "id": f.id, "name": f.name, "description": f.description,
                "in_practice_html": texts.in_practice_html[id], "url": meta.path, "count": cards.len(),
            }));
            ctx.insert_value("cards", cards_of(cards));
            ("feature.html", meta, ctx)
        }
        Job::ThemesIndex => {
            let meta = listing("themes/".into(), "Themes");
            let mut ctx = base_context(model, &meta);
            let themes: Vec<_> = model
                .by_theme
                .iter()
                .map(|(t, v)| json!({"tag": t, "name": tag_name(t), "url": theme_path(t), "count": v.len()}))
                .collect();
            ctx.insert("themes", &themes);
            ("themes.html", meta, ctx)
        }
        Job::Theme(tag) => {
            theme_name = tag_name(tag);
            let meta = PageMeta {
                path: theme_path(tag),
                title: &theme_name,
                description: "",
                lang,
                og_type: "website",
            };
            let mut ctx = base_context(model, &meta);
            let cards = &model.by_theme[tag];
            ctx.insert(
                "theme",
                &json!({"tag": tag, "name": meta.title, "url": meta.path, "count": cards.len()}),
            );
            ctx.insert_value("cards", cards_of(cards));
            ("theme.html", meta, ctx)
        }
        Job::Accessibility => {
            let meta = listing("accessibility/".into(), "Accessibility statement");
            let mut ctx = base_context(model, &meta);
            let a = &config.accessibility;
            ctx.insert(
                "accessibility",
                &json!({
                    "contact": a.contact,
                    "contact_href": a.contact_href,
                    "last_tested": a.last_tested.map(|d| d.display()),
                    "last_tested_iso": a.last_tested.map(|d| d.iso()),
                    "known_issues": a.known_issues,
                    "compliance": if a.known_issues.is_empty() { "full" } else { "partial" },
                }),
            );
            ("accessibility.html", meta, ctx)
        }
        Job::Search => {
            let meta = listing("search/".into(), "Search");
            let mut ctx = base_context(model, &meta);
            let themes: Vec<_> = model
                .by_theme
                .iter()
                .map(|(t, v)| json!({"id": t, "name": t, "url": theme_path(t), "count": v.len()}))
                .collect();
            ctx.insert(
                "facets",
                &json!({
                    "features": model.features(),
                    "sites": model.sites(),
                    "kinds": model.kinds(),
                    "themes": themes,
                }),
            );
            ctx.insert("care_notes", &search::care_note_sets(model));
            ("search.html", meta, ctx)
        }
        Job::Impact => {
            let meta = listing("impact/".into(), "Impact");
            let mut ctx = base_context(model, &meta);
            let count = |v: &[usize]| {
                v.iter()
                    .filter(|&&i| model.page(i).kind != Kind::Site)
                    .count()
            };
            let by_feature: Vec<(String, usize)> = config
                .features
                .iter()
                .map(|f| (f.name.clone(), count(&model.by_feature[&f.id])))
                .collect();
            let by_site: Vec<(String, usize)> = config
                .sites
                .iter()
                .map(|s| (s.name.clone(), count(&model.by_site[&s.id])))
                .collect();
            let table = |rows: &[(String, usize)]| {
                rows.iter()
                    .map(|(l, v)| json!({"label": l, "count": v}))
                    .collect::<Vec<_>>()
            };
            let figure = |v: Option<f64>, unit: &str| v.map(|v| charts::with_unit(v, unit));
            let outcomes: Vec<_> = config
                .outcomes
                .iter()
                .map(|o| {
                    json!({
                        "label": o.label, "source": o.source, "note": o.note, "value": o.value,
                        "before": figure(o.before, &o.unit), "after": figure(o.after, &o.unit),
                        "chart": charts::outcome(o.before, o.after, &o.unit),
                    })
                })
                .collect();
            ctx.insert(
                "impact",
                &json!({
                    "stories": model.by_kind.get(&Kind::Story).map_or(0, Vec::len),
                    "case_studies": model.by_kind.get(&Kind::CaseStudy).map_or(0, Vec::len),
                    "features_chart": charts::counts(&by_feature),
                    "features": table(&by_feature),
                    "sites_chart": charts::counts(&by_site),
                    "sites": table(&by_site),
                    "outcomes": outcomes,
                }),
            );
            ("impact.html", meta, ctx)
        }
        Job::BrowsingSafely => {
            let meta = listing("browsing-safely/".into(), "Browsing safely");
            let ctx = base_context(model, &meta);
            ("browsing-safely.html", meta, ctx)
        }
        Job::Share => {
            let meta = listing(crate::share::PATH.into(), "Share your story");
            let mut ctx = base_context(model, &meta);
            ctx.insert("share", &crate::share::context(config));
            ("share.html", meta, ctx)
        }
        Job::NotFound => {
            let meta = listing("404.html".into(), "Page not found");
            let mut ctx = base_context(model, &meta);
            // Served for any missing URL at any depth, so links must be absolute.
            ctx.insert("root", config.base_path());
            ctx.insert("canonical", &format!("{}404.html", config.base_url));
            ("404.html", meta, ctx)
        }
    };
    let html = theme
        .tera
        .render(template, &ctx)
        .map_err(|e| Diagnostics::from_iter([theme::template_error(theme.origin(template), &e)]))?;
    let path = if meta.path.ends_with(".html") {
        meta.path
    } else {
        format!("{}index.html", meta.path)
    };
    Ok(OutputFile::new(path, html.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::{root_for, text_contains};

    #[test]
    fn a_quote_is_found_in_the_text_however_it_is_punctuated() {
        let html = "<p>I didn’t know <em>anyone</em> — not one person.</p>";
        assert!(text_contains(
            html,
            "I didn't know anyone - not one person."
        ));
        assert!(!text_contains(html, "Everyone knew me."));
        assert!(!text_contains(html, "  "));
    }

    #[test]
    fn relative_roots() {
        assert_eq!(root_for(""), "");
        assert_eq!(root_for("features/"), "../");
        assert_eq!(root_for("lived-experience/sam/"), "../../");
    }
}
