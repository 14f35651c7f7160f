//! The image pipeline: every published image is decoded, turned upright, resized and
//! re-encoded, so nothing of the original file (EXIF, GPS, camera serials, XMP) can reach the
//! site. Only pixels are written.
//!
//! Results are cached by a hash of the source bytes and of the operation, so a rebuild with
//! unchanged images does no image work, and a changed file can never be served from a stale
//! entry (its bytes hash differently).

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{Cursor, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use thiserror::Error;

/// Widths made for every image, never more than the original's.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
const WEBP_QUALITY: f32 = 78.0;
const JPEG_QUALITY: u8 = 82;
/// Bump when the output for the same input changes, so old cache entries are not reused.
const PIPELINE_VERSION: &str = "storypress-images-1";

/// Refuse anything larger than a very large photo: a tiny file that claims to be enormous is a
/// decompression bomb.
pub const MAX_DIMENSION: u32 = 12_000;
const MAX_ALLOC: u64 = 512 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum ImageError {
    #[error("could not read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Decode(String),
}

fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_DIMENSION);
    l.max_image_height = Some(MAX_DIMENSION);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

/// Read only an image's header: cheap enough for `check` to run on every image.
pub fn probe(path: &Path) -> Result<(u32, u32), String> {
    let reader = ImageReader::open(path)
        .and_then(|r| r.with_guessed_format())
        .map_err(|e| format!("could not be read: {e}"))?;
    if reader.format().is_none() {
        return Err("is not a JPEG, PNG or WebP image".into());
    }
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| format!("could not be read as an image: {e}"))?;
    if w > MAX_DIMENSION || h > MAX_DIMENSION {
        return Err(format!("is {w}×{h} pixels, larger than the {MAX_DIMENSION}-pixel limit (it may be a decompression bomb)"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("could not be read: {e}"))?;
    if cut_short(&bytes) {
        return Err(CUT_SHORT.into());
    }
    Ok((w, h))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Webp,
    Jpeg,
    Png,
}

impl Format {
    pub fn ext(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// One encoded size of an image.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// File name within the cache entry and in the output folder.
    pub file: String,
}

/// Everything made from one source image.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Processed {
    pub variants: Vec<Variant>,
    /// The cache entry holding the variants' files.
    #[serde(skip)]
    pub dir: PathBuf,
}

impl Processed {
    pub fn fallback_format(&self) -> Format {
        self.variants
            .iter()
            .map(|v| v.format)
            .find(|f| *f != Format::Webp)
            .unwrap_or(Format::Jpeg)
    }

    pub fn largest(&self, format: Format) -> Option<&Variant> {
        self.variants
            .iter()
            .filter(|v| v.format == format)
            .max_by_key(|v| v.width)
    }

    pub fn of(&self, format: Format) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.format == format)
    }
}

/// Counts what the pipeline did, so a cached rebuild can be shown to decode nothing.
#[derive(Debug, Default)]
pub struct Stats {
    pub decoded: AtomicUsize,
    pub cached: AtomicUsize,
}

/// A content-addressed store of processed images.
pub struct Cache {
    root: PathBuf,
}

impl Cache {
    pub fn new(root: impl Into<PathBuf>) -> Cache {
        Cache { root: root.into() }
    }

    /// Where entries are kept: recordings are cached here too, so one prune tidies both.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Process (or fetch) one image from its bytes.
    pub fn get(&self, bytes: &[u8], stats: &Stats) -> Result<Processed, ImageError> {
        let mut hasher = blake3::Hasher::new();
        hasher.update(PIPELINE_VERSION.as_bytes());
        hasher.update(format!("{WIDTHS:?}/{WEBP_QUALITY}/{JPEG_QUALITY}").as_bytes());
        hasher.update(bytes);
        let key = hasher.finalize().to_hex();
        let dir = self.root.join(&key[..32]);
        if let Some(p) = read_entry(&dir) {
            stats.cached.fetch_add(1, Ordering::Relaxed);
            return Ok(p);
        }
        stats.decoded.fetch_add(1, Ordering::Relaxed);
        let (variants, files) = encode_all(bytes)?;
        write_entry(&self.root, &dir, &variants, &files).map_err(|source| ImageError::Read {
            path: dir.clone(),
            source,
        })?;
        Ok(Processed { variants, dir })
    }

    /// Forget the processed images no output folder uses any more (as Zola forgets its unused
    /// processed images), so the photo of a story that has been withdrawn does not outlive the
    /// build that leaves the story out.
    ///
    /// Each output folder records the entries it uses in `.used-by/`, its record replaced by
    /// each build into it; a record whose folder is gone is dropped. An entry in no record goes,
    /// unless it is younger than [`PRUNE_GRACE`]: a build running at the same time may have
    /// just made it, and not yet linked it into its site. Returns how many entries went.
    pub fn prune<'p>(
        &self,
        out: &Path,
        used: impl IntoIterator<Item = &'p Path>,
    ) -> std::io::Result<usize> {
        let records = self.root.join(".used-by");
        std::fs::create_dir_all(&records)?;
        let out = std::path::absolute(out)?;
        let id = blake3::hash(out.as_os_str().as_encoded_bytes()).to_hex();
        let mine: std::collections::BTreeSet<String> = used
            .into_iter()
            .filter(|p| p.parent().and_then(Path::parent) == Some(self.root.as_path()))
            .filter_map(|p| Some(p.parent()?.file_name()?.to_str()?.to_string()))
            .collect();
        let mut record = format!("{}\n", out.display());
        for key in &mine {
            record.push_str(key);
            record.push('\n');
        }
        let tmp = records.join(format!(".{}", &id[..16]));
        std::fs::write(&tmp, record)?;
        std::fs::rename(&tmp, records.join(&id[..16]))?;

        let mut keep = mine;
        for entry in std::fs::read_dir(&records)? {
            let path = entry?.path();
            // `.name`: a record another build is still writing.
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let mut lines = text.lines();
            match lines.next() {
                Some(folder) if Path::new(folder).is_dir() => {
                    keep.extend(lines.map(str::to_string));
                }
                _ => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        let now = std::time::SystemTime::now();
        let mut gone = 0;
        for entry in std::fs::read_dir(&self.root)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') || keep.contains(name) || !entry.file_type()?.is_dir() {
                continue;
            }
            let age = entry
                .metadata()?
                .modified()
                .ok()
                .and_then(|m| now.duration_since(m).ok());
            if age.is_some_and(|a| a >= PRUNE_GRACE) {
                std::fs::remove_dir_all(entry.path())?;
                gone += 1;
            }
        }
        Ok(gone)
    }
}

/// Cache entries younger than this are never pruned (see [`Cache::prune`]).
pub const PRUNE_GRACE: std::time::Duration = std::time::Duration::from_secs(600);

fn read_entry(dir: &Path) -> Option<Processed> {
    let meta = std::fs::read(dir.join("meta.json")).ok()?;
    let mut p: Processed = serde_json::from_slice(&meta).ok()?;
    if !p.variants.iter().all(|v| dir.join(&v.file).is_file()) {
        return None;
    }
    p.dir = dir.to_path_buf();
    Some(p)
}

/// Written to a temporary folder and renamed into place, so a half-written entry is never read.
fn write_entry(
    root: &Path,
    dir: &Path,
    variants: &[Variant],
    files: &[Vec<u8>],
) -> std::io::Result<()> {
    std::fs::create_dir_all(root)?;
    // Processed photos of stories that may since be withdrawn: never for git to pick up,
    // wherever the cache ends up.
    let ignore = root.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(ignore, "*\n")?;
    }
    let tmp = tempfile::Builder::new()
        .prefix(".entry-")
        .tempdir_in(root)?;
    for (v, bytes) in variants.iter().zip(files) {
        std::fs::write(tmp.path().join(&v.file), bytes)?;
    }
    let meta = serde_json::to_vec(&Processed {
        variants: variants.to_vec(),
        dir: PathBuf::new(),
    })
    .map_err(std::io::Error::other)?;
    std::fs::write(tmp.path().join("meta.json"), meta)?;
    match std::fs::rename(tmp.path(), dir) {
        Ok(()) => {
            let _ = tmp.keep();
            Ok(())
        }
        // Another build stored the same entry first: theirs is identical.
        Err(_) if dir.join("meta.json").is_file() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Decode once, then make every width in WebP and in a fallback format.
fn encode_all(bytes: &[u8]) -> Result<(Vec<Variant>, Vec<Vec<u8>>), ImageError> {
    let img = decode(bytes)?;
    let fallback = if img.color().has_alpha() {
        Format::Png
    } else {
        Format::Jpeg
    };
    let (w0, h0) = (img.width(), img.height());
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < w0).collect();
    if w0 <= *WIDTHS.last().expect("widths") {
        widths.push(w0);
    }
    let mut variants = Vec::new();
    let mut files = Vec::new();
    for w in widths {
        let h = ((u64::from(h0) * u64::from(w) + u64::from(w0) / 2) / u64::from(w0)).max(1) as u32;
        let sized = if w == w0 {
            img.clone()
        } else {
            img.resize_exact(w, h, image::imageops::FilterType::Lanczos3)
        };
        for format in [Format::Webp, fallback] {
            let data = encode(&sized, format)?;
            variants.push(Variant {
                width: w,
                height: h,
                format,
                file: format!("{w}.{}", format.ext()),
            });
            files.push(data);
        }
    }
    Ok((variants, files))
}

/// A JPEG whose last scan never reaches its end marker: the copy was cut short, and the
/// decoder would quietly fill the missing part with grey. In a JPEG's compressed data `FF` is
/// always followed by `00` or a restart marker, so `FF D9` (end of image) and `FF DA` (start
/// of scan) appear only as markers; an embedded thumbnail's own markers come before the main
/// image's scans. PNG and WebP decoders already refuse a short file.
fn cut_short(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let last = |marker: u8| bytes.windows(2).rposition(|w| w == [0xFF, marker]);
    match (last(0xDA), last(0xD9)) {
        (Some(scan), Some(end)) => end < scan,
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

const CUT_SHORT: &str = "ends before the picture does (the file was cut short, perhaps while copying), so part of it would show as a grey band";

fn decode(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    if cut_short(bytes) {
        return Err(ImageError::Decode(format!("it {CUT_SHORT}")));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| ImageError::Decode(e.to_string()))?;
    reader.limits(limits());
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| ImageError::Decode(plain(&e)))?;
    let orientation = decoder
        .orientation()
        .map_err(|e| ImageError::Decode(plain(&e)))?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| ImageError::Decode(plain(&e)))?;
    img.apply_orientation(orientation);
    Ok(img)
}

fn plain(e: &image::ImageError) -> String {
    match e {
        image::ImageError::Limits(_) => {
            format!("it is too large to process safely ({e}); it may be a decompression bomb")
        }
        image::ImageError::Unsupported(_) => format!("it is not a JPEG, PNG or WebP image ({e})"),
        _ => format!("it could not be read as an image ({e})"),
    }
}

/// Encoders are given pixels only: no metadata is ever passed on.
fn encode(img: &DynamicImage, format: Format) -> Result<Vec<u8>, ImageError> {
    let err = |e: image::ImageError| ImageError::Decode(e.to_string());
    let mut out = Vec::new();
    match format {
        Format::Webp => {
            let data = if img.color().has_alpha() {
                let rgba = img.to_rgba8();
                webp::Encoder::from_rgba(&rgba, rgba.width(), rgba.height())
                    .encode(WEBP_QUALITY)
                    .to_vec()
            } else {
                let rgb = img.to_rgb8();
                webp::Encoder::from_rgb(&rgb, rgb.width(), rgb.height())
                    .encode(WEBP_QUALITY)
                    .to_vec()
            };
            out = data;
        }
        Format::Jpeg => {
            let rgb = img.to_rgb8();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
                .encode_image(&rgb)
                .map_err(err)?;
        }
        Format::Png => {
            img.to_rgba8()
                .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
                .map_err(err)?;
        }
    }
    Ok(out)
}

/// Re-encode an image at its own size and format, keeping only its pixels: for the theme's
/// and the storybook's static images (a logo), which are shown as they are but must not carry
/// metadata either. Formats this pipeline does not read (SVG, icons) are returned unchanged.
pub fn strip(bytes: &[u8], ext: &str) -> Result<Vec<u8>, ImageError> {
    let format = match ext.to_ascii_lowercase().as_str() {
        "jpg" | "jpeg" => Format::Jpeg,
        "png" => Format::Png,
        "webp" => Format::Webp,
        _ => return Ok(bytes.to_vec()),
    };
    let img = decode(bytes)?;
    encode(&img, format)
}

/// Process many images side by side, with a progress bar when there are many and a person is
/// watching. Results come back in the order given.
pub fn process_all(
    sources: &[PathBuf],
    cache: &Cache,
    stats: &Stats,
) -> Vec<Result<Processed, ImageError>> {
    let bar = (sources.len() >= 20 && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(sources.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("images {bar:30} {pos}/{len}").expect("valid template"),
        );
        bar
    });
    let results = sources
        .par_iter()
        .map(|path| {
            let r = std::fs::read(path)
                .map_err(|source| ImageError::Read {
                    path: path.clone(),
                    source,
                })
                .and_then(|bytes| cache.get(&bytes, stats));
            if let Some(b) = &bar {
                b.inc(1);
            }
            r
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        }));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn static_images_keep_their_size_and_lose_their_metadata() {
        let out = strip(&png(40, 30), "png").unwrap();
        let back = image::load_from_memory(&out).unwrap();
        assert_eq!((back.width(), back.height()), (40, 30));
        assert_eq!(strip(b"<svg/>", "svg").unwrap(), b"<svg/>");
    }

    #[test]
    fn widths_never_upscale() {
        let (v, _) = encode_all(&png(1000, 500)).unwrap();
        let widths: Vec<u32> = v
            .iter()
            .filter(|v| v.format == Format::Webp)
            .map(|v| v.width)
            .collect();
        assert_eq!(widths, vec![480, 960, 1000]);
        assert_eq!(v.iter().find(|v| v.width == 480).unwrap().height, 240);
        let (v, _) = encode_all(&png(300, 200)).unwrap();
        assert_eq!(
            v.iter().map(|v| v.width).collect::<Vec<_>>(),
            vec![300, 300]
        );
        let (v, _) = encode_all(&png(4000, 100)).unwrap();
        assert_eq!(
            v.iter()
                .filter(|v| v.format == Format::Jpeg)
                .map(|v| v.width)
                .collect::<Vec<_>>(),
            vec![480, 960, 1600]
        );
    }

    #[test]
    fn cache_hits_skip_decoding_and_changed_bytes_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let stats = Stats::default();
        let a = png(64, 64);
        cache.get(&a, &stats).unwrap();
        cache.get(&a, &stats).unwrap();
        assert_eq!(stats.decoded.load(Ordering::Relaxed), 1);
        assert_eq!(stats.cached.load(Ordering::Relaxed), 1);
        cache.get(&png(65, 64), &stats).unwrap();
        assert_eq!(stats.decoded.load(Ordering::Relaxed), 2);
    }

    /// PNG's CRC-32, so the forged header below is one a real attacker would send.
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn bombs_are_refused_by_their_header() {
        // A valid PNG header claiming 100,000 × 100,000 pixels.
        let mut bytes = png(1, 1);
        bytes[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let crc = crc32(&bytes[12..29]); // the IHDR chunk's type and data
        bytes[29..33].copy_from_slice(&crc.to_be_bytes());
        let err = decode(&bytes).unwrap_err().to_string();
        assert!(err.contains("decompression bomb"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bomb.png");
        std::fs::write(&p, &bytes).unwrap();
        assert!(probe(&p).unwrap_err().contains("decompression bomb"));
    }
}
