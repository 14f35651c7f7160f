//! Checking a page's `media:` entry when the page is read: the files are the page's own,
//! the formats are ones browsers play, video has captions (WCAG 1.2.2), audio has a
//! transcript (1.2.1), and the captions are well-formed and free of personal data.

use super::{ffmpeg, vtt, Captions, Recording, EXTENSIONS};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::media;
use std::path::{Path, PathBuf};

/// Recordings larger than this are refused: a 20-minute interview at web quality is far less.
pub const MAX_BYTES: u64 = 500 * 1024 * 1024;

/// A value from the front matter and the file line it is on.
pub type At = (String, usize);

/// The `media:` entry as written.
#[derive(Debug, Default)]
pub struct Raw {
    pub src: Option<At>,
    pub captions: Option<At>,
    pub poster: Option<At>,
    pub description: Option<String>,
    /// The line of `media:` itself.
    pub line: usize,
}

/// What the check needs to know about the page.
pub struct Page<'a> {
    /// The story file, relative to ROOT.
    pub file: &'a Path,
    /// Its folder on disk.
    pub dir: &'a Path,
    pub own_folder: bool,
    /// Whether the page has text of its own, which can be an audio recording's transcript.
    pub has_text: bool,
    pub language: &'a str,
    pub personal_data_ok: &'a [String],
    pub config: &'a Config,
}

/// Check the entry; the recording, when it can be used, and every problem found.
pub fn check(raw: Raw, page: &Page) -> (Option<Recording>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let err = |line: usize, code: &'static str, msg: String, hint: &str| {
        Diagnostic::error(page.file, code, msg)
            .at(line, 0)
            .hint(hint)
    };
    let Some((src, src_line)) = raw.src.filter(|s| !s.0.trim().is_empty()) else {
        diags.push(err(
            raw.line,
            "media-src",
            "the recording has no src".into(),
            "add src: with the recording's file name, e.g. src: interview.mp4",
        ));
        return (None, diags);
    };
    if !page.own_folder {
        diags.push(err(src_line, "media-outside", format!("the recording \"{src}\" needs the story to have its own folder"),
            "make a folder named after the story, move the story into it as index.md, and put the recording beside it"));
        return (None, diags);
    }
    let ext = Path::new(&src)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !EXTENSIONS.contains(&ext.as_str()) {
        diags.push(err(src_line, "media-format", format!("\"{src}\" is not a recording format browsers play"),
            "convert it to mp4 (video) or mp3 (audio); mp4, webm, mp3, m4a, ogg and opus are accepted"));
        return (None, diags);
    }
    let Some(path) = locate(page, &src, src_line, &mut diags) else {
        return (None, diags);
    };
    if std::fs::metadata(&path).map_or(0, |m| m.len()) > MAX_BYTES {
        diags.push(err(
            src_line,
            "media-too-large",
            format!("the recording \"{src}\" is larger than 500 MB"),
            "export it again at web quality (720p video, 128 kbit/s audio)",
        ));
        return (None, diags);
    }
    let probe = if ffmpeg::available() {
        match ffmpeg::probe(&path) {
            Ok(p) if p.audio.is_none() && p.video.is_none() => {
                diags.push(err(
                    src_line,
                    "media-unreadable",
                    format!("\"{src}\" holds no sound or pictures"),
                    "export the recording again from the app that made it",
                ));
                return (None, diags);
            }
            Ok(p) => Some(p),
            Err(e) => {
                diags.push(err(
                    src_line,
                    "media-unreadable",
                    format!("\"{src}\": {e}"),
                    "export the recording again from the app that made it",
                ));
                return (None, diags);
            }
        }
    } else {
        diags.push(
            Diagnostic::warning(
                page.file,
                "media-unchecked",
                format!("the recording \"{src}\" could not be checked: ffmpeg is not installed"),
            )
            .at(src_line, 0)
            .hint(format!(
                "install it ({}); building the site needs it",
                ffmpeg::INSTALL
            )),
        );
        None
    };
    let video = probe
        .as_ref()
        .map_or(matches!(ext.as_str(), "mp4" | "webm"), |p| {
            p.video.is_some()
        });
    let duration = probe.as_ref().and_then(|p| p.duration_ms);
    let captions = raw
        .captions
        .as_ref()
        .and_then(|c| captions(page, c, duration, &mut diags));
    if raw.captions.is_none() && video {
        diags.push(err(raw.line, "media-no-captions", format!("the video \"{src}\" has no captions, so people who cannot hear it cannot follow it"),
            "add captions: interview.vtt (a WebVTT file of what is said, beside the video); YouTube, Otter or Whisper can make a first draft to correct"));
    }
    if raw.captions.is_none() && !video && !page.has_text {
        diags.push(err(raw.line, "media-no-transcript", format!("the recording \"{src}\" has no transcript, so people who cannot hear it cannot read it"),
            "write what is said as the story's text below the front matter, or add captions: interview.vtt (the transcript is made from them)"));
    }
    let poster = raw.poster.and_then(|(p, line)| {
        let path = locate(page, &p, line, &mut diags)?;
        if let Err(why) = crate::images::probe(&path) {
            diags.push(err(
                line,
                "image-unreadable",
                format!("the poster \"{p}\" {why}"),
                "export it again as a JPEG or PNG",
            ));
            return None;
        }
        Some(path)
    });
    let description = raw.description.filter(|d| !d.trim().is_empty());
    let recording = Recording {
        src: path,
        video,
        duration,
        captions,
        poster,
        description,
    };
    (Some(recording), diags)
}

/// A file of the page's own folder, or the reason it cannot be used.
fn locate(page: &Page, name: &str, line: usize, diags: &mut Vec<Diagnostic>) -> Option<PathBuf> {
    match media::locate(page.dir, name, true) {
        Ok(p) => Some(p),
        Err(problem) => {
            let (msg, hint) = problem.explain(name, page.dir);
            let code = match problem {
                media::Problem::Missing => "media-missing",
                _ => "media-outside",
            };
            let msg = msg.replacen("the image", "the file", 1);
            diags.push(
                Diagnostic::error(page.file, code, msg)
                    .at(line, 0)
                    .hint(hint),
            );
            None
        }
    }
}

/// Read and parse the captions file; its problems are reported in that file, by line.
fn captions(
    page: &Page,
    (name, line): &At,
    duration: Option<u64>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Captions> {
    if !name.to_ascii_lowercase().ends_with(".vtt") {
        diags.push(Diagnostic::error(page.file, "media-captions-format", format!("the captions \"{name}\" are not a WebVTT (.vtt) file"))
            .at(*line, 0).hint("save the captions as WebVTT (.vtt); most caption tools export it, and an .srt file needs only a WEBVTT first line and full stops for commas in the times"));
        return None;
    }
    let path = locate(page, name, *line, diags)?;
    let rel = page.file.parent().unwrap_or(Path::new("")).join(name);
    let text = match crate::text::read(&path, &rel) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    diags.extend(crate::frontmatter::personal_data(
        &rel,
        &text,
        page.personal_data_ok,
        page.config,
    ));
    match vtt::parse(&text, duration) {
        Ok(cues) => Some(Captions {
            cues,
            language: page.language.to_string(),
        }),
        Err(errors) => {
            diags.extend(errors.into_iter().map(|(l, e)| {
                Diagnostic::error(&rel, e.code(), e.to_string())
                    .at(l, 0)
                    .hint(e.hint())
            }));
            None
        }
    }
}
