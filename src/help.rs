//! Help a reader can tap: helplines as data, and the numbers in the support text as links.
//!
//! A person in distress on a phone should not have to copy "116 123" into the dialler. Every
//! phone and text number that reaches a page is turned into a `tel:` or `sms:` address here,
//! by one set of rules, whether it came from `helplines:` in `storybook.yaml` or from the
//! support Markdown. The Markdown is linked after it has been rendered and sanitised, on the
//! HTML's text only, so nothing here can add markup that the sanitiser did not allow.

use regex::Regex;
use std::sync::LazyLock;

/// `tel:` for a phone number as people write it: digits only, with a leading `+` kept
/// (`+44 (0)161 …` dials as `+44161…`). `None` when it holds anything but digits, spaces and
/// `+ ( ) - .`, or fewer than 3 digits or more than 15 (the longest an international number
/// can be).
pub fn tel_href(number: &str) -> Option<String> {
    let t = number.trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-.".contains(c))
    {
        return None;
    }
    let plus = t.starts_with('+');
    if t[usize::from(plus)..].contains('+') {
        return None;
    }
    let mut digits: String = t.chars().filter(char::is_ascii_digit).collect();
    // "+44 (0)20 …": the trunk zero in brackets is not dialled from abroad.
    if plus && t.contains("(0)") {
        digits = digits.replacen("440", "44", 1);
    }
    (3..=15)
        .contains(&digits.len())
        .then(|| format!("tel:{}{digits}", if plus { "+" } else { "" }))
}

/// A text line as written in `helplines:`: a number, or a keyword and a number
/// ("SHOUT to 85258").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    pub keyword: Option<String>,
    pub number: String,
}

/// Read "SHOUT to 85258", "text SHOUT to 85258" or "85258". `None` for anything else.
pub fn parse_text_line(raw: &str) -> Option<TextLine> {
    static LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:text\s+)?(?:([\p{L}0-9]{1,20})\s+to\s+)?(\+?[0-9][0-9 ]{1,18}[0-9])\s*$",
        )
        .expect("a fixed pattern")
    });
    let c = LINE.captures(raw)?;
    let number: String = c[2].chars().filter(|c| !c.is_whitespace()).collect();
    Some(TextLine {
        keyword: c.get(1).map(|k| k.as_str().to_string()),
        number,
    })
}

/// `sms:` for a text line. The keyword goes in the body as `?&body=`: Android reads the `?`,
/// iOS (since 8) the `&`, and each ignores the other's mark. The keyword also stays in the
/// link's words, so a phone that drops the body still tells the reader what to send.
pub fn sms_href(line: &TextLine) -> String {
    match &line.keyword {
        Some(k) => format!("sms:{}?&body={}", line.number, url_escape(k)),
        None => format!("sms:{}", line.number),
    }
}

fn url_escape(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The support text's numbers as links: UK numbers (`116 123`, `0800 …`, `+44 …`), `999`,
/// `111` and `112` after "call", "dial", "ring", "phone" or "NHS", and "text KEYWORD to
/// 85258". Takes and returns sanitised HTML; only text outside links changes.
pub fn link_numbers(html: &str) -> String {
    let texts = text_runs(html);
    let stream: String = texts.iter().map(|r| &html[r.start..r.end]).collect();
    let mut links: Vec<(usize, usize, String)> = Vec::new(); // (html start, end, href)
    let mut at = 0; // where each run starts in `stream`
    let mut offsets = Vec::with_capacity(texts.len());
    for r in &texts {
        offsets.push(at);
        at += r.end - r.start;
    }
    for (start, end, href) in numbers_in(&stream) {
        // A number split by markup (`**116** 123`) is left as words: it cannot be one link.
        let Some(k) = offsets.iter().rposition(|&o| o <= start) else {
            continue;
        };
        let run = &texts[k];
        if run.in_link || end - offsets[k] > run.end - run.start {
            continue;
        }
        let from = run.start + start - offsets[k];
        links.push((from, from + end - start, href));
    }
    let mut out = String::with_capacity(html.len() + links.len() * 40);
    let mut last = 0;
    for (s, e, href) in links {
        out.push_str(&html[last..s]);
        let href = href.replace('&', "&amp;");
        out.push_str(&format!(r#"<a href="{href}">{}</a>"#, &html[s..e]));
        last = e;
    }
    out.push_str(&html[last..]);
    out
}

/// A stretch of text between tags, by byte range, and whether it sits inside an `<a>`.
struct Run {
    start: usize,
    end: usize,
    in_link: bool,
}

/// The text runs of sanitised HTML: attributes are quoted and `<` never appears in text,
/// so a tag runs from `<` to the next `>` outside quotes.
fn text_runs(html: &str) -> Vec<Run> {
    let bytes = html.as_bytes();
    let (mut runs, mut i, mut depth) = (Vec::new(), 0, 0usize);
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let mut j = i + 1;
            let mut quote = None;
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            let tag = &html[i..j.min(html.len())];
            if tag.starts_with("<a ") || tag == "<a" {
                depth += 1;
            } else if tag.starts_with("</a") {
                depth = depth.saturating_sub(1);
            }
            i = j + 1;
        } else {
            let j = html[i..].find('<').map_or(html.len(), |k| i + k);
            runs.push(Run {
                start: i,
                end: j,
                in_link: depth > 0,
            });
            i = j;
        }
    }
    runs
}

/// Numbers in plain text, by byte range, with their addresses, in order and not overlapping.
fn numbers_in(text: &str) -> Vec<(usize, usize, String)> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)(?P<sms>\btext\s+(?:the\s+word\s+)?(?P<kw>[A-Z0-9]{2,20})\s+to\s+)(?P<smsno>\d{5,6})\b",
            r"|(?P<long>(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})\b",
            r"|\b(?P<short>116\s?\d{3})\b",
            r"|(?P<lead>\b(?:call|dial|ring|phone|nhs|or)\s+(?:on\s+)?)(?P<urgent>999|111|112)\b",
        ))
        .expect("a fixed pattern")
    });
    let mut out = Vec::new();
    for c in NUMBER.captures_iter(text) {
        let found = if let Some(n) = c.name("smsno") {
            let line = TextLine {
                keyword: Some(c["kw"].to_string()),
                number: n.as_str().to_string(),
            };
            Some((n, sms_href(&line)))
        } else if let Some(n) = c.name("long").or_else(|| c.name("short")) {
            let digits = n.as_str().chars().filter(char::is_ascii_digit).count();
            let long_ok = c.name("short").is_some() || (10..=13).contains(&digits);
            tel_href(n.as_str()).filter(|_| long_ok).map(|h| (n, h))
        } else {
            c.name("urgent").map(|n| (n, format!("tel:{}", n.as_str())))
        };
        if let Some((m, href)) = found {
            out.push((m.start(), m.end(), href));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_dial_as_digits() {
        assert_eq!(tel_href("116 123").as_deref(), Some("tel:116123"));
        assert_eq!(
            tel_href("0800 068 4141").as_deref(),
            Some("tel:08000684141")
        );
        assert_eq!(
            tel_href("+44 (0)161 555 0100").as_deref(),
            Some("tel:+441615550100")
        );
        assert_eq!(tel_href("call me"), None);
        assert_eq!(tel_href("12"), None);
        assert_eq!(tel_href("1+2+3"), None);
        assert_eq!(tel_href("javascript:alert(1)"), None);
    }

    #[test]
    fn text_lines_keep_their_keyword() {
        let l = parse_text_line("SHOUT to 85258").unwrap();
        assert_eq!(sms_href(&l), "sms:85258?&body=SHOUT");
        assert_eq!(sms_href(&parse_text_line("85258").unwrap()), "sms:85258");
        assert!(parse_text_line("SHOUT to <b>").is_none());
        assert!(parse_text_line("").is_none());
    }

    #[test]
    fn the_support_texts_numbers_become_links() {
        let html = "<p>Call <strong>116 123</strong>, text <strong>SHOUT</strong> to <strong>85258</strong>, \
                    NHS 111, in an emergency call <strong>999</strong>, or 0800 068 4141.</p>";
        let out = link_numbers(html);
        assert!(out.contains(r#"<a href="tel:116123">116 123</a>"#), "{out}");
        assert!(
            out.contains(r#"<a href="sms:85258?&amp;body=SHOUT">85258</a>"#),
            "{out}"
        );
        assert!(out.contains(r#"NHS <a href="tel:111">111</a>"#), "{out}");
        assert!(out.contains(r#"<a href="tel:999">999</a>"#), "{out}");
        assert!(
            out.contains(r#"<a href="tel:08000684141">0800 068 4141</a>"#),
            "{out}"
        );
    }

    #[test]
    fn other_numbers_and_existing_links_are_left_alone() {
        let html =
            r#"<p>In 2010, 999 people came; see <a href="https://x.org/116123">116 123</a>.</p>"#;
        assert_eq!(link_numbers(html), html);
    }
}
