//! Stories told in more than one language.
//!
//! The original names its translations (`translations: [finding-my-feet-pl]`); each file
//! keeps its own consent. A translation says what the original says, so it can never be
//! more public than the original: the gate publishes a translation only where the story it
//! translates is published (see [`crate::consent::gate`]), and withdrawing the original
//! withdraws every translation of it.

use crate::diagnostic::Diagnostic;
use crate::page::{Kind, Page};
use crate::suggest;
use std::collections::HashMap;

/// Translation (kind, slug) → the slug of the original that names it.
pub fn originals<'p>(pages: impl IntoIterator<Item = &'p Page>) -> HashMap<(Kind, String), String> {
    let mut out = HashMap::new();
    for p in pages {
        for t in &p.translations {
            out.entry((p.kind, t.clone()))
                .or_insert_with(|| p.slug.clone());
        }
    }
    out
}

/// Problems with the translations pages name: a slug no page of that kind has, a page that
/// names itself, a translation in the original's own language, and chains (a translation
/// naming translations of its own, which would leave it unclear whose consent governs).
pub fn check(pages: &[Page], storybook_language: &str) -> Vec<Diagnostic> {
    let by_slug: HashMap<(Kind, &str), &Page> = pages
        .iter()
        .map(|p| ((p.kind, p.slug.as_str()), p))
        .collect();
    let originals = originals(pages);
    let language = |p: &Page| {
        p.language
            .clone()
            .unwrap_or_else(|| storybook_language.to_string())
    };
    let mut out = Vec::new();
    for p in pages.iter().filter(|p| !p.translations.is_empty()) {
        let at = |d: Diagnostic| d.at(p.lines.translations.max(1), 0);
        if let Some(original) = originals.get(&(p.kind, p.slug.clone())) {
            out.push(at(Diagnostic::error(&p.source, "translation-chain", format!("this page translates \"{original}\", so it cannot list translations of its own")))
                .hint(format!("move this list to \"{original}\", the story every translation translates")));
        }
        for slug in &p.translations {
            if *slug == p.slug {
                out.push(at(Diagnostic::error(&p.source, "translation-self", "a page cannot be a translation of itself"))
                    .hint("list the slugs of the other files that tell this story in another language"));
                continue;
            }
            let Some(t) = by_slug.get(&(p.kind, slug.as_str())) else {
                let candidates = pages
                    .iter()
                    .filter(|q| q.kind == p.kind)
                    .map(|q| q.slug.as_str());
                let hint = match suggest::did_you_mean(slug, candidates) {
                    Some(best) => format!("did you mean \"{best}\"?"),
                    None => format!(
                        "write the slug of a file in {}/ (its name without .md)",
                        p.kind.dir()
                    ),
                };
                out.push(
                    at(Diagnostic::error(
                        &p.source,
                        "translation-unknown",
                        format!("no {} has the slug \"{slug}\"", p.kind.id()),
                    ))
                    .hint(hint),
                );
                continue;
            };
            if language(t) == language(p) {
                out.push(
                    at(Diagnostic::error(
                        &p.source,
                        "translation-language",
                        format!(
                            "\"{slug}\" is in the same language as this page ({})",
                            language(p)
                        ),
                    ))
                    .hint(format!(
                        "set language: in {} to the language it is written in",
                        t.source.display()
                    )),
                );
            }
        }
    }
    out
}

/// For every page, the other pages of its group (the original and its translations), by
/// index into `pages`; empty for a page told in one language only. One pass over the pages.
pub fn groups(pages: &[std::sync::Arc<Page>]) -> Vec<Vec<usize>> {
    let index: HashMap<(Kind, &str), usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| ((p.kind, p.slug.as_str()), i))
        .collect();
    let mut out = vec![Vec::new(); pages.len()];
    for (o, p) in pages.iter().enumerate() {
        let members: Vec<usize> = std::iter::once(o)
            .chain(
                p.translations
                    .iter()
                    .filter_map(|s| index.get(&(p.kind, s.as_str())).copied()),
            )
            .collect();
        if members.len() < 2 {
            continue;
        }
        for &m in &members {
            out[m] = members.iter().copied().filter(|&j| j != m).collect();
        }
    }
    out
}
