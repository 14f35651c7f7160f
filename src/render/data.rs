//! The files that are not pages: feeds, sitemap, robots.txt, `stories.json`, the search
//! index and the theme's static files.

use super::context::show_prompts;
use super::{Job, Listing, OutputFile, Renderer, Sink};
use crate::diagnostic::Diagnostics;
use crate::feeds::Feed;
use crate::{feeds, search};
use tera::Context;

impl Renderer<'_> {
    /// The feed, sitemap, robots.txt, `stories.json` and the search index.
    pub fn data_files(&self, jobs: &[Job]) -> Vec<OutputFile> {
        let files = std::sync::Mutex::new(Vec::new());
        self.data_into(jobs, &files);
        files.into_inner().expect("lock")
    }

    /// The same, each into `sink` as it is made.
    pub fn data_into(&self, jobs: &[Job], sink: &dyn Sink) {
        self.feed_files(jobs).into_iter().for_each(|f| sink.put(f));
        search::write_index(self.model, &self.artifacts.bodies, sink);
    }

    /// The feed, sitemap, robots.txt and `stories.json`: cheap, made from the model alone.
    pub fn feed_files(&self, jobs: &[Job]) -> Vec<OutputFile> {
        let (model, config) = (self.model, self.model.config);
        let html_paths: Vec<String> = jobs
            .iter()
            .filter(|j| !matches!(j, Job::NotFound))
            .map(|j| self.path_of(j))
            .collect();
        let html_paths: Vec<&str> = html_paths.iter().map(String::as_str).collect();
        let mut files = self.feeds();
        files.extend([
            OutputFile::new(
                "sitemap.xml",
                feeds::sitemap(model, &html_paths).into_bytes(),
            ),
            OutputFile::new(
                "robots.txt",
                feeds::robots(config, model.published.audience()).into_bytes(),
            ),
            OutputFile::new(
                "stories.json",
                feeds::stories_json(model, show_prompts(model)),
            ),
            OutputFile::new(
                "stories.csv",
                feeds::csv::stories_csv(model, show_prompts(model)),
            ),
        ]);
        files
    }

    /// `atom.xml`, and one feed beside each feature's and place's page: all through the
    /// same [`feeds::atom`], so every entry carries its content note the same way.
    fn feeds(&self) -> Vec<OutputFile> {
        let model = self.model;
        let title = &model.config.title;
        let listings = model
            .config
            .features
            .iter()
            .map(|f| (Listing::Feature(f.id.clone()), &f.name))
            .chain(
                model
                    .config
                    .sites
                    .iter()
                    .map(|s| (Listing::Site(s.id.clone()), &s.name)),
            );
        let mut feeds = vec![Feed::site(model)];
        for (listing, name) in listings {
            let page = self.base_path(&listing);
            feeds.push(Feed {
                path: format!("{page}atom.xml"),
                page,
                title: format!("{name} · {title}"),
                pages: self.cards_in(&listing),
            });
        }
        feeds
            .iter()
            .map(|f| {
                let xml = feeds::atom(model, f, &|cw| self.care_note(cw));
                OutputFile::new(f.path.clone(), xml.into_bytes())
            })
            .collect()
    }

    /// The content note, from the theme's one partial, for outputs that are not pages.
    fn care_note(&self, cw: &[String]) -> String {
        let mut ctx = Context::new();
        ctx.insert("cw", cw);
        self.theme
            .tera
            .render("partials/care-note.html", &ctx)
            .map(|h| h.trim().to_string())
            // A storybook's own partial that fails still leaves the warning in words.
            .unwrap_or_else(|_| {
                let w = &self.model.words;
                w.catalog.with(
                    &w.ui,
                    "care-note-plain",
                    "warnings",
                    &cw.join(", ").replace('-', " "),
                )
            })
    }

    /// The theme's and the storybook's static files. Images among them are re-encoded, so
    /// no photo reaches the site with its metadata, whoever put it there.
    pub fn static_files(&self) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut out = Vec::new();
        for (path, bytes) in &self.theme.statics {
            let ext = path.rsplit('.').next().unwrap_or("");
            match crate::images::strip(bytes, ext) {
                Ok(b) => out.push(OutputFile::new(path.clone(), b)),
                Err(e) => diags.push(
                    crate::diagnostic::Diagnostic::error(
                        std::path::Path::new(&format!("static/{path}")),
                        "image-unreadable",
                        format!("the image could not be used: {e}"),
                    )
                    .hint("export it again as a JPEG, PNG or WebP file"),
                ),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(out)
    }
}
