//! What every page's template is given: the site's globals, the page's own head, and the
//! values made once per build (cards, storybook texts) that many pages share.

use super::OutputFile;
use crate::consent::Audience;
use crate::diagnostic::Diagnostics;
use crate::model::Model;
use crate::theme::{self, Theme};
use rayon::prelude::*;
use serde_json::json;
use std::sync::OnceLock;
use tera::{Context, Value};

/// Storybook texts rendered once, with their links resolved for the page they appear on.
pub(super) struct Texts {
    pub(super) intro_html: String,
    pub(super) in_practice_html: std::collections::HashMap<String, String>,
}

/// Every card as a template value, made once per build before listings are rendered. A
/// story is on half a dozen listings, and a tera value is shared by reference count, where
/// handing the card to each listing would serialise it again (65,000 times at 10,000 stories).
#[derive(Default)]
pub(super) struct CardValues(OnceLock<Vec<Value>>);

impl CardValues {
    /// Make the values, on every core. Called by [`Renderer::render`] before its jobs start,
    /// never by a job: a job initialising the `OnceLock` could be re-entered by another job
    /// its thread steals while waiting for the parallel part.
    pub(super) fn make(&self, model: &Model) {
        self.0.get_or_init(|| {
            model
                .cards
                .par_iter()
                .map(Value::from_serializable)
                .collect()
        });
    }

    /// The cards at `indexes`, as one template list.
    pub(super) fn list(&self, model: &Model, indexes: &[usize]) -> Value {
        let made = self.0.get();
        let cards: Vec<Value> = indexes
            .iter()
            .map(|&i| match made {
                Some(values) => values[i].clone(),
                // Only a single story page was asked for: not worth making them all.
                None => Value::from_serializable(&model.cards[i]),
            })
            .collect();
        Value::from(cards)
    }
}

pub(super) fn site_globals(
    model: &Model,
    audience: Audience,
    support_html: &str,
) -> serde_json::Value {
    let c = model.config;
    json!({
        "title": c.title,
        "description": c.description,
        "base_url": c.base_url,
        "language": c.language,
        "licence": c.licence,
        "support_html": support_html,
        "quick_exit": c.quick_exit,
        "helplines": c.helplines,
        "share": c.share,
        "features": model.features().iter().zip(&c.features).map(|(counted, f)| json!({
            "id": counted.id, "name": counted.name, "description": f.description, "url": counted.url, "count": counted.count,
            "stories": counted.stories, "case_studies": counted.case_studies, "profiles": counted.profiles,
        })).collect::<Vec<_>>(),
        "sites": model.sites(),
        "kinds": model.kinds(),
        "audience": audience.name(),
        "internal": audience == Audience::Workshop,
        // Where story endings and the footer link to; empty when there is no such page.
        "share_url": if c.submissions.is_some() { crate::share::PATH } else { "" },
    })
}

/// Prompts are for facilitators: in workshop builds always, on the public site only when
/// the storybook asks.
pub(super) fn show_prompts(model: &Model) -> bool {
    model.published.audience() == Audience::Workshop || model.config.show_prompts
}

/// `"../../"` for `a/b/`: links stay relative so the site works under any sub-path.
pub(super) fn root_for(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// What every page's `<head>` says about it.
pub(super) struct PageMeta<'a> {
    pub(super) path: String,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) lang: &'a str,
    pub(super) og_type: &'static str,
}

impl<'a> PageMeta<'a> {
    /// A page of the site's own (a listing, an index, a statement) in the storybook's language.
    pub(super) fn listing(model: &'a Model, path: impl Into<String>, title: &'a str) -> Self {
        PageMeta {
            path: path.into(),
            title,
            description: "",
            lang: &model.config.language,
            og_type: "website",
        }
    }
}

pub(super) fn base_context(model: &Model, meta: &PageMeta) -> Context {
    let mut ctx = Context::new();
    ctx.insert("root", &root_for(&meta.path));
    ctx.insert("page_path", &meta.path);
    ctx.insert(
        "canonical",
        &format!("{}{}", model.config.base_url, meta.path),
    );
    ctx.insert("lang", meta.lang);
    ctx.insert("page_title", meta.title);
    ctx.insert(
        "description",
        if meta.description.is_empty() {
            model.config.description.as_str()
        } else {
            meta.description
        },
    );
    ctx.insert("og_type", meta.og_type);
    ctx
}

/// A page ready to render: its template, its output path and its context.
pub(super) struct View {
    pub(super) template: &'static str,
    pub(super) path: String,
    pub(super) ctx: Context,
}

impl View {
    pub(super) fn new(template: &'static str, meta: &PageMeta, ctx: Context) -> View {
        View {
            template,
            path: meta.path.clone(),
            ctx,
        }
    }

    pub(super) fn render(self, theme: &Theme) -> Result<OutputFile, Diagnostics> {
        let html = theme.tera.render(self.template, &self.ctx).map_err(|e| {
            Diagnostics::from_iter([theme::template_error(theme.origin(self.template), &e)])
        })?;
        let path = if self.path.ends_with(".html") {
            self.path
        } else {
            format!("{}index.html", self.path)
        };
        Ok(OutputFile::new(path, html.into_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::root_for;

    #[test]
    fn relative_roots() {
        assert_eq!(root_for(""), "");
        assert_eq!(root_for("features/"), "../");
        assert_eq!(root_for("lived-experience/sam/"), "../../");
    }
}
