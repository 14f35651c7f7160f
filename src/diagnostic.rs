//! Problems found in a storybook, reported all together.
//!
//! Every problem a storyteller can cause ends up here, with the file, the line and a fix, so
//! that `build` and `check` speak with one voice and the reviewer of a pull request sees every
//! problem at once rather than one per push.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
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
    pub span: usize,
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
        self.span = chars;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}:{}", self.severity, self.file, self.line)?;
        if self.column > 0 {
            write!(f, ":{}", self.column)?;
        }
        write!(f, ": {} [{}]", self.message, self.code)?;
        if !self.hint.is_empty() {
            write!(f, "\n  fix: {}", self.hint.replace('\n', "\n       "))?;
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

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
        });
        self
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

/// The 1-based (line, column) of byte `offset` in `text`, whose first line is `first_line` of
/// its file. Columns count characters, as editors show them.
pub fn position(text: &str, offset: usize, first_line: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = first_line + before.matches('\n').count();
    let column = before
        .rfind('\n')
        .map_or(before, |i| &before[i + 1..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// A relative path for reports even when the caller holds an absolute one.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
