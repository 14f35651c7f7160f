//! `storypress build`: load → validate → gate → render → write, in that order only.

use crate::check;
use crate::consent::{self, Audience, LeftOut};
use crate::date::Date;
use crate::diagnostic::Diagnostics;
use crate::output::{self, OutputError};
use crate::render;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use thiserror::Error;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub audience: Audience,
    /// The day consent review dates are judged against.
    pub today: Date,
}

#[derive(Debug)]
pub struct BuildReport {
    pub files_written: usize,
    pub pages_published: usize,
    pub left_out: Vec<LeftOut>,
    /// Warnings only: a build with errors returns [`BuildError::Content`].
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

#[derive(Debug, Error)]
pub enum BuildError {
    #[error("the storybook has problems to fix (nothing was written)")]
    Content(Diagnostics),
    #[error(transparent)]
    Output(#[from] OutputError),
}

pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    // Refuse a forbidden target before doing any work.
    output::check_target(&opts.out, opts.audience)?;
    let checked = check::check(&opts.root, opts.audience, opts.today);
    let (Some(storybook), Some(theme), false) = (
        checked.storybook,
        checked.theme,
        checked.diagnostics.has_errors(),
    ) else {
        return Err(BuildError::Content(checked.diagnostics));
    };
    let warnings = checked.diagnostics;
    let (published, left_out) = consent::gate(storybook.pages, opts.audience, opts.today);
    let files =
        render::render(&published, &storybook.config, theme).map_err(BuildError::Content)?;
    output::write_site(&opts.out, &files, opts.audience)?;
    Ok(BuildReport {
        files_written: files.len(),
        pages_published: published.pages().len(),
        left_out,
        warnings,
        elapsed: start.elapsed(),
    })
}
