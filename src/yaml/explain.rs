//! The parser's own messages, for the mistakes the line scan does not recognise, rewritten in
//! plain words with a fix.

use crate::suggest;

/// Turn a parser message into (plain message, fix, code).
pub(super) fn explain(raw: &str) -> (String, String, &'static str) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once('`') {
            let allowed = allowed_keys(expected);
            let hint = match suggest::did_you_mean(key, allowed.iter().map(String::as_str)) {
                Some(best) => format!("did you mean \"{best}\"? (keys are case-sensitive)"),
                None => format!("allowed keys here: {}", allowed.join(", ")),
            };
            return (
                format!("unknown key \"{key}\": storypress does not know it, and never guesses (a mistyped key could otherwise drop something like consent)"),
                hint,
                "unknown-key",
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (
            format!("the required key \"{key}\" is missing"),
            format!("add a line \"{key}: …\""),
            "missing-key",
        );
    }
    if raw.starts_with("duplicate mapping key") {
        let key = raw
            .split(':')
            .nth(1)
            .and_then(|s| s.split(',').next())
            .unwrap_or("")
            .trim();
        return (
            format!("the key \"{key}\" appears twice"),
            "keep one of them and delete the other".into(),
            "duplicate-key",
        );
    }
    if raw.contains("budget")
        || raw.contains("Budget")
        || raw.contains("alias") && raw.contains("limit")
    {
        return (
            "this YAML is far too large or nested too deeply (it may be a YAML bomb)".into(),
            "front matter should be a short list of keys; remove the anchors (&) and aliases (*)"
                .into(),
            "yaml-too-large",
        );
    }
    if raw.contains("expected sequence") {
        return (
            "this should be a list".into(),
            "write a list in square brackets, for example: [networks, strengths]".into(),
            "yaml-type",
        );
    }
    if raw.contains("expected string scalar") || raw.contains("invalid type") {
        return (
            format!("this value has the wrong shape ({raw})"),
            "write plain text here; put text that contains ':' '[' or '#' in double quotes".into(),
            "yaml-type",
        );
    }
    if raw.contains("expected a YAML mapping")
        || raw.contains("expected mapping")
        || raw.contains("expected map")
    {
        return (
            "this should be a set of \"key: value\" lines".into(),
            "check the indentation: keys inside a block are indented by two spaces".into(),
            "yaml-type",
        );
    }
    (
        format!("the YAML could not be read: {raw}"),
        "check this line for a missing quote, bracket or colon; text containing ':' or '#' needs double quotes".into(),
        "yaml-syntax",
    )
}

/// "one of title, date" or "`a` or `b`" → [title, date].
fn allowed_keys(expected: &str) -> Vec<String> {
    let list = expected
        .trim_start_matches(',')
        .trim()
        .trim_start_matches("expected")
        .trim()
        .trim_start_matches("one of")
        .trim();
    list.split([',', ' '])
        .map(|s| s.trim_matches(|c: char| c == '`' || c.is_whitespace()))
        .filter(|s| !s.is_empty() && *s != "or")
        .map(str::to_string)
        .collect()
}
