//! A build's published pages, rendered in one pass a chunk at a time: each chunk's bodies
//! are made from their Markdown, written into their pages and the search index, and let go.
//!
//! Holding every rendered body (its HTML and its plain text) until both the pages and the
//! search index had read it was the largest part of a build's memory, and at 100,000
//! stories the time it took to fill and walk that memory grew faster than the storybook.
//! A chunk's bodies are still warm in the cache when their page and their search entry read
//! them.

use super::{body_of, Renderer, Sink};
use crate::diagnostic::Diagnostics;
use crate::links::LinkIndex;
use crate::markdown::Rendered;
use crate::search;
use rayon::prelude::*;
use std::sync::{Arc, Mutex};

impl Renderer<'_> {
    /// Render every published page (in listing order, `sources` holding each one's
    /// Markdown in page order) into `sink`, with its search entry. Returns the search index,
    /// whose term shards are still to be written.
    pub(super) fn stories_into(
        &self,
        mut sources: Vec<Arc<str>>,
        index: &LinkIndex,
        sink: &dyn Sink,
    ) -> Result<search::Index, Diagnostics> {
        let model = self.model;
        // Places' profiles list cards: made once here, not by the first profile to need them.
        self.cards.make(model);
        let mut search = search::Index::default();
        let diags = Mutex::new(Diagnostics::default());
        for chunk in model.order.chunks(search::Index::CHUNK) {
            let first = search.len();
            let chunk_sources: Vec<Arc<str>> = chunk
                .iter()
                .map(|&i| std::mem::take(&mut sources[i]))
                .collect();
            let docs = chunk
                .par_iter()
                .zip(chunk_sources)
                .enumerate()
                .map(|(k, (&i, source))| {
                    let pictures = &self.artifacts.pictures[i];
                    let body = body_of(model.page(i), &source, pictures, index);
                    drop(source);
                    match self.page_with(i, &body) {
                        Ok(file) => sink.put(file),
                        Err(d) => diags.lock().expect("lock").extend(d),
                    }
                    search::document(model, first + k, i, &body.text, sink)
                })
                .collect();
            search.add(docs);
        }
        let diags = diags.into_inner().expect("lock");
        match diags.has_errors() {
            true => Err(diags),
            false => Ok(search),
        }
    }

    /// Page `i`, with its body rendered.
    fn page_with(&self, i: usize, body: &Rendered) -> Result<super::OutputFile, Diagnostics> {
        super::pages::view(self, i, body).render(self.theme)
    }
}
