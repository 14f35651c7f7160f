//! A build killed or failing at any step of putting the new site in place: `site/` is always
//! a complete old or new site, and once the next build ends nothing of a withdrawn story is
//! left anywhere beside it.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The story withdrawn between the two builds: its slug and its words.
const X_SLUG: &str = "zqx-withdrawn";
const X_WORDS: &str = "Quarrelwick";

type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

/// A storybook whose story X is published, built once (`site/` holds it), and the two sites
/// a rebuild may leave: the old one and a clean build of the new one (X withdrawn).
struct Scene {
    book: Book,
    old: Snapshot,
    new: Snapshot,
}

fn consent(status: &str) -> String {
    GIVEN.replace("given", status)
}

fn write_x(book: &Book, status: &str) {
    let extra = format!("themes: [zqxtheme]\n{}", consent(status));
    let words = format!("{X_WORDS} lantern on the pier. {X_WORDS} again.");
    book.story(X_SLUG, &extra, &words);
}

/// `stories` ordinary stories besides X; `builds` builds with X published before the scene
/// starts (two or more leave a spare tree beside the site).
fn scene(stories: usize, builds: usize) -> Scene {
    let book = Book::new();
    for i in 0..stories {
        let body = format!(
            "Story number {i}. {}",
            "Words of an ordinary story. ".repeat(40)
        );
        book.story(
            &format!("s{i}"),
            &format!("themes: [t{}]\n{GIVEN}", i % 7),
            &body,
        );
    }
    write_x(&book, "given");
    for _ in 0..builds {
        assert_eq!(book.build(&[]).0, 0);
    }
    let old = snapshot(&book.path("site"));
    assert!(!files_mentioning(&book.path("site"), X_WORDS).is_empty());
    write_x(&book, "withdrawn");
    let reference = tempfile::tempdir().unwrap();
    let fresh = reference.path().join("site");
    let out = book
        .storypress()
        .args(["build", "stories", "--out"])
        .arg(&fresh)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new = snapshot(&fresh);
    Scene { book, old, new }
}

fn build_failing_at(book: &Book, plan: &str) -> Output {
    book.storypress()
        .env("STORYPRESS_FAIL_AT", plan)
        .arg("build")
        .output()
        .unwrap()
}

fn killed(out: &Output) -> bool {
    use std::os::unix::process::ExitStatusExt;
    out.status.signal() == Some(9)
}

impl Scene {
    /// What is wrong with `site/` right after an interrupted or failed build, if anything.
    fn site_problem(&self) -> Option<String> {
        let site = self.book.path("site");
        let now = if site.exists() {
            snapshot(&site)
        } else {
            Snapshot::new()
        };
        if now == self.old || now == self.new {
            return None;
        }
        let (old, new) = (self.old.len(), self.new.len());
        Some(format!(
            "site/ is neither the old site ({old} files) nor the new ({new}): {} files",
            now.len()
        ))
    }

    /// What is wrong beside `site/` after the build that follows an interrupted one.
    fn leftover_problem(&self) -> Option<String> {
        let (code, err) = self.book.build(&[]);
        if code != 0 {
            return Some(format!("the next build failed: {err}"));
        }
        if snapshot(&self.book.path("site")) != self.new {
            return Some("the next build did not give the new site".into());
        }
        let traces = traces_of_x(self.book.dir.path());
        if !traces.is_empty() {
            return Some(format!("the withdrawn story is still in {traces:?}"));
        }
        let staging: Vec<_> = entries(self.book.dir.path())
            .into_iter()
            .filter(|n| n.starts_with(".site.new-") || n.starts_with(".site.old-"))
            .collect();
        (!staging.is_empty()).then(|| format!("staging folders left: {staging:?}"))
    }
}

fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Every path under `dir` (the storybook itself left out) whose name or content holds X's
/// slug or words.
fn traces_of_x(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.path() != dir.join("stories"))
        .map(Result::unwrap)
        .filter(|e| {
            let name = e.path().to_string_lossy().to_lowercase();
            let text = match e.file_type().is_file() {
                true => String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).to_lowercase(),
                false => String::new(),
            };
            [X_SLUG, X_WORDS, "zqxtheme"].iter().any(|w| {
                let w = w.to_lowercase();
                name.contains(&w) || text.contains(&w)
            })
        })
        .map(|e| e.into_path())
        .collect()
}

/// A trace of X beside the site that git would pick up: one with no `.gitignore` of `*`
/// in a folder between it and the parent of `site/`.
fn unignored_traces(dir: &Path) -> Vec<PathBuf> {
    traces_of_x(dir)
        .into_iter()
        .filter(|p| !p.starts_with(dir.join("site")))
        .filter(|p| {
            !p.ancestors()
                .take_while(|a| *a != dir)
                .any(|a| std::fs::read_to_string(a.join(".gitignore")).is_ok_and(|g| g == "*\n"))
        })
        .collect()
}

/// Each step of the swap, killed just before it runs. `exchange:error` makes the file system
/// refuse the atomic exchange, so the two-rename fallback runs instead.
const KILL_PLANS: &[&str] = &[
    "mark-ready",
    "swap",
    "exchange",
    "unready",
    "scrub",
    "truncate",
    "mark-scrubbed",
    "exchange:error,aside",
    "exchange:error,reuse",
    "exchange:error,unready",
    "exchange:error,truncate",
];

#[test]
fn a_kill_at_any_step_of_the_swap_leaves_a_whole_site_and_nothing_after_the_next_build() {
    let mut problems = Vec::new();
    for plan in KILL_PLANS {
        let scene = scene(4, 2);
        let out = build_failing_at(&scene.book, plan);
        assert!(
            killed(&out),
            "{plan}: the build was not killed at that step"
        );
        let dir = scene.book.dir.path();
        let unignored = unignored_traces(dir);
        if !unignored.is_empty() {
            problems.push(format!("{plan}: git would see {unignored:?}"));
        }
        problems.extend(scene.site_problem().map(|p| format!("{plan}: {p}")));
        problems.extend(scene.leftover_problem().map(|p| format!("{plan}: {p}")));
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_kill_while_placing_the_very_first_site_is_finished_by_the_next_build() {
    let book = Book::new();
    book.story("first", GIVEN, "First story.");
    let out = build_failing_at(&book, "place-first");
    assert!(killed(&out));
    assert!(
        !book.path("site").exists(),
        "killed before the site was put in place"
    );
    // The next build fails on a content error, yet puts in place the site the killed one
    // had finished, rather than leaving none.
    book.story("broken", "features: [nope]\n", "Broken.");
    assert_eq!(book.build(&[]).0, 1);
    assert!(read(&book.path("site/lived-experience/first/index.html")).contains("First story."));
    assert!(!book.path(".site.spare").exists(), "nothing kept beside it");
}

/// Without the atomic exchange there is one instant with no `site/`: between moving the old
/// site aside and putting the new one in. The next build, even one that fails, puts back
/// the complete site the killed build had made.
#[test]
fn a_kill_between_the_fallback_renames_is_finished_by_the_next_build() {
    let scene = scene(4, 2);
    let out = build_failing_at(&scene.book, "exchange:error,place");
    assert!(killed(&out));
    assert_eq!(
        unignored_traces(scene.book.dir.path()),
        Vec::<PathBuf>::new()
    );
    scene.book.story("broken", "features: [nope]\n", "Broken.");
    assert_eq!(scene.book.build(&[]).0, 1);
    assert_eq!(snapshot(&scene.book.path("site")), scene.new);
    std::fs::remove_file(scene.book.path("stories/lived-experience/broken.md")).unwrap();
    assert_eq!(scene.leftover_problem(), None);
}

#[test]
fn a_failed_swap_keeps_the_old_site_and_no_full_spare() {
    let scene = scene(4, 2);
    let out = build_failing_at(&scene.book, "swap:error");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(snapshot(&scene.book.path("site")), scene.old);
    assert_spare_is_empty(&scene.book);
    assert_eq!(scene.leftover_problem(), None);
}

#[test]
fn a_spare_that_cannot_be_emptied_is_removed_or_left_to_the_next_build() {
    for plan in ["scrub:error", "scrub:error,discard:error"] {
        let scene = scene(4, 2);
        let out = build_failing_at(&scene.book, plan);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{plan}: the site itself was built"
        );
        assert_eq!(snapshot(&scene.book.path("site")), scene.new, "{plan}");
        let dir = scene.book.dir.path();
        assert_eq!(unignored_traces(dir), Vec::<PathBuf>::new(), "{plan}");
        if plan == "scrub:error" {
            // Not emptied, so not kept at all.
            assert!(!scene.book.path(".site.spare").exists(), "{plan}");
            assert_eq!(traces_of_x(dir), Vec::<PathBuf>::new(), "{plan}");
        }
        assert_eq!(scene.leftover_problem(), None, "{plan}");
    }
}

fn assert_spare_is_empty(book: &Book) {
    let spare = book.path(".site.spare");
    assert_eq!(read(&spare.join(".gitignore")), "*\n");
    for (path, bytes) in snapshot(&spare) {
        let name = path.to_string_lossy();
        if path.starts_with("tree") && !name.ends_with(".storypress-audience") {
            assert!(bytes.is_empty(), "{name} in the spare is not empty");
        }
    }
    assert_eq!(traces_of_x(&spare), Vec::<PathBuf>::new());
}

/// Makes a folder's entries unchangeable, even by root (`chattr +i`), or by anyone else
/// (`chmod 555`), until dropped.
struct Frozen(PathBuf, bool);

impl Frozen {
    fn new(dir: &Path) -> Option<Frozen> {
        let chattr = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        if !chattr {
            use std::os::unix::fs::PermissionsExt;
            let perms = std::fs::Permissions::from_mode(0o555);
            std::fs::set_permissions(dir, perms).unwrap();
        }
        let frozen = Frozen(dir.to_path_buf(), chattr);
        let probe = dir.join("probe");
        std::fs::write(&probe, "").is_err().then_some(frozen)
    }
}

impl Drop for Frozen {
    fn drop(&mut self) {
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.0)
                .status();
        }
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn a_read_only_parent_fails_the_build_without_leaving_a_full_spare() {
    let scene = scene(4, 2);
    let Some(frozen) = Frozen::new(scene.book.dir.path()) else {
        eprintln!("skipped: neither chattr +i nor chmod stops writes here (root without chattr)");
        return;
    };
    let (code, err) = scene.book.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("site"), "{err}");
    assert_eq!(snapshot(&scene.book.path("site")), scene.old);
    assert_spare_is_empty(&scene.book);
    drop(frozen);
    assert_eq!(scene.leftover_problem(), None);
}

/// xorshift64: the same delays on every run.
fn delays(seed: u64, n: usize, below_ms: u64) -> Vec<u64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % below_ms
        })
        .collect()
}

#[test]
fn random_kills_of_a_rebuild_never_leave_a_bad_state() {
    let scene = scene(150, 2);
    let bin = assert_cmd::cargo::cargo_bin("storypress");
    let rebuild = |scene: &Scene| {
        write_x(&scene.book, "given");
        assert_eq!(scene.book.build(&[]).0, 0);
        write_x(&scene.book, "withdrawn");
    };
    rebuild(&scene);
    let started = std::time::Instant::now();
    assert_eq!(scene.book.build(&[]).0, 0);
    let span = started.elapsed().as_millis() as u64 + 1;
    let mut bad = Vec::new();
    // Most of a build is reading and rendering; the kills land in its second half, where the
    // site is written and swapped.
    let plan: Vec<u64> = delays(0x5eed_cafe, 12, span / 2 + 1)
        .into_iter()
        .map(|d| span / 2 + d)
        .collect();
    for (i, delay) in plan.iter().enumerate() {
        rebuild(&scene);
        let mut child = std::process::Command::new(&bin)
            .current_dir(scene.book.dir.path())
            .arg("build")
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(*delay));
        let _ = child.kill();
        let _ = child.wait();
        let unignored = unignored_traces(scene.book.dir.path());
        let mut found: Vec<String> = scene.site_problem().into_iter().collect();
        if !unignored.is_empty() {
            found.push(format!(
                "git would see {} traces of the story",
                unignored.len()
            ));
        }
        found.extend(scene.leftover_problem());
        if !found.is_empty() {
            bad.push(format!("kill {i} after {delay} ms: {found:?}"));
        }
    }
    let n = plan.len();
    eprintln!(
        "{} of {n} kills (over a {span} ms build) left a bad state",
        bad.len()
    );
    assert!(
        bad.is_empty(),
        "{} of {n} kills left a bad state: {bad:#?}",
        bad.len()
    );
}

/// What earlier versions left when killed (`.site.old-*`, `.site.new-*`, a bare spare tree
/// still holding the whole site) goes with the next build; a folder of the same shape that
/// storypress did not make stays.
#[test]
fn leftovers_of_earlier_versions_go_but_folders_not_ours_stay() {
    let scene = scene(4, 1);
    let copy = |to: &str| {
        for (rel, bytes) in &scene.old {
            write_bytes(&scene.book, &format!("{to}/{}", rel.display()), bytes);
        }
    };
    copy(".site.old-4242");
    copy(".site.new-Ab12Cd");
    copy(".site.spare");
    scene
        .book
        .write(".site.new-mine/notes.txt", "Quarrelwick is my cat");
    assert_eq!(scene.book.build(&[]).0, 0);
    let left = entries(scene.book.dir.path());
    for gone in [".site.old-4242", ".site.new-Ab12Cd"] {
        assert!(!left.iter().any(|n| n == gone), "{gone} left in {left:?}");
    }
    assert_eq!(
        read(&scene.book.path(".site.new-mine/notes.txt")),
        "Quarrelwick is my cat"
    );
    std::fs::remove_dir_all(scene.book.path(".site.new-mine")).unwrap();
    assert_eq!(
        traces_of_x(&scene.book.path(".site.spare")),
        Vec::<PathBuf>::new()
    );
    assert_eq!(scene.leftover_problem(), None);
}
