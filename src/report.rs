//! Printing diagnostics for people (`human`), for GitHub pull requests (`github`) and for
//! other tools (`json`).

use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::personal_data::mask_all;
use anstyle::{AnsiColor, Style};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Github,
    Json,
}

/// Who reads a report: the person who wrote the files, at their own terminal, or anyone else
/// (a CI log, a pull request's annotations, a run summary, a file the report was piped into).
/// Only the writer may see personal data a check found; everyone else sees it masked
/// ([`crate::personal_data::mask`]): its kind and place are enough to find and remove it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Writer,
    Others,
}

impl Reader {
    /// The writer only when standard output is a terminal outside CI: a log or a redirected
    /// report may be read by anyone.
    pub fn of_stdout() -> Reader {
        use std::io::IsTerminal;
        let ci = std::env::var_os("CI").is_some()
            || std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true");
        if std::io::stdout().is_terminal() && !ci {
            Reader::Writer
        } else {
            Reader::Others
        }
    }

    /// `text` as this reader may see it. Every text of a report passes here.
    pub fn text<'t>(self, text: &'t str) -> Cow<'t, str> {
        match self {
            Reader::Writer => Cow::Borrowed(text),
            Reader::Others => mask_all(text),
        }
    }
}

/// Each problem as rustc shows one: what, where, the line itself with a caret, and the fix.
/// `color` is for terminals only; `root` is where files are read from to quote their lines.
/// `reader` decides whether personal data is shown or masked, in the messages and in the
/// quoted lines alike.
pub fn human(diags: &Diagnostics, root: &Path, color: bool, reader: Reader) -> String {
    let paint = |style: Style, text: &str| {
        if color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    };
    let bold = Style::new().bold();
    let blue = Style::new().fg_color(Some(AnsiColor::Blue.into())).bold();
    let mut files: HashMap<&str, Option<Source>> = HashMap::new();
    let mut out = String::new();
    for d in diags.iter() {
        let sev = match d.severity {
            Severity::Error => Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            Severity::Warning => Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
        };
        let _ = writeln!(
            out,
            "{}{} {}",
            paint(sev, &format!("{}[{}]", d.severity, d.code)),
            paint(bold, ":"),
            paint(bold, &reader.text(&d.message))
        );
        let place = if d.column > 0 {
            format!("{}:{}:{}", d.file, d.line, d.column)
        } else {
            format!("{}:{}", d.file, d.line)
        };
        let source = files
            .entry(d.file.as_str())
            .or_insert_with(|| Source::read(&root.join(&d.file), reader));
        let source_line = source.as_ref().and_then(|s| s.line(d.line));
        let gutter = " ".repeat(d.line.to_string().len());
        let _ = writeln!(out, "{gutter}{} {place}", paint(blue, "-->"));
        if let Some(line) = source_line {
            let (line, column) = excerpt(line.trim_end(), d.column);
            let _ = writeln!(out, "{gutter} {}", paint(blue, "|"));
            let _ = writeln!(out, "{} {}", paint(blue, &format!("{} |", d.line)), line);
            if column > 0 {
                let rest = line.chars().count().saturating_sub(column - 1).max(1);
                let width = if d.span > 0 {
                    (d.span as usize).min(rest)
                } else {
                    caret_width(&line, column)
                };
                let caret = format!("{}{}", " ".repeat(column - 1), "^".repeat(width));
                let _ = writeln!(out, "{gutter} {} {}", paint(blue, "|"), paint(sev, &caret));
            }
        }
        if !d.hint.is_empty() {
            let hint = reader
                .text(&d.hint)
                .replace('\n', &format!("\n{gutter}         "));
            let _ = writeln!(out, "{gutter} {} {}", paint(blue, "= fix:"), hint);
        }
        out.push('\n');
    }
    out
}

/// A file's text with its line starts, so quoting a line costs no more than the line.
struct Source {
    text: String,
    starts: Vec<usize>,
}

impl Source {
    /// Through [`crate::text::read`], so a linked file's text is never quoted; masked once,
    /// whole, for a reader other than the writer (masks keep every character's place, so
    /// carets still point right).
    fn read(path: &Path, reader: Reader) -> Option<Source> {
        let text = crate::text::read(path, path).ok()?;
        let text = reader.text(&text).into_owned();
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Some(Source { text, starts })
    }

    /// Line `n` (1-based), without its line ending.
    fn line(&self, n: usize) -> Option<&str> {
        let start = *self.starts.get(n.checked_sub(1)?)?;
        let end = self.starts.get(n).map_or(self.text.len(), |&e| e - 1);
        (start <= end).then(|| self.text[start..end].trim_end_matches('\r'))
    }
}

/// Lines longer than this are quoted around the column only: a reviewer cannot read a
/// 100,000-character line, and quoting it whole for each problem on it floods the report.
const QUOTE_CHARS: usize = 160;

/// The part of `line` to quote for a problem at `column` (1-based, 0 for none), and the
/// problem's column within that part. Cut ends are marked with "…".
fn excerpt(line: &str, column: usize) -> (String, usize) {
    if line.chars().nth(QUOTE_CHARS).is_none() {
        return (line.to_string(), column);
    }
    let from = column.saturating_sub(QUOTE_CHARS / 4).max(1);
    let mut chars = line.chars().skip(from - 1);
    let mut shown: String = chars.by_ref().take(QUOTE_CHARS).collect();
    let mut column = if column > 0 { column - from + 1 } else { 0 };
    if from > 1 {
        shown.insert(0, '…');
        column += usize::from(column > 0);
    }
    if chars.next().is_some() {
        shown.push('…');
    }
    (shown, column)
}

/// Underline the word at `column` (1-based, in characters).
fn caret_width(line: &str, column: usize) -> usize {
    line.chars()
        .skip(column - 1)
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}' | ')'))
        .count()
        .max(1)
}

/// One workflow command per problem, so GitHub shows it on the changed line of the pull
/// request. `prefix` makes paths relative to the repository root (the storybook's folder).
/// Annotations and logs are public, so personal data is always masked.
pub fn github(diags: &Diagnostics, prefix: &str) -> String {
    let mut out = String::new();
    for d in diags.iter() {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let file = if prefix.is_empty() {
            d.file.clone()
        } else {
            format!("{}/{}", prefix.trim_end_matches('/'), d.file)
        };
        let mut props = format!("file={},line={}", escape_property(&file), d.line);
        if d.column > 0 {
            let _ = write!(props, ",col={}", d.column);
        }
        let _ = write!(
            props,
            ",title={}",
            escape_property(&format!("storypress {}", d.code))
        );
        let message = if d.hint.is_empty() {
            d.message.clone()
        } else {
            format!("{}\nFix: {}", d.message, d.hint)
        };
        let message = Reader::Others.text(&message);
        let _ = writeln!(out, "::{kind} {props}::{}", escape_data(&message));
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One JSON array of `{file, line, column, severity, code, message, hint}`. Read by tools,
/// and so kept in CI logs: personal data is always masked.
pub fn json(diags: &Diagnostics) -> String {
    let all: Vec<Diagnostic> = diags
        .iter()
        .map(|d| Diagnostic {
            message: Reader::Others.text(&d.message).into_owned(),
            hint: Reader::Others.text(&d.hint).into_owned(),
            ..d.clone()
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&all).expect("diagnostics always serialise");
    s.push('\n');
    s
}

/// "1 error", "2 errors": every count the command line prints reads right.
pub fn count(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("1 {word}"),
        // "stories", "summaries"; "days" keeps its y.
        (_, Some(stem)) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}

/// "2 errors and 1 warning in 23 files", for the end of a human report.
pub fn summary(diags: &Diagnostics, files: usize) -> String {
    format!(
        "{} and {} in {}",
        count(diags.error_count(), "error"),
        count(diags.warning_count(), "warning"),
        count(files, "file")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Diagnostics {
        Diagnostics::from_iter([Diagnostic::error(
            Path::new("lived-experience/a.md"),
            "unknown-feature",
            "unknown feature \"x\", really",
        )
        .at(7, 5)
        .hint("did you mean \"networks\"?\nor another")])
    }

    #[test]
    fn counts_read_as_english() {
        let said: Vec<String> = [
            (1, "story"),
            (2, "story"),
            (0, "page"),
            (3, "day"),
            (1, "file"),
        ]
        .into_iter()
        .map(|(n, w)| count(n, w))
        .collect();
        assert_eq!(
            said,
            ["1 story", "2 stories", "0 pages", "3 days", "1 file"]
        );
    }

    #[test]
    fn github_annotations_escape_their_parts() {
        let out = github(&sample(), "stories");
        assert_eq!(
            out,
            "::error file=stories/lived-experience/a.md,line=7,col=5,title=storypress unknown-feature::unknown feature \"x\", really%0AFix: did you mean \"networks\"?%0Aor another\n"
        );
    }

    #[test]
    fn json_has_the_contract_fields() {
        let v: serde_json::Value = serde_json::from_str(&json(&sample())).unwrap();
        let d = &v[0];
        for key in [
            "file", "line", "column", "severity", "code", "message", "hint",
        ] {
            assert!(d.get(key).is_some(), "{key}");
        }
        assert_eq!(d["severity"], "error");
        assert_eq!(d["line"], 7);
    }

    #[test]
    fn only_the_writer_sees_personal_data_in_a_human_report() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "Ring 07700 900123 today\n").unwrap();
        let diags = Diagnostics::from_iter([Diagnostic::error(
            Path::new("a.md"),
            "personal-phone",
            "about 07700 900123",
        )
        .at(1, 6)
        .span(12)]);
        let writer = human(&diags, dir.path(), false, Reader::Writer);
        assert_eq!(writer.matches("07700 900123").count(), 2, "{writer}");
        let others = human(&diags, dir.path(), false, Reader::Others);
        assert!(!others.contains("07700 900123"), "{others}");
        assert!(others.contains("1 | Ring 077•• ••••23 today"), "{others}");
        assert!(
            others.contains("  |      ^^^^^^^^^^^^\n"),
            "the caret still points: {others}"
        );
    }

    #[test]
    fn carets_cover_the_word() {
        assert_eq!(caret_width("  - netwroks", 5), 8);
        assert_eq!(caret_width("features: [a, netwroks]", 15), 8);
    }
}
