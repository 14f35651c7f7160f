//! The preview (`serve`) and `build` make their sites by two routes: a build renders its
//! story pages a chunk at a time, writing each page and search entry as it goes and letting
//! the bodies go, while the preview keeps every body to re-render single pages on an edit.
//! A storyteller checks the preview before publishing, so the two must never differ: the
//! same files, byte for byte, for every storybook the tests have (content warnings, place
//! profiles, translations, other interface languages, pictures, recordings).

mod common;
use common::snapshot;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use storypress::builder::{self, BuildOptions};
use storypress::consent::Audience;
use storypress::date::Date;
use storypress::live::{Body, LiveSite};
use storypress::output::MARKER;

/// The site a build writes, less the audience marker (a file of the output folder, not of the
/// site the preview serves).
fn built(root: &Path, out: &Path, cache: &Path, today: Date) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut opts = BuildOptions::new(root.into(), out.into(), Audience::Public, today);
    opts.cache_dir = cache.into();
    builder::build(&opts).unwrap_or_else(|e| panic!("{}: build failed: {e:?}", root.display()));
    let mut site = snapshot(out);
    site.remove(Path::new(MARKER));
    site
}

fn previewed(root: &Path, cache: &Path, today: Date) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut live = LiveSite::new(root.into(), Audience::Public, cache.into());
    if let Err(d) = live.full_build(today) {
        panic!("{}: the preview failed: {d}", root.display());
    }
    let files = live.files();
    let files = files.read().unwrap();
    files
        .iter()
        .map(|(path, body)| {
            let bytes = match body {
                Body::Bytes(b) => b.to_vec(),
                Body::File(p) => std::fs::read(p).unwrap(),
            };
            (PathBuf::from(path), bytes)
        })
        .collect()
}

#[test]
fn the_preview_shows_exactly_what_a_build_publishes() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let today = Date::parse("2026-06-01").unwrap();
    let roots = [
        repo.join("stories"),
        repo.join("tests/fixtures/full"),
        repo.join("tests/fixtures/translated"),
        repo.join("tests/fixtures/welsh"),
        repo.join("tests/fixtures/urdu"),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    for (k, root) in roots.iter().enumerate() {
        let out = tmp.path().join(format!("site-{k}"));
        let site = built(root, &out, &cache, today);
        let preview = previewed(root, &cache, today);
        let name = root.display();
        assert!(site.len() > 20, "{name}: only {} files built", site.len());
        let only_built: Vec<_> = site.keys().filter(|p| !preview.contains_key(*p)).collect();
        let only_previewed: Vec<_> = preview.keys().filter(|p| !site.contains_key(*p)).collect();
        assert!(
            only_built.is_empty() && only_previewed.is_empty(),
            "{name}: built but not previewed {only_built:?}; previewed but not built {only_previewed:?}"
        );
        let differ: Vec<_> = site
            .iter()
            .filter(|(p, bytes)| preview[*p] != **bytes)
            .map(|(p, _)| p)
            .collect();
        assert!(
            differ.is_empty(),
            "{name}: the preview differs from the build in {differ:?}"
        );
    }
}
