//! Strict YAML parsing with errors that point at the right line of the right file.
//!
//! serde-saphyr (the maintained successor to serde_yaml chosen for this project) reports a
//! location for every failure, including missing and unknown fields at the top level, which
//! serde_norway does not. Its messages are written for programmers and often point past the
//! mistake, so the raw lines are first read for the mistakes people make ([`mistakes`]), each
//! named in plain words at its own place; [`explain`] rewrites the parser's message for the rest.

mod explain;
pub mod mistakes;

use crate::diagnostic::{Diagnostic, Severity};
use mistakes::{Mistake, Scan, Schema};
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

/// Parse `text` (which starts at `first_line` of `file`) into `T`, or explain why not: the
/// first mistake the line scan finds when it finds one, else the parser's own, in plain words.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    let value = deserialize(text, file, first_line).map_err(|err| {
        let scan = mistakes::scan(text, first_line, &Schema::ANY);
        let mistake = scan
            .mistakes
            .iter()
            .find(|m| m.syntax && m.severity.is_error());
        mistake.map_or(err, |m| located(m, file, first_line))
    })?;
    forbidden(text, file, first_line).map_or(Ok(value), Err)
}

/// The parser alone, with its error explained.
fn deserialize<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|err| {
        let (line, column) = err
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((1, 0));
        let raw = err.without_snippet().to_string();
        let (message, hint, code) = explain::explain(strip_location(&raw));
        Diagnostic::error(file, code, message)
            .at(line + first_line - 1, column)
            .hint(hint)
    })
}

fn forbidden(text: &str, file: &Path, first_line: usize) -> Option<Diagnostic> {
    let (line, column, c) = forbidden_in_scalars(text)?;
    Some(crate::text::forbidden(
        file,
        line + first_line - 1,
        column,
        c,
    ))
}

fn located(m: &Mistake, file: &Path, first_line: usize) -> Diagnostic {
    let d = match m.severity {
        Severity::Error => Diagnostic::error(file, m.code, m.message.clone()),
        Severity::Warning => Diagnostic::warning(file, m.code, m.message.clone()),
    };
    d.at(m.line + first_line - 1, m.column).hint(m.hint.clone())
}

/// What could be read of a file's YAML.
pub enum Read<T> {
    /// The text as written.
    Clean(T),
    /// Only a mended copy could be read. It is there to find the file's other problems in the
    /// same run, and never to publish anything: the file has an error, the mistake itself.
    Repaired(T),
    /// Nothing could be read.
    Failed,
}

/// The YAML of a file read as far as it can be, with every problem found on the way.
pub struct Recovered<T> {
    pub value: Read<T>,
    /// The mistakes, and the parser's error when no mistake accounts for it.
    pub diags: Vec<Diagnostic>,
    scan: Scan,
    first_line: usize,
    mended: bool,
}

impl<T> Recovered<T> {
    /// `d`, found in the mended copy, at its column in the file as written.
    pub fn place(&self, mut d: Diagnostic) -> Diagnostic {
        if self.mended && d.line >= self.first_line {
            d.column = self
                .scan
                .original_column(d.line - self.first_line, d.column);
        }
        d
    }

    /// Whether `d` only says again, in other words, what a mistake on its line already says
    /// (`title: #1` also leaves the title empty).
    pub fn echoes(&self, d: &Diagnostic) -> bool {
        const ECHOES: [&str; 6] = [
            "missing-key",
            "consent-status",
            "image-src",
            "missing-alt",
            "duplicate-key",
            "unknown-key",
        ];
        let flagged = self.scan.lines().any(|l| l + self.first_line - 1 == d.line);
        flagged && (ECHOES.contains(&d.code) || d.code.starts_with("yaml-"))
    }
}

/// Parse `text` into `T` as [`parse`] does, but report every mistake the line scan finds, and
/// when the text can't be read, read a mended copy to find what else is wrong.
pub fn parse_recovering<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
    schema: &Schema,
) -> Recovered<T> {
    let scan = mistakes::scan(text, first_line, schema);
    let mut diags: Vec<Diagnostic> = forbidden(text, file, first_line).into_iter().collect();
    let value = match deserialize::<T>(text, file, first_line) {
        Ok(v) => {
            let meant = scan.mistakes.iter().filter(|m| !m.syntax);
            diags.extend(meant.map(|m| located(m, file, first_line)));
            Read::Clean(v)
        }
        Err(err) => {
            diags.extend(scan.mistakes.iter().map(|m| located(m, file, first_line)));
            if !scan
                .mistakes
                .iter()
                .any(|m| m.syntax && m.severity.is_error())
            {
                diags.push(err);
                Read::Failed
            } else {
                mended(&scan, text, file, first_line, &mut diags)
            }
        }
    };
    let mended = matches!(value, Read::Repaired(_));
    Recovered {
        value,
        diags,
        scan,
        first_line,
        mended,
    }
}

/// Read the mended copy; a problem left in it is reported unless it sits at (or just after)
/// a mistake already named, where it is most likely that mistake again.
fn mended<T: DeserializeOwned>(
    scan: &Scan,
    text: &str,
    file: &Path,
    first_line: usize,
    diags: &mut Vec<Diagnostic>,
) -> Read<T> {
    match deserialize::<T>(&scan.repaired(text), file, first_line) {
        Ok(v) => Read::Repaired(v),
        Err(mut err) => {
            let line = err.line + 1 - first_line;
            if !scan.lines().any(|l| l == line || l + 1 == line) {
                err.column = scan.original_column(line - 1, err.column);
                diags.push(err);
            }
            Read::Failed
        }
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
