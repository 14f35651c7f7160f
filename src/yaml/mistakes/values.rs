//! The mistakes in a value: quotes, brackets, colons and `#` inside it, and values of the
//! wrong shape for their key.

use super::{chars, key_colon, leading, Ctx, Prev, Scanner, LOOK_AHEAD};
use crate::diagnostic::Severity;

/// A value as short as this is quoted in a fix; a longer one is shown as "…".
const SHOW_CHARS: usize = 60;

fn shown(value: &str) -> &str {
    if chars(value) <= SHOW_CHARS {
        value
    } else {
        "…"
    }
}

/// The value without a trailing ` # note`, and the byte where that note starts.
fn before_comment(v: &str) -> (&str, Option<usize>) {
    let b = v.as_bytes();
    match (1..b.len()).find(|&k| b[k] == b'#' && matches!(b[k - 1], b' ' | b'\t')) {
        Some(k) => (v[..k].trim_end(), Some(k)),
        None => (v.trim_end(), None),
    }
}

impl Scanner<'_> {
    /// The value starting at 0-based column `vcol` of line `i`, under a key at `indent`.
    pub(super) fn value(
        &mut self,
        i: usize,
        indent: usize,
        vcol: usize,
        value: &str,
        ctx: Ctx,
    ) -> usize {
        let v = value.trim_end();
        let mut rest = v.chars();
        let first = rest.next();
        let second = rest.next();
        self.prev = Prev::Value {
            indent,
            plain: true,
        };
        match first {
            None => {
                self.prev = Prev::Opens {
                    indent,
                    key: ctx.key.map(str::to_string),
                };
                i + 1
            }
            Some('#') if second.is_none_or(char::is_whitespace) => {
                self.prev = Prev::Opens {
                    indent,
                    key: ctx.key.map(str::to_string),
                };
                i + 1
            }
            Some('#') => {
                let key = ctx.key.unwrap_or("value");
                self.mistake(i, vcol, "yaml-comment", false,
                    format!("\"{}\" starts with #, which YAML reads as the start of a note, so the whole {key} is dropped", shown(v)),
                    format!("put it in double quotes: {key}: \"{}\"", shown(v)));
                self.edit(i, vcol, 1, "_");
                i + 1
            }
            Some('|' | '>') => {
                self.prev = Prev::Value {
                    indent,
                    plain: false,
                };
                self.skip_deeper(i + 1, indent)
            }
            Some(q @ ('"' | '\'')) => {
                self.prev = Prev::Value {
                    indent,
                    plain: false,
                };
                self.quoted(i, indent, vcol, v, q)
            }
            Some('[' | '{') => {
                self.prev = Prev::Value {
                    indent,
                    plain: false,
                };
                self.flow(i, indent, vcol, v)
            }
            Some(c @ ('“' | '‘' | '”')) => {
                self.curly(i, vcol, v, c, ctx);
                i + 1
            }
            Some(_) => {
                self.plain(i, vcol, v, ctx);
                i + 1
            }
        }
    }

    /// The lines of a `|` or `>` text: everything deeper than its key, and blank lines.
    fn skip_deeper(&self, mut j: usize, indent: usize) -> usize {
        while j < self.lines.len() {
            let (_, d, content) = leading(self.lines[j]);
            if !content.is_empty() && d <= indent {
                break;
            }
            j += 1;
        }
        j
    }

    /// `"…"` or `'…'`: closed on its line with nothing after, closed on a later line that is
    /// still part of the value, or never closed.
    fn quoted(&mut self, i: usize, indent: usize, vcol: usize, v: &str, q: char) -> usize {
        if let Some(close) = closing_quote(v, 1, q) {
            let after = v[close + 1..].trim_start();
            if !after.is_empty() && !after.starts_with('#') {
                self.quote_inside(i, vcol, v, q, close);
            }
            return i + 1;
        }
        let mut stopped = false;
        for j in (i + 1..self.lines.len()).take(LOOK_AHEAD) {
            let (_, d, content) = leading(self.lines[j]);
            if content.is_empty() {
                continue;
            }
            if d <= indent {
                stopped = true;
                break;
            }
            if closing_quote(content, 0, q).is_some() {
                return j + 1;
            }
        }
        if !stopped && i + 1 + LOOK_AHEAD < self.lines.len() {
            return i + 1;
        }
        let example = if q == '"' {
            "title: \"My story\""
        } else {
            "title: 'My story'"
        };
        self.mistake(
            i,
            vcol,
            "yaml-unclosed-quote",
            true,
            format!("this {q} opens a quoted text, but it is never closed"),
            format!("add the closing {q} at the end of the text, e.g. {example}"),
        );
        let end = chars(self.lines[i].trim_end());
        self.edit(i, end, 0, q.to_string());
        i + 1
    }

    /// A quote mark inside a quoted text ends it early: `"Sam said "hi""`, `'Sam's day'`.
    fn quote_inside(&mut self, i: usize, vcol: usize, v: &str, q: char, close: usize) {
        let col = vcol + chars(&v[..close]);
        let (message, hint) = if q == '"' {
            ("the \" in the middle of this text ends it early, so YAML can't read what follows".to_string(),
             "write the quote marks inside the text as single ones ('), or put the whole text in single quotes".to_string())
        } else {
            ("the apostrophe (') in the middle of this text ends it early, because the text is in single quotes".to_string(),
             format!("put the whole text in double quotes instead: \"{}\"", shown(&v[1..v.len() - 1])))
        };
        self.mistake(i, col, "yaml-quote-inside", true, message, hint);
        let last = v.rfind(q).unwrap_or(close);
        let swap = if q == '"' { "'" } else { "’" };
        for (b, _) in v[..last].match_indices(q).filter(|(b, _)| *b > 0) {
            self.edit(i, vcol + chars(&v[..b]), 1, swap);
        }
    }

    /// `[a, b]` or `{k: v}`, possibly over several lines, or opened and never closed.
    fn flow(&mut self, i: usize, indent: usize, vcol: usize, v: &str) -> usize {
        let mut open: Vec<char> = Vec::new();
        if brackets(v, &mut open) {
            return i + 1;
        }
        let mut last = i;
        let mut stopped = false;
        for j in (i + 1..self.lines.len()).take(LOOK_AHEAD) {
            let (_, d, content) = leading(self.lines[j]);
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if d <= indent && (key_colon(content).is_some() || content.starts_with('-')) {
                stopped = true;
                break;
            }
            last = j;
            if brackets(content, &mut open) {
                return j + 1;
            }
        }
        if !stopped && i + 1 + LOOK_AHEAD < self.lines.len() {
            return last + 1;
        }
        let opener = v.chars().next().unwrap_or('[');
        let (what, closer) = if opener == '[' {
            ("a list", ']')
        } else {
            ("a block", '}')
        };
        self.mistake(
            i,
            vcol,
            "yaml-unclosed-bracket",
            true,
            format!("this {opener} opens {what}, but it is never closed with {closer}"),
            format!("add {closer} after the last item, e.g. features: [networks, access]"),
        );
        let (text, _) = before_comment(self.lines[last]);
        let closers: String = open.iter().rev().collect();
        self.edit(last, chars(text), 0, closers);
        last + 1
    }

    /// “…” pasted from a word processor: not quotes to YAML. Harmless unless the text holds
    /// `: ` or ` #`, but the marks would be published as part of the text.
    fn curly(&mut self, i: usize, vcol: usize, v: &str, c: char, ctx: Ctx) {
        let (text, _) = before_comment(v);
        let breaks = text.contains(": ") || text.ends_with(':') || v.len() != text.len();
        let key = ctx.key.filter(|_| !ctx.item).unwrap_or("title");
        let inner = text
            .trim_start_matches(['“', '‘', '”'])
            .trim_end_matches(['”', '’', '“']);
        let message = if breaks {
            format!("these are curly quotes ({c}…), pasted from a word processor: YAML doesn't read them as quote marks, so the \": \" or \" #\" inside breaks the line")
        } else {
            format!("these are curly quotes ({c}…), pasted from a word processor: YAML doesn't read them as quote marks, so they would be published as part of the text")
        };
        self.out.mistakes.push(super::Mistake {
            line: i + 1,
            column: vcol + 1,
            severity: if breaks {
                Severity::Error
            } else {
                Severity::Warning
            },
            code: "yaml-curly-quotes",
            message,
            hint: format!(
                "type straight double quotes instead: {key}: \"{}\"",
                shown(inner)
            ),
            syntax: breaks,
        });
        self.edit(i, vcol, 1, "\"");
        for (b, ch) in text.char_indices().skip(1) {
            let swap = match ch {
                '"' => "'",
                '\\' => "/",
                '”' | '’' | '“' if b + ch.len_utf8() == text.len() => "\"",
                _ => continue,
            };
            self.edit(i, vcol + chars(&text[..b]), 1, swap);
        }
    }

    /// An unquoted value: a colon or stray quote inside, a `#` that cuts it short, or plain
    /// text where a list or a block belongs.
    fn plain(&mut self, i: usize, vcol: usize, v: &str, ctx: Ctx) {
        let (text, comment) = before_comment(v);
        let key = ctx.key.unwrap_or("value");
        if let Some(at) = inner_colon(text) {
            self.mistake(i, vcol + chars(&text[..at]), "yaml-colon-in-value", true,
                "this text has \": \" in it, and YAML reads a colon followed by a space as the start of a new key".into(),
                format!("put the whole text in double quotes: {}\"{}\"", if ctx.item { "- ".to_string() } else { format!("{key}: ") }, shown(text)));
            for (b, _) in text
                .match_indices(':')
                .filter(|(b, _)| text[b + 1..].starts_with([' ', '\t']) || b + 1 == text.len())
            {
                self.edit(i, vcol + chars(&text[..b]), 1, ";");
            }
            return;
        }
        if text.ends_with('"') && text.matches('"').count() % 2 == 1 {
            self.mistake(i, vcol + chars(text) - 1, "yaml-stray-quote", false,
                "this text ends with a \" that has no partner at the start, so the page would show it".into(),
                format!("delete the \" at the end, or put one at the start too: {key}: \"{}", shown(text)));
            self.edit(i, vcol + chars(text) - 1, 1, " ");
        }
        if let (Some(k), true) = (comment, self.schema.texts.contains(&key)) {
            if v[k + 1..].starts_with(|c: char| !c.is_whitespace()) {
                self.out.mistakes.push(super::Mistake {
                    line: i + 1,
                    column: vcol + chars(&v[..k]) + 1,
                    severity: Severity::Warning,
                    code: "yaml-comment",
                    message: format!("everything from this # on is dropped, because YAML reads \" #\" as the start of a note; the {key} would be just \"{}\"", shown(text)),
                    hint: format!("put the whole text in double quotes: {key}: \"{}\"", shown(v)),
                    syntax: false,
                });
            }
        }
        if !ctx.item {
            self.shape(i, vcol, text, key);
        }
    }

    /// Plain text given to a key that holds a list or a block.
    fn shape(&mut self, i: usize, vcol: usize, text: &str, key: &str) {
        if self.schema.lists.contains(&key) {
            let message = if text.contains(',') {
                format!("\"{key}\" is a list, but this is written as plain text, so YAML reads it as one word")
            } else {
                format!("\"{key}\" is a list, even when it has only one item")
            };
            let items: Vec<&str> = text
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            self.mistake(
                i,
                vcol,
                "yaml-list",
                true,
                message,
                format!(
                    "put it in square brackets: {key}: [{}]",
                    shown(&items.join(", "))
                ),
            );
            self.edit(i, vcol, 0, "[");
            self.edit(i, vcol + chars(text), 0, "]");
        } else if let Some((block, keys)) = self.schema.children(key) {
            let lines: Vec<String> = keys.iter().map(|k| format!("  {k}: …")).collect();
            self.mistake(
                i,
                vcol,
                "yaml-block",
                true,
                format!(
                    "\"{block}\" is a block of lines ({}), not a single word",
                    keys.join(", ")
                ),
                format!(
                    "write it on lines of its own, each starting with two spaces:\n{block}:\n{}",
                    lines.join("\n")
                ),
            );
            self.edit(i, vcol, chars(text), "{}");
        }
    }
}

/// The byte offset of the closing `q` of a quoted text starting at byte `from` of `s`.
fn closing_quote(s: &str, from: usize, q: char) -> Option<usize> {
    let b = s.as_bytes();
    let q = q as u8;
    let mut k = from;
    while k < b.len() {
        match b[k] {
            b'\\' if q == b'"' => k += 1,
            c if c == q && q == b'\'' && b.get(k + 1) == Some(&b'\'') => k += 1,
            c if c == q => return Some(k),
            _ => {}
        }
        k += 1;
    }
    None
}

/// Follow the brackets of `s`, continuing from those still `open`; true once all are closed.
/// Quoted parts are skipped when a quote opens an item (after `[`, `{`, `,` or `:`).
fn brackets(s: &str, open: &mut Vec<char>) -> bool {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    let mut last_sign = if open.is_empty() { ' ' } else { ',' };
    for c in s.chars() {
        if let Some(q) = quote {
            if c == q && prev != '\\' {
                quote = None;
            }
            prev = c;
            continue;
        }
        match c {
            '"' | '\'' if "[{,:".contains(last_sign) => quote = Some(c),
            '#' if prev == ' ' => return open.is_empty(),
            '[' => open.push(']'),
            '{' => open.push('}'),
            ']' | '}' if open.last() == Some(&c) => {
                open.pop();
                if open.is_empty() {
                    return true;
                }
            }
            _ => {}
        }
        if !c.is_whitespace() {
            last_sign = c;
        }
        prev = c;
    }
    open.is_empty()
}

/// Where `: ` (or a final `:`) sits inside an unquoted text, if it does.
fn inner_colon(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&k| b[k] == b':' && matches!(b.get(k + 1), None | Some(b' ' | b'\t')))
}
