//! Listings of cards: every story or case study, and the cards of one place, feature or theme,
//! each in pages of `page_size` (see [`super::paging`]).

use super::context::{base_context, PageMeta, View};
use super::paging::{page_path, pagination_value, Listing};
use super::Renderer;
use crate::model::{tag_name, Model};
use crate::page::Kind;
use serde_json::{json, Value};
use tera::Context;

/// Page `n` of a listing.
pub(super) fn view(r: &Renderer, listing: &Listing, n: usize) -> View {
    match listing {
        Listing::Kind(k) => kind(r, listing, *k, n),
        Listing::Site(id) => site(r, listing, id, n),
        Listing::Feature(id) => feature(r, listing, id, n),
        Listing::Theme(t) => theme(r, listing, t, n),
    }
}

/// The head and context of page `n`, with its cards and `pagination`.
fn paged(r: &Renderer, listing: &Listing, n: usize, meta: &mut PageMeta) -> Context {
    let base = r.base_path(listing);
    meta.path = page_path(&base, n);
    let mut ctx = base_context(r.model, meta);
    insert_pagination(r, &mut ctx, listing, n, &meta.path);
    ctx
}

/// `cards` (page `n`'s) and `pagination` for a page at `path`; also used by a place's profile.
pub(super) fn insert_pagination(
    r: &Renderer,
    ctx: &mut Context,
    listing: &Listing,
    n: usize,
    path: &str,
) {
    let root = super::context::root_for(path);
    let count = r.pages_of(listing);
    let base = r.base_path(listing);
    ctx.insert("pagination", &pagination_value(&base, n, count, &root));
    ctx.insert("total", &r.cards_in(listing).len());
    ctx.insert_value("cards", r.cards_of(r.cards_on(listing, n)));
}

/// The feed of a feature or place, for its `<link rel="alternate">` and visible link.
pub(super) fn insert_feed(ctx: &mut Context, base: &str, root: &str) {
    ctx.insert("feed", &json!({"url": format!("{root}{base}atom.xml")}));
}

/// `/lived-experience/` and `/case-studies/`.
fn kind(r: &Renderer, listing: &Listing, kind: Kind, n: usize) -> View {
    let model = r.model;
    let title = model.words.kind_plural(kind);
    let mut meta = PageMeta::listing(model, "", &title);
    let mut ctx = paged(r, listing, n, &mut meta);
    ctx.insert("heading", &title);
    ctx.insert("kind", kind.dir());
    // The template words the listing's introduction for its kind.
    ctx.insert("kind_id", kind.id());
    if n == 1 {
        let fixed = format!("kind={}", kind.dir());
        let cards = r.cards_in(listing);
        ctx.insert("narrow_features", &narrow(r, cards, Facet::Feature, &fixed));
    }
    View::new("list.html", &meta, ctx)
}

/// A place's cards: its own listing, or pages 2 and on of its profile's.
fn site(r: &Renderer, listing: &Listing, id: &str, n: usize) -> View {
    let model = r.model;
    let site = model
        .config
        .site(id)
        .expect("site ids come from the config");
    let mut meta = PageMeta::listing(model, "", &site.name);
    let mut ctx = paged(r, listing, n, &mut meta);
    let base = r.base_path(listing);
    let cards = r.cards_in(listing);
    ctx.insert(
        "place",
        &json!({"id": id, "name": site.name, "url": base, "count": cards.len()}),
    );
    insert_feed(&mut ctx, &base, &super::context::root_for(&meta.path));
    if n == 1 {
        let fixed = format!("site={id}");
        ctx.insert("narrow_features", &narrow(r, cards, Facet::Feature, &fixed));
    }
    View::new("site-list.html", &meta, ctx)
}

fn feature(r: &Renderer, listing: &Listing, id: &str, n: usize) -> View {
    let model = r.model;
    let f = model
        .config
        .feature(id)
        .expect("feature ids come from the config");
    let mut meta = PageMeta {
        description: &f.description,
        ..PageMeta::listing(model, "", &f.name)
    };
    let mut ctx = paged(r, listing, n, &mut meta);
    let base = r.base_path(listing);
    let cards = r.cards_in(listing);
    ctx.insert(
        "feature",
        &json!({
            "id": f.id, "name": f.name, "description": f.description,
            "in_practice_html": if n == 1 { r.texts.in_practice_html[id].as_str() } else { "" },
            "url": base, "count": cards.len(),
        }),
    );
    insert_feed(&mut ctx, &base, &super::context::root_for(&meta.path));
    if n == 1 {
        let fixed = format!("feature={id}");
        ctx.insert("narrow_sites", &narrow(r, cards, Facet::Site, &fixed));
    }
    View::new("feature.html", &meta, ctx)
}

fn theme(r: &Renderer, listing: &Listing, tag: &str, n: usize) -> View {
    let model = r.model;
    let name = tag_name(tag);
    let mut meta = PageMeta::listing(model, "", &name);
    let mut ctx = paged(r, listing, n, &mut meta);
    let cards = r.cards_in(listing);
    ctx.insert(
        "theme",
        &json!({"tag": tag, "name": name, "url": r.base_path(listing), "count": cards.len()}),
    );
    if n == 1 {
        let fixed = format!("theme={tag}");
        ctx.insert("narrow_features", &narrow(r, cards, Facet::Feature, &fixed));
    }
    View::new("theme.html", &meta, ctx)
}

#[derive(Clone, Copy)]
enum Facet {
    Feature,
    Site,
}

/// Links that narrow a listing by one more facet: each value of `facet` its cards have, with
/// how many, pointing at the search page with both filters in its address (`fixed` is this
/// listing's own, `feature=x`). One link per value, so a page stays linear in size however
/// many combinations there are.
fn narrow(r: &Renderer, cards: &[usize], facet: Facet, fixed: &str) -> Vec<Value> {
    let model: &Model = r.model;
    let (key, values): (&str, Vec<(&str, &str)>) = match facet {
        Facet::Feature => (
            "feature",
            model
                .config
                .features
                .iter()
                .map(|f| (f.id.as_str(), f.name.as_str()))
                .collect(),
        ),
        Facet::Site => (
            "site",
            model
                .config
                .sites
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str()))
                .collect(),
        ),
    };
    let mut counts = vec![0usize; values.len()];
    for &i in cards {
        let p = model.page(i);
        for (k, (id, _)) in values.iter().enumerate() {
            let has = match facet {
                Facet::Feature => p.features.iter().any(|f| f == id),
                Facet::Site => p.site.as_deref() == Some(*id),
            };
            counts[k] += usize::from(has);
        }
    }
    values
        .iter()
        .zip(counts)
        .filter(|(_, c)| *c > 0)
        .map(|((id, name), count)| {
            json!({"id": id, "name": name, "count": count, "query": format!("search/?{fixed}&{key}={id}")})
        })
        .collect()
}
