//! Writing a site to disk so that it changes all at once.
//!
//! The site is written into a folder beside the target as it is made and swapped in with
//! one atomic exchange only when every file is on disk, so a failed build leaves the previous output
//! exactly as it was, readers of a served folder never see half a site, and a build killed
//! at any instant leaves a complete old or new site, which the next build tidies around.

use crate::consent::Audience;
use crate::render::OutputFile;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use thiserror::Error;
use walkdir::WalkDir;

/// Marks a folder as storypress output, and for which audience, so a public build can never
/// overwrite an internal one (or any other folder someone pointed `--out` at) and vice versa.
pub const MARKER: &str = ".storypress-audience";

#[derive(Debug, Error)]
pub enum OutputError {
    #[error("{path} exists and is not a storypress output folder (it has no {MARKER} file); refusing to replace it. Choose another --out, or delete that folder yourself")]
    NotOurs { path: PathBuf },
    #[error("{path} holds a {found} build; refusing to write a {wanted} build into it. Use a different --out")]
    OtherAudience {
        path: PathBuf,
        found: String,
        wanted: &'static str,
    },
    #[error("could not write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Check that `out` may be replaced by a build for `audience`.
pub fn check_target(out: &Path, audience: Audience) -> Result<(), OutputError> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(OutputError::NotOurs {
            path: out.to_path_buf(),
        });
    }
    match std::fs::read_to_string(out.join(MARKER)) {
        Ok(found) if found.trim() == audience.name() => Ok(()),
        Ok(found) => Err(OutputError::OtherAudience {
            path: out.to_path_buf(),
            found: found.trim().to_string(),
            wanted: audience.name(),
        }),
        Err(_)
            if std::fs::read_dir(out)
                .map_err(io_err(out))?
                .next()
                .is_none() =>
        {
            Ok(())
        }
        Err(_) => Err(OutputError::NotOurs {
            path: out.to_path_buf(),
        }),
    }
}

/// Make one file of the staging folder hold what it must, touching the disk only when it
/// does not already.
///
/// The staging folder is usually the spare tree of the build before last, so most files are
/// already right: comparing is far cheaper than creating thousands of new files (on a busy
/// file system, allocating inodes is most of the cost of a build). Processed images are
/// hard-linked from the immutable, content-addressed cache. A file with other links (such an
/// image) is never written through; it is replaced.
///
/// `fresh` says the staging folder was empty: nothing to compare, so no need to ask.
fn place(f: &OutputFile, staged: &Path, fresh: bool) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let existing = if fresh {
        None
    } else {
        std::fs::symlink_metadata(staged).ok()
    };
    if let Some(from) = &f.copy_from {
        if let (Some(m), Ok(src)) = (&existing, std::fs::metadata(from)) {
            if m.ino() == src.ino() && m.dev() == src.dev() {
                return Ok(());
            }
        }
        if existing.is_some() {
            std::fs::remove_file(staged)?;
        }
        return std::fs::hard_link(from, staged)
            .or_else(|_| std::fs::copy(from, staged).map(|_| ()));
    }
    match existing {
        Some(m)
            if m.is_file()
                && m.nlink() == 1
                && m.len() == f.bytes.len() as u64
                && std::fs::read(staged).is_ok_and(|old| old == f.bytes) =>
        {
            return Ok(());
        }
        // Overwritten in place: the same inode, no new allocation.
        Some(m) if m.is_file() && m.nlink() == 1 => {}
        Some(m) if m.is_dir() => std::fs::remove_dir_all(staged)?,
        Some(_) => std::fs::remove_file(staged)?,
        None => {}
    }
    std::fs::write(staged, &f.bytes)
}

/// Bring a spare tree to the new site's files and folders (`layout`), every file empty but the
/// audience marker.
///
/// The spare is the build before last: it may hold a story whose teller has just withdrawn
/// it (its words, and its slug in a folder name), or words a teller asked to take out.
/// Emptied, it still spares the next build from creating thousands of files (the slow part on
/// a busy disk), but a web server or a `git add` that reaches it finds nothing the new site
/// does not already show. Linked files (processed images, which live on in the cache) are
/// unlinked rather than emptied, as emptying would empty the cache's copy.
fn scrub(spare: &Path, layout: &Layout) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mut files = prune(spare, layout)?;
    files.retain(|f| f.file_name().is_none_or(|n| n != MARKER));
    step("truncate", || Ok(()))?;
    files.par_iter().try_for_each(|path| {
        let meta = std::fs::symlink_metadata(path)?;
        if meta.is_file() && meta.nlink() == 1 {
            if meta.len() > 0 {
                std::fs::OpenOptions::new()
                    .write(true)
                    .truncate(true)
                    .open(path)?;
            }
            Ok(())
        } else {
            std::fs::remove_file(path)
        }
    })
}

/// The paths of a site's files (the audience marker among them) and of its folders.
struct Layout {
    files: HashSet<PathBuf>,
    dirs: HashSet<PathBuf>,
}

impl Layout {
    /// The layout of a site already on disk: what recovery may keep of a tree, as `out`
    /// shows the same names anyway.
    fn of_dir(dir: &Path) -> io::Result<Layout> {
        let mut paths = HashSet::new();
        for entry in WalkDir::new(dir).min_depth(1) {
            let entry = entry.map_err(io::Error::other)?;
            if !entry.file_type().is_dir() {
                let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                paths.insert(rel.to_path_buf());
            }
        }
        Ok(Layout::from_paths(paths))
    }

    fn from_paths(mut paths: HashSet<PathBuf>) -> Layout {
        paths.insert(PathBuf::from(MARKER));
        let dirs = paths
            .iter()
            .flat_map(|f| f.ancestors().skip(1).map(Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty())
            .collect();
        Layout { files: paths, dirs }
    }
}

/// Remove from `dir` every file and folder the new site does not have; returns the files left.
fn prune(dir: &Path, layout: &Layout) -> io::Result<Vec<PathBuf>> {
    let (keep_files, keep_dirs) = (&layout.files, &layout.dirs);
    let mut stale: Vec<(PathBuf, bool)> = Vec::new();
    let mut kept = Vec::new();
    for entry in WalkDir::new(dir).min_depth(1).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_path_buf();
        let is_dir = entry.file_type().is_dir();
        let wanted = if is_dir {
            keep_dirs.contains(&rel)
        } else {
            keep_files.contains(&rel)
        };
        if !wanted {
            stale.push((entry.path().to_path_buf(), is_dir));
        } else if !is_dir {
            kept.push(entry.into_path());
        }
    }
    for (path, is_dir) in stale {
        if is_dir {
            let _ = std::fs::remove_dir(&path);
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(kept)
}

/// Write `files` as the new content of `out`, replacing what was there only on success.
pub fn write_site(out: &Path, files: &[OutputFile], audience: Audience) -> Result<(), OutputError> {
    let staging = Staging::open(out, audience)?;
    files.par_iter().for_each(|f| staging.put(f));
    staging.commit().map(|_| ())
}

/// A new site being written, file by file as the build makes them, into the spare tree kept
/// beside `out` (see [`Holder`]); [`Staging::commit`] swaps it in with one atomic exchange
/// once it is complete, and the tree it replaces becomes the next spare, emptied at once.
///
/// Until the swap, `out` is not touched at all, and at no instant is there no `out`, or a
/// full old site anywhere git or a later build would miss it. A staging dropped without
/// being committed (the build failed while rendering) is emptied, and `out` stays exactly
/// as it was. Files go to disk as they come, so a build holds one page at a time per core
/// instead of the whole site.
pub struct Staging {
    out: PathBuf,
    audience: Audience,
    holder: Holder,
    tree: PathBuf,
    /// The tree was made empty for this build: nothing in it to compare or clear away.
    fresh: bool,
    /// Folders known to exist in the tree, so each is made once.
    dirs: Mutex<HashSet<PathBuf>>,
    /// The files written so far (site-relative), and the cache files linked among them.
    written: Mutex<Written>,
    /// The first write that failed: the rest are skipped and [`Staging::commit`] reports it.
    failure: Mutex<Option<OutputError>>,
    failed: AtomicBool,
    committed: bool,
}

/// What a committed site holds.
#[derive(Debug, Default)]
pub struct Written {
    pub paths: Vec<PathBuf>,
    /// The cache files the site links to (processed images and recordings).
    pub linked: Vec<PathBuf>,
}

impl Staging {
    /// Get the spare tree ready for a new site for `audience`, after checking that `out` may
    /// be replaced by one and tidying what a killed build left.
    pub fn open(out: &Path, audience: Audience) -> Result<Staging, OutputError> {
        check_target(out, audience)?;
        recover(out)?;
        let holder = Holder::open(out)?;
        let tree = holder.tree();
        let fresh = holder.stage(audience)?;
        Ok(Staging {
            out: out.to_path_buf(),
            audience,
            holder,
            tree,
            fresh,
            dirs: Mutex::default(),
            written: Mutex::default(),
            failure: Mutex::default(),
            failed: AtomicBool::new(false),
            committed: false,
        })
    }

    /// Write one file of the new site. Safe to call from many threads at once; a failure is
    /// kept for [`Staging::commit`] rather than returned, so renderers need not know about
    /// the disk.
    pub fn put(&self, f: &OutputFile) {
        if self.failed.load(Ordering::Relaxed) {
            return;
        }
        let rel = PathBuf::from(&f.path);
        let path = self.tree.join(&rel);
        let placed = self
            .make_parents(&rel)
            .and_then(|()| place(f, &path, self.fresh))
            .map_err(io_err(&path));
        match placed {
            Ok(()) => {
                let mut written = self.written.lock().expect("lock");
                written.paths.push(rel);
                written.linked.extend(f.copy_from.iter().cloned());
            }
            Err(e) => {
                self.failed.store(true, Ordering::Relaxed);
                self.failure.lock().expect("lock").get_or_insert(e);
            }
        }
    }

    /// Make the folders above `rel`, each once. In a reused tree a folder's name may still be
    /// a file of the build before last (a page that became a section): that file goes.
    fn make_parents(&self, rel: &Path) -> io::Result<()> {
        let Some(parent) = rel.parent().filter(|p| !p.as_os_str().is_empty()) else {
            return Ok(());
        };
        if self.dirs.lock().expect("lock").contains(parent) {
            return Ok(());
        }
        let mut missing: Vec<&Path> = parent
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .collect();
        missing.reverse();
        for dir in missing {
            if self.dirs.lock().expect("lock").contains(dir) {
                continue;
            }
            make_dir(&self.tree.join(dir))?;
            self.dirs.lock().expect("lock").insert(dir.to_path_buf());
        }
        Ok(())
    }

    /// Finish the new site (clear away what the build before last had and this one does not,
    /// add the audience marker) and swap it in for `out`.
    pub fn commit(mut self) -> Result<Written, OutputError> {
        self.committed = true;
        let written = std::mem::take(&mut *self.written.lock().expect("lock"));
        let layout = Layout::from_paths(written.paths.iter().cloned().collect());
        let mut result = match self.failure.lock().expect("lock").take() {
            Some(e) => Err(e),
            None => self.finish(&layout),
        };
        if result.is_ok() {
            result = step("mark-ready", || self.holder.mark(READY)).map_err(io_err(&self.tree));
        }
        if result.is_ok() {
            result = swap(&self.tree, &self.out, &self.holder).map_err(io_err(&self.out));
        }
        // Whatever happened, the tree now holds a site nobody reads (the one replaced, or the
        // new one that could not go in): empty it before returning.
        let _ = step("unready", || self.holder.clear(READY));
        self.holder.settle(&layout);
        result.map(|()| written)
    }

    fn finish(&self, layout: &Layout) -> Result<(), OutputError> {
        if !self.fresh {
            prune(&self.tree, layout).map_err(io_err(&self.tree))?;
        }
        let marker = self.tree.join(MARKER);
        std::fs::write(&marker, format!("{}\n", self.audience.name())).map_err(io_err(&marker))
    }
}

impl Drop for Staging {
    /// A build that failed after files were written: empty the tree again, as the next
    /// build expects it, so none of the unfinished site's words stay on disk.
    fn drop(&mut self) {
        if !self.committed {
            let written = std::mem::take(&mut *self.written.lock().expect("lock"));
            self.holder
                .settle(&Layout::from_paths(written.paths.into_iter().collect()));
        }
    }
}

impl crate::render::Sink for Staging {
    fn put(&self, file: OutputFile) {
        Staging::put(self, &file);
    }
}

/// Make one folder, where another thread may be making it too and a file of the build before
/// last may hold its name.
fn make_dir(path: &Path) -> io::Result<()> {
    for _ in 0..3 {
        match std::fs::create_dir(path) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                match std::fs::symlink_metadata(path) {
                    Ok(m) if m.is_dir() => return Ok(()),
                    Ok(_) => {
                        let _ = std::fs::remove_file(path);
                    }
                    Err(_) => {}
                }
            }
            Err(e) => return Err(e),
        }
    }
    std::fs::create_dir(path)
}

/// Put the complete tree in place of `out` in one step, or, where the file system cannot
/// exchange two folders, in two renames that [`recover`] can always finish.
fn swap(tree: &Path, out: &Path, holder: &Holder) -> io::Result<()> {
    step("swap", || Ok(()))?;
    if std::fs::symlink_metadata(out).is_err() {
        return step("place-first", || std::fs::rename(tree, out));
    }
    match step("exchange", || exchange(tree, out)) {
        Err(e) if unsupported(&e) => {}
        other => return other,
    }
    let old = holder.old();
    let _ = std::fs::remove_dir_all(&old);
    step("aside", || std::fs::rename(out, &old))?;
    if let Err(e) = step("place", || std::fs::rename(tree, out)) {
        let _ = std::fs::rename(&old, out);
        return Err(e);
    }
    // The old site stays in the holder either way; `settle` empties it where it lands.
    let _ = step("reuse", || std::fs::rename(&old, tree));
    Ok(())
}

/// `renameat2(RENAME_EXCHANGE)`: both paths always exist, each naming a complete site.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated strings that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// The file system (or the kernel) has no atomic exchange: fall back to two renames.
fn unsupported(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Unsupported
        || matches!(
            e.raw_os_error(),
            Some(libc::EINVAL | libc::ENOSYS | libc::ENOTSUP)
        )
}

/// Run one named step of writing the output. Debug builds can be told to die just before a
/// step (`STORYPRESS_FAIL_AT=exchange`, as a SIGKILL would) or to have it fail
/// (`STORYPRESS_FAIL_AT=exchange:error`; several steps separated by commas), so tests can
/// prove every crash and failure window safe. Release builds never look.
fn step<T>(name: &str, run: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    #[cfg(not(debug_assertions))]
    let _ = name;
    #[cfg(debug_assertions)]
    if let Ok(plan) = std::env::var("STORYPRESS_FAIL_AT") {
        for want in plan.split(',') {
            if want == name {
                // SAFETY: raising a signal on ourselves has no memory-safety preconditions.
                unsafe { libc::raise(libc::SIGKILL) };
            }
            if want.strip_suffix(":error") == Some(name) {
                let code = if name == "exchange" {
                    libc::EINVAL
                } else {
                    libc::EACCES
                };
                return Err(io::Error::from_raw_os_error(code));
            }
        }
    }
    run()
}

/// Names, inside the holder, of the records of what its tree holds. Each records the tree's
/// identity (device and inode), so it can never be taken to describe another tree: after the
/// exchange, the same path names the replaced site.
const READY: &str = "ready";
const SCRUBBED: &str = "scrubbed";
/// Says the holder is storypress's, so recovery only ever touches folders it made.
const HOLDER_MARKER: &str = ".storypress-spare";

/// `.<name>.spare` beside the output: the one folder in which a build stages the new site and
/// keeps the replaced one.
///
/// It gets its `.gitignore` the moment it is made, before any site is in it, and everything
/// a build keeps or stages lives inside it (`tree`, and `old` where two renames stand in for
/// the exchange), so git never sees any of it, wherever a crash leaves it.
struct Holder {
    dir: PathBuf,
}

impl Holder {
    fn path(out: &Path) -> PathBuf {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("site");
        parent.join(format!(".{name}.spare"))
    }

    fn tree(&self) -> PathBuf {
        self.dir.join("tree")
    }

    fn old(&self) -> PathBuf {
        self.dir.join("old")
    }

    /// The holder of `out`, made (with its `.gitignore` first) when there is none.
    fn open(out: &Path) -> Result<Holder, OutputError> {
        let dir = Holder::path(out);
        let parent = dir.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        match std::fs::create_dir(&dir) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            other => other.map_err(io_err(&dir))?,
        }
        let holder = Holder::existing(out)?.ok_or_else(|| OutputError::Io {
            path: dir.clone(),
            source: io::ErrorKind::NotFound.into(),
        })?;
        Ok(holder)
    }

    /// The holder of `out` if there is one; a folder there that storypress did not make is an
    /// error, never touched.
    fn existing(out: &Path) -> Result<Option<Holder>, OutputError> {
        let dir = Holder::path(out);
        if !dir.is_dir() {
            return Ok(None);
        }
        let entries = names(&dir).map_err(io_err(&dir))?;
        let ours = entries.iter().all(|n| n == ".gitignore") || entries.contains(HOLDER_MARKER);
        if !ours && entries.contains(MARKER) {
            // The bare spare tree of an earlier version: ours, of unknown state.
            std::fs::remove_dir_all(&dir).map_err(io_err(&dir))?;
            return Ok(None);
        }
        if !ours {
            return Err(OutputError::NotOurs { path: dir });
        }
        let ignore = dir.join(".gitignore");
        std::fs::write(&ignore, "*\n").map_err(io_err(&ignore))?;
        let marker = dir.join(HOLDER_MARKER);
        if !entries.contains(HOLDER_MARKER) {
            std::fs::write(&marker, "storypress keeps the emptied tree of the build before last here, to build faster. Safe to delete.\n").map_err(io_err(&marker))?;
        }
        Ok(Some(Holder { dir }))
    }

    /// Record that the tree is now complete (`READY`) or emptied (`SCRUBBED`).
    fn mark(&self, which: &str) -> io::Result<()> {
        std::fs::write(self.dir.join(which), identity(&self.tree())?)
    }

    fn marked(&self, which: &str) -> bool {
        match (
            std::fs::read_to_string(self.dir.join(which)),
            identity(&self.tree()),
        ) {
            (Ok(said), Ok(is)) => said == is,
            _ => false,
        }
    }

    fn clear(&self, which: &str) -> io::Result<()> {
        match std::fs::remove_file(self.dir.join(which)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Make the tree ready to be filled for `audience`: reused when it holds a build for the
    /// same audience, made afresh otherwise. Returns whether it is fresh (empty).
    fn stage(&self, audience: Audience) -> Result<bool, OutputError> {
        let tree = self.tree();
        // Records first: from here the tree is about to hold a site again.
        self.clear(SCRUBBED)
            .and_then(|()| self.clear(READY))
            .map_err(io_err(&self.dir))?;
        if tree.is_dir() && check_target(&tree, audience).is_ok() {
            return Ok(false);
        }
        if std::fs::symlink_metadata(&tree).is_ok() {
            remove_any(&tree).map_err(io_err(&tree))?;
        }
        std::fs::create_dir(&tree).map_err(io_err(&tree))?;
        Ok(true)
    }

    /// Leave the holder as the next build expects it: its tree emptied down to `layout` (and
    /// recorded so), or gone; no `old`; the holder itself gone when it keeps nothing.
    ///
    /// Best effort by design: the site is already in place. What cannot be emptied or removed
    /// now is found unrecorded, and dealt with, by the next build's [`recover`].
    fn settle(&self, layout: &Layout) {
        let tree = self.tree();
        if std::fs::symlink_metadata(self.old()).is_ok() {
            let _ = remove_any(&self.old());
        }
        if tree.is_dir() && !self.marked(SCRUBBED) {
            let emptied = step("scrub", || scrub(&tree, layout))
                .and_then(|()| step("mark-scrubbed", || self.mark(SCRUBBED)));
            if emptied.is_err() {
                let _ = self.clear(SCRUBBED);
                let _ = step("discard", || remove_any(&tree));
            }
        } else if std::fs::symlink_metadata(&tree).is_ok() && !tree.is_dir() {
            let _ = remove_any(&tree);
        }
        if std::fs::symlink_metadata(&tree).is_err() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Device and inode of a folder: what makes a record in the holder belong to one tree.
fn identity(path: &Path) -> io::Result<String> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::symlink_metadata(path)?;
    Ok(format!("{} {}\n", m.dev(), m.ino()))
}

fn names(dir: &Path) -> io::Result<HashSet<String>> {
    std::fs::read_dir(dir)?
        .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
        .collect()
}

fn remove_any(path: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(path)?.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

/// Finish, or clean up after, whatever an interrupted build left beside `out`. Every build
/// runs this first, so what a killed build leaves lasts only until the next one starts.
///
/// A site is put back in place only when `out` is missing and the holder records its tree as
/// a site a build had completed (what two renames leave if killed between them). Nothing
/// else is ever published: any other tree is emptied down to the files `out` already shows,
/// or removed. Staging folders of earlier versions are removed when they carry the marker.
pub fn recover(out: &Path) -> Result<(), OutputError> {
    remove_old_staging(out)?;
    let Some(holder) = Holder::existing(out)? else {
        return Ok(());
    };
    let tree = holder.tree();
    if std::fs::symlink_metadata(out).is_err() && holder.marked(READY) {
        std::fs::rename(&tree, out).map_err(io_err(out))?;
    }
    holder.clear(READY).map_err(io_err(&holder.dir))?;
    let shown = match out.join(MARKER).is_file() {
        true => Layout::of_dir(out).ok(),
        false => None,
    };
    match shown {
        Some(layout) => holder.settle(&layout),
        None => {
            let _ = holder.clear(SCRUBBED);
            if std::fs::symlink_metadata(&tree).is_ok() {
                remove_any(&tree).map_err(io_err(&tree))?;
            }
            holder.settle(&Layout::from_paths(HashSet::new()));
        }
    }
    Ok(())
}

/// `.<name>.new-*` and `.<name>.old-*`: what earlier versions staged and set aside, and
/// left behind when killed. Removed only when they carry the audience marker.
fn remove_old_staging(out: &Path) -> Result<(), OutputError> {
    let holder = Holder::path(out);
    let parent = holder.parent().unwrap_or(Path::new("."));
    let Some(name) = out.file_name().and_then(|n| n.to_str()) else {
        return Ok(());
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(());
    };
    let prefixes = [format!(".{name}.new-"), format!(".{name}.old-")];
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let n = file_name.to_string_lossy();
        let path = entry.path();
        if prefixes.iter().any(|p| n.starts_with(p.as_str()))
            && path.is_dir()
            && path.join(MARKER).is_file()
        {
            std::fs::remove_dir_all(&path).map_err(io_err(&path))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(paths: &[(&str, &str)]) -> Vec<OutputFile> {
        paths
            .iter()
            .map(|(p, body)| OutputFile::new(*p, body.as_bytes().to_vec()))
            .collect()
    }

    /// Every file under `dir` with its contents, the marker left out.
    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.file_name() != MARKER)
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (rel, std::fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        out.sort();
        out
    }

    /// The spare tree is reused across builds: a folder that becomes a file, a file that
    /// becomes a folder and a page that goes must all come out exactly as a fresh build would.
    #[test]
    fn reused_trees_match_each_build_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let builds = [
            site(&[
                ("a/index.html", "one"),
                ("b", "file"),
                ("c/d/e.json", "deep"),
            ]),
            site(&[("a", "now a file"), ("b/index.html", "now a folder")]),
            site(&[("a/index.html", "a folder again"), ("b/index.html", "same")]),
            site(&[("a/index.html", "a folder again"), ("c/d/e.json", "back")]),
        ];
        for files in &builds {
            write_site(&out, files, Audience::Public).unwrap();
            let mut want: Vec<(String, String)> = files
                .iter()
                .map(|f| (f.path.clone(), String::from_utf8(f.bytes.clone()).unwrap()))
                .collect();
            want.sort();
            assert_eq!(tree(&out), want);
            // The build before last is kept only as some of the new site's files, empty, for
            // git to ignore: nothing of a page the new build left out, not even its name.
            let spare = dir.path().join(".site.spare/tree");
            if spare.exists() {
                let ignore = dir.path().join(".site.spare/.gitignore");
                assert_eq!(std::fs::read_to_string(ignore).unwrap(), "*\n");
                for (path, body) in tree(&spare) {
                    assert_eq!(body, "", "{path} in the spare tree");
                    assert!(
                        want.iter().any(|(p, _)| *p == path),
                        "{path} is not in the new site"
                    );
                }
            }
        }
        assert!(
            dir.path().join(".site.spare").is_dir(),
            "a spare tree was kept"
        );
    }

    /// A processed image in the spare is a link to the cache's copy: emptying it would empty
    /// the cache.
    #[test]
    fn scrubbing_the_spare_leaves_linked_files_alone() {
        let dir = tempfile::tempdir().unwrap();
        let cached = dir.path().join("cached.webp");
        std::fs::write(&cached, b"image bytes").unwrap();
        let out = dir.path().join("site");
        let site = |body: &str| {
            vec![
                OutputFile::new("index.html", body.as_bytes().to_vec()),
                OutputFile::copy("media/a.webp", cached.clone()),
            ]
        };
        write_site(&out, &site("first"), Audience::Public).unwrap();
        write_site(&out, &site("second"), Audience::Public).unwrap();
        assert_eq!(std::fs::read(&cached).unwrap(), b"image bytes");
        assert_eq!(
            std::fs::read(out.join("media/a.webp")).unwrap(),
            b"image bytes"
        );
        let spare = dir.path().join(".site.spare/tree");
        assert_eq!(std::fs::read(spare.join("index.html")).unwrap(), b"");
        assert!(!spare.join("media/a.webp").exists());
        write_site(&out, &site("third"), Audience::Public).unwrap();
        assert_eq!(std::fs::read(out.join("index.html")).unwrap(), b"third");
        assert_eq!(std::fs::read(&cached).unwrap(), b"image bytes");
    }
}
