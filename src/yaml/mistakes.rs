//! The mistakes beginners make in front matter, found on the raw lines before the parser
//! reads them.
//!
//! The parser notices a mistake where it can no longer go on, which is often a line later and
//! always in its own words ("simple key expected ':'"). Reading the lines as a person typed
//! them finds the mistake itself: the tab, the quote that opens and never closes, the colon
//! with no space after it. Each gets its own plain message, at its own line and column.
//!
//! The parser stays the judge of what is valid YAML: a mistake marked `syntax` is reported
//! only when the parser also fails, so a shape this scan misreads can never refuse a good file.
//! The others (a stray quote that would be published, a `#` that silently cuts a title) are
//! valid YAML that does not say what the writer meant, and are reported either way.
//!
//! Each mistake also records how to mend it, so a repaired copy can be parsed to find the
//! *other* problems in the same run. The repair keeps every line where it was, and columns are
//! mapped back, so those problems are reported at their real places. The repaired copy is
//! only ever read for checking: a file with a YAML error is never published.
//!
//! One pass over the lines; a quote or bracket left open looks ahead at most
//! [`LOOK_AHEAD`] lines, so the scan stays linear in the file.

use crate::diagnostic::Severity;
use std::collections::{BTreeMap, HashMap};

/// What the scan knows of the keys of one kind of file, to name the mistake precisely.
pub struct Schema {
    /// Keys whose value is a list (`features: [networks, access]`).
    pub lists: &'static [&'static str],
    /// Keys whose value is a block of keys, and the keys that belong inside it.
    pub blocks: &'static [(&'static str, &'static [&'static str])],
    /// Keys holding free text (a title), where a cut-off by `#` loses words.
    pub texts: &'static [&'static str],
}

impl Schema {
    /// For files the scan knows nothing particular about.
    pub const ANY: Schema = Schema {
        lists: &[],
        blocks: &[],
        texts: &[],
    };

    fn children(&self, key: &str) -> Option<(&'static str, &'static [&'static str])> {
        self.blocks.iter().copied().find(|(k, _)| *k == key)
    }
}

/// A multi-line quoted text or list longer than this is taken to be what its writer meant.
const LOOK_AHEAD: usize = 200;

/// One mistake, at 1-based line (of the scanned text) and column (in characters).
#[derive(Debug, Clone)]
pub struct Mistake {
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub hint: String,
    /// Invalid YAML: reported only when the parser fails too.
    pub syntax: bool,
}

/// Replace `remove` characters at 0-based character `col` of a line by `insert`.
#[derive(Debug, Clone)]
struct Edit {
    col: usize,
    remove: usize,
    insert: String,
}

/// Every mistake found, and how to mend each.
#[derive(Debug, Default)]
pub struct Scan {
    pub mistakes: Vec<Mistake>,
    /// By 0-based line; the leading-whitespace edit (if any) is kept apart so re-indenting a
    /// line and replacing its tabs never overlap.
    edits: BTreeMap<usize, Vec<Edit>>,
    indents: HashMap<usize, Edit>,
}

impl Scan {
    /// `text` with every mistake mended as far as it can be guessed, line for line.
    pub fn repaired(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 64);
        for (i, line) in text.split_inclusive('\n').enumerate() {
            match self.line_edits(i) {
                None => out.push_str(line),
                Some(edits) => out.push_str(&apply(line, &edits)),
            }
        }
        out
    }

    /// The 1-based column in the original line of a 1-based column of the repaired one.
    pub fn original_column(&self, line0: usize, column: usize) -> usize {
        let Some(edits) = self.line_edits(line0) else {
            return column;
        };
        if column == 0 {
            return 0;
        }
        let n = column - 1;
        let mut shift: isize = 0;
        for e in &edits {
            let start = (e.col as isize + shift) as usize;
            if n < start {
                break;
            }
            if n < start + e.insert.chars().count() {
                return e.col + 1;
            }
            shift += e.insert.chars().count() as isize - e.remove as isize;
        }
        (n as isize - shift).max(0) as usize + 1
    }

    /// The 1-based lines that hold a mistake.
    pub fn lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.mistakes.iter().map(|m| m.line)
    }

    fn line_edits(&self, line0: usize) -> Option<Vec<Edit>> {
        let ws = self.indents.get(&line0);
        let rest = self.edits.get(&line0);
        if ws.is_none() && rest.is_none() {
            return None;
        }
        let mut all: Vec<Edit> = ws
            .into_iter()
            .chain(rest.into_iter().flatten())
            .cloned()
            .collect();
        all.sort_by_key(|e| e.col);
        Some(all)
    }
}

/// The line with its edits made (in order, none overlapping), its line ending kept.
fn apply(line: &str, edits: &[Edit]) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut at = 0;
    for e in edits {
        if e.col < at || e.col > chars.len() {
            continue;
        }
        out.extend(&chars[at..e.col]);
        out.push_str(&e.insert);
        at = (e.col + e.remove).min(chars.len());
    }
    out.extend(&chars[at..]);
    out
}

/// Find the mistakes in `text` (front matter or a settings file).
/// `first_line` is the file's line where `text` starts, for messages that name another line.
pub fn scan(text: &str, first_line: usize, schema: &Schema) -> Scan {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut s = Scanner {
        lines: &lines,
        schema,
        first_line,
        out: Scan::default(),
        levels: vec![Level::new(0, None)],
        prev: Prev::Start,
        adopt: None,
        drop_deeper: None,
    };
    let mut i = 0;
    while i < lines.len() {
        i = s.line(i);
    }
    s.out
}

/// A place where lines may start: the top, a block's keys, or a list's items.
struct Level {
    indent: usize,
    keys: HashMap<String, usize>,
    /// For a list's items: the key whose list it is.
    list: Option<String>,
}

impl Level {
    fn new(indent: usize, list: Option<String>) -> Level {
        Level {
            indent,
            keys: HashMap::new(),
            list,
        }
    }
}

/// What the last line left open.
#[derive(Clone)]
enum Prev {
    Start,
    /// `key:` with nothing after it: a block or list follows.
    Opens {
        indent: usize,
        key: Option<String>,
    },
    /// A value ended the line; `plain` when an unquoted one, which may go on on deeper lines.
    Value {
        indent: usize,
        plain: bool,
    },
}

struct Scanner<'a> {
    lines: &'a [&'a str],
    schema: &'a Schema,
    first_line: usize,
    out: Scan,
    levels: Vec<Level>,
    prev: Prev,
    /// A block's keys written at the block's own indentation: (block, its indentation).
    adopt: Option<(&'static str, usize)>,
    /// A duplicate key is set aside in the repaired copy together with its deeper lines.
    drop_deeper: Option<usize>,
}

/// Leading spaces and tabs, and the indentation they make once tabs are two spaces.
fn leading(line: &str) -> (usize, usize, &str) {
    let ws = line.len() - line.trim_start_matches([' ', '\t']).len();
    let indent = line[..ws]
        .chars()
        .map(|c| if c == '\t' { 2 } else { 1 })
        .sum();
    (ws, indent, &line[ws..])
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The byte offset of the colon that ends a key (`key:` then a space or the line's end), if
/// the line starts with something that can be a key.
fn key_colon(content: &str) -> Option<usize> {
    let first = content.chars().next()?;
    if "\"'[]{}#-&*!|>%@`“‘,?".contains(first) {
        return None;
    }
    let b = content.as_bytes();
    let at = (0..b.len())
        .find(|&k| b[k] == b':' && matches!(b.get(k + 1), None | Some(b' ' | b'\t')))?;
    (!content[..at].contains(['"', '[', '{', '#'])).then_some(at)
}

impl Scanner<'_> {
    fn mistake(
        &mut self,
        line0: usize,
        col0: usize,
        code: &'static str,
        syntax: bool,
        message: String,
        hint: String,
    ) {
        self.out.mistakes.push(Mistake {
            line: line0 + 1,
            column: col0 + 1,
            severity: Severity::Error,
            code,
            message,
            hint,
            syntax,
        });
    }

    fn edit(&mut self, line0: usize, col: usize, remove: usize, insert: impl Into<String>) {
        let insert = insert.into();
        self.out.edits.entry(line0).or_default().push(Edit {
            col,
            remove,
            insert,
        });
    }

    /// Write the line's leading whitespace as `indent` spaces in the repaired copy.
    fn reindent(&mut self, line0: usize, ws_chars: usize, indent: usize) {
        let edit = Edit {
            col: 0,
            remove: ws_chars,
            insert: " ".repeat(indent),
        };
        self.out.indents.insert(line0, edit);
    }

    /// Read line `i`; returns the next line to read.
    fn line(&mut self, i: usize) -> usize {
        let line = self.lines[i];
        let (ws, indent, content) = leading(line);
        if content.is_empty() || content.starts_with('#') {
            return i + 1;
        }
        if let Some(d) = self.drop_deeper {
            if indent > d {
                self.edit(i, ws, 1, "#");
                return i + 1;
            }
            self.drop_deeper = None;
        }
        let ws_chars = chars(&line[..ws]);
        if let Some(tab) = line[..ws].chars().position(|c| c == '\t') {
            self.mistake(i, tab, "yaml-tab", true,
                "this line is indented with a tab, and front matter can only be indented with spaces".into(),
                "delete the tab and type two spaces instead (many editors have a setting to \"insert spaces\" when you press Tab)".into());
            self.reindent(i, ws_chars, indent);
        }
        if content == "-" || content.starts_with("- ") || content.starts_with("-\t") {
            return self.item(i, indent, ws_chars, content);
        }
        if let Some(rest) = content.strip_prefix('-') {
            if !rest.starts_with('-') && self.expects_item(indent) {
                let example = rest.split_whitespace().next().unwrap_or("networks");
                self.mistake(
                    i,
                    ws_chars,
                    "yaml-dash-space",
                    true,
                    format!(
                        "\"-{example}\" needs a space after the dash to be an item of the list"
                    ),
                    format!("write it as \"- {example}\""),
                );
                self.edit(i, ws_chars + 1, 0, " ");
                return self.item(i, indent, ws_chars, content);
            }
        }
        match key_colon(content) {
            Some(colon) => self.key_line(i, indent, ws_chars, content, colon),
            None => self.other_line(i, indent, ws_chars, content),
        }
    }

    /// A dash at `indent` would begin an item here: after `key:`, or beside other items.
    fn expects_item(&self, indent: usize) -> bool {
        match &self.prev {
            Prev::Opens { indent: p, .. } => indent >= *p,
            _ => self
                .levels
                .last()
                .is_some_and(|l| l.list.is_some() && l.indent == indent),
        }
    }

    fn key_line(
        &mut self,
        i: usize,
        indent: usize,
        ws: usize,
        content: &str,
        colon: usize,
    ) -> usize {
        let key = content[..colon].trim_end().to_string();
        if !self.place_key(i, indent, ws, &key) {
            return i + 1;
        }
        let after = &content[colon + 1..];
        let value = after.trim_start_matches([' ', '\t']);
        let vcol = ws + chars(&content[..colon + 1]) + chars(&after[..after.len() - value.len()]);
        let at = self.levels.last().map_or(0, |l| l.indent);
        self.value(
            i,
            at,
            vcol,
            value,
            Ctx {
                key: Some(&key),
                item: false,
            },
        )
    }

    /// Put a key line in its block, naming a wrong indentation or a key written twice.
    /// False when the line is set aside (a duplicate).
    fn place_key(&mut self, i: usize, indent: usize, ws: usize, key: &str) -> bool {
        let indent = self.key_indent(i, indent, ws, key);
        let top = self.levels.last_mut().expect("the top level is never left");
        match top.keys.get(key) {
            Some(&first) => {
                let message = format!(
                    "the key \"{key}\" is written twice (first on line {})",
                    first + self.first_line - 1
                );
                self.mistake(
                    i,
                    ws,
                    "duplicate-key",
                    true,
                    message,
                    "keep one of them and delete the other; YAML can't tell which one you meant"
                        .into(),
                );
                self.edit(i, ws, 1, "#");
                self.drop_deeper = Some(indent);
                false
            }
            None => {
                top.keys.insert(key.to_string(), i + 1);
                true
            }
        }
    }

    /// The indentation a key line belongs at, after naming any mistake in it.
    fn key_indent(&mut self, i: usize, indent: usize, ws: usize, key: &str) -> usize {
        let prev = std::mem::replace(&mut self.prev, Prev::Start);
        if let Some((block, at)) = self.adopt {
            let inside = self
                .schema
                .children(block)
                .is_some_and(|(_, c)| c.contains(&key));
            if indent == at && inside {
                self.reindent(i, ws, at + 2);
                return at + 2;
            }
            self.adopt = None;
        }
        match prev {
            Prev::Opens {
                indent: p,
                key: Some(ref parent),
            } if indent == p => {
                if let Some((block, keys)) = self.schema.children(parent) {
                    if keys.contains(&key) {
                        self.mistake(i, ws, "yaml-indentation", true,
                            format!("\"{key}\" belongs inside \"{block}:\", but it starts at the same place as \"{block}\", so YAML reads it as a key of its own"),
                            format!("put two spaces before \"{key}\" (and before each line of the {block} block)"));
                        self.reindent(i, ws, p + 2);
                        self.adopt = Some((block, p));
                        self.levels.push(Level::new(p + 2, None));
                        return p + 2;
                    }
                }
            }
            Prev::Opens { indent: p, .. } if indent > p => {
                self.levels.push(Level::new(indent, None));
                return indent;
            }
            _ => {}
        }
        let top = self.levels.last().map_or(0, |l| l.indent);
        if indent > top {
            self.mistake(i, ws, "yaml-indentation", true,
                format!("this line starts further in ({indent} spaces) than the line above ({top}), so YAML reads it as part of the value above"),
                format!("start \"{key}\" with {top} spaces, in line with the keys above it; if it is meant as part of the text above, put that whole text in double quotes"));
            self.reindent(i, ws, top);
            return top;
        }
        while self.levels.len() > 1 {
            let l = self.levels.last().expect("checked");
            if l.indent > indent || (l.indent == indent && l.list.is_some()) {
                self.levels.pop();
            } else {
                break;
            }
        }
        let top = self.levels.last().map_or(0, |l| l.indent);
        if indent != top {
            self.mistake(
                i,
                ws,
                "yaml-indentation",
                true,
                format!(
                    "this line starts with {indent} spaces, which lines it up with no key above it"
                ),
                format!("start \"{key}\" with {top} spaces, like the other keys of its block"),
            );
            self.reindent(i, ws, top);
        }
        top
    }

    /// A `- item` line.
    fn item(&mut self, i: usize, indent: usize, ws: usize, content: &str) -> usize {
        let prev = std::mem::replace(&mut self.prev, Prev::Start);
        match prev {
            Prev::Opens { indent: p, key } if indent >= p => {
                self.levels
                    .push(Level::new(indent, Some(key.unwrap_or_default())));
            }
            _ => {
                while self.levels.len() > 1 && self.levels.last().is_some_and(|l| l.indent > indent)
                {
                    self.levels.pop();
                }
            }
        }
        let list = self
            .levels
            .last()
            .and_then(|l| l.list.clone())
            .unwrap_or_default();
        let after = &content[1..];
        let value = after.trim_start_matches([' ', '\t']);
        let vcol = ws + 1 + chars(&after[..after.len() - value.len()]);
        let strings = self.schema.lists.contains(&list.as_str());
        if let (false, Some(colon)) = (strings, key_colon(value)) {
            // `- id: x`: an item that is itself a block of keys, starting at its first key.
            let key = value[..colon].trim_end().to_string();
            let mut level = Level::new(vcol, None);
            level.keys.insert(key.clone(), i + 1);
            self.levels.push(level);
            let rest = value[colon + 1..].trim_start_matches([' ', '\t']);
            let rcol = vcol + chars(&value[..value.len() - rest.len()]);
            return self.value(
                i,
                vcol,
                rcol,
                rest,
                Ctx {
                    key: Some(&key),
                    item: false,
                },
            );
        }
        self.value(
            i,
            indent,
            vcol,
            value,
            Ctx {
                key: Some(&list),
                item: true,
            },
        )
    }

    /// A line that is neither a key nor an item: the rest of a value above, or a mistake.
    fn other_line(&mut self, i: usize, indent: usize, ws: usize, content: &str) -> usize {
        if let Prev::Value {
            indent: p,
            plain: true,
        } = self.prev
        {
            if indent > p {
                return i + 1;
            }
        }
        let word = content
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
            .count();
        if word > 0 {
            let after = &content[word..];
            let spaces = after.len() - after.trim_start_matches(' ').len();
            if after[spaces..].starts_with('=') {
                let key = &content[..word];
                self.mistake(i, ws + word + spaces, "yaml-no-colon", true,
                    format!("\"{key}\" is followed by \"=\", but YAML needs a colon between a key and its value"),
                    format!("write it with a colon and a space: \"{key}: …\""));
                self.edit(i, ws + word + spaces, 1, ": ");
                return self.after_fixed_key(
                    i,
                    indent,
                    ws,
                    key,
                    ws + word + spaces + 1,
                    &after[spaces + 1..],
                );
            }
            if after.starts_with(':') && !after[1..].starts_with(':') {
                let key = &content[..word];
                let value = &after[1..];
                self.mistake(i, ws + word, "yaml-colon-space", true,
                    format!("there is no space after the colon in \"{key}:{}\", so YAML doesn't see a key here", value.split_whitespace().next().unwrap_or("")),
                    format!("put a space after the colon: \"{key}: {}\"", value.trim()));
                self.edit(i, ws + word + 1, 0, " ");
                return self.after_fixed_key(i, indent, ws, key, ws + word + 1, value);
            }
        }
        self.mistake(i, ws, "yaml-no-colon", true,
            "this line is not \"key: value\", and it doesn't continue the line above".into(),
            "if it is more of the text above, indent it by two spaces or put that whole text in double quotes; otherwise start it with its key, e.g. \"summary: …\"".into());
        self.edit(i, ws, 1, "#");
        i + 1
    }

    /// Carry on reading a key line whose colon was just mended, its value at `vcol`.
    fn after_fixed_key(
        &mut self,
        i: usize,
        indent: usize,
        ws: usize,
        key: &str,
        vcol: usize,
        value: &str,
    ) -> usize {
        if !self.place_key(i, indent, ws, key) {
            return i + 1;
        }
        let trimmed = value.trim_start_matches([' ', '\t']);
        let vcol = vcol + chars(&value[..value.len() - trimmed.len()]);
        let at = self.levels.last().map_or(0, |l| l.indent);
        self.value(
            i,
            at,
            vcol,
            trimmed,
            Ctx {
                key: Some(key),
                item: false,
            },
        )
    }
}

/// The key a value belongs to, and whether it is a list's item.
#[derive(Clone, Copy)]
struct Ctx<'k> {
    key: Option<&'k str>,
    item: bool,
}

mod values;
