//! The site's own pages, one of each: accessibility statement, impact, browsing safely,
//! sharing a story, and the page for a missing address.

use super::context::{base_context, PageMeta, View};
use super::Renderer;
use crate::charts;
use crate::page::Kind;
use serde_json::json;

pub(super) fn accessibility(r: &Renderer) -> View {
    let model = r.model;
    let title = model.words.text("title-accessibility");
    let meta = PageMeta::listing(model, "accessibility/", &title);
    let mut ctx = base_context(model, &meta);
    let a = &model.config.accessibility;
    ctx.insert(
        "accessibility",
        &json!({
            "contact": a.contact,
            "contact_href": a.contact_href,
            "last_tested": a.last_tested.map(|d| d.display()),
            "last_tested_iso": a.last_tested.map(|d| d.iso()),
            "known_issues": a.known_issues,
            "compliance": if a.known_issues.is_empty() { "full" } else { "partial" },
        }),
    );
    View::new("accessibility.html", &meta, ctx)
}

pub(super) fn impact(r: &Renderer) -> View {
    let (model, config) = (r.model, r.model.config);
    let title = model.words.text("title-impact");
    let meta = PageMeta::listing(model, "impact/", &title);
    let mut ctx = base_context(model, &meta);
    let count = |v: &[usize]| {
        v.iter()
            .filter(|&&i| model.page(i).kind != Kind::Site)
            .count()
    };
    let by_feature: Vec<(String, usize)> = config
        .features
        .iter()
        .map(|f| (f.name.clone(), count(&model.by_feature[&f.id])))
        .collect();
    let by_site: Vec<(String, usize)> = config
        .sites
        .iter()
        .map(|s| (s.name.clone(), count(&model.by_site[&s.id])))
        .collect();
    let table = |rows: &[(String, usize)]| {
        rows.iter()
            .map(|(l, v)| json!({"label": l, "count": v}))
            .collect::<Vec<_>>()
    };
    let figure = |v: Option<f64>, unit: &str| v.map(|v| charts::with_unit(v, unit));
    let outcomes: Vec<_> = config
        .outcomes
        .iter()
        .map(|o| {
            json!({
                "label": o.label, "source": o.source, "note": o.note, "value": o.value,
                "before": figure(o.before, &o.unit), "after": figure(o.after, &o.unit),
                "chart": charts::outcome(o.before, o.after, &o.unit),
            })
        })
        .collect();
    ctx.insert(
        "impact",
        &json!({
            "stories": model.by_kind.get(&Kind::Story).map_or(0, Vec::len),
            "case_studies": model.by_kind.get(&Kind::CaseStudy).map_or(0, Vec::len),
            "features_chart": charts::counts(&by_feature),
            "features": table(&by_feature),
            "sites_chart": charts::counts(&by_site),
            "sites": table(&by_site),
            "outcomes": outcomes,
        }),
    );
    View::new("impact.html", &meta, ctx)
}

pub(super) fn browsing_safely(r: &Renderer) -> View {
    let title = r.model.words.text("title-browsing-safely");
    let meta = PageMeta::listing(r.model, "browsing-safely/", &title);
    let ctx = base_context(r.model, &meta);
    View::new("browsing-safely.html", &meta, ctx)
}

pub(super) fn share(r: &Renderer) -> View {
    let title = r.model.words.text("title-share");
    let meta = PageMeta::listing(r.model, crate::share::PATH, &title);
    let mut ctx = base_context(r.model, &meta);
    ctx.insert(
        "share",
        &crate::share::context(r.model.config, &r.model.words),
    );
    View::new("share.html", &meta, ctx)
}

pub(super) fn not_found(r: &Renderer) -> View {
    let config = r.model.config;
    let title = r.model.words.text("title-not-found");
    let meta = PageMeta::listing(r.model, "404.html", &title);
    let mut ctx = base_context(r.model, &meta);
    // Served for any missing URL at any depth, so links must be absolute.
    ctx.insert("root", config.base_path());
    ctx.insert("canonical", &format!("{}404.html", config.base_url));
    View::new("404.html", &meta, ctx)
}
