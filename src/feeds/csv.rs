//! `stories.csv`: the same entries as `stories.json`, for spreadsheets (RFC 4180: comma
//! separated, CRLF line ends, fields with a comma, quote or line break in double quotes,
//! UTF-8 with a byte-order mark so that spreadsheet programs read it as UTF-8). The columns
//! are documented in `docs/exports.md`.

use super::{entries, Entry};
use crate::model::Model;

/// The header row, in column order.
pub const COLUMNS: [&str; 15] = [
    "kind",
    "slug",
    "url",
    "title",
    "summary",
    "date",
    "storyteller",
    "site",
    "features",
    "themes",
    "content_warnings",
    "quote",
    "prompts",
    "language",
    "licence",
];

/// Every published page, newest first, one row each under [`COLUMNS`]. Lists (features,
/// themes, warnings, prompts) are joined with `; `.
pub fn stories_csv(model: &Model, prompts: bool) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    row(&mut out, COLUMNS.iter().copied());
    for e in entries(model, prompts) {
        let cells = cells(&e);
        row(&mut out, cells.iter().map(String::as_str));
    }
    out.into_bytes()
}

fn cells(e: &Entry) -> [String; 15] {
    [
        e.kind.to_string(),
        e.slug.to_string(),
        e.url.clone(),
        e.title.to_string(),
        e.summary.to_string(),
        e.date.clone(),
        e.storyteller.unwrap_or_default().to_string(),
        e.site.unwrap_or_default().to_string(),
        e.features.join("; "),
        e.themes.join("; "),
        e.content_warnings.join("; "),
        e.quote.unwrap_or_default().to_string(),
        e.prompts.join("; "),
        e.language.to_string(),
        e.licence.to_string(),
    ]
}

fn row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (k, c) in cells.enumerate() {
        if k > 0 {
            out.push(',');
        }
        cell(out, c);
    }
    out.push_str("\r\n");
}

/// One field. A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or
/// carriage return before one) as a formula: such a cell gets a leading `'`, which shows
/// the text as written.
pub fn cell(out: &mut String, text: &str) {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = risky || text.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    for ch in text.chars() {
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
    }
    if quoted {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    fn one(s: &str) -> String {
        let mut out = String::new();
        cell(&mut out, s);
        out
    }

    #[test]
    fn escapes_and_protects() {
        assert_eq!(one("plain"), "plain");
        assert_eq!(one("a, b"), "\"a, b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("two\nlines"), "\"two\nlines\"");
        assert_eq!(one("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(one("+1"), "\"'+1\"");
        assert_eq!(one("-1"), "\"'-1\"");
        assert_eq!(one("@cmd"), "\"'@cmd\"");
        assert_eq!(one("\tx"), "\"'\tx\"");
    }
}
