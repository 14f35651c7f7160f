//! The files of the published recordings and what the player partial is given.
//!
//! Runs after the consent gate on published pages only, and only for recordings their
//! audience may have ([`crate::consent::recording`]): a recording scoped to workshops is never
//! even read for a public build. Every file comes from the cache ([`ffmpeg::clean`], the image
//! pipeline for posters) or from the parsed cues, never from the storyteller's own bytes.

use super::{ffmpeg, vtt, Recording};
use crate::consent::{self, Published};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::{self, Cache, Stats};
use crate::page::Page;
use crate::render::OutputFile;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::Arc;

/// One cue as templates and the search index see it: times in seconds, plain words.
#[derive(Debug, Clone, Serialize)]
pub struct CueView {
    pub start: f64,
    pub end: f64,
    /// Whole seconds, for `?t=` links.
    pub t: u64,
    /// `3:12`.
    pub at: String,
    pub voice: Option<String>,
    pub text: String,
}

/// What `partials/player.html` is given. URLs are relative to the page.
#[derive(Debug, Clone, Serialize)]
pub struct Player {
    pub video: bool,
    pub src: String,
    pub mime: &'static str,
    pub captions: Option<String>,
    pub srclang: String,
    /// The captions' language named in that language.
    pub label: String,
    pub poster: Option<String>,
    pub description: Option<String>,
    pub cues: Vec<CueView>,
}

/// A recording's player and its files.
type PlayerFiles = (Player, Vec<OutputFile>);

pub fn cue_views(cues: &[vtt::Cue]) -> Vec<CueView> {
    cues.iter()
        .map(|c| CueView {
            start: c.start as f64 / 1000.0,
            end: c.end as f64 / 1000.0,
            t: c.start / 1000,
            at: vtt::display(c.start),
            voice: c.voice.clone(),
            text: c.text.clone(),
        })
        .collect()
}

/// Every published page's player (in page order) and the files it needs, each page's in
/// its own folder.
pub fn prepare(
    published: &Published,
    cache: &Cache,
    stats: &Stats,
) -> Result<(Vec<Option<Player>>, Vec<OutputFile>), Diagnostics> {
    prepare_pages(published, published.pages(), cache, stats)
}

/// The players of some of `published`'s pages (in the order given) and their files: what
/// `serve` remakes for the pages an edit touched.
pub fn prepare_pages(
    published: &Published,
    pages: &[Arc<Page>],
    cache: &Cache,
    stats: &Stats,
) -> Result<(Vec<Option<Player>>, Vec<OutputFile>), Diagnostics> {
    let wanted = pages
        .iter()
        .any(|p| consent::recording(published, p).is_some());
    if wanted && !ffmpeg::available() {
        let first = pages
            .iter()
            .find(|p| consent::recording(published, p).is_some());
        let file = first.map_or(std::path::Path::new("storybook.yaml"), |p| {
            p.source.as_path()
        });
        let d = Diagnostic::error(file, "ffmpeg-missing", ffmpeg::FfmpegError::Missing.to_string())
            .at(first.map_or(1, |p| p.lines.media), 0)
            .hint(format!("install it with: {} (it removes location and other details from recordings before they are published)", ffmpeg::INSTALL));
        return Err(Diagnostics::from_iter([d]));
    }
    let results: Vec<Result<Option<PlayerFiles>, Diagnostic>> = pages
        .par_iter()
        .map(|p| match consent::recording(published, p) {
            Some(r) => files(p, r, &p.path(), cache, stats).map(Some),
            None => Ok(None),
        })
        .collect();
    let (mut players, mut out, mut diags) = (Vec::new(), Vec::new(), Diagnostics::default());
    for r in results {
        match r {
            Ok(Some((player, files))) => {
                players.push(Some(player));
                out.extend(files);
            }
            Ok(None) => players.push(None),
            Err(d) => {
                players.push(None);
                diags.push(d);
            }
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    Ok((players, out))
}

/// One recording's files under `dir` (site-relative, ending in `/`), and its player.
pub fn files(
    page: &Page,
    r: &Recording,
    dir: &str,
    cache: &Cache,
    stats: &Stats,
) -> Result<(Player, Vec<OutputFile>), Diagnostic> {
    let fail = |e: String| {
        Diagnostic::error(
            &page.source,
            "media-unreadable",
            format!("the recording could not be published: {e}"),
        )
        .at(page.lines.media, 0)
        .hint("export the recording again from the app that made it, as mp4 (video) or mp3 (audio)")
    };
    let bytes = std::fs::read(&r.src).map_err(|e| fail(e.to_string()))?;
    let (cleaned, _cached) =
        ffmpeg::clean(cache.root(), &r.src, &bytes).map_err(|e| fail(e.to_string()))?;
    let ext = cleaned
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("mp3")
        .to_string();
    let name = format!("recording.{ext}");
    let mut out = vec![OutputFile::copy(format!("{dir}{name}"), cleaned)];
    let captions = r.captions.as_ref().map(|c| {
        out.push(OutputFile::new(
            format!("{dir}captions.vtt"),
            vtt::emit(&c.cues).into_bytes(),
        ));
        "captions.vtt".to_string()
    });
    let poster = match &r.poster {
        Some(path) => {
            let processed = images::process_all(std::slice::from_ref(path), cache, stats)
                .pop()
                .expect("one result for one image")
                .map_err(|e| fail(format!("the poster: {e}")))?;
            let fallback = processed.fallback_format();
            let v = processed
                .largest(fallback)
                .ok_or_else(|| fail("the poster has no pixels".into()))?;
            let file = format!("poster-{}", v.file);
            out.push(OutputFile::copy(
                format!("{dir}{file}"),
                processed.dir.join(&v.file),
            ));
            Some(file)
        }
        None => None,
    };
    let language = r
        .captions
        .as_ref()
        .map_or_else(String::new, |c| c.language.clone());
    let player = Player {
        video: r.video,
        src: name,
        mime: ffmpeg::mime(&ext),
        captions,
        label: super::endonym(&language),
        srclang: language,
        poster,
        description: r.description.clone(),
        cues: r
            .captions
            .as_ref()
            .map(|c| cue_views(&c.cues))
            .unwrap_or_default(),
    };
    Ok((player, out))
}
