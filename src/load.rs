//! Finding the storybook's files and turning them into validated pages.

use crate::config::{self, Config};
use crate::diagnostic::{relative_to, Diagnostic, Diagnostics};
use crate::frontmatter::{self, Outcome, Source};
use crate::page::{Kind, Page};
use crate::suggest;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::Path;
use walkdir::{DirEntry, WalkDir};

/// Everything read from a storybook: its settings and every page that passed validation.
#[derive(Debug)]
pub struct Storybook {
    pub config: Config,
    pub pages: Vec<Page>,
    /// Files with errors, read only so that their text's links and pictures are checked too.
    /// Never published: nothing that renders reads this.
    pub held: Vec<Page>,
    /// How many content files were read, valid or not.
    pub files: usize,
}

/// `_drafts`, `.git`, `_notes.md`: never content, at any depth.
fn is_hidden(entry: &DirEntry) -> bool {
    entry.depth() > 0
        && entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with('_') || n.starts_with('.'))
}

fn is_markdown(path: &Path) -> bool {
    path.extension() == Some(OsStr::new("md"))
}

/// Walk ROOT for Markdown under the three content folders. Files in other folders are reported
/// (a misspelt folder would otherwise hide a story silently).
pub fn find_sources(root: &Path) -> (Vec<Source>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut sources = Vec::new();
    let walker = WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_hidden(e));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(|p| relative_to(root, p)).unwrap_or_default();
                diags.push(
                    Diagnostic::error(&path, "unreadable", format!("could not be read: {e}"))
                        .hint("check the file's permissions"),
                );
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        if !is_markdown(entry.path()) {
            if let Some(d) = markdown_by_another_name(root, entry.path()) {
                diags.push(d);
            }
            continue;
        }
        match source_at(root, entry.path()) {
            Found::Content(Ok(source)) => sources.push(source),
            Found::Content(Err(d)) | Found::Misplaced(d) => diags.push(d),
            Found::NotContent => {}
        }
    }
    (sources, diags)
}

/// `story.MD` or `story.markdown`: meant as a story, but not read as one, which must be said.
fn markdown_by_another_name(root: &Path, path: &Path) -> Option<Diagnostic> {
    let ext = path.extension()?.to_str()?;
    let meant = ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown");
    let rel = relative_to(root, path);
    let in_content = rel
        .iter()
        .next()
        .and_then(OsStr::to_str)
        .and_then(Kind::from_dir)
        .is_some();
    (meant && in_content).then(|| {
        Diagnostic::warning(
            &rel,
            "not-read",
            format!("this file ends in .{ext}, so it is not read as a story"),
        )
        .hint("rename it to end in .md (lower case), or start its name with _ if it is a note")
    })
}

/// What a Markdown file under ROOT is.
pub enum Found {
    /// A page's source (or why it could not be read).
    Content(Result<Source, Diagnostic>),
    /// Markdown where it will not be published; worth a warning.
    Misplaced(Diagnostic),
    NotContent,
}

/// Classify and read one Markdown file, as the full walk does; `serve` uses it to re-read
/// only the file that changed.
pub fn source_at(root: &Path, path: &Path) -> Found {
    let rel = relative_to(root, path);
    let parts: Vec<&str> = rel.iter().filter_map(OsStr::to_str).collect();
    if !is_markdown(path)
        || parts
            .iter()
            .any(|p| p.starts_with('_') || p.starts_with('.'))
    {
        return Found::NotContent;
    }
    let Some(kind) = parts.first().and_then(|d| Kind::from_dir(d)) else {
        if parts.len() > 1 && !matches!(parts[0], "templates" | "static") {
            let hint = match suggest::did_you_mean(parts[0], Kind::ALL.map(Kind::dir)) {
                Some(best) => format!("did you mean the folder \"{best}\"?"),
                None => "stories go in lived-experience/, case-studies/ or sites/".into(),
            };
            return Found::Misplaced(
                Diagnostic::warning(
                    &rel,
                    "not-content",
                    "this file is not in a content folder, so it is not published",
                )
                .hint(hint),
            );
        }
        return Found::NotContent;
    };
    let dir = path.parent().unwrap_or(root).to_path_buf();
    let stem = match parts.len() {
        2 => file_stem(path),
        3 if parts[2] == "index.md" => parts[1].to_string(),
        _ => {
            return Found::Misplaced(
                Diagnostic::warning(&rel, "not-content", "only a story's index.md is read inside its folder")
                    .hint(format!("a story is {0}/name.md or {0}/name/index.md; rename this file to start with _ if it is a note", kind.dir())),
            )
        }
    };
    let own_folder = parts.len() == 3;
    Found::Content(crate::text::read(path, &rel).map(|text| Source {
        kind,
        rel: rel.clone(),
        dir,
        stem,
        own_folder,
        text,
    }))
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .and_then(OsStr::to_str)
        .unwrap_or_default()
        .to_string()
}

/// Load and validate every file. Only an unusable `storybook.yaml` stops early; otherwise
/// the pages that are valid come back together with every problem of the ones that are not,
/// so one run can report everything.
pub fn load(root: &Path) -> Result<(Storybook, Diagnostics), Diagnostics> {
    let config = config::load(root)?;
    let (sources, mut diags) = find_sources(root);
    let files = sources.len();
    let results: Vec<_> = sources
        .into_par_iter()
        .map(|s| frontmatter::read(s, &config))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut held = Vec::new();
    for (outcome, d) in results {
        diags.extend(d);
        match outcome {
            Outcome::Page(page) => pages.push(page),
            Outcome::Held(page) => held.push(page),
            Outcome::Nothing => {}
        }
    }
    diags.extend(check_unique(&pages));
    pages.sort_by(|a, b| (a.kind, &a.slug).cmp(&(b.kind, &b.slug)));
    Ok((
        Storybook {
            config,
            pages,
            held,
            files,
        },
        diags,
    ))
}

/// Two pages must never claim the same address, nor two profiles the same place.
pub fn check_unique<P: std::borrow::Borrow<Page>>(pages: &[P]) -> Vec<Diagnostic> {
    let pages: Vec<&Page> = pages.iter().map(|p| p.borrow()).collect();
    let mut out = Vec::new();
    let mut seen: HashMap<(Kind, &str), &Page> = HashMap::new();
    for &p in &pages {
        if let Some(first) = seen.insert((p.kind, &p.slug), p) {
            let (a, b) = if first.source < p.source {
                (first, p)
            } else {
                (p, first)
            };
            out.push(
                Diagnostic::error(
                    &b.source,
                    "duplicate-slug",
                    format!(
                        "the address {}/{}/ is also used by {}",
                        b.kind.dir(),
                        b.slug,
                        a.source.display()
                    ),
                )
                .hint("give one of them a different slug: line (or rename the file)"),
            );
        }
    }
    let mut profiles: HashMap<&str, &Page> = HashMap::new();
    for p in pages.iter().filter(|p| p.kind == Kind::Site) {
        if let Some(site) = p.site.as_deref() {
            if let Some(first) = profiles.insert(site, p) {
                out.push(
                    Diagnostic::error(
                        &p.source,
                        "duplicate-profile",
                        format!(
                            "the site \"{site}\" already has a profile: {}",
                            first.source.display()
                        ),
                    )
                    .hint("keep one profile per site; merge the two files"),
                );
            }
        }
    }
    out
}
