//! The images a published page shows, as responsive `<picture>` markup and output files.
//!
//! Runs after the consent gate, on published pages only, so an unpublished story's images are
//! never even decoded. Each source file is processed once however many pages use it.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ids;
use crate::images::{self, Cache, Format, Processed, Stats};
use crate::markdown;
use crate::media;
use crate::page::Page;
use crate::render::OutputFile;
use pulldown_cmark_escape::escape_html;
use rayon::prelude::*;
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Layout widths the theme gives images: full width on phones, the text column on wider screens.
const SIZES: &str = "(min-width: 48rem) 44rem, 100vw";

/// One image ready for a page.
#[derive(Debug, Clone)]
pub struct Picture {
    pub html: String,
    /// Site-relative path of the largest fallback file, for link previews.
    pub preview: String,
}

/// The pictures of one page: its front-matter image, and inline images by `src`.
#[derive(Debug, Default)]
pub struct PagePictures {
    pub hero: Option<Picture>,
    pub inline: HashMap<String, Picture>,
}

/// Process every image the published pages use. Returns each page's pictures (in page order)
/// and the files to write; a broken image is an error naming the page that uses it.
pub fn prepare<P: Borrow<Page> + Sync>(
    pages: &[P],
    cache: &Cache,
    stats: &Stats,
) -> Result<(Vec<PagePictures>, Vec<OutputFile>), Diagnostics> {
    // (page index, src as written, alt, decorative, is hero, file on disk), found on every
    // core: finding a body's images means parsing its Markdown.
    let wanted: Vec<(usize, String, String, bool, bool, PathBuf)> = pages
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, page)| {
            let page: &Page = page.borrow();
            let mut found = Vec::new();
            if let Some(img) = &page.image {
                if let Ok(path) = media::locate(&page.dir, &img.src, page.own_folder) {
                    found.push((
                        i,
                        img.src.clone(),
                        img.alt.clone(),
                        img.decorative,
                        true,
                        path,
                    ));
                }
            }
            for (_, src, alt) in markdown::image_refs(&page.body) {
                if let Ok(path) = media::owned(page, &src) {
                    found.push((i, src, alt, false, false, path));
                }
            }
            found
        })
        .collect();
    let mut unique: Vec<PathBuf> = wanted.iter().map(|w| w.5.clone()).collect();
    unique.sort();
    unique.dedup();
    let results = images::process_all(&unique, cache, stats);
    let processed: HashMap<&PathBuf, &Result<Processed, images::ImageError>> =
        unique.iter().zip(&results).collect();

    let mut out: Vec<PagePictures> = pages.iter().map(|_| PagePictures::default()).collect();
    let mut files: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut diags = Diagnostics::default();
    let mut names: HashMap<(usize, PathBuf), String> = HashMap::new();
    for (i, src, alt, decorative, hero, path) in wanted {
        let page: &Page = pages[i].borrow();
        let p = match processed[&path] {
            Ok(p) => p,
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        &page.source,
                        "image-unreadable",
                        format!("the image \"{src}\" could not be used: {e}"),
                    )
                    .hint("save it again as a JPEG, PNG or WebP photo of ordinary size"),
                );
                continue;
            }
        };
        let stem = unique_stem(&mut names, i, &path);
        let dir = page.path();
        for v in &p.variants {
            files.insert(format!("{dir}{stem}-{}", v.file), p.dir.join(&v.file));
        }
        let picture = Picture {
            html: html(p, &stem, &alt, decorative, !hero),
            preview: preview(p, &dir, &stem),
        };
        if hero {
            out[i].hero = Some(picture);
        } else {
            out[i].inline.insert(src, picture);
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let files = files
        .into_iter()
        .map(|(path, from)| OutputFile::copy(path, from))
        .collect();
    Ok((out, files))
}

/// A file-name stem for an image on a page, distinct from the page's other images.
fn unique_stem(names: &mut HashMap<(usize, PathBuf), String>, page: usize, path: &Path) -> String {
    if let Some(s) = names.get(&(page, path.to_path_buf())) {
        return s.clone();
    }
    let base = match ids::slugify(&path.file_stem().unwrap_or_default().to_string_lossy()) {
        s if s.is_empty() => "image".to_string(),
        s => s,
    };
    let taken = |s: &str| names.iter().any(|((p, _), n)| *p == page && n == s);
    let mut stem = base.clone();
    let mut n = 2;
    while taken(&stem) {
        stem = format!("{base}-{n}");
        n += 1;
    }
    names.insert((page, path.to_path_buf()), stem.clone());
    stem
}

fn esc(s: &str) -> String {
    let mut out = String::new();
    escape_html(&mut out, s).expect("writing to a String cannot fail");
    out
}

fn srcset(p: &Processed, stem: &str, format: Format) -> String {
    p.of(format)
        .map(|v| format!("{stem}-{} {}w", v.file, v.width))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `<picture>`: WebP for browsers that take it, JPEG or PNG for the rest, with sizes so the
/// browser fetches only the width it needs, and dimensions so nothing jumps while loading.
fn html(p: &Processed, stem: &str, alt: &str, decorative: bool, lazy: bool) -> String {
    let fallback = p.fallback_format();
    let Some(main) = p.largest(fallback).or_else(|| p.variants.first()) else {
        return String::new();
    };
    let alt = if decorative { String::new() } else { esc(alt) };
    let loading = if lazy { " loading=\"lazy\"" } else { "" };
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\"><img src=\"{stem}-{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"{alt}\"{loading} decoding=\"async\"></picture>",
        srcset(p, stem, Format::Webp),
        main.file,
        srcset(p, stem, fallback),
        main.width,
        main.height,
    )
}

fn preview(p: &Processed, dir: &str, stem: &str) -> String {
    let fallback = p.fallback_format();
    let v = p
        .of(fallback)
        .filter(|v| v.width <= 1200)
        .max_by_key(|v| v.width)
        .or_else(|| p.largest(fallback));
    v.map(|v| format!("{dir}{stem}-{}", v.file))
        .unwrap_or_default()
}
