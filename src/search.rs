//! The search index. Being written (issue 4): until then a build publishes no index files,
//! and the search page points readers to the listings.

use crate::markdown::Rendered;
use crate::model::Model;
use crate::render::OutputFile;

/// The files of the search index for the published pages (`bodies` in page order).
pub fn index_files(_model: &Model, _bodies: &[Rendered]) -> Vec<OutputFile> {
    Vec::new()
}
