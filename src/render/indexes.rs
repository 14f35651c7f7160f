//! The indexes that lead to listings: places, features, themes, and the search page's facets.

use super::context::{base_context, PageMeta, View};
use super::Renderer;
use crate::model::{tag_name, theme_path};
use crate::page::Kind;
use crate::search;
use serde_json::json;

pub(super) fn sites(r: &Renderer) -> View {
    let model = r.model;
    let title = model.words.text("title-places");
    let meta = PageMeta::listing(model, "sites/", &title);
    let mut ctx = base_context(model, &meta);
    ctx.insert_value(
        "profiles",
        r.cards_of(model.by_kind.get(&Kind::Site).map_or(&[], Vec::as_slice)),
    );
    View::new("sites.html", &meta, ctx)
}

pub(super) fn features(r: &Renderer) -> View {
    let title = r.model.words.text("title-features");
    let meta = PageMeta::listing(r.model, "features/", &title);
    let ctx = base_context(r.model, &meta);
    View::new("features.html", &meta, ctx)
}

pub(super) fn themes(r: &Renderer) -> View {
    let model = r.model;
    let title = model.words.text("title-themes");
    let meta = PageMeta::listing(model, "themes/", &title);
    let mut ctx = base_context(model, &meta);
    let themes: Vec<_> = model
        .by_theme
        .iter()
        .map(
            |(t, v)| json!({"tag": t, "name": tag_name(t), "url": theme_path(t), "count": v.len()}),
        )
        .collect();
    ctx.insert("themes", &themes);
    View::new("themes.html", &meta, ctx)
}

pub(super) fn search(r: &Renderer) -> View {
    let model = r.model;
    let title = model.words.text("title-search");
    let meta = PageMeta::listing(model, "search/", &title);
    let mut ctx = base_context(model, &meta);
    let themes: Vec<_> = model
        .by_theme
        .iter()
        .map(|(t, v)| json!({"id": t, "name": t, "url": theme_path(t), "count": v.len()}))
        .collect();
    ctx.insert(
        "facets",
        &json!({
            "features": model.features(),
            "sites": model.sites(),
            "kinds": model.kinds(),
            "themes": themes,
        }),
    );
    ctx.insert("care_notes", &search::care_note_sets(model));
    View::new("search.html", &meta, ctx)
}
