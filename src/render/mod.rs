//! Rendering the published storybook to HTML and the other output files.
//!
//! Nothing is written here: each finished file goes to a [`Sink`], which in a build is the
//! staging folder that becomes the site only once it is whole, so a template error can never
//! leave half a site where readers are, and the site is never all in memory at once. Every
//! page is rendered exactly once, in parallel.

use crate::config::Config;
use crate::consent::Published;
use crate::diagnostic::Diagnostics;
use crate::images::{Cache, Stats};
use crate::links::{self, From, LinkIndex, Linker};
use crate::markdown::{self, Rendered};
use crate::model::{feature_path, Model};
use crate::page::{Kind, Page};
use crate::pictures::{self, PagePictures};
use crate::theme::Theme;
use rayon::prelude::*;
use std::sync::Mutex;
use tera::Value;

mod context;
mod data;
mod file;
mod fixed;
mod home;
mod indexes;
mod jobs;
mod listings;
mod pages;
mod paging;
mod stream;

pub use paging::Listing;

use context::{site_globals, CardValues, Texts};
pub use file::{inline_safe_json, OutputFile, Sink};

/// Every page the site has, so they can be rendered side by side.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    Page(usize),
    /// Page `n` (from 1) of a listing of cards.
    List(Listing, usize),
    SitesIndex,
    FeaturesIndex,
    ThemesIndex,
    Accessibility,
    Search,
    Impact,
    BrowsingSafely,
    /// `/share/`, only when the storybook takes submissions.
    Share,
    NotFound,
}

/// Everything made from the published pages' content: the expensive part of rendering, and
/// the part `serve` keeps between rebuilds.
#[derive(Default)]
pub struct Artifacts {
    /// Rendered bodies, in published-page order.
    pub bodies: Vec<Rendered>,
    pub pictures: Vec<PagePictures>,
    pub image_files: Vec<OutputFile>,
    /// Each page's recording player (in page order; empty when none has one).
    pub players: Vec<Option<crate::recording::publish::Player>>,
    pub media_files: Vec<OutputFile>,
}

/// Every address a link may point to in this build. Made from the pages alone, before the
/// model, so a build can render the bodies and let their sources go before it makes cards.
pub fn link_index(published: &Published, config: &Config, theme: &Theme) -> LinkIndex {
    let mut index = LinkIndex::new(&config.base_url);
    let mut themes = std::collections::BTreeSet::new();
    for p in published.pages() {
        index.add_page(p, true);
        themes.extend(&p.themes);
    }
    for path in links::generated_paths(config, themes, theme.statics.keys()) {
        index.add_path(path);
    }
    index
}

/// One page's body, with its links resolved and its images in place.
pub fn body(page: &Page, pictures: &PagePictures, index: &LinkIndex) -> Rendered {
    body_of(page, &page.body, pictures, index)
}

/// The same, from `source`: the page's Markdown, taken out of it.
fn body_of(page: &Page, source: &str, pictures: &PagePictures, index: &LinkIndex) -> Rendered {
    let inline = |src: &str, _alt: &str| pictures.inline.get(src).map(|p| p.html.clone());
    let (dir, path) = (links::source_dir(page), page.path());
    let from = From {
        source_dir: &dir,
        page_path: &path,
    };
    markdown::render(
        source,
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
    let (players, media_files) = crate::recording::publish::prepare(published, cache, stats)?;
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
        players,
        media_files,
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
        // Read by the translation functions (`t`, `format_date`, …) on every page.
        let ui = &model.words.ui;
        let globals = theme.tera.global_context();
        globals.insert("ui_lang", ui);
        globals.insert("ui_dir", crate::i18n::direction::dir(ui));
        Renderer {
            model,
            artifacts,
            texts,
            theme,
            cards: CardValues::default(),
        }
    }

    /// Render the given pages in parallel, in the order given. Template problems come back as
    /// diagnostics naming the template.
    pub fn render(&self, jobs: &[Job]) -> Result<Vec<OutputFile>, Diagnostics> {
        let rendered = Mutex::new(Vec::with_capacity(jobs.len()));
        self.each(jobs, |k, r| rendered.lock().expect("lock").push((k, r)));
        let mut rendered = rendered.into_inner().expect("lock");
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

    /// Render the given pages in parallel, each handed to `sink` the moment it is done.
    pub fn render_into(&self, jobs: &[Job], sink: &dyn Sink) -> Result<(), Diagnostics> {
        let diags = Mutex::new(Diagnostics::default());
        self.each(jobs, |_, r| match r {
            Ok(f) => sink.put(f),
            Err(d) => diags.lock().expect("lock").extend(d),
        });
        let diags = diags.into_inner().expect("lock");
        match diags.has_errors() {
            true => Err(diags),
            false => Ok(()),
        }
    }

    /// Render every job in parallel, the largest first, calling `done` with its index.
    fn each(&self, jobs: &[Job], done: impl Fn(usize, Result<OutputFile, Diagnostics>) + Sync) {
        if jobs.iter().any(|j| self.cards_listed(j) > 0) {
            self.cards.make(self.model);
        }
        // The longest listings first: started last, a long listing would leave one core
        // rendering it while the other waits.
        let mut schedule: Vec<usize> = (0..jobs.len()).collect();
        schedule.sort_by_key(|&k| std::cmp::Reverse(self.cards_listed(&jobs[k])));
        schedule
            .into_par_iter()
            .for_each(|k| done(k, self.render_job(&jobs[k])));
    }

    /// How many cards a page lists: its share of the rendering work.
    fn cards_listed(&self, job: &Job) -> usize {
        let model = self.model;
        match job {
            Job::Home => model.order.len().min(6),
            Job::Page(i) if model.page(*i).kind == Kind::Site => match &model.page(*i).site {
                Some(s) => self.cards_on(&Listing::Site(s.clone()), 1).len(),
                None => 0,
            },
            Job::List(l, n) => self.cards_on(l, *n).len(),
            Job::SitesIndex => model.by_kind.get(&Kind::Site).map_or(0, Vec::len),
            _ => 0,
        }
    }

    /// The output path of a page, without rendering it.
    pub fn path_of(&self, job: &Job) -> String {
        let model = self.model;
        match job {
            Job::Home => "index.html".into(),
            Job::Page(i) => format!("{}index.html", model.page(*i).path()),
            Job::List(l, n) => format!("{}index.html", paging::page_path(&self.base_path(l), *n)),
            Job::SitesIndex => "sites/index.html".into(),
            Job::FeaturesIndex => "features/index.html".into(),
            Job::ThemesIndex => "themes/index.html".into(),
            Job::Accessibility => "accessibility/index.html".into(),
            Job::Search => "search/index.html".into(),
            Job::Impact => "impact/index.html".into(),
            Job::BrowsingSafely => "browsing-safely/index.html".into(),
            Job::Share => format!("{}index.html", crate::share::PATH),
            Job::NotFound => "404.html".into(),
        }
    }

    /// One page: each page family builds its template context in its own module.
    fn render_job(&self, job: &Job) -> Result<OutputFile, Diagnostics> {
        let view = match job {
            Job::Home => home::view(self),
            Job::Page(i) => pages::view(self, *i, &self.artifacts.bodies[*i]),
            Job::List(l, n) => listings::view(self, l, *n),
            Job::SitesIndex => indexes::sites(self),
            Job::FeaturesIndex => indexes::features(self),
            Job::ThemesIndex => indexes::themes(self),
            Job::Search => indexes::search(self),
            Job::Accessibility => fixed::accessibility(self),
            Job::Impact => fixed::impact(self),
            Job::BrowsingSafely => fixed::browsing_safely(self),
            Job::Share => fixed::share(self),
            Job::NotFound => fixed::not_found(self),
        };
        view.render(self.theme)
    }

    /// The cards at `indexes`, as one template list.
    fn cards_of(&self, indexes: &[usize]) -> Value {
        self.cards.list(self.model, indexes)
    }
}

/// Render the whole site into `sink`, each file as it is made. Template problems come back as
/// diagnostics naming the template; the files already in `sink` are then not a site.
///
/// The pages with bodies go first, a chunk at a time (see [`stream`]): each chunk's bodies
/// are rendered, written into their pages and the search index, and let go, so a build never
/// holds every body at once. Then the listings and the other pages, beside the feeds and the
/// rest of the search index.
pub fn render(
    mut published: Published,
    config: &Config,
    mut theme: Theme,
    cache: &Cache,
    stats: &Stats,
    sink: &dyn Sink,
) -> Result<(), Diagnostics> {
    let index = link_index(&published, config, &theme);
    let (pictures, image_files) = pictures::prepare(published.pages(), cache, stats)?;
    let (players, media_files) = crate::recording::publish::prepare(&published, cache, stats)?;
    let sources = published.take_sources();
    let model = Model::new(config, &published, &theme.catalog);
    let artifacts = Artifacts {
        bodies: Vec::new(),
        pictures,
        image_files,
        players,
        media_files,
    };
    let renderer = Renderer::new(&model, &artifacts, &index, &mut theme);
    let jobs = renderer.all_jobs();
    let search = renderer.stories_into(sources, &index, sink)?;
    let rest: Vec<Job> = jobs
        .iter()
        .filter(|j| !matches!(j, Job::Page(_)))
        .cloned()
        .collect();
    let (pages, ()) = rayon::join(
        || renderer.render_into(&rest, sink),
        || {
            let feeds = renderer.feed_files(&jobs);
            feeds.into_iter().for_each(|f| sink.put(f));
            search.finish(&model, sink);
        },
    );
    pages?;
    let statics = renderer.static_files()?;
    let made = artifacts.image_files.iter().chain(&artifacts.media_files);
    statics
        .into_par_iter()
        .chain(made.cloned().collect::<Vec<_>>())
        .for_each(|f| sink.put(f));
    Ok(())
}
