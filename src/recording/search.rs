//! What search learns from recordings: the words said, and when.
//!
//! A page's cues are added to its indexed text, so a search finds words that are only
//! spoken, and its result fragment carries the cues (`c`: `[[seconds, words], …]`) so
//! search.js can show the line that matched and link to that moment (`?t=SECONDS#player`).
//! Only recordings the build's audience may have are used ([`crate::consent::recording`]).

use crate::consent;
use crate::model::Model;
use serde_json::{json, Value};
use std::borrow::Cow;

/// The page's text for indexing: its body, then what its recording says.
pub fn indexed_text<'a>(model: &Model, i: usize, body: &'a str) -> Cow<'a, str> {
    let Some(c) = captions(model, i) else {
        return Cow::Borrowed(body);
    };
    let mut text = String::with_capacity(body.len() + c.cues.len() * 60);
    text.push_str(body);
    for cue in &c.cues {
        text.push('\n');
        text.push_str(&cue.text);
    }
    Cow::Owned(text)
}

/// The cues for a result fragment, when the page has captions its audience may have.
pub fn cues(model: &Model, i: usize) -> Option<Value> {
    let c = captions(model, i)?;
    let list: Vec<Value> = c
        .cues
        .iter()
        .map(|cue| json!([cue.start / 1000, cue.text]))
        .collect();
    Some(Value::Array(list))
}

fn captions<'m>(model: &'m Model, i: usize) -> Option<&'m super::Captions> {
    consent::recording(model.published, model.page(i))?
        .captions
        .as_ref()
}
