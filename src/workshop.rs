//! `storypress workshop`: a printable pack of stories for a session, from a pack file.
//!
//! A pack only ever holds stories whose consent covers workshops (the consent gate runs with
//! the workshop audience), and its printed sheets (cards and the reading copy) only those
//! whose consent also covers print. Packs are private: they are written to their own folder,
//! never into the public site.
//!
//! Care travels with the words: every sheet and slide that shows a story shows its content
//! note first (`partials/care-note.html`) and where to get help (`partials/help-compact.html`).

use crate::check;
use crate::consent::{self, Audience};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Words;
use crate::links::{From, LinkIndex, Linker};
use crate::model::{Card, Model};
use crate::output::{self, OutputError};
use crate::page::{Kind, Page, Scope};
use crate::render::OutputFile;
use crate::suggest;
use crate::yaml;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use thiserror::Error;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    title: Option<Spanned<String>>,
    #[serde(default)]
    select: Option<RawSelect>,
    #[serde(default)]
    stories: Vec<Spanned<String>>,
    #[serde(default)]
    prompts: Vec<String>,
    #[serde(default)]
    notes: String,
    /// When the session happens: consent that runs out before then is flagged.
    date: Option<Spanned<String>>,
    /// Clips of recorded stories for the presenter view and the cards.
    #[serde(default)]
    clips: Vec<Spanned<crate::recording::clips::RawClip>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSelect {
    #[serde(default)]
    features: Vec<Spanned<String>>,
    #[serde(default)]
    sites: Vec<Spanned<String>>,
    #[serde(default)]
    themes: Vec<Spanned<String>>,
    #[serde(default)]
    kinds: Vec<Spanned<String>>,
}

/// A pack file, checked against the storybook.
#[derive(Debug, Clone, Default)]
pub struct Pack {
    pub title: String,
    pub features: Vec<String>,
    pub sites: Vec<String>,
    pub themes: Vec<String>,
    pub kinds: Vec<Kind>,
    /// Named stories, by slug, shown first in this order.
    pub stories: Vec<Spanned<String>>,
    pub prompts: Vec<String>,
    pub notes: String,
    pub date: Option<Date>,
    /// As written: checked against the storybook's pages in [`build_pack`].
    pub clips: Vec<Spanned<crate::recording::clips::RawClip>>,
}

impl Pack {
    fn has_filter(&self) -> bool {
        !(self.features.is_empty()
            && self.sites.is_empty()
            && self.themes.is_empty()
            && self.kinds.is_empty())
    }

    /// Every given list must match; any value within a list will do.
    pub fn matches(&self, p: &Page) -> bool {
        let any = |want: &[String], have: &[String]| {
            want.is_empty() || want.iter().any(|w| have.contains(w))
        };
        self.has_filter()
            && any(&self.features, &p.features)
            && (self.sites.is_empty() || p.site.as_ref().is_some_and(|s| self.sites.contains(s)))
            && any(&self.themes, &p.themes)
            && (self.kinds.is_empty() || self.kinds.contains(&p.kind))
    }
}

#[derive(Debug, Error)]
pub enum WorkshopError {
    #[error("the pack or the storybook has problems to fix (nothing was written)")]
    Content(Diagnostics),
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// What the command says about a pack it wrote.
#[derive(Debug)]
pub struct PackReport {
    pub out: PathBuf,
    pub stories: usize,
    pub cards: usize,
    /// Named stories that could not be included, and why (said on the terminal only: the
    /// pack itself must not mention a story its teller has not cleared for workshops).
    pub left_out: Vec<String>,
}

/// The pack as templates see it.
#[derive(Serialize)]
struct PackView<'a> {
    title: &'a str,
    notes: &'a str,
    prompts: &'a [String],
    date: Option<String>,
    selection: String,
    stories: Vec<StoryView<'a>>,
    /// How many stories may be printed (cards and reading copy).
    printable: usize,
    /// How many stories carry a content note.
    warned: usize,
    support_html: String,
    generated: String,
}

#[derive(Serialize)]
struct StoryView<'a> {
    #[serde(flatten)]
    card: &'a Card,
    prompts: &'a [String],
    licence: &'a crate::licence::Licence,
    printable: bool,
    /// Set when consent must be re-confirmed before (or soon after) the session.
    review_warning: Option<String>,
    number: usize,
    /// The full text, for the reading copy: only for stories whose consent covers print.
    body_html: Option<String>,
    /// Clips of its recording, when its consent lets workshops play it.
    clips: Vec<crate::recording::clips::ClipView>,
}

fn parse_pack(path: &Path, config: &crate::config::Config) -> Result<Pack, Diagnostics> {
    let name = Path::new(path.file_name().unwrap_or(path.as_os_str()));
    let text = match crate::text::read(path, name) {
        Ok(t) => t,
        Err(d) if d.code == "unreadable" => {
            return Err(Diagnostics::from_iter([Diagnostic::error(
                name,
                "missing-pack",
                format!("the pack file could not be read ({})", d.message),
            )
            .hint("give the path to a pack file such as packs/networks-and-belonging.yaml (workshops/ is where packs are written, not read)")]))
        }
        Err(d) => return Err(Diagnostics::from_iter([d])),
    };
    let raw: RawPack = yaml::parse(&text, name, 1).map_err(|d| Diagnostics::from_iter([d]))?;
    let mut diags = Diagnostics::default();
    let at = |s: &Spanned<String>, d: Diagnostic| {
        d.at(s.referenced.line() as usize, s.referenced.column() as usize)
    };
    let title = match raw.title {
        Some(t) if !t.value.trim().is_empty() => t.value,
        _ => {
            diags.push(
                Diagnostic::error(name, "missing-key", "the pack needs a title")
                    .hint("add a line: title: \"Networks and belonging\""),
            );
            String::new()
        }
    };
    let select = raw.select.unwrap_or_default();
    let mut check = |values: Vec<Spanned<String>>, known: Vec<&str>, what: &str| -> Vec<String> {
        let mut out = Vec::new();
        for v in values {
            if known.contains(&v.value.as_str()) {
                out.push(v.value);
            } else {
                let hint = suggest::hint_for(&v.value, known.iter().copied(), what);
                diags.push(at(
                    &v,
                    Diagnostic::error(
                        name,
                        "unknown-value",
                        format!("unknown {what} \"{}\"", v.value),
                    )
                    .hint(hint),
                ));
            }
        }
        out
    };
    let features = check(select.features, config.feature_ids().collect(), "features");
    let sites = check(select.sites, config.site_ids().collect(), "sites");
    let kind_names: Vec<&str> = Kind::ALL
        .iter()
        .map(|k| k.dir())
        .chain(["case-study", "site", "story"])
        .collect();
    let kinds = check(select.kinds, kind_names, "kinds")
        .iter()
        .filter_map(|k| match k.as_str() {
            "lived-experience" | "story" => Some(Kind::Story),
            "case-studies" | "case-study" => Some(Kind::CaseStudy),
            "sites" | "site" => Some(Kind::Site),
            _ => None,
        })
        .collect();
    let themes = select.themes.into_iter().map(|t| t.value).collect();
    let date = raw.date.and_then(|d| {
        let parsed = Date::parse(&d.value);
        if parsed.is_none() {
            diags.push(at(
                &d,
                Diagnostic::error(
                    name,
                    "bad-date",
                    format!("date \"{}\" is not a real date", d.value),
                )
                .hint("write the session's date as year-month-day, e.g. 2026-12-05"),
            ));
        }
        parsed
    });
    let pack = Pack {
        title,
        features,
        sites,
        themes,
        kinds,
        stories: raw.stories,
        prompts: raw.prompts,
        notes: raw.notes,
        date,
        clips: raw.clips,
    };
    if !pack.has_filter() && pack.stories.is_empty() && pack.clips.is_empty() {
        diags.push(Diagnostic::error(name, "empty-pack", "the pack selects no stories").hint("add select: with features, sites, themes or kinds, and/or stories: with story slugs"));
    }
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(pack)
}

/// Build a pack from `pack_file` with the storybook at `root` into `out`.
pub fn build_pack(
    pack_file: &Path,
    root: &Path,
    out: &Path,
    today: Date,
) -> Result<PackReport, WorkshopError> {
    output::check_target(out, Audience::Workshop)?;
    let checked = check::check(root, Audience::Workshop, today);
    let (Some(storybook), Some(theme), false) = (
        checked.storybook,
        checked.theme,
        checked.diagnostics.has_errors(),
    ) else {
        return Err(WorkshopError::Content(checked.diagnostics));
    };
    let pack = parse_pack(pack_file, &storybook.config).map_err(WorkshopError::Content)?;
    let pack_name = Path::new(pack_file.file_name().unwrap_or(pack_file.as_os_str()));

    // Named stories that do not exist are mistakes in the pack; ones that exist but are not
    // cleared for workshops are left out and only named on the terminal.
    let mut diags = Diagnostics::default();
    for s in &pack.stories {
        if !storybook.pages.iter().any(|p| p.slug == s.value) {
            let hint = suggest::hint_for(
                &s.value,
                storybook.pages.iter().map(|p| p.slug.as_str()),
                "stories",
            );
            diags.push(
                Diagnostic::error(
                    pack_name,
                    "unknown-story",
                    format!("no story is called \"{}\"", s.value),
                )
                .at(s.referenced.line() as usize, s.referenced.column() as usize)
                .hint(hint),
            );
        }
    }
    let (clips, clip_diags) =
        crate::recording::clips::check(pack.clips.clone(), pack_name, &storybook.pages);
    diags.extend(clip_diags);
    if diags.has_errors() {
        return Err(WorkshopError::Content(diags));
    }
    let named_sources: Vec<(String, PathBuf)> = storybook
        .pages
        .iter()
        .filter(|p| pack.stories.iter().any(|s| s.value == p.slug))
        .map(|p| (p.slug.clone(), p.source.clone()))
        .collect();
    let (published, excluded) = consent::gate(storybook.pages, Audience::Workshop, today);
    let left_out: Vec<String> = named_sources
        .iter()
        .filter_map(|(slug, source)| {
            excluded
                .iter()
                .find(|l| &l.source == source)
                .map(|l| format!("{slug}: {}", l.reason))
        })
        .collect();

    // Named first, in order; then the selection, newest first (the model's order).
    let model = Model::new(&storybook.config, &published, &theme.catalog);
    let pages = published.pages();
    let mut chosen: Vec<usize> = Vec::new();
    for s in &pack.stories {
        if let Some(i) = pages.iter().position(|p| p.slug == s.value) {
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
    }
    for c in &clips {
        if let Some(i) = pages.iter().position(|p| p.slug == c.story) {
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
    }
    for &i in &model.order {
        if pack.matches(&pages[i]) && !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    let session = pack.date.unwrap_or(today);
    // The reading copy is read on paper, away from any site: links to other pages go (their
    // words stay), so no sheet carries the address of a page it cannot open.
    let no_pages = LinkIndex::new(&storybook.config.base_url);
    let mut stories: Vec<StoryView> = chosen
        .iter()
        .enumerate()
        .map(|(n, &i)| view(&pages[i], &model, i, session, n + 1, &no_pages))
        .collect();
    let media_files = clip_views(&published, &chosen, &clips, &mut stories, out)?;
    let cards = stories.iter().filter(|s| s.printable).count();
    let stories_warned = stories
        .iter()
        .filter(|s| !s.card.content_warnings.is_empty())
        .count();
    let support_html = crate::markdown::render(&storybook.config.support, None, None).html;
    let pack_view = PackView {
        title: &pack.title,
        notes: &pack.notes,
        prompts: &pack.prompts,
        date: pack.date.map(|d| model.words.date(d)),
        selection: describe_selection(&pack, &storybook.config, &model.words),
        stories,
        printable: cards,
        warned: stories_warned,
        support_html,
        generated: model.words.date(today),
    };
    let mut ctx = tera::Context::new();
    // What partials/help-compact.html expects, for every sheet and slide.
    ctx.insert("support_html", &pack_view.support_html);
    ctx.insert("pack", &pack_view);
    ctx.insert("has_clips", &!media_files.is_empty());
    ctx.insert("site", &serde_json::json!({ "title": storybook.config.title, "language": storybook.config.language }));
    ctx.insert("ui_lang", &model.words.ui);
    ctx.insert("ui_dir", crate::i18n::direction::dir(&model.words.ui));
    let mut files = Vec::new();
    for t in ["index.html", "cards.html", "present.html", "reading.html"] {
        let name = format!("workshop/{t}");
        let html = theme.tera.render(&name, &ctx).map_err(|e| {
            WorkshopError::Content(Diagnostics::from_iter([crate::theme::template_error(
                theme.origin(&name),
                &e,
            )]))
        })?;
        files.push(OutputFile::new(t, html.into_bytes()));
    }
    files.extend(media_files);
    output::write_site(out, &files, Audience::Workshop)?;
    // As a build does: recordings no pack uses any more (a withdrawn story's) leave the cache.
    let cache_dir = crate::builder::BuildOptions::new(
        PathBuf::new(),
        out.to_path_buf(),
        Audience::Workshop,
        today,
    )
    .cache_dir;
    if cache_dir.is_dir() {
        let used = files.iter().filter_map(|f| f.copy_from.as_deref());
        let _ = crate::images::Cache::new(&cache_dir).prune(out, used);
    }
    Ok(PackReport {
        out: out.to_path_buf(),
        stories: chosen.len(),
        cards,
        left_out,
    })
}

fn view<'a>(
    page: &'a Arc<Page>,
    model: &'a Model,
    i: usize,
    session: Date,
    number: usize,
    links: &LinkIndex,
) -> StoryView<'a> {
    let consent = page.consent.as_ref();
    let printable = consent.is_none_or(|c| c.scope.contains(&Scope::Print));
    let body_html = printable.then(|| reading_text(page, links));
    let review_warning = consent.and_then(|c| c.review).and_then(|review| {
        let key = if review < session {
            "workshop-consent-expires"
        } else if session.days_until(review) <= 60 {
            "workshop-consent-review"
        } else {
            return None;
        };
        let w = &model.words;
        Some(w.catalog.with(&w.ui, key, "date", &w.date(review)))
    });
    StoryView {
        card: &model.cards[i],
        prompts: &page.prompts,
        licence: &page.licence,
        printable,
        review_warning,
        number,
        body_html,
        clips: Vec::new(),
    }
}

/// Each chosen story's clips, and the files the presenter view plays them from (with
/// player.js); recordings are cached beside the pack's folder as a build's are.
fn clip_views(
    published: &consent::Published,
    chosen: &[usize],
    clips: &[crate::recording::clips::Clip],
    stories: &mut [StoryView],
    out: &Path,
) -> Result<Vec<OutputFile>, WorkshopError> {
    if clips.is_empty() {
        return Ok(Vec::new());
    }
    let opts = crate::builder::BuildOptions::new(
        PathBuf::new(),
        out.to_path_buf(),
        Audience::Workshop,
        Date::parse("2000-01-01").expect("a real date"),
    );
    let (cache, stats) = (
        crate::images::Cache::new(&opts.cache_dir),
        crate::images::Stats::default(),
    );
    let mut files = Vec::new();
    for (s, &i) in stories.iter_mut().zip(chosen) {
        let (views, f) =
            crate::recording::clips::views(published, &published.pages()[i], clips, &cache, &stats)
                .map_err(|d| WorkshopError::Content(Diagnostics::from_iter([d])))?;
        s.clips = views;
        files.extend(f);
    }
    if !files.is_empty() {
        let js = include_bytes!("../themes/default/static/player.js");
        files.push(OutputFile::new("player.js", js.to_vec()));
    }
    Ok(files)
}

/// A story's text as the reading copy prints it: sanitised like every story, its pictures
/// and its links to other pages left out (`links` knows no pages).
fn reading_text(page: &Page, links: &LinkIndex) -> String {
    let (dir, path) = (crate::links::source_dir(page), page.path());
    let linker = Linker {
        index: links,
        from: From {
            source_dir: &dir,
            page_path: &path,
        },
        absolute_base: None,
    };
    crate::markdown::render(&page.body, Some(&linker), None).html
}

/// How the pack chose its stories ("features: Networks or Access; places: Salford"), in the
/// interface's words.
fn describe_selection(pack: &Pack, config: &crate::config::Config, words: &Words) -> String {
    let (c, ui) = (&words.catalog, words.ui.as_str());
    let either = |names: Vec<String>| {
        names
            .into_iter()
            .reduce(|first, second| two(c, ui, "workshop-selection-or", &first, &second))
            .unwrap_or_default()
    };
    let mut parts = Vec::new();
    let mut part = |key: &str, names: Vec<String>| {
        if !names.is_empty() {
            parts.push(c.with(ui, key, "names", &either(names)));
        }
    };
    part(
        "workshop-selection-features",
        pack.features
            .iter()
            .filter_map(|f| config.feature(f))
            .map(|f| f.name.clone())
            .collect(),
    );
    part(
        "workshop-selection-sites",
        pack.sites
            .iter()
            .filter_map(|s| config.site(s))
            .map(|s| s.name.clone())
            .collect(),
    );
    part("workshop-selection-themes", pack.themes.clone());
    part(
        "workshop-selection-kinds",
        pack.kinds
            .iter()
            .map(|k| words.kind_plural(*k).to_lowercase())
            .collect(),
    );
    if !pack.stories.is_empty() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", pack.stories.len());
        parts.push(c.text(ui, "workshop-selection-named", Some(&args)));
    }
    parts
        .into_iter()
        .reduce(|first, second| two(c, ui, "workshop-selection-and", &first, &second))
        .unwrap_or_default()
}

/// A message joining two pieces of text.
fn two(c: &crate::i18n::Catalog, ui: &str, key: &str, first: &str, second: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("first", first.to_string());
    args.set("second", second.to_string());
    c.text(ui, key, Some(&args))
}
