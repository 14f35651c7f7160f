//! Reading a text file from the storybook, the one way every file is read.
//!
//! Story files, `storybook.yaml` and packs come from the public through pull requests. Each
//! is refused, with a located reason, when it is not a plain file inside the storybook (a
//! symlink could point at `/etc/passwd`, a FIFO would block the build forever), when it is
//! far larger than any real storybook file, when it is not UTF-8, or when it holds a
//! character that XML 1.0 and HTML forbid: such a character would make the feed unreadable
//! to every feed reader, and nobody types one on purpose.

use crate::diagnostic::{Diagnostic, Locator};
use std::path::Path;

/// A story is a few thousand words, and `storybook.yaml` a few pages; anything this big is a
/// mistake (a pasted file, a binary) and is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Characters no page or feed may carry: C0 controls but tab and line breaks, DEL and the C1
/// controls, and Unicode's noncharacters (U+FDD0–U+FDEF, and the last two of every plane).
pub fn is_forbidden(c: char) -> bool {
    let n = c as u32;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || (n & 0xFFFE) == 0xFFFE
}

/// The byte offset and character of the first forbidden character in `s`.
pub fn find_forbidden(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| is_forbidden(c))
}

/// The error for a forbidden character at `line`:`column` of `file`.
pub fn forbidden(file: &Path, line: usize, column: usize, c: char) -> Diagnostic {
    Diagnostic::error(
        file,
        "invisible-character",
        format!(
            "the text holds an invisible control character (U+{:04X}) that web pages and feeds cannot carry",
            c as u32
        ),
    )
    .at(line, column)
    .hint("delete it: retype the words around it, or remove the escape (such as \\x01 or \\u0001) that makes it")
}

/// Read `path` (shown as `rel`) as UTF-8 text, refusing anything that is not a plain file of
/// reasonable size holding only characters a page may carry.
pub fn read(path: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let unreadable = |e: std::io::Error| {
        Diagnostic::error(rel, "unreadable", format!("could not be read: {e}"))
            .hint("check that the file exists and that its permissions let you read it")
    };
    let meta = std::fs::symlink_metadata(path).map_err(unreadable)?;
    if meta.file_type().is_symlink() {
        return Err(Diagnostic::error(rel, "symlink", "this is a link to another file, which storypress never follows")
            .hint("replace the link with a copy of the file itself, so what is published is what was reviewed"));
    }
    if !meta.is_file() {
        return Err(Diagnostic::error(
            rel,
            "not-a-file",
            "this is not an ordinary file (it may be a device or a pipe)",
        )
        .hint("replace it with an ordinary text file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(rel, "file-too-large", format!("the file is {:.1} MB, far larger than any story or settings file", meta.len() as f64 / 1_000_000.0))
            .hint("a story is text only: keep images as separate files, and split very long material into several stories"));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::error(rel, "not-utf8", "the file is not saved as UTF-8 text")
            .at(line, 0)
            .hint("save it again as \"UTF-8\" in your editor (Word documents must be saved as plain text)")
    })?;
    if let Some((offset, c)) = find_forbidden(&text) {
        let (line, column) = Locator::new(&text, 1).locate(offset);
        return Err(forbidden(rel, line, column, c));
    }
    Ok(without_lone_returns(text))
}

/// A carriage return not followed by a line feed (a stray one, or an old Mac file) ends a
/// line for the YAML and Markdown parsers but not for editors, GitHub or our own line
/// numbers, so every line after it would be reported in the wrong place. It becomes a space:
/// line numbers then agree everywhere, and Windows line endings are left as they are.
fn without_lone_returns(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters() {
        for c in [
            '\u{0}',
            '\u{1}',
            '\u{b}',
            '\u{1f}',
            '\u{7f}',
            '\u{85}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{fdd0}',
            '\u{1fffe}',
            '\u{10ffff}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in [
            '\t', '\n', '\r', ' ', 'é', '\u{feff}', '\u{fffd}', '\u{2028}',
        ] {
            assert!(!is_forbidden(c), "{c:?}");
        }
        assert_eq!(find_forbidden("ab\u{1}c"), Some((2, '\u{1}')));
    }

    #[test]
    fn refuses_links_pipes_and_controls_with_a_place() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("a.md");
        std::fs::write(&f, "one\ntwo \u{1} three\n").unwrap();
        let e = read(&f, Path::new("a.md")).unwrap_err();
        assert_eq!((e.code, e.line, e.column), ("invisible-character", 2, 5));
        #[cfg(unix)]
        {
            let l = d.path().join("l.md");
            std::os::unix::fs::symlink("/etc/passwd", &l).unwrap();
            assert_eq!(read(&l, Path::new("l.md")).unwrap_err().code, "symlink");
        }
        assert_eq!(
            read(d.path(), Path::new("d")).unwrap_err().code,
            "not-a-file"
        );
    }
}
