//! A throwaway storybook on disk, and ways to run storypress on it and read what it wrote.
#![allow(dead_code)]

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG: &str = r#"title: "Test storybook"
description: "A storybook for tests."
base_url: "https://example.org/storybook/"
language: en
licence: CC-BY-NC-ND-4.0
intro: "Welcome."
features:
  - { id: networks, name: Networks, description: "Activate supportive social networks." }
  - { id: access, name: Access, description: "Timely access to support." }
sites:
  - { id: salford, name: Salford }
  - { id: luton, name: Luton }
"#;

pub struct Book {
    pub dir: tempfile::TempDir,
}

impl Book {
    pub fn new() -> Book {
        Book::with_config(CONFIG)
    }

    pub fn with_config(config: &str) -> Book {
        let dir = tempfile::tempdir().unwrap();
        let b = Book { dir };
        b.write("stories/storybook.yaml", config);
        b
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("stories")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// A lived-experience story with the given extra front matter lines.
    pub fn story(&self, slug: &str, extra: &str, body: &str) {
        self.write(
            &format!("stories/lived-experience/{slug}.md"),
            &format!("---\ntitle: \"Story {slug}\"\nsummary: \"About {slug}.\"\nstoryteller: \"Teller {slug}\"\ndate: 2025-06-01\nfeatures: [networks]\n{extra}---\n{body}\n"),
        );
    }

    pub fn storypress(&self) -> Command {
        let mut c = Command::cargo_bin("storypress").unwrap();
        c.current_dir(self.dir.path());
        c
    }

    /// `check --format json` on the storybook: (exit code, every diagnostic).
    pub fn check_json(&self) -> (i32, Vec<serde_json::Value>) {
        let out = self
            .storypress()
            .args(["check", "stories", "--format", "json"])
            .output()
            .unwrap();
        let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "check printed no JSON ({e}): {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (
            out.status.code().unwrap_or(-1),
            all.as_array().cloned().unwrap_or_default(),
        )
    }

    /// Run `workshop PACK` (a file under the book's folder); returns (exit code, stderr).
    pub fn workshop(&self, pack: &str) -> (i32, String) {
        let out = self.storypress().args(["workshop", pack]).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Run `build` with extra arguments; returns (exit code, stderr).
    pub fn build(&self, args: &[&str]) -> (i32, String) {
        let out = self.storypress().arg("build").args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

pub const GIVEN: &str = "consent:\n  status: given\n  scope: [web, workshop, print]\n  recorded: 2025-05-01\n  review: 2099-01-01\n";

/// Every file under `dir`, path → bytes, for comparing whole outputs.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The output files (by path) whose path or content contains `needle`, case-insensitively.
pub fn files_mentioning(dir: &Path, needle: &str) -> Vec<String> {
    let needle = needle.to_lowercase();
    snapshot(dir)
        .into_iter()
        .filter(|(p, bytes)| {
            p.to_string_lossy().to_lowercase().contains(&needle)
                || String::from_utf8_lossy(bytes)
                    .to_lowercase()
                    .contains(&needle)
        })
        .map(|(p, _)| p.display().to_string())
        .collect()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A real JPEG of `w`×`h` with a left half red and right half blue (so orientation shows).
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 {
            image::Rgb([220, 30, 30])
        } else {
            image::Rgb([30, 30, 220])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

/// Insert an APP1 EXIF segment (orientation and GPS latitude) right after a JPEG's SOI marker,
/// as a phone camera would.
pub fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    // TIFF header (little endian), IFD0 with Orientation and a GPS IFD pointer; GPS IFD with
    // GPSLatitudeRef "N".
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend(8u32.to_le_bytes()); // IFD0 offset
    tiff.extend(2u16.to_le_bytes()); // two entries
    tiff.extend(0x0112u16.to_le_bytes()); // Orientation
    tiff.extend(3u16.to_le_bytes()); // SHORT
    tiff.extend(1u32.to_le_bytes());
    tiff.extend((orientation as u32).to_le_bytes());
    tiff.extend(0x8825u16.to_le_bytes()); // GPS IFD pointer
    tiff.extend(4u16.to_le_bytes()); // LONG
    tiff.extend(1u32.to_le_bytes());
    let gps_offset = 8 + 2 + 12 * 2 + 4;
    tiff.extend((gps_offset as u32).to_le_bytes());
    tiff.extend(0u32.to_le_bytes()); // no next IFD
    tiff.extend(1u16.to_le_bytes()); // GPS IFD: one entry
    tiff.extend(0x0001u16.to_le_bytes()); // GPSLatitudeRef
    tiff.extend(2u16.to_le_bytes()); // ASCII
    tiff.extend(2u32.to_le_bytes());
    tiff.extend(*b"N\0\0\0");
    tiff.extend(0u32.to_le_bytes());
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

pub fn write_bytes(book: &Book, rel: &str, bytes: &[u8]) {
    let p = book.path(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Whether a diagnostic leads a storyteller to a real place: a file that exists under `root`,
/// a line inside it (the line just past a final newline counts, for "the file ends here"),
/// a column inside that line, and words saying what is wrong and how to fix it.
pub fn located(root: &Path, d: &storypress::diagnostic::Diagnostic) -> Result<(), String> {
    let path = root.join(&d.file);
    if d.file.is_empty() || !path.is_file() {
        return Err(format!("names no file of the storybook ({:?})", d.file));
    }
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = text.split('\n').collect();
    if d.line == 0 || d.line > lines.len() {
        return Err(format!(
            "line {} is outside the file ({} lines)",
            d.line,
            lines.len()
        ));
    }
    let width = lines[d.line - 1].trim_end_matches('\r').chars().count();
    if d.column > width + 1 {
        return Err(format!(
            "column {} is past the end of line {} ({width} characters)",
            d.column, d.line
        ));
    }
    if d.message.trim().is_empty() || d.hint.trim().is_empty() {
        return Err("says nothing about what is wrong or how to fix it".into());
    }
    Ok(())
}
