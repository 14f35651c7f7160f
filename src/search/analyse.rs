//! From text to index keys, with elasticlunr-rs's tokeniser and language pipelines.
//!
//! The browser has to turn a reader's words into the very same keys, so everything here has a
//! twin in `themes/default/static/search.js` (`breaks`, `apostrophe` and `token` here are
//! `normalise` and `tokens` there; the pipelines are `enKey` and `neutralKey`), and the two
//! must change together. The browser ships one stemmer, English Porter (ported
//! byte for byte from the one in elasticlunr-rs), which is why languages are split three ways:
//!
//! - **English**: elasticlunr's trimmer, stop words and Porter stemmer. Only stems are
//!   indexed; search.js stems the query the same way, so "allotments" finds "allotment".
//! - **Another language elasticlunr-rs has a pipeline for** (German, French, Russian, …): its
//!   trimmer, stop words and stemmer, *and* the plain word (trimmed and lower-cased), because
//!   search.js cannot stem that language: a reader's exact word then still finds the story,
//!   and any inflection that shares a prefix with it does through prefix expansion.
//! - **Anything else** (Polish, Welsh, Japanese, …): the neutral pipeline, plain words only.
//!
//! A language is never an error: an unknown or unsupported tag gets the neutral pipeline.

use elasticlunr::lang::{self, Language};
use elasticlunr::Pipeline;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::Arc;

/// An index key. Shared, because one word is a key of thousands of documents: counting it
/// again clones a pointer, not the text.
pub type Key = Arc<str>;

/// The words of one field of one page, as elasticlunr counts them.
#[derive(Debug, Default, PartialEq)]
pub struct FieldTerms {
    /// Tokens left after the pipeline: elasticlunr's field length, for its length norm.
    pub len: usize,
    /// Each key once, in the order the text first has it: how many tokens produced it, and
    /// the part of the text it first appears in.
    pub counts: Vec<(Key, u32, u8)>,
}

#[cfg(test)]
impl FieldTerms {
    /// A key's count and first part.
    pub fn get(&self, key: &str) -> Option<(u32, u8)> {
        self.counts
            .iter()
            .find(|(k, _, _)| &**k == key)
            .map(|&(_, c, p)| (c, p))
    }
}

/// One language's way from a token to its keys.
enum Pipe {
    English(Pipeline),
    /// A pipeline search.js can't reproduce: the plain word is indexed beside its key.
    Other(Pipeline),
    Neutral,
}

/// What one token (as it stands in the text) becomes, as places in the analyser's vocabulary.
#[derive(Clone, Copy, Default)]
struct Keys {
    /// The key that counts towards the field length; `None` when the pipeline dropped the
    /// token (a stop word).
    key: Option<u32>,
    /// The plain word indexed beside `key`, for pipelines search.js cannot run.
    plain: Option<u32>,
}

/// Distinct tokens an analyser remembers before it starts again: enough for any real
/// storybook's vocabulary, a bound for a text of random letters.
const CACHE_LIMIT: usize = 500_000;

pub struct Analyser {
    pipe: Pipe,
    /// Token as written → its keys. A text's words repeat (a few thousand words make most of
    /// any text), and the pipeline (lower-casing, trimming, stemming) is the costly part, so
    /// each distinct token goes through it once per analyser.
    cache: FxHashMap<Box<str>, Keys>,
    /// Every key made so far, numbered, so a field's words are counted in an array rather
    /// than a map keyed by text.
    vocab: Vec<Key>,
    vocab_ids: FxHashMap<Key, u32>,
    /// Per vocabulary number: count and first part in the field being analysed.
    tally: Vec<(u32, u8)>,
    /// The vocabulary numbers the field being analysed has, in order of first use.
    touched: Vec<u32>,
}

/// The analysers of the languages seen so far. elasticlunr's pipelines are neither `Send` nor
/// cheap to make (a trimmer compiles a Unicode regex), so each rayon worker keeps its own.
#[derive(Default)]
pub struct Analysers {
    by_tag: HashMap<String, Analyser>,
}

impl Analysers {
    pub fn get(&mut self, tag: &str) -> &mut Analyser {
        self.by_tag
            .entry(tag.to_string())
            .or_insert_with(|| Analyser::new(tag))
    }
}

/// The elasticlunr-rs module for a BCP 47 tag, where it has one. lunr-languages calls Dutch
/// "du" and Norwegian "no", so those are mapped from their ISO codes.
fn language(tag: &str) -> Option<Box<dyn Language>> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    let code = match primary.to_ascii_lowercase().as_str() {
        "nl" => "du".to_string(),
        "nb" | "nn" => "no".to_string(),
        // `du` is not an ISO code, so a page can't ask for it by accident.
        "du" => return None,
        other => other.to_string(),
    };
    lang::from_code(&code)
}

impl Analyser {
    pub fn new(tag: &str) -> Analyser {
        let pipe = match language(tag) {
            Some(l) if l.code() == "en" => Pipe::English(l.make_pipeline()),
            Some(l) => Pipe::Other(l.make_pipeline()),
            None => Pipe::Neutral,
        };
        Analyser {
            pipe,
            cache: FxHashMap::default(),
            vocab: Vec::new(),
            vocab_ids: FxHashMap::default(),
            tally: Vec::new(),
            touched: Vec::new(),
        }
    }

    /// Whether this pipeline indexes plain words (lower-cased, trimmed) rather than English
    /// stems. When no page does, search.js looks up stems only.
    pub fn indexes_plain_words(&self) -> bool {
        !matches!(self.pipe, Pipe::English(_))
    }

    /// Count the keys of `text`, as elasticlunr's `add_doc` would for one field.
    pub fn terms(&mut self, text: &str) -> FieldTerms {
        self.terms_of_parts(&[text])
    }

    /// Count the keys of one field whose text is cut in parts, noting the part where each key
    /// first appears.
    pub fn terms_of_parts(&mut self, parts: &[&str]) -> FieldTerms {
        if self.cache.len() >= CACHE_LIMIT {
            self.cache.clear();
            self.vocab.clear();
            self.vocab_ids.clear();
            self.tally.clear();
        }
        let mut len = 0;
        for (k, text) in parts.iter().enumerate() {
            let part = u8::try_from(k).unwrap_or(u8::MAX);
            for raw in raw_tokens(text) {
                let keys = self.keys(raw);
                if let Some(key) = keys.key {
                    len += 1;
                    if let Some(plain) = keys.plain {
                        self.count(plain, part);
                    }
                    self.count(key, part);
                }
            }
        }
        let counts = self
            .touched
            .drain(..)
            .map(|id| {
                let (count, part) = std::mem::take(&mut self.tally[id as usize]);
                (self.vocab[id as usize].clone(), count, part)
            })
            .collect();
        FieldTerms { len, counts }
    }

    fn count(&mut self, id: u32, part: u8) {
        let t = &mut self.tally[id as usize];
        if t.0 == 0 {
            self.touched.push(id);
            t.1 = part;
        }
        t.0 += 1;
    }

    /// A token's keys, through the pipeline the first time it is seen.
    fn keys(&mut self, raw: &str) -> Keys {
        if let Some(&keys) = self.cache.get(raw) {
            return keys;
        }
        let (key, plain) = keys_of(&self.pipe, token(raw));
        let keys = Keys {
            key: key.map(|k| self.number(k)),
            plain: plain.map(|k| self.number(k)),
        };
        self.cache.insert(raw.into(), keys);
        keys
    }

    /// A key's place in the vocabulary.
    fn number(&mut self, key: String) -> u32 {
        if let Some(&id) = self.vocab_ids.get(key.as_str()) {
            return id;
        }
        let id = u32::try_from(self.vocab.len())
            .expect("a field of a 2 MB file has far fewer than 2³² words");
        let key = Key::from(key);
        self.vocab.push(key.clone());
        self.vocab_ids.insert(key, id);
        self.tally.push((0, 0));
        id
    }
}

/// A token's key (which counts towards the field length) and the plain word beside it, under
/// one pipeline.
fn keys_of(pipe: &Pipe, token: String) -> (Option<String>, Option<String>) {
    match pipe {
        Pipe::English(p) => (run(p, token), None),
        Pipe::Other(p) => {
            let plain = neutral(&token).to_string();
            let Some(key) = run(p, token) else {
                return (None, None);
            };
            let plain = (!plain.is_empty() && plain != key).then_some(plain);
            (Some(key), plain)
        }
        Pipe::Neutral => {
            let plain = neutral(&token);
            ((!plain.is_empty()).then(|| plain.to_string()), None)
        }
    }
}

/// elasticlunr's `Pipeline::run` for one token. An empty result is no key (the English
/// trimmer can leave one; its stop-word list holds "" to drop it, other pipelines might not).
fn run(pipeline: &Pipeline, token: String) -> Option<String> {
    let mut token = Some(token);
    for f in &pipeline.queue {
        token = f.filter(token?);
    }
    token.filter(|t| !t.is_empty())
}

/// Where words break: elasticlunr's tokeniser splits at white space and `-`; dashes, slashes,
/// ellipses and the BOM split words too. Markdown's smart punctuation writes "9–5", and
/// readers type "9-5".
fn breaks(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}'..='\u{2015}' | '/' | '\u{2026}' | '\u{FEFF}'
        )
}

/// Typographic apostrophes are `'`: Markdown writes "Charlie’s", readers type "Charlie's".
fn apostrophe(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        c => c,
    }
}

/// The tokens of `text` as they stand in it, not yet lower-cased.
fn raw_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(breaks).filter(|s| !s.is_empty())
}

/// A token as elasticlunr's tokeniser gives it (lower-cased), in Unicode's composed form (NFC),
/// with typographic apostrophes made plain and English possessives dropped, so "Charlie’s" is
/// "charlie". Composing matters because "café" can be typed as four characters or as five
/// (`e` and a combining accent), and a reader's keyboard and a storyteller's may differ.
fn token(raw: &str) -> String {
    const NFC: icu_normalizer::ComposingNormalizerBorrowed<'static> =
        icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let plain: String = raw.chars().map(apostrophe).collect();
    let t = NFC.normalize(&plain).to_lowercase();
    match t.strip_suffix("'s") {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => t,
    }
}

/// The neutral pipeline: the token without leading and trailing characters that are neither
/// letters nor digits, in any script.
pub fn neutral(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(tag: &str, text: &str) -> Vec<String> {
        let mut k: Vec<String> = Analyser::new(tag)
            .terms(text)
            .counts
            .into_iter()
            .map(|(k, _, _)| k.to_string())
            .collect();
        k.sort();
        k
    }

    #[test]
    fn english_is_stemmed_and_stop_words_go() {
        assert_eq!(keys("en", "The allotments"), ["allot"]);
        assert_eq!(keys("en-GB", "allotment, Allotment!"), ["allot"]);
        let t = Analyser::new("en").terms("The allotment and the allotments");
        assert_eq!((t.len, t.get("allot")), (2, Some((2, 0))));
        let t = Analyser::new("en").terms_of_parts(&["debt", "", "", "allotments and debt"]);
        assert_eq!(
            (t.len, t.get("allot"), t.get("debt")),
            (3, Some((1, 3)), Some((2, 0)))
        );
    }

    #[test]
    fn smart_punctuation_and_possessives() {
        assert_eq!(
            keys("en", "Charlie’s 9–5 work/life"),
            ["5", "9", "charli", "life", "work"]
        );
        assert_eq!(keys("en", "Charlie's"), keys("en", "Charlie"));
    }

    /// The cache is keyed by the token as written: a word seen before, in another case or
    /// with another apostrophe, must give the very keys a fresh analyser gives.
    #[test]
    fn remembered_words_give_the_same_keys() {
        for tag in ["en", "de", "pl"] {
            let text = "The Häuser’s allotments, ALLOTMENTS and the allotment’s debt — the the";
            let mut warm = Analyser::new(tag);
            let first = warm.terms(text);
            let again = warm.terms(text);
            let fresh = Analyser::new(tag).terms(text);
            assert_eq!(first, fresh, "{tag}");
            assert_eq!(again, fresh, "{tag}");
        }
    }

    #[test]
    fn composed_and_decomposed_letters_are_one_word() {
        // "café" with é as one character, and as e + U+0301.
        assert_eq!(keys("fr", "café"), keys("fr", "cafe\u{301}"));
        assert_eq!(keys("pl", "Za\u{301}\u{307}"), keys("pl", "ZÁ\u{307}"));
        assert_eq!(keys("en", "naïve"), keys("en", "nai\u{308}ve"));
    }

    #[test]
    fn polish_is_neutral_and_keeps_its_letters() {
        assert_eq!(
            keys("pl", "Działka, „pacjentem” żółw."),
            ["działka", "pacjentem", "żółw"]
        );
    }

    #[test]
    fn other_pipelines_keep_the_plain_word_too() {
        // German stems "Häuser" to "haus"; search.js can't, so "häuser" is indexed as well.
        assert_eq!(keys("de", "Häuser"), ["haus", "häuser"]);
        // The field length counts tokens once, as elasticlunr does.
        assert_eq!(Analyser::new("de").terms("Häuser Haus").len, 2);
        // Dutch is "du" in lunr-languages; the ISO code "nl" finds it.
        assert_eq!(keys("nl", "fietsen"), ["fiets", "fietsen"]);
    }

    #[test]
    fn unknown_languages_never_fail() {
        for tag in [
            "",
            "x",
            "zh",
            "ja",
            "ja-JP",
            "cy",
            "xx-Latn-ZZ",
            "du",
            "123",
            "ar",
            "ko",
            "ru",
        ] {
            let _ = Analyser::new(tag).terms("Hello 世界 мир سلام 안녕 — ok");
        }
    }

    /// The English stemmer works on UTF-8 bytes; no word may make it panic or split a character.
    #[test]
    fn english_stemmer_survives_any_text() {
        let palette: Vec<char> = "aeiouysdlnigtzbmpc₂त€ñłß😀 '-".chars().collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut text = String::new();
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push(palette[(seed % palette.len() as u64) as usize]);
        }
        let mut a = Analyser::new("en");
        let t = a.terms(&text);
        assert!(t.len > 1000);
    }
}
