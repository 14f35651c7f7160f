//! Recorded stories: a page's audio or video, its captions, its poster.
//!
//! A recording is checked when its page is read ([`check`]), so `storypress check` reports
//! missing captions and every captions error with its line. It is published only through the
//! consent gate's [`crate::consent::media_allowed`], and only as ffmpeg rewrote it
//! ([`ffmpeg`]), with captions written back from the parsed cues ([`vtt::emit`]).

pub mod check;
pub mod clips;
mod cue_text;
pub mod ffmpeg;
pub mod publish;
pub mod search;
pub mod vtt;

use std::path::PathBuf;

/// The formats a recording may be given in (`media.src`'s extension).
pub const EXTENSIONS: [&str; 6] = ["mp4", "webm", "mp3", "m4a", "ogg", "opus"];

/// A checked recording of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Recording {
    /// The source file on disk, inside the page's folder.
    pub src: PathBuf,
    pub video: bool,
    /// Length in milliseconds, when ffprobe could tell.
    pub duration: Option<u64>,
    pub captions: Option<Captions>,
    pub poster: Option<PathBuf>,
    pub description: Option<String>,
}

/// Parsed captions, and the language they are in.
#[derive(Debug, Clone, PartialEq)]
pub struct Captions {
    pub cues: Vec<vtt::Cue>,
    /// BCP 47: the page's language, else the storybook's.
    pub language: String,
}

/// A language's name in that language, for the captions track's label: a reader looks for
/// their own language's name. The code itself for languages this list does not know.
pub fn endonym(code: &str) -> String {
    const NAMES: &[(&str, &str)] = &[
        ("ar", "العربية"),
        ("bn", "বাংলা"),
        ("cy", "Cymraeg"),
        ("de", "Deutsch"),
        ("en", "English"),
        ("es", "Español"),
        ("fr", "Français"),
        ("ga", "Gaeilge"),
        ("gd", "Gàidhlig"),
        ("it", "Italiano"),
        ("lt", "Lietuvių"),
        ("pa", "ਪੰਜਾਬੀ"),
        ("pl", "Polski"),
        ("pt", "Português"),
        ("ro", "Română"),
        ("so", "Soomaali"),
        ("tr", "Türkçe"),
        ("uk", "Українська"),
        ("ur", "اردو"),
    ];
    let primary = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    NAMES
        .iter()
        .find(|(c, _)| *c == primary)
        .map_or_else(|| code.to_string(), |(_, n)| (*n).to_string())
}
