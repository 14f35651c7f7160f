//! WebVTT captions, read strictly and written back from the cues alone.
//!
//! Captions come from the public in a pull request, so nothing of the file is trusted: it is
//! read once, line by line (linear time), with caps on its size, its cue count and each cue's
//! length. Only cue times, the speaker (`<v Name>`) and the plain words survive: styling,
//! regions, notes, comments and any markup are dropped, and the words are escaped again
//! wherever they are written (HTML by the templates, JSON by serde, VTT by [`emit`]).

use thiserror::Error;

/// A captions file larger than this is refused: an hour of speech is about 100 KB.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// More cues than this are refused (ten hours at one cue every four seconds).
pub const MAX_CUES: usize = 10_000;
/// A cue's text longer than this is refused: captions are read in a few seconds.
pub const MAX_CUE_CHARS: usize = 1_000;

/// One caption: milliseconds from the start, the speaker if named, and the plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start: u64,
    pub end: u64,
    pub voice: Option<String>,
    pub text: String,
    /// Line of the captions file where the cue's timing is, for later diagnostics.
    pub line: usize,
}

/// What is wrong with a captions file, and on which line.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VttError {
    #[error("the captions file does not start with WEBVTT")]
    NoHeader,
    #[error("the captions file is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the captions file has more than {MAX_CUES} cues")]
    TooManyCues,
    #[error("\"{0}\" is not a cue timing (start --> end)")]
    BadTiming(String),
    #[error("\"{0}\" is not a timestamp")]
    BadTimestamp(String),
    #[error("the cue ends before it starts")]
    EndsBeforeStart,
    #[error("the cue starts before the cue above it")]
    Backwards,
    #[error("the cue starts before the cue above it has ended")]
    Overlaps,
    #[error("the cue has no words")]
    Empty,
    #[error("the cue is longer than {MAX_CUE_CHARS} characters")]
    CueTooLong,
    #[error("the cue ends at {0}, after the recording ends ({1})")]
    PastEnd(String, String),
    #[error("the file has no cues")]
    NoCues,
}

impl VttError {
    pub fn code(&self) -> &'static str {
        match self {
            VttError::NoHeader => "vtt-header",
            VttError::TooLarge | VttError::TooManyCues | VttError::CueTooLong => "vtt-too-large",
            VttError::BadTiming(_) | VttError::BadTimestamp(_) => "vtt-timestamp",
            VttError::EndsBeforeStart | VttError::Backwards | VttError::Overlaps => "vtt-order",
            VttError::Empty | VttError::NoCues => "vtt-empty",
            VttError::PastEnd(..) => "vtt-past-end",
        }
    }

    /// How to fix it, in the words of someone editing the file in a text editor.
    pub fn hint(&self) -> &'static str {
        match self {
            VttError::NoHeader => "make the very first line of the file WEBVTT",
            VttError::TooLarge | VttError::TooManyCues | VttError::CueTooLong => {
                "split long captions into short cues of a line or two each"
            }
            VttError::BadTiming(_) | VttError::BadTimestamp(_) => {
                "write times as minutes:seconds.milliseconds, e.g. 00:01.500 --> 00:04.000 (or hours:minutes:seconds.milliseconds)"
            }
            VttError::EndsBeforeStart => "swap the two times, or correct the end time",
            VttError::Backwards | VttError::Overlaps => {
                "put cues in time order, each starting when (or after) the one before ends"
            }
            VttError::Empty | VttError::NoCues => "write the words that are said in this cue, or remove it",
            VttError::PastEnd(..) => "correct the cue's times to match the recording",
        }
    }
}

/// A problem and the line of the captions file it is on (1-based).
pub type Located = (usize, VttError);

/// `mm:ss.ttt` or `hh:mm:ss.ttt`, as WebVTT writes it; milliseconds.
pub fn timestamp(s: &str) -> Option<u64> {
    let (hms, ms) = s.split_once('.')?;
    if ms.len() != 3 || !ms.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = hms.split(':').collect();
    let num = |p: &str, max: u64| -> Option<u64> {
        let ok = p.len() >= 2 && p.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 4;
        ok.then(|| p.parse().ok()).flatten().filter(|v| *v < max)
    };
    let (h, m, sec) = match parts.as_slice() {
        [m, s] if m.len() == 2 => (0, num(m, 60)?, num(s, 60)?),
        [h, m, s] if m.len() == 2 && s.len() == 2 => (num(h, 10_000)?, num(m, 60)?, num(s, 60)?),
        _ => return None,
    };
    Some(((h * 60 + m) * 60 + sec) * 1000 + ms.parse::<u64>().ok()?)
}

/// A time as a reader sees it: `3:12`, `1:02:03`.
pub fn display(ms: u64) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Read a captions file. `duration` (milliseconds), when known, bounds the cues. Every
/// problem is reported, each with its line.
pub fn parse(text: &str, duration: Option<u64>) -> Result<Vec<Cue>, Vec<Located>> {
    if text.len() > MAX_BYTES {
        return Err(vec![(1, VttError::TooLarge)]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.first().copied().unwrap_or("");
    if !(first == "WEBVTT" || first.starts_with("WEBVTT ") || first.starts_with("WEBVTT\t")) {
        return Err(vec![(1, VttError::NoHeader)]);
    }
    let mut errors = Vec::new();
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        // Blocks are separated by blank lines; the header block runs to the first one.
        let start = i;
        while i < lines.len() && !lines[i].trim().is_empty() {
            i += 1;
        }
        if start == i {
            i += 1;
            continue;
        }
        let block = &lines[start..i];
        if start == 1 || is_skipped(block[0]) {
            continue;
        }
        if cues.len() >= MAX_CUES {
            errors.push((start + 1, VttError::TooManyCues));
            break;
        }
        match cue(block, start + 1, cues.last(), duration) {
            Ok(c) => cues.push(c),
            Err(e) => errors.push(e),
        }
    }
    if cues.is_empty() && errors.is_empty() {
        errors.push((1, VttError::NoCues));
    }
    if errors.is_empty() {
        Ok(cues)
    } else {
        Err(errors)
    }
}

/// NOTE, STYLE and REGION blocks carry nothing a reader hears: they are dropped.
fn is_skipped(first: &str) -> bool {
    ["NOTE", "STYLE", "REGION"].iter().any(|k| {
        first == *k || first.starts_with(&format!("{k} ")) || first.starts_with(&format!("{k}\t"))
    })
}

/// One cue block (an optional id line, the timing line, the text lines) at file line `line`.
fn cue(
    block: &[&str],
    line: usize,
    prev: Option<&Cue>,
    duration: Option<u64>,
) -> Result<Cue, Located> {
    let (timing_at, timing) = match block.iter().position(|l| l.contains("-->")) {
        Some(k) if k <= 1 => (k, block[k]),
        _ => {
            return Err((
                line,
                VttError::BadTiming(block[0].chars().take(60).collect()),
            ))
        }
    };
    let line = line + timing_at;
    let (start, end) = times(timing).map_err(|e| (line, e))?;
    if end <= start {
        return Err((line, VttError::EndsBeforeStart));
    }
    if let Some(p) = prev {
        if start < p.start {
            return Err((line, VttError::Backwards));
        }
        if start < p.end {
            return Err((line, VttError::Overlaps));
        }
    }
    if let Some(d) = duration {
        // Lengths from ffprobe are estimates for some formats: half a second of grace.
        if end > d + 500 {
            return Err((line, VttError::PastEnd(display(end), display(d))));
        }
    }
    let raw = block[timing_at + 1..].join("\n");
    if raw.chars().count() > MAX_CUE_CHARS {
        return Err((line, VttError::CueTooLong));
    }
    let (voice, text) = super::cue_text::plain(&raw);
    if text.trim().is_empty() {
        return Err((line, VttError::Empty));
    }
    Ok(Cue {
        start,
        end,
        voice,
        text,
        line,
    })
}

/// `start --> end [settings]`.
fn times(line: &str) -> Result<(u64, u64), VttError> {
    let bad = || VttError::BadTiming(line.chars().take(60).collect());
    let (a, rest) = line.split_once("-->").ok_or_else(bad)?;
    let b = rest.split_whitespace().next().ok_or_else(bad)?;
    let ts = |s: &str| {
        timestamp(s.trim())
            .ok_or_else(|| VttError::BadTimestamp(s.trim().chars().take(30).collect()))
    };
    Ok((ts(a)?, ts(b)?))
}

/// Captions written back from the cues: nothing of the original file but times, speakers
/// and words, each escaped so no markup can be smuggled through.
pub fn emit(cues: &[Cue]) -> String {
    let mut out = String::from("WEBVTT\n");
    for c in cues {
        out.push('\n');
        out.push_str(&format!("{} --> {}\n", vtt_time(c.start), vtt_time(c.end)));
        if let Some(v) = &c.voice {
            out.push_str(&format!("<v {}>", escape(v)));
        }
        out.push_str(&escape(&c.text));
        out.push('\n');
    }
    out
}

fn vtt_time(ms: u64) -> String {
    let s = ms / 1000;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        s / 3600,
        s / 60 % 60,
        s % 60,
        ms % 1000
    )
}

/// WebVTT's own escapes; a blank line inside a cue would end it, so lines are kept non-blank.
fn escape(s: &str) -> String {
    let s = s
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cues_and_voices() {
        let t = "WEBVTT\n\nNOTE hi\n\n1\n00:00.000 --> 00:02.500 align:start\n<v Sam>Hello &amp; <b>welcome</b>\n\n00:02.500 --> 00:04.000\nBye\n";
        let cues = parse(t, Some(4000)).unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[0].voice.as_deref(), Some("Sam"));
        assert_eq!(cues[0].text, "Hello & welcome");
        assert_eq!(cues[0].line, 6);
        assert_eq!(cues[1].start, 2500);
    }

    #[test]
    fn every_error_has_its_line() {
        let t = "WEBVTT\n\n00:01.000 --> 00:02.000\na\n\n00:00.500 --> 00:03.000\nb\n\n00:05.000 --> 00:0x.000\nc\n\n00:06.000 --> 00:07.000\n\n00:08.000 --> 00:20.000\nlate\n";
        let errs = parse(t, Some(10_000)).unwrap_err();
        let lines: Vec<(usize, &str)> = errs.iter().map(|(l, e)| (*l, e.code())).collect();
        assert_eq!(
            lines,
            [
                (6, "vtt-order"),
                (9, "vtt-timestamp"),
                (12, "vtt-empty"),
                (14, "vtt-past-end")
            ]
        );
        assert_eq!(
            parse("hello\n", None).unwrap_err()[0],
            (1, VttError::NoHeader)
        );
    }

    #[test]
    fn emits_only_escaped_cues() {
        let cues = parse(
            "WEBVTT\n\n00:00.000 --> 00:01.000\n<v A<b>>x &lt;script&gt;\n",
            None,
        )
        .unwrap();
        let out = emit(&cues);
        assert!(!out.contains("<script"), "{out}");
        assert!(out.starts_with("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n"));
        assert_eq!(display(192_000), "3:12");
    }
}
