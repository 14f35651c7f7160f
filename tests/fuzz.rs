//! A seeded mutation fuzzer over front matter and Markdown: the real sample stories, bent in
//! the ways hands and editors bend files (bytes lost or doubled, lines swapped, stray YAML and
//! Markdown punctuation, tabs, a BOM, CRLF, odd Unicode, control characters, very long lines,
//! deep nesting, a file cut short). Whatever comes in, `check` must not panic and every error
//! it reports must send the storyteller to a line that exists in a file that exists; a file
//! `check` accepts must build without panicking.
//!
//! `STORYPRESS_FUZZ_SEED` and `STORYPRESS_FUZZ_CASES` change the run; a failure prints the
//! seed and case number and leaves the mutated file under `target/fuzz-failures/`.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use storypress::builder::{self, BuildError, BuildOptions};
use storypress::check;
use storypress::consent::Audience;
use storypress::date::Date;

const DEFAULT_SEED: u64 = 0x5eed_2026_0613;
const DEFAULT_CASES: usize = 600;

/// xorshift64*: tiny, seedable and the same on every machine, so a seed reproduces a case.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A real file to start from, and the storybook it belongs to.
struct Seed {
    book: PathBuf,
    rel: PathBuf,
    bytes: Vec<u8>,
}

fn seeds() -> Vec<Seed> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for book in [repo.join("stories"), repo.join("tests/fixtures/full")] {
        for e in walkdir::WalkDir::new(&book).sort_by_file_name() {
            let e = e.unwrap();
            let p = e.path();
            let is_text = p.extension().is_some_and(|x| x == "md" || x == "yaml");
            if e.file_type().is_file() && is_text {
                out.push(Seed {
                    rel: p.strip_prefix(&book).unwrap().to_path_buf(),
                    bytes: std::fs::read(p).unwrap(),
                    book: book.clone(),
                });
            }
        }
    }
    assert!(
        out.len() > 10,
        "the sample stories should be there to start from"
    );
    out
}

const METACHARS: &[&str] = &[
    ":", "-", "[", "]", "{", "}", "\"", "'", "#", "&", "*", "!", "|", ">", "%", "@", "\t", "`",
    ": ", "- ", "? ", "&a ", "*a", "!!str ", "|-\n", ">+\n", "---\n", "...\n", "\\", "<", "](",
    "[^1]", "<!--", "```\n", "~~~", "\n    ", "\n\t- ",
];

const UNICODE: &[&str] = &[
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\u{2028}",
    "\u{85}",
    "é",
    "e\u{301}",
    "🌱",
    "ﬁ",
    "\u{fffd}",
    "日本語",
    "ע",
    "\u{10ffff}",
];

const CONTROLS: &[u8] = &[0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x7f, b'\r'];

/// One random change, at a place biased towards the front matter (the first lines).
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let at = if rng.below(2) == 0 {
        rng.below(bytes.len().min(400) + 1)
    } else {
        rng.below(bytes.len() + 1)
    };
    match rng.below(14) {
        0 => {
            let n = 1 + rng.below(8).min(bytes.len().saturating_sub(at));
            bytes.drain(at..(at + n).min(bytes.len()));
            format!("delete {n} bytes at {at}")
        }
        1 => {
            let b = rng.next() as u8;
            bytes.insert(at, b);
            format!("insert byte {b:#04x} at {at}")
        }
        2 => {
            let m = *rng.pick(METACHARS);
            splice(bytes, at, m.as_bytes());
            format!("insert {m:?} at {at}")
        }
        3 => {
            let u = *rng.pick(UNICODE);
            splice(bytes, at, u.as_bytes());
            format!("insert {u:?} at {at}")
        }
        4 => {
            let c = *rng.pick(CONTROLS);
            bytes.insert(at, c);
            format!("insert control {c:#04x} at {at}")
        }
        5 => {
            bytes.truncate(at);
            format!("truncate at {at}")
        }
        6 => {
            bytes.splice(0..0, "\u{feff}".bytes());
            "BOM".into()
        }
        7 => {
            *bytes = String::from_utf8_lossy(bytes)
                .replace('\n', "\r\n")
                .into_bytes();
            "CRLF".into()
        }
        8 => {
            let n = 1_000 + rng.below(60_000);
            let c = *rng.pick(&["a", "- ", "[", "*", "é", "\"", ">", "{"]);
            splice(bytes, at, c.repeat(n / c.len()).as_bytes());
            format!("long run of {c:?} ({n} bytes) at {at}")
        }
        9 => {
            let depth = 50 + rng.below(3_000);
            let (open, close) =
                *rng.pick(&[("[", "]"), ("{", "}"), ("> ", ""), ("  - ", ""), ("*", "*")]);
            let nested = format!("{}x{}\n", open.repeat(depth), close.repeat(depth));
            splice(bytes, at, nested.as_bytes());
            format!("nesting {open:?} x{depth} at {at}")
        }
        10..=13 => line_mutation(rng, bytes),
        _ => unreachable!(),
    }
}

fn line_mutation(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let mut lines: Vec<Vec<u8>> = bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    let n = lines.len();
    let (i, j) = (rng.below(n.min(25)), rng.below(n));
    let what = match rng.below(4) {
        0 => {
            lines.remove(i);
            format!("delete line {}", i + 1)
        }
        1 => {
            let copy = lines[i].clone();
            lines.insert(j, copy);
            format!("copy line {} to {}", i + 1, j + 1)
        }
        2 => {
            lines.swap(i, j);
            format!("swap lines {} and {}", i + 1, j + 1)
        }
        _ => {
            let indent = *rng.pick(&["\t", "  ", " ", "    "]);
            splice(&mut lines[i], 0, indent.as_bytes());
            format!("indent line {} with {indent:?}", i + 1)
        }
    };
    *bytes = lines.join(&b'\n');
    what
}

fn splice(bytes: &mut Vec<u8>, at: usize, with: &[u8]) {
    let at = at.min(bytes.len());
    bytes.splice(at..at, with.iter().copied());
}

/// A storybook holding the seed's `storybook.yaml`, the seed file and the pictures beside it.
fn storybook_for(seed: &Seed, mutated: &[u8], dir: &Path) -> PathBuf {
    let root = dir.join("stories");
    let config = seed.book.join("storybook.yaml");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::copy(&config, root.join("storybook.yaml")).unwrap();
    let target = root.join(&seed.rel);
    let from_dir = seed.book.join(seed.rel.parent().unwrap());
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    for e in std::fs::read_dir(&from_dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() && p.extension().is_some_and(|x| x != "md" && x != "yaml") {
            std::fs::copy(&p, target.parent().unwrap().join(p.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(&target, mutated).unwrap();
    root
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().trim_start_matches("0x").parse().ok())
        .unwrap_or(default)
}

/// What went wrong with one case, if anything.
fn run_case(root: &Path, out: &Path, cache: &Path) -> Result<bool, String> {
    let today = Date::parse("2026-06-01").unwrap();
    let checked = catch_unwind(AssertUnwindSafe(|| {
        check::check(root, Audience::Public, today)
    }))
    .map_err(|p| format!("check panicked: {}", panic_text(&p)))?;
    let mut problems = Vec::new();
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        if let Err(why) = common::located(root, d) {
            problems.push(format!("{why}: {d}"));
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    if checked.diagnostics.has_errors() {
        return Ok(false);
    }
    let mut opts = BuildOptions::new(
        root.to_path_buf(),
        out.to_path_buf(),
        Audience::Public,
        today,
    );
    opts.cache_dir = cache.to_path_buf();
    match catch_unwind(AssertUnwindSafe(|| builder::build(&opts))) {
        Err(p) => Err(format!("build panicked: {}", panic_text(&p))),
        Ok(Err(BuildError::Content(d))) => Err(format!("check passed but build refused:\n{d}")),
        Ok(_) => Ok(true),
    }
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".into())
}

#[test]
fn mutated_stories_never_panic_and_every_error_is_located() {
    let seed: u64 = env_or("STORYPRESS_FUZZ_SEED", DEFAULT_SEED);
    let cases: usize = env_or("STORYPRESS_FUZZ_CASES", DEFAULT_CASES);
    eprintln!("fuzz: seed {seed} ({cases} cases); rerun with STORYPRESS_FUZZ_SEED={seed}");
    let sources = seeds();
    let work = tempfile::tempdir().unwrap();
    let cache = work.path().join("cache");
    let failures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    let mut rng = Rng::new(seed);
    let (mut failures, mut built, mut refused) = (Vec::new(), 0, 0);
    for case in 0..cases {
        let source = rng.pick(&sources);
        let mut bytes = source.bytes.clone();
        let steps: Vec<String> = (0..1 + rng.below(4))
            .map(|_| mutate(&mut rng, &mut bytes))
            .collect();
        let dir = work.path().join(format!("case-{case}"));
        let root = storybook_for(source, &bytes, &dir);
        match run_case(&root, &dir.join("site"), &cache) {
            Ok(true) => built += 1,
            Ok(false) => refused += 1,
            Err(why) => {
                std::fs::create_dir_all(&failures_dir).unwrap();
                let name = format!(
                    "seed-{seed}-case-{case}-{}",
                    source.rel.display().to_string().replace('/', "_")
                );
                std::fs::write(failures_dir.join(&name), &bytes).unwrap();
                failures.push(format!(
                    "case {case} ({}; {}), kept as target/fuzz-failures/{name}:\n{why}",
                    source.rel.display(),
                    steps.join(", ")
                ));
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
    eprintln!(
        "fuzz: {cases} cases, {built} built, {refused} refused with located errors, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "seed {seed}: {} of {cases} cases failed\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
