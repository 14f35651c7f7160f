//! Problems found in a storybook, reported all together.
//!
//! Every problem a storyteller can cause ends up here, with the file, the line and a fix, so
//! that `build` and `check` speak with one voice and the reviewer of a pull request sees every
//! problem at once rather than one per push.

use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn is_error(self) -> bool {
        self == Severity::Error
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem, anchored to a place in a file under the storybook root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Relative to the storybook root, with `/` separators, so reports read the same everywhere.
    pub file: String,
    /// 1-based; the opening `---` of a story is line 1.
    pub line: usize,
    /// 1-based; 0 when only the line is known.
    pub column: usize,
    pub severity: Severity,
    /// A stable identifier (`unknown-feature`), for filtering and for documentation.
    pub code: &'static str,
    pub message: String,
    pub hint: String,
    /// How many characters the problem spans from `column`, when known (for the caret).
    #[serde(skip)]
    pub span: u32,
    /// On the summary that replaces the problems past [`MAX_PER_CODE`], how many it stands for
    /// (0 on every other diagnostic), so the totals still count every problem.
    #[serde(skip)]
    pub more: u32,
}

impl Diagnostic {
    pub fn error(file: &Path, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: display_path(file),
            line: 1,
            column: 0,
            severity: Severity::Error,
            code,
            message: message.into(),
            hint: String::new(),
            span: 0,
            more: 0,
        }
    }

    pub fn warning(file: &Path, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, code, message)
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = line.max(1);
        self.column = column;
        self
    }

    pub fn span(mut self, chars: usize) -> Self {
        self.span = u32::try_from(chars).unwrap_or(u32::MAX);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// How many problems this stands for: itself, or those a summary sums up.
    fn weight(&self) -> u32 {
        self.more.max(1)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}:{}", self.severity, self.file, self.line)?;
        if self.column > 0 {
            write!(f, ":{}", self.column)?;
        }
        // Printed by build and workshop, often into a CI log anyone can read: personal data
        // is masked here, as in every report but the writer's own terminal.
        let message = crate::personal_data::mask_all(&self.message);
        write!(f, ": {message} [{}]", self.code)?;
        if !self.hint.is_empty() {
            let hint = crate::personal_data::mask_all(&self.hint);
            write!(f, "\n  fix: {}", hint.replace('\n', "\n       "))?;
        }
        Ok(())
    }
}

/// Paths in reports always use `/`, whatever the platform, so CI annotations and tests agree.
pub fn display_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// All the problems of one run, in a stable order (file, line, column).
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Every error, including those a summary stands for.
    pub fn error_count(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.weight() as usize)
            .sum()
    }

    pub fn warning_count(&self) -> usize {
        self.0.iter().map(|d| d.weight() as usize).sum::<usize>() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// In report order, with at most [`MAX_PER_CODE`] problems of one kind per file: the rest
    /// become one summary at the first of them. Every report is made from this.
    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
        });
        self.capped()
    }

    /// Reporting 50,000 copies of one mistake helps nobody and costs time and memory in every
    /// report, so each (file, code) keeps its first [`MAX_PER_CODE`] and one summary.
    fn capped(self) -> Self {
        let mut seen: HashMap<(String, &'static str), (u32, Option<usize>)> = HashMap::new();
        let mut kept: Vec<Diagnostic> = Vec::with_capacity(self.0.len().min(1024));
        for d in self.0 {
            let weight = d.weight();
            let (count, summary) = seen.entry((d.file.clone(), d.code)).or_default();
            *count = count.saturating_add(weight);
            match *summary {
                Some(at) => kept[at].more = kept[at].more.saturating_add(weight),
                None if *count as usize <= MAX_PER_CODE => kept.push(d),
                None => {
                    *summary = Some(kept.len());
                    kept.push(Diagnostic { more: weight, ..d });
                }
            }
        }
        for d in kept.iter_mut().filter(|d| d.more > 0) {
            d.message = format!(
                "… and {} more like this in this file",
                thousands(d.more as usize)
            );
            d.hint = format!(
                "fix the ones shown above the same way, then run storypress check again to see any that are left ({} of this kind in all)",
                thousands(d.more as usize + MAX_PER_CODE)
            );
            d.span = 0;
        }
        Diagnostics(kept)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics(iter.into_iter().collect())
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// How many problems of one kind (one code) a file reports before the rest are summed up.
pub const MAX_PER_CODE: usize = 20;

/// 49950 → "49,950", as people write numbers.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Finds the 1-based (line, column) of byte offsets in one text, whose first line is
/// `first_line` of its file. Columns count characters, as editors show them.
///
/// A story can hold tens of thousands of problems, all on one line: counting from the start of
/// the text for each would make reporting them quadratic. The line starts are found once, and
/// offsets asked for in order (as parsers and scanners give them) continue from the last one,
/// so locating every problem in a text costs one pass over it.
pub struct Locator<'t> {
    text: &'t str,
    first_line: usize,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// The last offset located: (offset, index of its line, its column).
    last: (usize, usize, usize),
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str, first_line: usize) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            first_line,
            starts,
            last: (0, 0, 1),
        }
    }

    /// (line, column) of byte `offset`; an offset past the end, or inside a character, is
    /// taken back to the nearest character boundary before it.
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last;
        let (from, column) = if line == last_line && offset >= last_offset {
            (last_offset, last_column)
        } else {
            (self.starts[line], 1)
        };
        let column = column + self.text[from..offset].chars().count();
        self.last = (offset, line, column);
        (self.first_line + line, column)
    }
}

/// A relative path for reports even when the caller holds an absolute one.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
