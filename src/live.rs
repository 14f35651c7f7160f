//! A site kept in memory and brought up to date one changed file at a time, for `serve`.
//!
//! A full build is done once. After that, a changed story is re-read, re-validated and
//! re-gated, and only what shows it is re-rendered: its own page, the listings it was or is
//! on, the indexes whose counts it changes, and the data files (feed, sitemap, JSON, search).
//! Bodies and images of every other page are kept from the previous round. A change to
//! `storybook.yaml`, a template or a static file rebuilds everything. A round that finds
//! errors changes nothing: the last good site stays up.
//!
//! Pages that are left out are never in the kept site. Their addresses are kept, with the
//! file and the reason, so the preview can answer there ([`LiveSite::left_out_answer`]):
//! with an explanation, or, for `serve --drafts`, with the page itself rendered for that one
//! answer, without its pictures (processing them would put them in the image cache on disk).

use crate::check;
use crate::config::{self, Config};
use crate::consent::{self, Audience, DraftsKey, LeftOut, Published};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frontmatter;
use crate::images::{Cache, Stats};
use crate::links::LinkIndex;
use crate::load::{self, Found};
use crate::markdown::{self, Rendered};
use crate::model::{Card, Model};
use crate::page::Page;
use crate::pictures::{self, PagePictures};
use crate::recording::publish::{self, Player};
use crate::render::{self, Artifacts, Job, OutputFile, Renderer};
use crate::theme::Theme;
use crate::validate;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// One file of the served site.
#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Arc<[u8]>),
    /// A processed image, read from the cache when asked for.
    File(PathBuf),
}

/// The whole served site: site path (`lived-experience/sam/index.html`) → contents.
/// Ordered, so a page's files can be found by their folder prefix.
pub type Files = BTreeMap<String, Body>;

/// The pages left out of the served site, by the site path their page would have
/// (`lived-experience/sam/index.html`). Holds no content of the pages.
pub type LeftOutPages = BTreeMap<String, LeftOut>;

/// What one round changed.
#[derive(Debug, Default)]
pub struct Update {
    /// Site paths written or removed.
    pub changed: Vec<String>,
    /// Everything was rebuilt (so every open page should reload).
    pub full: bool,
    pub pages_rendered: usize,
    /// Pages in the site once this round is done, counted as `build` counts them.
    pub pages: usize,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
    /// Every page left out of the site once this round is done.
    pub left_out: Vec<LeftOut>,
    /// The storybook files this round read again (relative to ROOT); empty when it read all.
    pub sources: Vec<PathBuf>,
}

impl Update {
    /// A round that found nothing to do.
    fn nothing() -> Update {
        Update::default()
    }
}

struct State {
    config: Config,
    theme: Theme,
    /// Every valid page, published or not.
    pages: Vec<Arc<Page>>,
    published: Published,
    /// Rendered bodies and pictures, in `published` order (image files already written).
    artifacts: Artifacts,
    /// The model's cards and the link index of the current build, kept for the next edit.
    cards: Vec<Card>,
    index: LinkIndex,
    html_paths: HashSet<String>,
    /// Shared with the server, and changed in place under the write lock, one whole round
    /// at a time: readers never see half an update, and nothing is copied.
    files: Arc<RwLock<Files>>,
    /// Versions of pages whose listings, feeds and search entries still show the old state:
    /// brought up to date by [`LiveSite::finish`] right after the page itself is served.
    pending: Vec<Arc<Page>>,
}

impl State {
    /// The interface's words for a model made from kept cards.
    fn words(&self) -> crate::i18n::Words {
        crate::i18n::Words::new(&self.theme.catalog, &self.config.language)
    }
}

pub struct LiveSite {
    files: Arc<RwLock<Files>>,
    left_out: Arc<RwLock<LeftOutPages>>,
    /// Given by `serve --drafts`: left-out pages may then be shown, one answer at a time.
    drafts: Option<DraftsKey>,
    root: PathBuf,
    audience: Audience,
    cache: Cache,
    state: Option<State>,
    /// Files read by rounds that failed, read again with the next change: a broken file
    /// saved together with good ones must not make the good ones' edits go unseen.
    unread: HashSet<PathBuf>,
    /// The last full build failed: the next change builds everything again.
    rebuild_all: bool,
}

impl LiveSite {
    pub fn new(root: PathBuf, audience: Audience, cache_dir: PathBuf) -> LiveSite {
        LiveSite {
            files: Arc::default(),
            left_out: Arc::default(),
            drafts: None,
            root,
            audience,
            cache: Cache::new(cache_dir),
            state: None,
            unread: HashSet::new(),
            rebuild_all: false,
        }
    }

    /// Show left-out pages at their addresses (see [`LiveSite::left_out_answer`]).
    pub fn with_drafts(mut self, key: DraftsKey) -> LiveSite {
        self.drafts = Some(key);
        self
    }

    pub fn drafts(&self) -> bool {
        self.drafts.is_some()
    }

    /// The left-out pages' addresses, kept up to date in place like [`LiveSite::files`].
    pub fn left_out(&self) -> Arc<RwLock<LeftOutPages>> {
        self.left_out.clone()
    }

    fn keep_left_out(&self, result: &Result<Update, Diagnostics>) {
        if let Ok(u) = result {
            let pages = u
                .left_out
                .iter()
                .map(|l| (format!("{}index.html", l.address), l.clone()));
            *self.left_out.write().expect("lock") = pages.collect();
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn config(&self) -> Option<&Config> {
        self.state.as_ref().map(|s| &s.config)
    }

    /// Whether listings, feeds or the search index still wait for [`LiveSite::finish`].
    pub fn has_pending(&self) -> bool {
        self.state.as_ref().is_some_and(|s| !s.pending.is_empty())
    }

    /// Second phase of an edit: re-render the listings the edited pages appear on, the
    /// feeds and the search index.
    pub fn finish(&mut self) -> Result<Update, Diagnostics> {
        let Some(state) = self.state.as_mut() else {
            return Err(Diagnostics::default());
        };
        let result = finish(state);
        self.forget_if_broken(result.is_err());
        result
    }

    /// A round that failed after it began to reuse the kept cards and bodies cannot be rolled
    /// back: forget the state, so the next change rebuilds everything. The served site is
    /// untouched either way.
    fn forget_if_broken(&mut self, failed: bool) {
        let intact = |s: &State| {
            let n = s.published.pages().len();
            s.artifacts.bodies.len() == n && s.cards.len() == n
        };
        if failed && !self.state.as_ref().is_some_and(intact) {
            self.state = None;
        }
    }

    /// The served site. The same map for the life of the preview: each round changes it in
    /// place under its write lock.
    pub fn files(&self) -> Arc<RwLock<Files>> {
        self.files.clone()
    }

    /// Build everything from scratch.
    pub fn full_build(&mut self, today: Date) -> Result<Update, Diagnostics> {
        let result = self.build_all(today);
        self.rebuild_all = result.is_err();
        if result.is_ok() {
            self.unread.clear();
        }
        self.keep_left_out(&result);
        result
    }

    fn build_all(&mut self, today: Date) -> Result<Update, Diagnostics> {
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
        let pages: Vec<Arc<Page>> = storybook.pages.into_iter().map(Arc::new).collect();
        let (published, left_out) = consent::gate(pages.iter().cloned(), self.audience, today);
        let model = Model::new(&config, &published, &theme.catalog);
        let index = render::link_index(&published, &config, &theme);
        let stats = Stats::default();
        let artifacts = render::artifacts(&published, &index, &self.cache, &stats)?;
        let renderer = Renderer::new(&model, &artifacts, &index, &mut theme);
        let jobs = renderer.all_jobs();
        let mut out = renderer.render(&jobs)?;
        let pages_rendered = out.len();
        out.extend(renderer.data_files(&jobs));
        out.extend(renderer.static_files()?);
        out.extend(artifacts.image_files.iter().cloned());
        out.extend(artifacts.media_files.iter().cloned());
        let html_paths = jobs.iter().map(|j| renderer.path_of(j)).collect();
        let files: Files = out
            .into_iter()
            .map(|f| (f.path.clone(), body_of(f)))
            .collect();
        let changed = files.keys().cloned().collect();
        drop(renderer);
        let cards = model.into_cards();
        // Their bytes are in `files` now.
        let artifacts = Artifacts {
            image_files: Vec::new(),
            media_files: Vec::new(),
            ..artifacts
        };
        // Keep serving through the same map when the whole site is rebuilt.
        let shared = self.files.clone();
        *shared.write().expect("lock") = files;
        self.state = Some(State {
            config,
            theme,
            pages,
            published,
            artifacts,
            cards,
            index,
            html_paths,
            files: shared,
            pending: Vec::new(),
        });
        let pages = self.state.as_ref().map_or(0, |s| s.published.pages().len());
        Ok(Update {
            changed,
            full: true,
            pages_rendered,
            pages,
            elapsed: start.elapsed(),
            warnings: checked.diagnostics,
            left_out,
            sources: Vec::new(),
        })
    }

    /// Bring the site up to date after `paths` (absolute, or relative to the working
    /// directory) changed on disk.
    pub fn update(&mut self, paths: &[PathBuf], today: Date) -> Result<Update, Diagnostics> {
        let rebuild_all = self.rebuild_all;
        let Some(state) = self.state.as_mut().filter(|_| !rebuild_all) else {
            return self.full_build(today);
        };
        let mut sources: HashSet<PathBuf> = self.unread.clone();
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
            } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                // A picture in a story's folder: the pages that show it must be redone.
                // Anything else there (an editor's temporary file) changes nothing.
                let dir = path.parent().unwrap_or(path);
                let uses = |p: &Page| {
                    p.image.as_ref().is_some_and(|i| i.src.ends_with(name)) || p.body.contains(name)
                };
                sources.extend(
                    state
                        .pages
                        .iter()
                        .filter(|p| p.dir == dir && uses(p))
                        .map(|p| p.source.clone()),
                );
            }
        }
        if sources.is_empty() {
            return Ok(Update::nothing());
        }
        let result = update(
            state,
            &self.root,
            self.audience,
            &self.cache,
            &sources,
            today,
        );
        self.unread = if result.is_err() {
            sources
        } else {
            HashSet::new()
        };
        self.forget_if_broken(result.is_err());
        self.keep_left_out(&result);
        result
    }

    /// The answer at the address of a left-out page: with `--drafts` the page itself under
    /// the NOT PUBLISHED banner (200), otherwise the site's not-found page with the banner
    /// naming the file, the reason and what would show it, and nothing of the page (404).
    /// `None` when no page is left out at `site_path`, or nothing can be rendered yet.
    pub fn left_out_answer(&mut self, site_path: &str) -> Option<(u16, Vec<u8>)> {
        let left = self
            .left_out
            .read()
            .expect("lock")
            .get(site_path)
            .cloned()?;
        // Word by word, so a narrow screen breaks the command only between words.
        let mut command = vec!["storypress", "serve"];
        command.extend(self.root.to_str().filter(|r| *r != "stories"));
        command.push("--drafts");
        let state = self.state.as_mut()?;
        let page = state
            .pages
            .iter()
            .find(|p| p.source == left.source)?
            .clone();
        let banner = serde_json::json!({
            "shown": self.drafts.is_some(),
            "file": crate::diagnostic::display_path(&left.source),
            "reason": left.reason.to_string(),
            "publish": left.reason.fix(),
            "preview_command": command,
            "pictures_left_out": page.image.is_some() || !markdown::image_refs(&page.body).is_empty(),
        });
        let answer = match &self.drafts {
            Some(key) => draft_page(state, page, &banner, key).map(|b| (200, b)),
            None => explanation(state, &banner).map(|b| (404, b)),
        };
        answer.ok()
    }
}

/// The site's not-found page, with `banner` explaining why the address shows nothing.
fn explanation(state: &mut State, banner: &serde_json::Value) -> Result<Vec<u8>, Diagnostics> {
    let cards = std::mem::take(&mut state.cards);
    let model = Model::with_cards(&state.config, &state.published, cards, state.words());
    let (artifacts, index) = (&state.artifacts, &state.index);
    let html = with_banner(
        &model,
        artifacts,
        index,
        &mut state.theme,
        banner,
        Job::NotFound,
    );
    state.cards = model.into_cards();
    html
}

/// A left-out page as it would look, linking into the published site, rendered for one
/// answer and dropped. Its pictures are left out: processing them would store them on disk.
fn draft_page(
    state: &mut State,
    page: Arc<Page>,
    banner: &serde_json::Value,
    key: &DraftsKey,
) -> Result<Vec<u8>, Diagnostics> {
    let preview = consent::preview(&state.published, page.clone(), key);
    let model = Model::new(&state.config, &preview, &state.theme.catalog);
    let index = render::link_index(&preview, &state.config, &state.theme);
    let n = preview.pages().len();
    let mut bodies = vec![Rendered::default(); n];
    bodies[n - 1] = render::body(&page, &PagePictures::default(), &index);
    let artifacts = Artifacts {
        bodies,
        pictures: (0..n).map(|_| PagePictures::default()).collect(),
        ..Artifacts::default()
    };
    with_banner(
        &model,
        &artifacts,
        &index,
        &mut state.theme,
        banner,
        Job::Page(n - 1),
    )
}

/// Render one job with `unpublished` set for the banner partial, and unset again after, so
/// no page of the site itself can carry it.
fn with_banner(
    model: &Model,
    artifacts: &Artifacts,
    index: &LinkIndex,
    theme: &mut Theme,
    banner: &serde_json::Value,
    job: Job,
) -> Result<Vec<u8>, Diagnostics> {
    theme.tera.global_context().insert("unpublished", banner);
    let rendered = Renderer::new(model, artifacts, index, theme).render(&[job]);
    theme.tera.global_context().remove("unpublished");
    let file = rendered?.pop().ok_or_else(Diagnostics::default)?;
    Ok(file.bytes)
}

fn body_of(f: OutputFile) -> Body {
    match f.copy_from {
        Some(p) => Body::File(p),
        None => Body::Bytes(f.bytes.into()),
    }
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
    let fresh: Vec<Arc<Page>> = fresh.into_iter().map(Arc::new).collect();
    let old: Vec<Arc<Page>> = state
        .pages
        .iter()
        .filter(|p| sources.contains(&p.source))
        .cloned()
        .collect();
    // The usual edit keeps every page at its address: swap the new versions in where the old
    // ones stand. Anything else (a page added, removed or renamed) re-sorts and re-checks.
    let same_addresses = old.len() == fresh.len()
        && fresh.iter().all(|f| {
            old.iter()
                .any(|o| o.source == f.source && o.kind == f.kind && o.slug == f.slug)
        });
    let pages: Vec<Arc<Page>> = if same_addresses {
        let mut pages = state.pages.clone();
        for p in pages.iter_mut() {
            if let Some(f) = fresh.iter().find(|f| f.source == p.source) {
                *p = f.clone();
            }
        }
        pages
    } else {
        let mut pages: Vec<Arc<Page>> = state
            .pages
            .iter()
            .filter(|p| !sources.contains(&p.source))
            .cloned()
            .chain(fresh.iter().cloned())
            .collect();
        pages.sort_by(|a, b| (a.kind, &a.slug).cmp(&(b.kind, &b.slug)));
        diags.extend(load::check_unique(&pages));
        pages
    };
    if diags.has_errors() {
        return Err(diags.sorted());
    }

    let lap = |what: &str| {
        if std::env::var_os("STORYPRESS_DEBUG").is_some() {
            eprintln!("  {what}: {} ms", start.elapsed().as_millis());
        }
    };
    lap("read");
    // 2. Gate the new page set. An edit that keeps every page where it was (the usual case:
    //    new words, same address, still published) reuses the cards, the link index and the
    //    other pages' bodies as they are; one that adds, removes or moves a page redoes them.
    let (published, left_out) = consent::gate(pages.iter().cloned(), audience, today);
    let was: HashSet<String> = old
        .iter()
        .filter(|p| state.published.pages().iter().any(|q| q.source == p.source))
        .map(|p| p.path())
        .collect();
    let now: HashSet<String> = fresh
        .iter()
        .filter(|p| published.pages().iter().any(|q| q.source == p.source))
        .map(|p| p.path())
        .collect();
    let reshaped = was != now || published.pages().len() != state.published.pages().len();
    lap("gate");
    let mut model = if reshaped {
        Model::new(&state.config, &published, &state.theme.catalog)
    } else {
        let words = state.words();
        Model::with_cards(
            &state.config,
            &published,
            std::mem::take(&mut state.cards),
            words,
        )
    };
    let index = if reshaped {
        render::link_index(&published, &state.config, &state.theme)
    } else {
        std::mem::take(&mut state.index)
    };
    lap("model and index");

    // 3. Which bodies to render again: the changed pages, and, when a page appeared,
    //    disappeared or moved, the pages that may link to it.
    let mut redo: HashSet<PathBuf> = sources.clone();
    if reshaped {
        let moved: Vec<&str> = old.iter().chain(&fresh).map(|p| p.slug.as_str()).collect();
        redo.extend(
            published
                .pages()
                .iter()
                .filter(|p| moved.iter().any(|s| p.body.contains(s)))
                .map(|p| p.source.clone()),
        );
    }
    let mut previous = std::mem::take(&mut state.artifacts);
    let redo_at: Vec<usize> = published
        .pages()
        .iter()
        .enumerate()
        .filter(|(_, p)| redo.contains(&p.source))
        .map(|(i, _)| i)
        .collect();
    let stats = Stats::default();
    let mut artifacts = if reshaped {
        let positions: HashMap<&Path, usize> = state
            .published
            .pages()
            .iter()
            .enumerate()
            .map(|(i, p)| (p.source.as_path(), i))
            .collect();
        let redo_pages: Vec<Arc<Page>> = published
            .pages()
            .iter()
            .filter(|p| redo.contains(&p.source) || !positions.contains_key(p.source.as_path()))
            .cloned()
            .collect();
        let (new_pictures, image_files) = pictures::prepare(&redo_pages, cache, &stats)?;
        let (new_players, media_files) =
            publish::prepare_pages(&published, &redo_pages, cache, &stats)?;
        let mut remade: HashMap<PathBuf, (PagePictures, Option<Player>)> = redo_pages
            .iter()
            .map(|p| p.source.clone())
            .zip(new_pictures.into_iter().zip(new_players))
            .collect();
        let mut artifacts = Artifacts {
            image_files,
            media_files,
            ..Artifacts::default()
        };
        for p in published.pages() {
            let (body, pictures, player) = match remade.remove(&p.source) {
                Some((pictures, player)) => (render::body(p, &pictures, &index), pictures, player),
                // Moved, not copied: a kept body costs nothing however large the storybook.
                None => {
                    let i = positions[p.source.as_path()];
                    (
                        std::mem::take(&mut previous.bodies[i]),
                        std::mem::take(&mut previous.pictures[i]),
                        previous.players.get_mut(i).and_then(Option::take),
                    )
                }
            };
            artifacts.bodies.push(body);
            artifacts.pictures.push(pictures);
            artifacts.players.push(player);
        }
        artifacts
    } else {
        // Same pages in the same places: redo the edited ones where they stand.
        let redo_pages: Vec<Arc<Page>> = redo_at
            .iter()
            .map(|&i| published.pages()[i].clone())
            .collect();
        let (new_pictures, image_files) = pictures::prepare(&redo_pages, cache, &stats)?;
        let (new_players, media_files) =
            publish::prepare_pages(&published, &redo_pages, cache, &stats)?;
        let remade = new_pictures.into_iter().zip(new_players);
        for ((&i, page), (pictures, player)) in redo_at.iter().zip(&redo_pages).zip(remade) {
            previous.bodies[i] = render::body(page, &pictures, &index);
            previous.pictures[i] = pictures;
            if let Some(slot) = previous.players.get_mut(i) {
                *slot = player;
            }
            model.cards[i] = model.card_for(page);
        }
        Artifacts {
            image_files,
            media_files,
            ..previous
        }
    };
    lap("bodies");

    // 4. Render the changed pages now. Listings, feeds and search follow in `finish`, unless
    //    a page appeared, disappeared or moved: then everything is done here, so a withdrawn
    //    story never lingers on a listing.
    let image_files = std::mem::take(&mut artifacts.image_files);
    let media_files = std::mem::take(&mut artifacts.media_files);
    let renderer = Renderer::new(&model, &artifacts, &index, &mut state.theme);
    // Every page of the new site; on the fast path the set is the same as before.
    let all_jobs = if reshaped {
        renderer.all_jobs()
    } else {
        Vec::new()
    };
    let mut jobs: HashSet<Job> = HashSet::new();
    for (i, p) in published.pages().iter().enumerate() {
        if redo.contains(&p.source) {
            jobs.insert(Job::Page(i));
        }
    }
    if reshaped {
        for p in old.iter().chain(&fresh) {
            jobs.extend(renderer.listings_for(p));
        }
    }
    let jobs: Vec<Job> = jobs.into_iter().collect();
    let rendered = renderer.render(&jobs)?;
    let pages_rendered = rendered.len();
    lap("pages");
    let data = if reshaped {
        renderer.data_files(&all_jobs)
    } else {
        Vec::new()
    };
    lap("data files");
    let html_paths: Option<HashSet<String>> =
        reshaped.then(|| all_jobs.iter().map(|j| renderer.path_of(j)).collect());

    // 5. Swap in the new files: drop pages that no longer exist and the changed pages' old
    //    images, then add what was made.
    let mut files = state.files.write().expect("lock");
    let mut changed: Vec<String> = Vec::new();
    if let Some(new_paths) = &html_paths {
        for gone in state.html_paths.difference(new_paths) {
            files.remove(gone);
            changed.push(gone.clone());
        }
    }
    for dir in old.iter().chain(&fresh).map(|p| p.path()) {
        let stale: Vec<String> = files
            .range(dir.clone()..)
            .map(|(k, _)| k)
            .take_while(|k| k.starts_with(&dir))
            .filter(|k| !k.ends_with("index.html"))
            .cloned()
            .collect();
        for k in stale {
            files.remove(&k);
            changed.push(k);
        }
    }
    for f in rendered
        .into_iter()
        .chain(data)
        .chain(image_files)
        .chain(media_files)
    {
        changed.push(f.path.clone());
        files.insert(f.path.clone(), body_of(f));
    }
    lap("swap");
    if !reshaped {
        state.pending.extend(old.iter().chain(&fresh).cloned());
    }
    drop(renderer);
    state.cards = model.into_cards();
    state.index = index;
    state.artifacts = artifacts;
    state.published = published;
    drop(files);
    state.pages = pages;
    if let Some(paths) = html_paths {
        state.html_paths = paths;
    }
    // An open explanation or preview of an edited left-out page shows the edit too.
    changed.extend(
        left_out
            .iter()
            .filter(|l| sources.contains(&l.source))
            .map(|l| format!("{}index.html", l.address)),
    );
    changed.sort();
    changed.dedup();
    Ok(Update {
        changed,
        full: false,
        pages_rendered,
        pages: state.published.pages().len(),
        elapsed: start.elapsed(),
        warnings: diags,
        left_out,
        sources: sources.iter().cloned().collect(),
    })
}

/// The listings, feeds and search index that still show pages' previous versions.
fn finish(state: &mut State) -> Result<Update, Diagnostics> {
    let start = Instant::now();
    let pending = std::mem::take(&mut state.pending);
    if pending.is_empty() {
        return Ok(Update::nothing());
    }
    let words = state.words();
    let model = Model::with_cards(
        &state.config,
        &state.published,
        std::mem::take(&mut state.cards),
        words,
    );
    let renderer = Renderer::new(&model, &state.artifacts, &state.index, &mut state.theme);
    let all_jobs = renderer.all_jobs();
    let mut jobs: HashSet<Job> = HashSet::new();
    for p in &pending {
        jobs.extend(renderer.listings_for(p));
    }
    let jobs: Vec<Job> = jobs.into_iter().collect();
    let rendered = renderer.render(&jobs)?;
    let pages_rendered = rendered.len();
    let data = renderer.data_files(&all_jobs);
    let mut files = state.files.write().expect("lock");
    let mut changed = Vec::new();
    for f in rendered.into_iter().chain(data) {
        changed.push(f.path.clone());
        files.insert(f.path.clone(), body_of(f));
    }
    drop(files);
    drop(renderer);
    state.cards = model.into_cards();
    Ok(Update {
        changed,
        full: false,
        pages_rendered,
        pages: state.published.pages().len(),
        elapsed: start.elapsed(),
        warnings: Diagnostics::default(),
        left_out: Vec::new(),
        sources: Vec::new(),
    })
}

/// A readable list of problems, for the terminal and the browser overlay while serving.
///
/// It names the file, the line and what is wrong, and quotes nothing from the file: the
/// overlay is a web page, the broken file may be a story nobody has agreed to publish (and
/// whether it is cannot be known while it does not parse), and a personal-data finding
/// would otherwise show the very value it warns about. Values are what messages quote, so
/// every quoted part of a message is left out, and so is each of them wherever its hint
/// repeats it, as written or as a tag. `storypress check` shows each line in full.
pub fn describe(diags: &Diagnostics) -> String {
    let mut out: Vec<String> = diags.iter().map(describe_one).collect();
    if !out.is_empty() {
        out.push("(quoted text is left out here: run `storypress check` to see each line)".into());
    }
    out.join("\n")
}

fn describe_one(d: &Diagnostic) -> String {
    let mut values = Vec::new();
    let message = redact(&d.message, |v| {
        values.push(v.to_string());
        true
    });
    let mut out = format!("{}: {}:{}", d.severity, d.file, d.line);
    if d.column > 0 {
        out.push_str(&format!(":{}", d.column));
    }
    out.push_str(&format!(": {message} [{}]", d.code));
    if !d.hint.is_empty() {
        let hint = redact(&d.hint, |q| values.iter().any(|v| v == q));
        let hint = values
            .iter()
            .filter(|v| v.chars().count() >= 3)
            .flat_map(|v| [v.clone(), crate::ids::slugify(v)])
            .filter(|v| !v.is_empty())
            .fold(hint, |h, v| h.replace(&v, "…"));
        out.push_str(&format!("\n  fix: {}", hint.replace('\n', "\n       ")));
    }
    out
}

/// `text` with each part between `"` or `` ` `` quotes that `hide` picks replaced by `…`.
/// An unclosed quote hides the rest of the text.
fn redact(text: &str, mut hide: impl FnMut(&str) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = &rest[open..open + 1];
        out.push_str(&rest[..open + 1]);
        let inner = &rest[open + 1..];
        let (value, after) = match inner.find(quote) {
            Some(close) => (&inner[..close], &inner[close + 1..]),
            None => (inner, ""),
        };
        out.push_str(if hide(value) { "…" } else { value });
        out.push_str(quote);
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn described(message: &str, hint: &str) -> String {
        let d = Diagnostic::error(Path::new("lived-experience/p.md"), "code", message)
            .at(7, 3)
            .hint(hint);
        describe(&Diagnostics::from_iter([d]))
    }

    #[test]
    fn quotes_nothing_of_the_file() {
        let out = described(
            "this looks like an email address: \"me@example.com\"",
            "a reviewer can add it: personal_data_ok: [\"me@example.com\"]",
        );
        assert!(!out.contains("me@example"), "{out}");
        assert!(out.contains("lived-experience/p.md:7:3"), "{out}");
        let out = described(
            "the theme \"I hid the pills\" is not written as a tag",
            "use lower-case words joined by '-', e.g. i-hid-the-pills",
        );
        assert!(!out.to_lowercase().contains("hid the pills"), "{out}");
        assert!(!out.contains("hid-the"), "{out}");
        let out = described("wrong shape (`I hid the pills, unclosed", "");
        assert!(!out.contains("pills"), "{out}");
    }

    #[test]
    fn keeps_suggestions_that_are_not_the_file_s() {
        let out = described("unknown feature \"netwroks\"", "did you mean \"networks\"?");
        assert!(out.contains("did you mean \"networks\"?"), "{out}");
        assert!(!out.contains("netwroks"), "{out}");
    }
}
