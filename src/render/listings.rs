//! Listings of cards: every story or case study, and the cards of one place, feature or theme.

use super::context::{base_context, PageMeta, View};
use super::Renderer;
use crate::model::{feature_path, tag_name, theme_path};
use crate::page::Kind;
use serde_json::json;

/// `/lived-experience/` and `/case-studies/`.
pub(super) fn kind(r: &Renderer, kind: Kind) -> View {
    let model = r.model;
    let title = model.words.kind_plural(kind);
    let meta = PageMeta::listing(model, format!("{}/", kind.dir()), &title);
    let mut ctx = base_context(model, &meta);
    ctx.insert("heading", &title);
    // The template words the listing's introduction for its kind.
    ctx.insert("kind", kind.id());
    ctx.insert_value(
        "cards",
        r.cards_of(model.by_kind.get(&kind).map_or(&[], Vec::as_slice)),
    );
    View::new("list.html", &meta, ctx)
}

/// A place without a profile page of its own.
pub(super) fn site(r: &Renderer, id: &str) -> View {
    let model = r.model;
    let site = model
        .config
        .site(id)
        .expect("site ids come from the config");
    let meta = PageMeta::listing(model, format!("sites/{id}/"), &site.name);
    let mut ctx = base_context(model, &meta);
    let cards = &model.by_site[id];
    ctx.insert(
        "place",
        &json!({"id": id, "name": site.name, "url": meta.path, "count": cards.len()}),
    );
    ctx.insert_value("cards", r.cards_of(cards));
    View::new("site-list.html", &meta, ctx)
}

pub(super) fn feature(r: &Renderer, id: &str) -> View {
    let model = r.model;
    let f = model
        .config
        .feature(id)
        .expect("feature ids come from the config");
    let meta = PageMeta {
        description: &f.description,
        ..PageMeta::listing(model, feature_path(id), &f.name)
    };
    let mut ctx = base_context(model, &meta);
    let cards = &model.by_feature[id];
    ctx.insert("feature", &json!({
        "id": f.id, "name": f.name, "description": f.description,
        "in_practice_html": r.texts.in_practice_html[id], "url": meta.path, "count": cards.len(),
    }));
    ctx.insert_value("cards", r.cards_of(cards));
    View::new("feature.html", &meta, ctx)
}

pub(super) fn theme(r: &Renderer, tag: &str) -> View {
    let model = r.model;
    let name = tag_name(tag);
    let meta = PageMeta::listing(model, theme_path(tag), &name);
    let mut ctx = base_context(model, &meta);
    let cards = &model.by_theme[tag];
    ctx.insert(
        "theme",
        &json!({"tag": tag, "name": name, "url": meta.path, "count": cards.len()}),
    );
    ctx.insert_value("cards", r.cards_of(cards));
    View::new("theme.html", &meta, ctx)
}
