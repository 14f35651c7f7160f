//! Printing diagnostics for people (`human`), for GitHub pull requests (`github`) and for
//! other tools (`json`).

use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use anstyle::{AnsiColor, Style};
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Github,
    Json,
}

/// Each problem as rustc shows one: what, where, the line itself with a caret, and the fix.
/// `color` is for terminals only; `root` is where files are read from to quote their lines.
pub fn human(diags: &Diagnostics, root: &Path, color: bool) -> String {
    let paint = |style: Style, text: &str| {
        if color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    };
    let bold = Style::new().bold();
    let blue = Style::new().fg_color(Some(AnsiColor::Blue.into())).bold();
    let mut files: HashMap<&str, Option<String>> = HashMap::new();
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
            paint(bold, &d.message)
        );
        let place = if d.column > 0 {
            format!("{}:{}:{}", d.file, d.line, d.column)
        } else {
            format!("{}:{}", d.file, d.line)
        };
        let text = files
            .entry(d.file.as_str())
            .or_insert_with(|| crate::text::read(&root.join(&d.file), Path::new(&d.file)).ok());
        let source_line = text.as_deref().and_then(|t| t.lines().nth(d.line - 1));
        let gutter = " ".repeat(d.line.to_string().len());
        let _ = writeln!(out, "{gutter}{} {place}", paint(blue, "-->"));
        if let Some(line) = source_line {
            let _ = writeln!(out, "{gutter} {}", paint(blue, "|"));
            let _ = writeln!(
                out,
                "{} {}",
                paint(blue, &format!("{} |", d.line)),
                line.trim_end()
            );
            if d.column > 0 {
                let width = if d.span > 0 {
                    d.span
                } else {
                    caret_width(line, d.column)
                };
                let caret = format!("{}{}", " ".repeat(d.column - 1), "^".repeat(width));
                let _ = writeln!(out, "{gutter} {} {}", paint(blue, "|"), paint(sev, &caret));
            }
        }
        if !d.hint.is_empty() {
            let hint = d.hint.replace('\n', &format!("\n{gutter}         "));
            let _ = writeln!(out, "{gutter} {} {}", paint(blue, "= fix:"), hint);
        }
        out.push('\n');
    }
    out
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

/// One JSON array of `{file, line, column, severity, code, message, hint}`.
pub fn json(diags: &Diagnostics) -> String {
    let all: Vec<&Diagnostic> = diags.iter().collect();
    let mut s = serde_json::to_string_pretty(&all).expect("diagnostics always serialise");
    s.push('\n');
    s
}

/// "2 errors and 1 warning in 23 files", for the end of a human report.
pub fn summary(diags: &Diagnostics, files: usize) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{} and {} in {}",
        plural(diags.error_count(), "error"),
        plural(diags.warning_count(), "warning"),
        plural(files, "file")
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
    fn carets_cover_the_word() {
        assert_eq!(caret_width("  - netwroks", 5), 8);
        assert_eq!(caret_width("features: [a, netwroks]", 15), 8);
    }
}
