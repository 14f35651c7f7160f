//! The home page: the storybook's introduction, its newest stories and its counts.

use super::context::{base_context, PageMeta, View};
use super::Renderer;
use crate::page::Kind;
use serde_json::json;

/// How many of the newest stories and case studies the home page shows.
const RECENT: usize = 6;

pub(super) fn view(r: &Renderer) -> View {
    let model = r.model;
    let meta = PageMeta {
        description: &model.config.description,
        ..PageMeta::listing(model, "", "")
    };
    let mut ctx = base_context(model, &meta);
    ctx.insert("intro_html", &r.texts.intro_html);
    let recent: Vec<usize> = model
        .order
        .iter()
        .copied()
        .filter(|&i| model.page(i).kind != Kind::Site)
        .take(RECENT)
        .collect();
    ctx.insert_value("recent", r.cards_of(&recent));
    let count = |k: Kind| model.by_kind.get(&k).map_or(0, Vec::len);
    ctx.insert(
        "counts",
        &json!({"stories": count(Kind::Story), "case_studies": count(Kind::CaseStudy), "sites": count(Kind::Site)}),
    );
    View::new("home.html", &meta, ctx)
}
