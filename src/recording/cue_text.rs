//! A cue's text as plain words: markup dropped, the speaker kept, entities decoded.
//!
//! The result is plain text, never HTML: every output escapes it again, so a cue that says
//! `<script>` is shown as those characters and nothing else.

/// The speaker of a cue's first `<v Name>` tag (if any) and its words without any markup.
/// One pass over the text.
pub fn plain(raw: &str) -> (Option<String>, String) {
    let mut voice = None;
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(lt) = rest.find('<') {
        decode_into(&rest[..lt], &mut out);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            // An unclosed '<' is only a character.
            decode_into(&rest[lt..], &mut out);
            rest = "";
            break;
        };
        let tag = &after[..gt];
        if voice.is_none() {
            if let Some(name) = tag
                .strip_prefix('v')
                .filter(|n| n.starts_with([' ', '\t', '.']))
            {
                // `<v.loud Sam>`: classes come before the name.
                let name = name.split_once([' ', '\t']).map_or("", |(_, n)| n);
                let mut decoded = String::new();
                decode_into(name.trim(), &mut decoded);
                voice = Some(decoded).filter(|n| !n.is_empty());
            }
        }
        rest = &after[gt + 1..];
    }
    decode_into(rest, &mut out);
    let text = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    (voice, text)
}

/// WebVTT's character references; anything else is left as written.
fn decode_into(s: &str, out: &mut String) {
    const NAMED: [(&str, char); 6] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&nbsp;", ' '),
        ("&lrm;", '\u{200e}'),
        ("&rlm;", '\u{200f}'),
    ];
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        match NAMED.iter().find(|(name, _)| tail.starts_with(name)) {
            Some((name, c)) => {
                out.push(*c);
                rest = &tail[name.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn markup_goes_the_speaker_stays() {
        assert_eq!(
            plain("<v.loud Sam O'Neill>I <i>was</i> there &lt;b&gt;</v>"),
            (Some("Sam O'Neill".into()), "I was there <b>".into())
        );
        assert_eq!(plain("a < b"), (None, "a < b".into()));
        assert_eq!(
            plain("<00:01.000>one <c.x>two</c>"),
            (None, "one two".into())
        );
    }
}
