//! `storypress build`: load → validate → gate → render → write, in that order only.

use crate::check;
use crate::consent::{self, Audience, LeftOut};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::{Cache, Stats};
use crate::output::{self, OutputError};
use crate::render;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use thiserror::Error;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub audience: Audience,
    /// The day consent review dates are judged against.
    pub today: Date,
    /// Where processed images are kept between builds.
    pub cache_dir: PathBuf,
}

impl BuildOptions {
    /// The usual options: the image cache sits beside the output folder, in
    /// `.storypress-cache/`, so it survives the output being swapped.
    pub fn new(root: PathBuf, out: PathBuf, audience: Audience, today: Date) -> BuildOptions {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        BuildOptions {
            root,
            out,
            audience,
            today,
            cache_dir: parent.join(".storypress-cache").join("images"),
        }
    }
}

#[derive(Debug)]
pub struct BuildReport {
    pub files_written: usize,
    pub pages_published: usize,
    pub left_out: Vec<LeftOut>,
    /// Warnings only: a build with errors returns [`BuildError::Content`].
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// Images decoded and re-encoded in this build.
    pub images_processed: usize,
    /// Images taken from the cache without decoding.
    pub images_cached: usize,
}

#[derive(Debug, Error)]
pub enum BuildError {
    #[error("the storybook has problems to fix (nothing was written)")]
    Content(Diagnostics),
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// "1 page", "18 pages": a page is a published story, case study or place profile, the
/// same thing in `build` and in `serve` (listings, feeds and search are files, not pages).
pub fn pages(n: usize) -> String {
    crate::report::count(n, "page")
}

pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    // Refuse a forbidden target before doing any work.
    output::check_target(&opts.out, opts.audience)?;
    // Even a build that goes on to fail tidies what a killed one left beside the output.
    output::recover(&opts.out)?;
    let checked = check::check(&opts.root, opts.audience, opts.today);
    let (Some(storybook), Some(theme), false) = (
        checked.storybook,
        checked.theme,
        checked.diagnostics.has_errors(),
    ) else {
        return Err(BuildError::Content(checked.diagnostics));
    };
    let mut warnings = checked.diagnostics;
    let (published, left_out) = consent::gate(storybook.pages, opts.audience, opts.today);
    let (cache, stats) = (Cache::new(&opts.cache_dir), Stats::default());
    // Files go to disk as they are rendered; the site replaces the old one only once whole.
    let staging = output::Staging::open(&opts.out, opts.audience)?;
    let pages_published = published.pages().len();
    render::render(
        published,
        &storybook.config,
        theme,
        &cache,
        &stats,
        &staging,
    )
    .map_err(BuildError::Content)?;
    let written = staging.commit()?;
    // The site is written: a cache that cannot be tidied is worth a warning, not a failure.
    let used = written.linked.iter().map(PathBuf::as_path);
    if let Err(e) = cache.prune(&opts.out, used) {
        warnings.push(
            Diagnostic::warning(
                &opts.cache_dir,
                "cache-not-tidied",
                format!("processed images no longer used could not be removed from the cache: {e}"),
            )
            .hint("delete the .storypress-cache folder; the next build makes what it needs again"),
        );
    }
    Ok(BuildReport {
        files_written: written.paths.len(),
        pages_published,
        left_out,
        warnings,
        elapsed: start.elapsed(),
        images_processed: stats.decoded.load(Ordering::Relaxed),
        images_cached: stats.cached.load(Ordering::Relaxed),
    })
}
