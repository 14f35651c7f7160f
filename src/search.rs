//! The search index: elasticlunr's scoring, split so that a query fetches only what it needs.
//!
//! A monolithic elasticlunr index with full bodies (what Zola and mdBook ship) is about
//! 1.3 MB gzipped at 1,000 stories, and a reader on a phone would download all of it before
//! their first result. So the index is cut up by what a query needs:
//!
//! | file | holds | fetched |
//! |---|---|---|
//! | `search/meta.json` | doc count, fields and boosts, the first key of every term shard, the facet dictionaries, every document's facet values | once, on the first query |
//! | `search/t/<k>.json` | the postings of a run of keys, in sorted order | when a query word falls in it |
//! | `search/d/<n>.json` | one result: title, URL, summary, storyteller, date, language, its content warnings (ids), and the first part of its text | only for results shown |
//! | `search/p/<n>.<k>.json` | parts `k` and `k + 1` of the text (about 2,000 characters each) | only for results shown, and only the file holding the matched word's part |
//!
//! A result with content warnings is shown as a card is: the content note first, and no
//! passage of its text until the reader asks for it. Its fragment carries only the warning
//! ids (`w`); the note's words come from the search page, which holds one rendering of
//! `partials/care-note.html` per set of warnings in use ([`care_note_sets`]), so search.js
//! never writes the wording itself.
//!
//! Documents are numbered in listing order (newest first), so a search with filters and no
//! words lists newest first without a date table, and equal scores tie-break the same way.
//!
//! **Scoring is elasticlunr.js's** (0.9.5, `Index.search` with `bool: OR`, `expand: true`):
//! per field, `tf × idf × 1/√(field length) × boost`, with `tf = √count`,
//! `idf = 1 + ln(N / (df + 1))`, elasticlunr's coordination norm and its 0.15 penalty for
//! prefix expansions. A posting carries `round(1000 × √count / √length)`, so the browser needs
//! no field lengths; `df` is the length of the posting list. Rounding moves a score by at most
//! 1.6% (a word once in a 1,000-word body), which can only swap results that were within that
//! of each other.
//!
//! A term shard is `{"key": [[doc, w, doc, w, …], …], …}` with one list per field in
//! [`FIELDS`] order (empty trailing lists dropped) and doc numbers delta-coded. In the body
//! list, `w` is `weight × 8 + part`: the part of the text where the key first appears, so
//! the browser fetches the part with the snippet alongside the result, not after it, and
//! never the parts it doesn't show. Shards are cut
//! at about `√(10 × total bytes)`: a query fetches the shard list (growing as total/size) and
//! one shard (growing as size), and that size makes their sum smallest.
//!
//! Everything is built from the gated set only: pages that are not published never reach this
//! module, so none of their words, titles or slugs can be in any of these files.

mod analyse;

use crate::markdown::Rendered;
use crate::model::Model;
use crate::page::Kind;
use crate::render::{OutputFile, Sink};
use analyse::{Analysers, FieldTerms, Key};
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::hash::BuildHasher;

/// Index fields in the order each key's postings list them (the body first: nearly every key
/// has body postings and few have any other, so trailing empty lists can be dropped), with
/// their elasticlunr boosts: title > summary > tags and storyteller > body.
pub const FIELDS: [(&str, u32); 5] = [
    ("body", 1),
    ("tags", 2),
    ("storyteller", 2),
    ("summary", 3),
    ("title", 4),
];

/// Posting weights are `√count / √length` in thousandths.
const SCALE: f64 = 1000.0;

/// Characters in a part of a text (cut at a space): about 300 words, enough for a snippet
/// with room round it, small enough that a result costs about a kilobyte.
const PART: usize = 2000;

/// A text has at most this many parts; the last holds all the rest. Body weights carry the
/// part (`weight × PARTS + part`), so this is also their multiplier.
const PARTS: usize = 8;

/// The parts after the first go this many to a file, so a story of usual length (up to
/// about 1,000 words) has one file beside its result instead of one a part, and a snippet
/// never costs a reader more than this many parts.
const PARTS_PER_FILE: usize = 2;

/// The last part is cut off here in the fragments (a story file is at most 2 MB); every word
/// is still indexed.
const MAX_LAST_PART: usize = 100_000;

/// Facets with at most this many values are per-document bitmasks (six values a digit);
/// larger ones are lists of value numbers, which stay small however many themes there are.
const MAX_BITMASK_VALUES: usize = 24;

/// Digits for the facet columns: 64 characters that need no escaping in JSON.
const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.";

/// Keys are spread over this many buckets by their hash (a power of two), so the index is
/// inverted on every core at once: a key lives in one bucket, so no two buckets share
/// postings, and each bucket still meets the documents in order.
const BUCKET_BITS: u32 = 6;
const BUCKETS: usize = 1 << BUCKET_BITS;

/// Documents analysed before their postings join the index: enough to keep both cores busy,
/// few enough that their per-document postings stay small beside the index itself.
const CHUNK: usize = 2048;

thread_local! {
    /// Each rayon worker's analysers, kept from chunk to chunk (and build to build in
    /// `serve`): elasticlunr's pipelines are not `Send`, and making one compiles a regex.
    static ANALYSERS: std::cell::RefCell<Analysers> = std::cell::RefCell::default();
}

/// A key's postings: per field, `(document, weight)` in document order.
type Postings = [Vec<(u32, u32)>; FIELDS.len()];

/// One document's postings as `(key, field, weight)`, grouped by the bucket of their key.
struct DocPostings {
    entries: Vec<(Key, u8, u32)>,
    /// Bucket `b` is `entries[starts[b]..starts[b + 1]]`.
    starts: [u32; BUCKETS + 1],
}

fn bucket_of(key: &str) -> usize {
    (FxBuildHasher.hash_one(key) >> (64 - BUCKET_BITS)) as usize
}

impl DocPostings {
    /// Weigh a document's words field by field ([`FIELDS`] order).
    fn new(fields: [FieldTerms; FIELDS.len()]) -> DocPostings {
        let mut tagged: Vec<(usize, Key, u8, u32)> = Vec::new();
        for (f, terms) in fields.into_iter().enumerate() {
            let norm = 1.0 / (terms.len.max(1) as f64).sqrt();
            for (key, count, part) in terms.counts {
                let mut w = (f64::from(count).sqrt() * norm * SCALE).round().max(1.0) as u32;
                if f == 0 {
                    w = w * PARTS as u32 + u32::from(part);
                }
                tagged.push((bucket_of(&key), key, f as u8, w));
            }
        }
        tagged.sort_unstable_by_key(|t| t.0);
        let mut starts = [0u32; BUCKETS + 1];
        for t in &tagged {
            starts[t.0 + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        // Not collected in place: that would keep `tagged`'s larger slots for the whole chunk.
        let mut entries = Vec::with_capacity(tagged.len());
        entries.extend(tagged.into_iter().map(|(_, k, f, w)| (k, f, w)));
        DocPostings { entries, starts }
    }

    fn bucket(&self, b: usize) -> &[(Key, u8, u32)] {
        &self.entries[self.starts[b] as usize..self.starts[b + 1] as usize]
    }
}

/// The search index for the published pages (`bodies` in page order), into `sink`: each
/// result's fragments the moment they are made, as they are most of the index's bytes (a build
/// need not hold them all), then the term shards and `meta.json`.
pub fn write_index(model: &Model, bodies: &[Rendered], sink: &dyn Sink) {
    let mut index = Index::default();
    for chunk in model.order.chunks(CHUNK) {
        let first = index.len();
        let docs = chunk
            .par_iter()
            .enumerate()
            .map(|(k, &i)| document(model, first + k, i, &bodies[i].text, sink))
            .collect();
        index.add(docs);
    }
    index.finish(model, sink);
}

/// One document analysed, its result fragments already written: what [`Index::add`] takes.
pub struct Document {
    postings: DocPostings,
    digests: Vec<blake3::Hash>,
}

/// Analyse document `n` (the `n`th in listing order: page `i`, whose body's words are `text`)
/// and put its result fragments into `sink`. Documents are analysed side by side, then added
/// to the [`Index`] in order, a chunk at a time.
pub fn document(model: &Model, n: usize, i: usize, text: &str, sink: &dyn Sink) -> Document {
    let text = crate::recording::search::indexed_text(model, i, text);
    let parts = parts(&text);
    let postings =
        ANALYSERS.with_borrow_mut(|an| DocPostings::new(analyse_page(model, &parts, i, an)));
    let files = fragments(model, &parts, n, i);
    let digests = files.iter().map(digest).collect();
    files.into_iter().for_each(|f| sink.put(f));
    Document { postings, digests }
}

/// The index as it is built: documents join it a chunk at a time, so only one chunk's
/// per-document postings are ever held, and a build can let each chunk's bodies go.
#[derive(Default)]
pub struct Index {
    buckets: Vec<FxHashMap<Key, Postings>>,
    /// The version digest of every file written so far.
    digests: Vec<blake3::Hash>,
    added: usize,
}

impl Index {
    /// Documents a caller should analyse before adding them: enough to keep both cores
    /// busy, few enough that their per-document postings stay small beside the index.
    pub const CHUNK: usize = CHUNK;

    /// How many documents have been added: the number of the next.
    pub fn len(&self) -> usize {
        self.added
    }

    pub fn is_empty(&self) -> bool {
        self.added == 0
    }

    /// Add the next documents, in listing order, every bucket on its own core.
    pub fn add(&mut self, docs: Vec<Document>) {
        if self.buckets.is_empty() {
            self.buckets = (0..BUCKETS).map(|_| Default::default()).collect();
        }
        let (postings, digests): (Vec<DocPostings>, Vec<Vec<blake3::Hash>>) =
            docs.into_iter().map(|d| (d.postings, d.digests)).unzip();
        add_postings(&mut self.buckets, &postings, self.added as u32);
        self.added += postings.len();
        self.digests.extend(digests.into_iter().flatten());
    }

    /// Write the term shards and `meta.json`, whose version covers every file written.
    pub fn finish(self, model: &Model, sink: &dyn Sink) {
        let Index {
            buckets,
            mut digests,
            added,
        } = self;
        debug_assert_eq!(added, model.order.len(), "every document is added once");
        // Each term's postings are freed as its JSON is made, and each JSON as it joins a
        // shard, so the index is never held in two forms at once.
        let entries: Vec<(Key, String)> = sorted_terms(buckets)
            .into_par_iter()
            .map(|(key, postings)| {
                let json = term_json(&key, &postings);
                (key, json)
            })
            .collect();
        let (firsts, shards): (Vec<String>, Vec<String>) = shard(entries).into_iter().unzip();
        let shards: Vec<OutputFile> = shards
            .into_iter()
            .enumerate()
            .map(|(k, json)| OutputFile::new(format!("search/t/{k}.json"), json.into_bytes()))
            .collect();
        digests.par_extend(shards.par_iter().map(digest));
        shards.into_iter().for_each(|f| sink.put(f));
        write_meta(model, firsts, &digests, sink);
    }
}

/// `search/meta.json`, versioned by the digest of every other file of the index.
fn write_meta(model: &Model, firsts: Vec<String>, digests: &[blake3::Hash], sink: &dyn Sink) {
    let site_lang = model.config.language.as_str();
    let mut languages: Vec<&str> = model
        .order
        .iter()
        .map(|&i| model.page(i).language.as_deref().unwrap_or(site_lang))
        .collect();
    languages.push(site_lang);
    languages.sort_unstable();
    languages.dedup();
    let plain = languages
        .iter()
        .any(|l| analyse::Analyser::new(l).indexes_plain_words());
    let mut meta = json!({
        "n": model.order.len(),
        "lang": site_lang,
        "plain": plain,
        "fields": FIELDS.map(|(name, _)| name),
        "boost": FIELDS.map(|(_, boost)| boost),
        "scale": SCALE,
        "parts": PARTS,
        "pf": PARTS_PER_FILE,
        "shards": firsts,
        "facets": facets(model),
    });
    // Every other file is fetched with `?v=<this>`, so a browser never mixes two builds.
    let mut hasher = blake3::Hasher::new();
    hasher.update(meta.to_string().as_bytes());
    for d in digests {
        hasher.update(d.as_bytes());
    }
    meta["v"] = json!(hasher.finalize().to_hex()[..12].to_string());
    sink.put(OutputFile::new(
        "search/meta.json",
        serde_json::to_vec(&meta).expect("JSON values serialise"),
    ));
}

/// What makes a file's version: its path and its bytes.
fn digest(f: &OutputFile) -> blake3::Hash {
    let mut h = blake3::Hasher::new();
    h.update(&(f.path.len() as u64).to_le_bytes());
    h.update(f.path.as_bytes());
    h.update(&f.bytes);
    h.finalize()
}

/// The words of one page, field by field ([`FIELDS`] order). The page's own language decides
/// the pipeline for its words; feature, site and theme names are the storybook's.
fn analyse_page(
    model: &Model,
    body_parts: &[&str],
    i: usize,
    an: &mut Analysers,
) -> [FieldTerms; FIELDS.len()] {
    let page = model.page(i);
    let card = &model.cards[i];
    let mut tags: Vec<&str> = card.features.iter().map(|f| f.name.as_str()).collect();
    tags.extend(card.site.as_ref().map(|s| s.name.as_str()));
    tags.extend(card.themes.iter().map(|t| t.tag.as_str()));
    let tags = an.get(&model.config.language).terms(&tags.join("\n"));
    let a = an.get(page.language.as_deref().unwrap_or(&model.config.language));
    [
        a.terms_of_parts(body_parts),
        tags,
        a.terms(page.storyteller.as_deref().unwrap_or_default()),
        a.terms(&page.summary),
        a.terms(&page.title),
    ]
}

/// Add a chunk of documents (numbered from `first`) to the index, every bucket on its own
/// core: a key lives in one bucket, and each bucket meets the documents in order.
fn add_postings(buckets: &mut [FxHashMap<Key, Postings>], docs: &[DocPostings], first: u32) {
    buckets.par_iter_mut().enumerate().for_each(|(b, map)| {
        for (n, doc) in docs.iter().enumerate() {
            for (key, f, w) in doc.bucket(b) {
                let postings = match map.get_mut(key) {
                    Some(p) => p,
                    None => map.entry(key.clone()).or_default(),
                };
                postings[usize::from(*f)].push((first + n as u32, *w));
            }
        }
    });
}

/// Keys → postings, sorted as JavaScript compares strings (UTF-16 code units), so search.js
/// can binary-search the shard list with `<`.
fn sorted_terms(buckets: Vec<FxHashMap<Key, Postings>>) -> Vec<(Key, Postings)> {
    let mut terms: Vec<(Key, Postings)> = buckets.into_iter().flatten().collect();
    terms.par_sort_unstable_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    terms
}

/// `"key":[[d,w,Δd,w,…],…]`, trailing empty field lists dropped.
fn term_json(key: &str, postings: &Postings) -> String {
    let mut out = serde_json::to_string(key).expect("strings serialise");
    out.push_str(":[");
    let used = postings
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |p| p + 1);
    for (f, list) in postings[..used].iter().enumerate() {
        if f > 0 {
            out.push(',');
        }
        out.push('[');
        let mut prev = 0;
        for (k, &(doc, w)) in list.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            let _ = write!(out, "{},{w}", doc - prev);
            prev = doc;
        }
        out.push(']');
    }
    out.push(']');
    out
}

/// The byte size a shard is cut at, for `total` bytes of entries: the size that makes the
/// shard list plus one shard smallest (about 10 bytes per shard in the list), within bounds
/// that keep requests few for small storybooks and shards quick to parse for huge ones.
fn shard_size(total: usize) -> usize {
    (((10 * total) as f64).sqrt() as usize).clamp(2_048, 65_536)
}

/// Group sorted entries into shards: `(first key, JSON object)`.
fn shard<K: AsRef<str>>(entries: Vec<(K, String)>) -> Vec<(String, String)> {
    let target = shard_size(entries.iter().map(|(_, j)| j.len() + 1).sum());
    let mut shards: Vec<(String, String)> = Vec::new();
    for (key, json) in entries {
        match shards.last_mut() {
            Some((_, body)) if body.len() + json.len() < target => {
                body.push(',');
                body.push_str(&json);
            }
            _ => shards.push((key.as_ref().to_string(), format!("{{{json}"))),
        }
    }
    for (_, body) in &mut shards {
        body.push('}');
    }
    shards
}

/// The facet dictionaries (`[id, name, url]`, kinds adding their singular name) and, for
/// each facet, every document's values as one string of [`DIGITS`]: for a facet of up to
/// [`MAX_BITMASK_VALUES`] values, a bitmask of `⌈values/6⌉` digits a document (least
/// significant first); for a larger one, documents separated by `,`, each value a fixed
/// number of digits. Ten thousand synthetic stories cost about 30 KB gzipped, which buys
/// counts for every filter with no further request.
fn facets(model: &Model) -> Value {
    let pages = model.published.pages();
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .zip(model.kinds())
        .map(|(k, c)| json!([c.id, c.name, c.url, model.words.kind_name(*k)]))
        .collect();
    let sites = model.sites();
    let features = model.features();
    let themes: Vec<&String> = model.by_theme.keys().collect();
    let index = |ids: &[&str], id: &str| ids.iter().position(|x| *x == id);
    let site_ids: Vec<&str> = sites.iter().map(|s| s.id.as_str()).collect();
    let feature_ids: Vec<&str> = features.iter().map(|f| f.id.as_str()).collect();
    let theme_ids: Vec<&str> = themes.iter().map(|t| t.as_str()).collect();
    let column = |values: usize, of: &dyn Fn(usize) -> Vec<usize>| -> String {
        let mut out = String::new();
        if values <= MAX_BITMASK_VALUES {
            let width = values.div_ceil(6).max(1);
            for &i in &model.order {
                let mask = of(i).iter().fold(0usize, |m, v| m | 1 << v);
                for d in 0..width {
                    out.push(DIGITS[(mask >> (6 * d)) & 63] as char);
                }
            }
            return out;
        }
        let width = digits_for(values);
        for (n, &i) in model.order.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            for v in of(i) {
                push_code(&mut out, v, width);
            }
        }
        out
    };
    json!({
        "kind": {
            "values": kinds,
            "docs": column(Kind::ALL.len(), &|i| {
                Kind::ALL.iter().position(|k| *k == pages[i].kind).into_iter().collect()
            }),
        },
        "site": {
            "values": sites.iter().map(|s| json!([s.id, s.name, s.url])).collect::<Vec<_>>(),
            "docs": column(sites.len(), &|i| {
                pages[i].site.as_deref().and_then(|s| index(&site_ids, s)).into_iter().collect()
            }),
        },
        "feature": {
            "values": features.iter().map(|f| json!([f.id, f.name, f.url])).collect::<Vec<_>>(),
            "docs": column(features.len(), &|i| {
                pages[i].features.iter().filter_map(|f| index(&feature_ids, f)).collect()
            }),
        },
        "theme": {
            "values": themes.iter().map(|t| json!([t, t, crate::model::theme_path(t)])).collect::<Vec<_>>(),
            "docs": column(themes.len(), &|i| {
                pages[i].themes.iter().filter_map(|t| index(&theme_ids, t)).collect()
            }),
        },
    })
}

/// How many [`DIGITS`] one of `values` values takes.
fn digits_for(values: usize) -> usize {
    let mut width = 1;
    while DIGITS.len().pow(width as u32) < values {
        width += 1;
    }
    width
}

fn push_code(out: &mut String, mut v: usize, width: usize) {
    let mut code = vec![b'0'; width];
    for slot in code.iter_mut().rev() {
        *slot = DIGITS[v % DIGITS.len()];
        v /= DIGITS.len();
    }
    out.push_str(std::str::from_utf8(&code).expect("DIGITS are ASCII"));
}

/// A result's fragments: `search/d/<n>.json` with the first part of its text, and
/// `search/p/<n>.<k>.json` for each further [`PARTS_PER_FILE`] parts from part `k`. Keys are short because ten of these are
/// fetched for every page of results.
fn fragments(model: &Model, parts: &[&str], n: usize, i: usize) -> Vec<OutputFile> {
    let card = &model.cards[i];
    let mut d = json!({
        "t": card.title,
        "u": card.url,
        "s": card.summary,
        "a": card.date_display,
        "x": parts[0],
        "k": parts.len(),
    });
    if let Some(teller) = &card.storyteller {
        d["p"] = json!(teller);
    }
    // Marked only when it is not the interface's language; `r` when it runs right to left.
    if model.words.is_foreign(&card.language) {
        d["l"] = json!(card.language);
        if crate::i18n::direction::is_rtl(&card.language) {
            d["r"] = json!(1);
        }
    }
    if !card.content_warnings.is_empty() {
        d["w"] = json!(card.content_warnings);
    }
    if let Some(cues) = crate::recording::search::cues(model, i) {
        d["c"] = cues;
    }
    let mut out = Vec::with_capacity(parts.len());
    out.push(OutputFile::new(
        format!("search/d/{n}.json"),
        serde_json::to_vec(&d).expect("JSON values serialise"),
    ));
    for (first, group) in later_parts(parts) {
        out.push(OutputFile::new(
            format!("search/p/{n}.{first}.json"),
            serde_json::to_vec(&json!({ "x": group })).expect("JSON values serialise"),
        ));
    }
    out
}

/// The parts after the first, [`PARTS_PER_FILE`] to a file, each with the number of its first
/// part; the last cut off at [`MAX_LAST_PART`] characters.
fn later_parts<'t>(parts: &[&'t str]) -> Vec<(usize, Vec<&'t str>)> {
    let later: Vec<&str> = parts
        .iter()
        .skip(1)
        .map(|part| {
            let end = part
                .char_indices()
                .nth(MAX_LAST_PART)
                .map_or(part.len(), |(b, _)| b);
            &part[..end]
        })
        .collect();
    later
        .chunks(PARTS_PER_FILE)
        .enumerate()
        .map(|(g, group)| (1 + g * PARTS_PER_FILE, group.to_vec()))
        .collect()
}

/// Every set of content warnings a published page carries, each once, in listing order: the
/// search page renders the content note for each, and search.js picks a result's note by its
/// ids joined with spaces. At most one set a page, so the page grows with the storybook only
/// where the warnings really differ.
pub fn care_note_sets<'m>(model: &'m Model) -> Vec<&'m [String]> {
    let mut seen: std::collections::HashSet<&[String]> = Default::default();
    model
        .order
        .iter()
        .map(|&i| model.cards[i].content_warnings.as_slice())
        .filter(|w| !w.is_empty() && seen.insert(w))
        .collect()
}

/// The text in at most [`PARTS`] parts of about [`PART`] characters, each cut at a space
/// where there is one near (so no word is split), the last holding the rest. Always at least
/// one part, maybe empty.
fn parts(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while out.len() + 1 < PARTS {
        let Some((hard, _)) = rest.char_indices().nth(PART) else {
            break;
        };
        let cut = rest[..hard]
            .rfind(char::is_whitespace)
            .filter(|&at| hard - at < 200 && at > 0)
            .unwrap_or(hard);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out.push(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of `docs`, added a few at a time as a build adds its chunks.
    fn invert(docs: &[DocPostings]) -> Vec<(Key, Postings)> {
        let mut buckets: Vec<_> = (0..BUCKETS).map(|_| FxHashMap::default()).collect();
        for (c, chunk) in docs.chunks(128).enumerate() {
            add_postings(&mut buckets, chunk, (c * 128) as u32);
        }
        sorted_terms(buckets)
    }

    #[test]
    fn postings_are_delta_coded_per_field() {
        let mut p: Postings = Default::default();
        p[0] = vec![(3, 45), (10, 60)];
        p[3] = vec![(10, 500)];
        assert_eq!(
            term_json("allot", &p),
            r#""allot":[[3,45,7,60],[],[],[10,500]]"#
        );
        assert_eq!(term_json("x", &Default::default()), r#""x":[]"#);
    }

    #[test]
    fn keys_sort_as_javascript_compares_them() {
        let mut f: [FieldTerms; FIELDS.len()] = Default::default();
        f[0] = analyse::Analyser::new("pl").terms("b a 𝒜 ｚ z ż");
        let docs = [DocPostings::new(f)];
        let keys: Vec<String> = invert(&docs).iter().map(|(k, _)| k.to_string()).collect();
        // U+1D49C is a surrogate pair in UTF-16 (0xD835…), so it sorts before U+FF5A there.
        assert_eq!(keys, ["a", "b", "z", "ż", "𝒜", "ｚ"]);
    }

    /// The bucketed, parallel inversion, chunk by chunk, gives what one pass over the
    /// documents in order would:
    /// every key once, and its postings in document order.
    #[test]
    fn inversion_matches_a_plain_pass() {
        let words = [
            "allotment",
            "debt",
            "coach",
            "walk",
            "garden",
            "peer",
            "housing",
            "recovery",
            "choir",
            "kitchen",
            "friend",
            "bus",
            "work",
            "sleep",
            "nurse",
            "art",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut texts = Vec::new();
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(words[(seed % words.len() as u64) as usize]);
                text.push(' ');
            }
            texts.push(text);
        }
        let mut an = analyse::Analyser::new("en");
        let docs: Vec<DocPostings> = texts
            .iter()
            .map(|t| {
                let mut f: [FieldTerms; FIELDS.len()] = Default::default();
                f[0] = an.terms(t);
                f[4] = an.terms(&t[..t.len().min(12)]);
                DocPostings::new(f)
            })
            .collect();
        let mut expected: std::collections::BTreeMap<String, Postings> = Default::default();
        for (n, doc) in docs.iter().enumerate() {
            for (key, f, w) in &doc.entries {
                expected.entry(key.to_string()).or_default()[usize::from(*f)].push((n as u32, *w));
            }
        }
        let got = invert(&docs);
        assert_eq!(got.len(), expected.len());
        for (key, postings) in got {
            assert_eq!(postings, expected[&*key], "{key}");
        }
    }

    #[test]
    fn weights_follow_elasticlunr() {
        let mut f: [FieldTerms; FIELDS.len()] = Default::default();
        f[0] = analyse::Analyser::new("en").terms("allotment allotments debt coach");
        let docs = [DocPostings::new(f)];
        let terms = invert(&docs);
        let allot = &terms.iter().find(|(k, _)| &**k == "allot").unwrap().1;
        // tf = √2, field length 4: √2 / √4 = 0.7071, in part 0 of the body.
        assert_eq!(allot[0], vec![(0, 707 * PARTS as u32)]);
    }

    #[test]
    fn shards_cover_every_key_in_order() {
        let entries: Vec<(String, String)> = (0..5000)
            .map(|i| (format!("k{i:05}"), format!("\"k{i:05}\":[[0,1]]")))
            .collect();
        let shards = shard(entries);
        assert!(shards.len() > 1);
        let mut all = String::new();
        for (first, body) in &shards {
            assert!(body.starts_with(&format!("{{\"{first}\"")), "{first}");
            let parsed: serde_json::Map<String, Value> = serde_json::from_str(body).unwrap();
            all.push_str(&parsed.keys().cloned().collect::<Vec<_>>().join(" "));
            all.push(' ');
        }
        assert_eq!(all.split_whitespace().count(), 5000);
    }

    #[test]
    fn facet_codes() {
        assert_eq!(digits_for(3), 1);
        assert_eq!(digits_for(64), 1);
        assert_eq!(digits_for(65), 2);
        let mut s = String::new();
        push_code(&mut s, 65, 2);
        push_code(&mut s, 5, 1);
        assert_eq!(s, "115");
    }

    /// Parts after the first go two to a file, named by their first part, as search.js asks.
    #[test]
    fn later_parts_share_files() {
        assert!(later_parts(&["only"]).is_empty());
        assert_eq!(later_parts(&["a", "b"]), vec![(1, vec!["b"])]);
        assert_eq!(
            later_parts(&["a", "b", "c", "d", "e"]),
            vec![(1, vec!["b", "c"]), (3, vec!["d", "e"])]
        );
        let text = "word ".repeat(10_000);
        let p = parts(&text);
        let files = later_parts(&p);
        let rejoined: String = p[..1]
            .iter()
            .chain(files.iter().flat_map(|(_, g)| g))
            .copied()
            .collect();
        assert_eq!(rejoined, text, "every character in exactly one part");
    }

    #[test]
    fn long_texts_split_at_a_space() {
        let text = "word ".repeat(2000);
        let p = parts(&text);
        assert_eq!(p.len(), 6); // cut before 2,000 characters, at a space
        assert!(p[0].chars().count() <= PART && p[0].len() > PART - 10);
        assert!(p
            .iter()
            .all(|part| !part.trim().contains("  ") && !part.contains("wor ")));
        assert_eq!(p.concat(), text);
        assert_eq!(parts("short"), ["short"]);
        assert_eq!(parts(""), [""]);
        let polish = "ż".repeat(PART + 5);
        let p = parts(&polish);
        assert_eq!((p[0].chars().count(), p[1].chars().count()), (PART, 5));
        // A long text: seven parts, then the rest.
        let long = "słowo ".repeat(10_000);
        let p = parts(&long);
        assert_eq!(p.len(), PARTS);
        assert!(p[PARTS - 1].chars().count() > 40_000);
    }
}
