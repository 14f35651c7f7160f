//! From text to index keys, with elasticlunr-rs's tokeniser and language pipelines.
//!
//! The browser has to turn a reader's words into the very same keys, so everything here has a
//! twin in `themes/default/static/search.js` (`normalise`, `tokens`, `enKey`, `neutralKey`),
//! and the two must change together. The browser ships one stemmer, English Porter (ported
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
use std::collections::HashMap;

/// The words of one field of one page, as elasticlunr counts them.
#[derive(Debug, Default)]
pub struct FieldTerms {
    /// Tokens left after the pipeline: elasticlunr's field length, for its length norm.
    pub len: usize,
    /// Key → how many tokens produced it, and the part of the text it first appears in.
    pub counts: HashMap<String, (u32, u8)>,
}

/// One language's way from a token to its keys.
enum Pipe {
    English(Pipeline),
    /// A pipeline search.js can't reproduce: the plain word is indexed beside its key.
    Other(Pipeline),
    Neutral,
}

pub struct Analyser {
    pipe: Pipe,
}

/// The analysers of the languages seen so far. elasticlunr's pipelines are neither `Send` nor
/// cheap to make (a trimmer compiles a Unicode regex), so each rayon worker keeps its own.
#[derive(Default)]
pub struct Analysers {
    by_tag: HashMap<String, Analyser>,
}

impl Analysers {
    pub fn get(&mut self, tag: &str) -> &Analyser {
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
        Analyser { pipe }
    }

    /// Whether this pipeline indexes plain words (lower-cased, trimmed) rather than English
    /// stems. When no page does, search.js looks up stems only.
    pub fn indexes_plain_words(&self) -> bool {
        !matches!(self.pipe, Pipe::English(_))
    }

    /// Count the keys of `text`, as elasticlunr's `add_doc` would for one field.
    pub fn terms(&self, text: &str) -> FieldTerms {
        let mut out = FieldTerms::default();
        self.add_terms(text, 0, &mut out);
        out
    }

    /// Count the keys of `text`, part `part` of a longer text, into `out`.
    pub fn add_terms(&self, text: &str, part: u8, out: &mut FieldTerms) {
        let mut add = |key: String| out.counts.entry(key).or_insert((0, part)).0 += 1;
        for token in tokens(text) {
            match &self.pipe {
                Pipe::English(p) | Pipe::Other(p) => {
                    let Some(key) = run(p, token.clone()) else {
                        continue;
                    };
                    out.len += 1;
                    if let Pipe::Other(_) = self.pipe {
                        let plain = neutral(&token);
                        if !plain.is_empty() && plain != key {
                            add(plain.to_string());
                        }
                    }
                    add(key);
                }
                Pipe::Neutral => {
                    let plain = neutral(&token);
                    if !plain.is_empty() {
                        out.len += 1;
                        add(plain.to_string());
                    }
                }
            }
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

/// Characters replaced before tokenising, each by one character (so offsets in the text stay
/// put for search.js's snippets): typographic apostrophes become `'`, and dashes, slashes,
/// ellipses and the BOM split words, as elasticlunr's tokeniser already does for `-` and
/// white space. Markdown's smart punctuation writes "Charlie’s" and "9–5", and readers type
/// "Charlie's" and "9-5".
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{2010}'..='\u{2015}' | '/' | '\u{2026}' | '\u{FEFF}' | '\u{0085}' => ' ',
            c => c,
        })
        .collect()
}

/// elasticlunr's tokeniser (split on white space and `-`, lower-case) after [`normalise`],
/// with English possessives dropped so "Charlie's" is "charlie".
pub fn tokens(text: &str) -> impl Iterator<Item = String> {
    lang::tokenize_whitespace(&normalise(text))
        .into_iter()
        .map(|t| match t.strip_suffix("'s") {
            Some(stem) if !stem.is_empty() => stem.to_string(),
            _ => t,
        })
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
        let mut k: Vec<String> = Analyser::new(tag).terms(text).counts.into_keys().collect();
        k.sort();
        k
    }

    #[test]
    fn english_is_stemmed_and_stop_words_go() {
        assert_eq!(keys("en", "The allotments"), ["allot"]);
        assert_eq!(keys("en-GB", "allotment, Allotment!"), ["allot"]);
        let t = Analyser::new("en").terms("The allotment and the allotments");
        assert_eq!((t.len, t.counts["allot"]), (2, (2, 0)));
        let mut t = FieldTerms::default();
        let a = Analyser::new("en");
        a.add_terms("debt", 0, &mut t);
        a.add_terms("allotments and debt", 3, &mut t);
        assert_eq!(
            (t.len, t.counts["allot"], t.counts["debt"]),
            (3, (1, 3), (2, 0))
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
        let a = Analyser::new("en");
        let t = a.terms(&text);
        assert!(t.len > 1000);
    }
}
