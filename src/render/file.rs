//! The output as files in memory, and JSON made safe to inline in a page.

/// Where finished files go as they are made: the staging folder in a build (written at once,
/// so the site is never all in memory), a map in `serve`. Many threads put at once.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile);
}

/// Files collected in memory, in no particular order.
impl Sink for std::sync::Mutex<Vec<OutputFile>> {
    fn put(&self, file: OutputFile) {
        self.lock().expect("lock").push(file);
    }
}

/// One file of the output, by its site-relative path (`features/networks/index.html`).
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Copy this file instead of writing `bytes`: processed images stay in the cache, not in
    /// memory.
    pub copy_from: Option<std::path::PathBuf>,
}

impl OutputFile {
    /// A file made in memory. JSON files are made safe to inline here, whichever part of
    /// the build wrote them (see [`inline_safe_json`]).
    pub fn new(path: impl Into<String>, bytes: Vec<u8>) -> OutputFile {
        let path = path.into();
        let mut bytes = if path.ends_with(".json") {
            inline_safe_json(bytes)
        } else {
            bytes
        };
        // `serve` holds every file: a rendered page's buffer grew by doubling, and its spare
        // capacity (a quarter of the output on average) would be held too.
        bytes.shrink_to_fit();
        OutputFile {
            path,
            bytes,
            copy_from: None,
        }
    }

    pub fn copy(path: impl Into<String>, from: std::path::PathBuf) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: Vec::new(),
            copy_from: Some(from),
        }
    }
}

/// JSON with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026` (and the two line
/// separators JavaScript once refused), so no story text in it can close a `<script>` or
/// open a comment wherever the data is embedded or sniffed as HTML. Outside strings JSON has
/// none of these characters, so the bytes can be rewritten without parsing.
pub fn inline_safe_json(bytes: Vec<u8>) -> Vec<u8> {
    const RISKY: [&[u8]; 5] = [
        b"<",
        b">",
        b"&",
        "\u{2028}".as_bytes(),
        "\u{2029}".as_bytes(),
    ];
    if !bytes.iter().any(|b| matches!(b, b'<' | b'>' | b'&' | 0xE2)) {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut i = 0;
    while i < bytes.len() {
        match RISKY.iter().position(|r| bytes[i..].starts_with(r)) {
            Some(k) => {
                let code = ["003c", "003e", "0026", "2028", "2029"][k];
                out.extend_from_slice(b"\\u");
                out.extend_from_slice(code.as_bytes());
                i += RISKY[k].len();
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}
