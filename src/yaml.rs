//! Strict YAML parsing with errors that point at the right line of the right file.
//!
//! serde-saphyr (the maintained successor to serde_yaml chosen for this project) reports a
//! location for every failure, including missing and unknown fields at the top level, which
//! serde_norway does not. Its messages are written for programmers, so this module rewrites
//! the common ones in plain words with a fix.

use crate::diagnostic::Diagnostic;
use crate::suggest;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Small budgets: front matter is a few dozen keys, so anything far larger is a mistake or an
/// attack (a "billion laughs" alias bomb), and must be refused quickly.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 200_000;
    budget.max_nodes = 50_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 32;
    budget.max_total_scalar_bytes = 4 * 1024 * 1024;
    budget.max_documents = 1;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parse `text` (which starts at `first_line` of `file`) into `T`, or explain why not.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    let value = serde_saphyr::from_str_with_options(text, options()).map_err(|err| {
        let (line, column) = err
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((1, 0));
        let raw = err.without_snippet().to_string();
        let (message, hint, code) = explain(strip_location(&raw));
        Diagnostic::error(file, code, message)
            .at(line + first_line - 1, column)
            .hint(hint)
    })?;
    match forbidden_in_scalars(text) {
        Some((line, column, c)) => Err(crate::text::forbidden(
            file,
            line + first_line - 1,
            column,
            c,
        )),
        None => Ok(value),
    }
}

/// The place of the first scalar whose value, once YAML's escapes are read (`"\x01"`,
/// `"\uFFFE"`), holds a character no page or feed may carry. Raw ones never get this far
/// (every file is read through [`crate::text::read`]), but an escape spells one out. Every
/// file's YAML passes here, so no field of any of them can carry one into an output.
fn forbidden_in_scalars(text: &str) -> Option<(usize, usize, char)> {
    use granit_parser::{Event, Parser};
    for event in Parser::new_from_str(text) {
        let Ok((Event::Scalar(value, ..), span)) = event else {
            if event.is_err() {
                return None;
            }
            continue;
        };
        if let Some((_, c)) = crate::text::find_forbidden(&value) {
            return Some((span.start.line(), span.start.col() + 1, c));
        }
    }
    None
}

/// The library appends " at line N, column M"; reports carry the place separately.
fn strip_location(raw: &str) -> &str {
    match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    }
}

/// Turn a parser message into (plain message, fix, code).
fn explain(raw: &str) -> (String, String, &'static str) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once('`') {
            let allowed = allowed_keys(expected);
            let hint = match suggest::did_you_mean(key, allowed.iter().map(String::as_str)) {
                Some(best) => format!("did you mean \"{best}\"? (keys are case-sensitive)"),
                None => format!("allowed keys here: {}", allowed.join(", ")),
            };
            return (
                format!("unknown key \"{key}\": storypress does not know it, and never guesses (a mistyped key could otherwise drop something like consent)"),
                hint,
                "unknown-key",
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (
            format!("the required key \"{key}\" is missing"),
            format!("add a line \"{key}: …\""),
            "missing-key",
        );
    }
    if raw.starts_with("duplicate mapping key") {
        let key = raw
            .split(':')
            .nth(1)
            .and_then(|s| s.split(',').next())
            .unwrap_or("")
            .trim();
        return (
            format!("the key \"{key}\" appears twice"),
            "keep one of them and delete the other".into(),
            "duplicate-key",
        );
    }
    if raw.contains("budget")
        || raw.contains("Budget")
        || raw.contains("alias") && raw.contains("limit")
    {
        return (
            "this YAML is far too large or nested too deeply (it may be a YAML bomb)".into(),
            "front matter should be a short list of keys; remove the anchors (&) and aliases (*)"
                .into(),
            "yaml-too-large",
        );
    }
    if raw.contains("expected sequence") {
        return (
            "this should be a list".into(),
            "write a list in square brackets, for example: [networks, strengths]".into(),
            "yaml-type",
        );
    }
    if raw.contains("expected string scalar") || raw.contains("invalid type") {
        return (
            format!("this value has the wrong shape ({raw})"),
            "write plain text here; put text that contains ':' '[' or '#' in double quotes".into(),
            "yaml-type",
        );
    }
    if raw.contains("expected a YAML mapping")
        || raw.contains("expected mapping")
        || raw.contains("expected map")
    {
        return (
            "this should be a set of \"key: value\" lines".into(),
            "check the indentation: keys inside a block are indented by two spaces".into(),
            "yaml-type",
        );
    }
    (
        format!("the YAML could not be read: {raw}"),
        "check this line for a missing quote, bracket or colon; text containing ':' or '#' needs double quotes".into(),
        "yaml-syntax",
    )
}

/// "one of title, date" or "`a` or `b`" → [title, date].
fn allowed_keys(expected: &str) -> Vec<String> {
    let list = expected
        .trim_start_matches(',')
        .trim()
        .trim_start_matches("expected")
        .trim()
        .trim_start_matches("one of")
        .trim();
    list.split([',', ' '])
        .map(|s| s.trim_matches(|c: char| c == '`' || c.is_whitespace()))
        .filter(|s| !s.is_empty() && *s != "or")
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        scope: Option<Vec<String>>,
    }

    #[test]
    fn unknown_key_names_key_line_and_suggestion() {
        let d = parse::<Doc>("title: x\nscpe: [web]\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!(d.code, "unknown-key");
        assert_eq!(d.line, 3);
        assert!(d.message.contains("\"scpe\""), "{}", d.message);
        assert!(d.hint.contains("\"scope\""), "{}", d.hint);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut y = String::from("title: &a [x,x,x,x,x,x,x,x,x,x]\n");
        let mut prev = 'a';
        for c in 'b'..='j' {
            y.push_str(&format!("{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
            prev = c;
        }
        let start = std::time::Instant::now();
        let d = parse::<Doc>(&y, Path::new("a.md"), 2).unwrap_err();
        assert!(start.elapsed().as_secs() < 2);
        assert!(
            d.code == "yaml-too-large" || d.code == "unknown-key" || d.code == "yaml-type",
            "{d}"
        );
    }
}
