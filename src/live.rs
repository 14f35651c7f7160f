//! A site kept in memory and brought up to date one changed file at a time, for `serve`.
//!
//! A full build is done once. After that, a changed story is re-read, re-validated and
//! re-gated, and only what shows it is re-rendered: its own page, the listings it was or is
//! on, the indexes whose counts it changes, and the data files (feed, sitemap, JSON, search).
//! Bodies and images of every other page are kept from the previous round. A change to
//! `storybook.yaml`, a template or a static file rebuilds everything. A round that finds
//! errors changes nothing: the last good site stays up.

use crate::check;
use crate::config::{self, Config};
use crate::consent::{self, Audience, LeftOut};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frontmatter;
use crate::images::{Cache, Stats};
use crate::load::{self, Found};
use crate::markdown::Rendered;
use crate::model::Model;
use crate::page::Page;
use crate::pictures::{self, PagePictures};
use crate::render::{self, Artifacts, Job, OutputFile, Renderer};
use crate::theme::Theme;
use crate::validate;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One file of the served site.
#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Arc<[u8]>),
    /// A processed image, read from the cache when asked for.
    File(PathBuf),
}

/// The whole served site: site path (`lived-experience/sam/index.html`) → contents.
pub type Files = HashMap<String, Body>;

/// What one round changed.
#[derive(Debug)]
pub struct Update {
    /// Site paths written or removed.
    pub changed: Vec<String>,
    /// Everything was rebuilt (so every open page should reload).
    pub full: bool,
    pub pages_rendered: usize,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
    pub left_out: Vec<LeftOut>,
}

struct State {
    config: Config,
    theme: Theme,
    /// Every valid page, published or not.
    pages: Vec<Page>,
    /// Rendered body and pictures of each published page, by source file.
    artifacts: HashMap<PathBuf, (Rendered, PagePictures)>,
    html_paths: HashSet<String>,
    files: Arc<Files>,
}

pub struct LiveSite {
    root: PathBuf,
    audience: Audience,
    cache: Cache,
    state: Option<State>,
}

impl LiveSite {
    pub fn new(root: PathBuf, audience: Audience, cache_dir: PathBuf) -> LiveSite {
        LiveSite {
            root,
            audience,
            cache: Cache::new(cache_dir),
            state: None,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn config(&self) -> Option<&Config> {
        self.state.as_ref().map(|s| &s.config)
    }

    /// The current site, to serve.
    pub fn files(&self) -> Arc<Files> {
        self.state
            .as_ref()
            .map(|s| s.files.clone())
            .unwrap_or_default()
    }

    /// Build everything from scratch.
    pub fn full_build(&mut self, today: Date) -> Result<Update, Diagnostics> {
        let start = Instant::now();
        let checked = check::check(&self.root, self.audience, today);
        let (Some(storybook), Some(mut theme), false) = (
            checked.storybook,
            checked.theme,
            checked.diagnostics.has_errors(),
        ) else {
            return Err(checked.diagnostics);
        };
        let config = storybook.config;
        let pages = storybook.pages;
        let (published, left_out) = consent::gate(pages.clone(), self.audience, today);
        let model = Model::new(&config, &published);
        let index = render::link_index(&published, &model, &theme);
        let stats = Stats::default();
        let artifacts = render::artifacts(&published, &index, &self.cache, &stats)?;
        let renderer = Renderer::new(&model, &artifacts, &index, &mut theme);
        let jobs = renderer.all_jobs();
        let mut out = renderer.render(&jobs)?;
        let pages_rendered = out.len();
        out.extend(renderer.data_files(&jobs));
        out.extend(renderer.static_files());
        out.extend(artifacts.image_files.iter().cloned());
        let html_paths = jobs.iter().map(|j| renderer.path_of(j)).collect();
        let files: Files = out
            .into_iter()
            .map(|f| (f.path.clone(), body_of(f)))
            .collect();
        let changed = files.keys().cloned().collect();
        let cached = keep_artifacts(published.pages(), artifacts);
        self.state = Some(State {
            config,
            theme,
            pages,
            artifacts: cached,
            html_paths,
            files: Arc::new(files),
        });
        Ok(Update {
            changed,
            full: true,
            pages_rendered,
            elapsed: start.elapsed(),
            warnings: checked.diagnostics,
            left_out,
        })
    }

    /// Bring the site up to date after `paths` (absolute, or relative to the working
    /// directory) changed on disk.
    pub fn update(&mut self, paths: &[PathBuf], today: Date) -> Result<Update, Diagnostics> {
        let Some(state) = self.state.as_mut() else {
            return self.full_build(today);
        };
        let mut sources: HashSet<PathBuf> = HashSet::new();
        for path in paths {
            let rel = path.strip_prefix(&self.root).unwrap_or(path);
            let first = rel
                .components()
                .next()
                .and_then(|c| c.as_os_str().to_str())
                .unwrap_or("");
            if rel == Path::new(config::FILE_NAME) || matches!(first, "templates" | "static") {
                return self.full_build(today);
            }
            if path.extension().is_some_and(|e| e == "md") {
                sources.insert(rel.to_path_buf());
            } else {
                // A picture or other file in a story's folder: that page must be redone.
                let dir = path.parent().unwrap_or(path);
                sources.extend(
                    state
                        .pages
                        .iter()
                        .filter(|p| p.dir == dir)
                        .map(|p| p.source.clone()),
                );
            }
        }
        if sources.is_empty() {
            return Ok(Update {
                changed: Vec::new(),
                full: false,
                pages_rendered: 0,
                elapsed: Duration::ZERO,
                warnings: Diagnostics::default(),
                left_out: Vec::new(),
            });
        }
        update(
            state,
            &self.root,
            self.audience,
            &self.cache,
            &sources,
            today,
        )
    }
}

fn body_of(f: OutputFile) -> Body {
    match f.copy_from {
        Some(p) => Body::File(p),
        None => Body::Bytes(f.bytes.into()),
    }
}

/// Move each published page's rendered body and pictures into a map by source file.
fn keep_artifacts(
    pages: &[Page],
    artifacts: Artifacts,
) -> HashMap<PathBuf, (Rendered, PagePictures)> {
    pages
        .iter()
        .zip(artifacts.bodies.into_iter().zip(artifacts.pictures))
        .map(|(p, a)| (p.source.clone(), a))
        .collect()
}

fn update(
    state: &mut State,
    root: &Path,
    audience: Audience,
    cache: &Cache,
    sources: &HashSet<PathBuf>,
    today: Date,
) -> Result<Update, Diagnostics> {
    let start = Instant::now();
    let mut diags = Diagnostics::default();

    // 1. Re-read the changed files.
    let mut fresh: Vec<Page> = Vec::new();
    for rel in sources {
        let abs = root.join(rel);
        if !abs.exists() {
            continue; // removed
        }
        match load::source_at(root, &abs) {
            Found::Content(Ok(source)) => {
                let (page, d) = frontmatter::parse(source, &state.config);
                diags.extend(d);
                if let Some(page) = page {
                    diags.extend(validate::page_checks(&page, today));
                    fresh.push(page);
                }
            }
            Found::Content(Err(d)) | Found::Misplaced(d) => diags.push(d),
            Found::NotContent => {}
        }
    }
    let old: Vec<&Page> = state
        .pages
        .iter()
        .filter(|p| sources.contains(&p.source))
        .collect();
    let old: Vec<Page> = old.into_iter().cloned().collect();
    let mut pages: Vec<Page> = state
        .pages
        .iter()
        .filter(|p| !sources.contains(&p.source))
        .cloned()
        .chain(fresh.iter().cloned())
        .collect();
    pages.sort_by(|a, b| (a.kind, &a.slug).cmp(&(b.kind, &b.slug)));
    diags.extend(load::check_unique(&pages));
    if diags.has_errors() {
        return Err(diags.sorted());
    }

    // 2. Gate and model the new page set.
    let (published, left_out) = consent::gate(pages.clone(), audience, today);
    let model = Model::new(&state.config, &published);
    let index = render::link_index(&published, &model, &state.theme);

    // 3. Which bodies to render again: the changed pages, and, when a page appeared,
    //    disappeared or moved, the pages that may link to it.
    let mut redo: HashSet<PathBuf> = sources.clone();
    let moved: Vec<&str> = old.iter().chain(&fresh).map(|p| p.slug.as_str()).collect();
    let was: HashSet<String> = old
        .iter()
        .filter(|p| state.artifacts.contains_key(&p.source))
        .map(Page::path)
        .collect();
    let now: HashSet<String> = fresh
        .iter()
        .filter(|p| consent::decide(p, audience, today).is_ok())
        .map(Page::path)
        .collect();
    if was != now {
        redo.extend(
            published
                .pages()
                .iter()
                .filter(|p| moved.iter().any(|s| p.body.contains(s)))
                .map(|p| p.source.clone()),
        );
    }
    let redo_pages: Vec<Page> = published
        .pages()
        .iter()
        .filter(|p| redo.contains(&p.source) || !state.artifacts.contains_key(&p.source))
        .cloned()
        .collect();
    let stats = Stats::default();
    let (new_pictures, image_files) = pictures::prepare(&redo_pages, cache, &stats)?;
    let mut new_pictures: HashMap<PathBuf, PagePictures> = redo_pages
        .iter()
        .map(|p| p.source.clone())
        .zip(new_pictures)
        .collect();
    let mut bodies = Vec::with_capacity(published.pages().len());
    let mut pics = Vec::with_capacity(published.pages().len());
    for p in published.pages() {
        let (body, pictures) = match new_pictures.remove(&p.source) {
            Some(pictures) => (render::body(p, &pictures, &index), pictures),
            None => state
                .artifacts
                .remove(&p.source)
                .expect("every published page is either redone or cached"),
        };
        bodies.push(body);
        pics.push(pictures);
    }
    let artifacts = Artifacts {
        bodies,
        pictures: pics,
        image_files,
    };

    // 4. Render what shows the changed pages.
    let renderer = Renderer::new(&model, &artifacts, &index, &mut state.theme);
    let all_jobs = renderer.all_jobs();
    let mut jobs: HashSet<Job> = HashSet::new();
    for (i, p) in published.pages().iter().enumerate() {
        if redo.contains(&p.source) {
            jobs.insert(Job::Page(i));
        }
    }
    for p in old.iter().chain(&fresh) {
        jobs.extend(renderer.listings_for(p));
    }
    let jobs: Vec<Job> = jobs.into_iter().collect();
    let rendered = renderer.render(&jobs)?;
    let pages_rendered = rendered.len();
    let data = renderer.data_files(&all_jobs);
    let html_paths: HashSet<String> = all_jobs.iter().map(|j| renderer.path_of(j)).collect();

    // 5. Swap in the new files: drop what no longer exists and the changed pages' old images.
    let mut files: Files = (*state.files).clone();
    let mut changed: Vec<String> = Vec::new();
    let stale_dirs: Vec<String> = old.iter().chain(&fresh).map(Page::path).collect();
    files.retain(|path, _| {
        let gone = (state.html_paths.contains(path) && !html_paths.contains(path))
            || (stale_dirs.iter().any(|d| path.starts_with(d.as_str()))
                && !path.ends_with("index.html"));
        if gone {
            changed.push(path.clone());
        }
        !gone
    });
    for f in rendered
        .into_iter()
        .chain(data)
        .chain(artifacts.image_files.iter().cloned())
    {
        changed.push(f.path.clone());
        files.insert(f.path.clone(), body_of(f));
    }
    state.artifacts = keep_artifacts(published.pages(), artifacts);
    state.pages = pages;
    state.html_paths = html_paths;
    state.files = Arc::new(files);
    changed.sort();
    changed.dedup();
    Ok(Update {
        changed,
        full: false,
        pages_rendered,
        elapsed: start.elapsed(),
        warnings: diags,
        left_out,
    })
}

/// A readable list of problems, for the terminal and the browser overlay.
pub fn describe(diags: &Diagnostics) -> String {
    diags
        .iter()
        .map(Diagnostic::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
