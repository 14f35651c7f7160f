//! Debian's ffmpeg and ffprobe, the only tools that touch a recording's bytes.
//!
//! Recordings carry GPS, the phone's make and serial, the owner's name and when it was made
//! (mp4 location atoms, ID3 tags, chapters, cover art). Every published recording is remuxed
//! (or, when its codecs are not fit for the web, converted) with all metadata, chapters and
//! every stream but one video and one audio dropped, in ffmpeg's bit-exact mode so not even
//! the encoder's name is written. Results are cached by a hash of the source's bytes, as
//! processed images are.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::Command;
use thiserror::Error;

/// Bump when the output for the same input changes, so old cache entries are not reused.
const PIPELINE_VERSION: &str = "storypress-media-1";

/// The command that installs the tools on Debian and Ubuntu, said in every error about them.
pub const INSTALL: &str = "sudo apt-get install ffmpeg";

#[derive(Debug, Error)]
pub enum FfmpegError {
    #[error("ffmpeg is not installed, and this storybook has recordings")]
    Missing,
    #[error("the recording could not be read: {0}")]
    Unreadable(String),
    #[error("could not write the processed recording: {0}")]
    Io(#[from] std::io::Error),
}

/// What ffprobe says about a recording.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub duration_ms: Option<u64>,
    pub video: Option<String>,
    pub audio: Option<String>,
    pub container: String,
}

#[derive(Deserialize)]
struct Json {
    #[serde(default)]
    streams: Vec<JsonStream>,
    format: Option<JsonFormat>,
}
#[derive(Deserialize)]
struct JsonStream {
    codec_type: Option<String>,
    codec_name: Option<String>,
    #[serde(default)]
    disposition: serde_json::Map<String, serde_json::Value>,
}
#[derive(Deserialize)]
struct JsonFormat {
    format_name: Option<String>,
    duration: Option<String>,
}

/// Whether ffmpeg and ffprobe can be run.
pub fn available() -> bool {
    ["ffmpeg", "ffprobe"].iter().all(|t| {
        Command::new(t)
            .arg("-version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The streams and length of a recording.
pub fn probe(path: &Path) -> Result<Probe, FfmpegError> {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-of",
            "json",
        ])
        .arg(path)
        .output()
        .map_err(|_| FfmpegError::Missing)?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(FfmpegError::Unreadable(
            why.lines().last().unwrap_or("").chars().take(200).collect(),
        ));
    }
    let json: Json =
        serde_json::from_slice(&out.stdout).map_err(|e| FfmpegError::Unreadable(e.to_string()))?;
    let codec = |kind: &str| {
        json.streams
            .iter()
            .filter(|s| s.codec_type.as_deref() == Some(kind))
            // Cover art in an mp3 is a "video" stream: it is a picture, not a film.
            .find(|s| s.disposition.get("attached_pic").and_then(|v| v.as_i64()) != Some(1))
            .and_then(|s| s.codec_name.clone())
    };
    let format = json.format.unwrap_or(JsonFormat {
        format_name: None,
        duration: None,
    });
    Ok(Probe {
        duration_ms: format
            .duration
            .and_then(|d| d.parse::<f64>().ok())
            .map(|d| (d * 1000.0) as u64),
        video: codec("video"),
        audio: codec("audio"),
        container: format.format_name.unwrap_or_default(),
    })
}

/// The published file's extension, and whether the streams can be copied as they are.
fn target(p: &Probe, ext: &str) -> (&'static str, bool) {
    let a = p.audio.as_deref().unwrap_or("");
    match (&p.video, ext) {
        (Some(v), "mp4") => ("mp4", v == "h264" && matches!(a, "aac" | "")),
        (Some(v), "webm") => (
            "webm",
            matches!(v.as_str(), "vp8" | "vp9" | "av1") && matches!(a, "opus" | "vorbis" | ""),
        ),
        (Some(_), _) => ("mp4", false),
        (None, "mp3") => ("mp3", a == "mp3"),
        (None, "m4a" | "mp4") => ("m4a", a == "aac"),
        (None, "ogg" | "opus" | "webm") => (
            if ext == "webm" { "webm" } else { "ogg" },
            matches!(a, "opus" | "vorbis"),
        ),
        (None, _) => ("mp3", false),
    }
}

/// The arguments that rewrite `input` into `output` with nothing but its sound and pictures.
fn args(input: &Path, output: &Path, p: &Probe, ext: &str) -> Vec<std::ffi::OsString> {
    let (out_ext, copy) = target(p, ext);
    let mut a: Vec<std::ffi::OsString> = ["-nostdin", "-v", "error", "-y", "-i"]
        .map(Into::into)
        .to_vec();
    a.push(input.into());
    let mut more: Vec<&str> = Vec::new();
    if p.video.is_some() {
        more.extend(["-map", "0:V:0", "-map", "0:a:0?"]);
    } else {
        more.extend(["-map", "0:a:0", "-vn"]);
    }
    more.extend(["-map_metadata", "-1", "-map_chapters", "-1", "-sn", "-dn"]);
    more.extend(["-fflags", "+bitexact", "-flags", "+bitexact"]);
    if copy {
        more.extend(["-c", "copy"]);
    } else {
        match out_ext {
            "mp4" => more.extend([
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k",
            ]),
            _ => more.extend(["-c:a", "libmp3lame", "-b:a", "128k"]),
        }
    }
    if matches!(out_ext, "mp4" | "m4a") {
        more.extend(["-movflags", "+faststart"]);
    }
    a.extend(more.into_iter().map(Into::into));
    a.push(output.into());
    a
}

/// The cleaned recording for `bytes` read from `input`, made once and kept under `root`.
/// Returns the cached file (its extension is the published format's).
pub fn clean(root: &Path, input: &Path, bytes: &[u8]) -> Result<(PathBuf, bool), FfmpegError> {
    let ext = input
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE_VERSION.as_bytes());
    h.update(ext.as_bytes());
    h.update(bytes);
    let key = h.finalize().to_hex();
    let dir = root.join(format!("m{}", &key[..31]));
    // A cached entry is used without even probing the source again.
    if let Some(file) = cached(&dir) {
        return Ok((file, true));
    }
    let probe = probe(input)?;
    let (out_ext, _) = target(&probe, &ext);
    let file = dir.join(format!("recording.{out_ext}"));
    std::fs::create_dir_all(&dir)?;
    let tmp = dir.join(format!(".part.{}.{out_ext}", std::process::id()));
    let out = Command::new("ffmpeg")
        .args(args(input, &tmp, &probe, &ext))
        .output()
        .map_err(|_| FfmpegError::Missing)?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&tmp);
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(FfmpegError::Unreadable(
            why.lines().last().unwrap_or("").chars().take(200).collect(),
        ));
    }
    std::fs::rename(&tmp, &file)?;
    Ok((file, false))
}

/// The finished file of a cache entry (`recording.<ext>`), if it has one.
fn cached(dir: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_stem().is_some_and(|s| s == "recording") && p.is_file())
}

/// The MIME type browsers are given for a published file.
pub fn mime(ext: &str) -> &'static str {
    match ext {
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "m4a" => "audio/mp4",
        "ogg" | "opus" => "audio/ogg",
        _ => "audio/mpeg",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_ready_streams_are_copied_the_rest_converted() {
        let p = |v: Option<&str>, a: &str| Probe {
            duration_ms: None,
            video: v.map(Into::into),
            audio: Some(a.into()),
            container: String::new(),
        };
        assert_eq!(target(&p(Some("h264"), "aac"), "mp4"), ("mp4", true));
        assert_eq!(target(&p(Some("hevc"), "aac"), "mp4"), ("mp4", false));
        assert_eq!(target(&p(None, "opus"), "opus"), ("ogg", true));
        assert_eq!(target(&p(None, "pcm_s16le"), "mp3"), ("mp3", false));
        assert_eq!(target(&p(None, "aac"), "m4a"), ("m4a", true));
    }
}
