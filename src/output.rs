//! Writing a finished site to disk all at once.
//!
//! The site is written into a fresh folder beside the target and swapped in with renames only
//! when every file is on disk, so a failed build leaves the previous output exactly as it was
//! and readers of a served folder never see half a site.

use crate::consent::Audience;
use crate::render::OutputFile;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
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
    })?;
    // However it is reached, git is told to leave it alone.
    std::fs::write(spare.join(".gitignore"), "*\n")
}

/// The paths of a site's files (the audience marker among them) and of its folders.
struct Layout {
    files: HashSet<PathBuf>,
    dirs: HashSet<PathBuf>,
}

impl Layout {
    fn of(files: &[OutputFile]) -> Layout {
        let mut paths: HashSet<PathBuf> = files.iter().map(|f| PathBuf::from(&f.path)).collect();
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
///
/// The new site is assembled beside `out` (in the spare tree kept from the build before last,
/// when there is one) and swapped in with renames once it is complete; the tree it replaces
/// becomes the next spare. Until the swap, `out` is not touched at all.
pub fn write_site(out: &Path, files: &[OutputFile], audience: Audience) -> Result<(), OutputError> {
    check_target(out, audience)?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("site");
    let spare = parent.join(format!(".{name}.spare"));
    let reuse = spare.is_dir() && check_target(&spare, audience).is_ok();
    let staged = if reuse {
        spare.clone()
    } else {
        let _ = std::fs::remove_dir_all(&spare);
        tempfile::Builder::new()
            .prefix(&format!(".{name}.new-"))
            .tempdir_in(&parent)
            .map_err(io_err(&parent))?
            .keep()
    };
    let layout = Layout::of(files);
    let result = fill(&staged, !reuse, files, &layout, audience);
    if let Err(e) = result {
        // A half-filled staging folder is not worth keeping: the next build starts afresh.
        let _ = std::fs::remove_dir_all(&staged);
        return Err(e);
    }

    // From here on the new site is complete; swap it in.
    if out.exists() {
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(out, &old).map_err(io_err(out))?;
        if let Err(e) = std::fs::rename(&staged, out) {
            let _ = std::fs::rename(&old, out);
            return Err(OutputError::Io {
                path: out.to_path_buf(),
                source: e,
            });
        }
        if staged != spare {
            let _ = std::fs::remove_dir_all(&spare);
        }
        // Keep the replaced tree as the next build's starting point, emptied: its files and
        // folders, not their words.
        if std::fs::rename(&old, &spare).is_err() || scrub(&spare, &layout).is_err() {
            let _ = std::fs::remove_dir_all(&old);
            let _ = std::fs::remove_dir_all(&spare);
        }
    } else {
        std::fs::rename(&staged, out).map_err(io_err(out))?;
    }
    Ok(())
}

/// Make every folder of the site, each once, parents before their children (a site has a
/// folder per page: asking for each file's folder would double the calls to the disk).
fn make_dirs(staged: &Path, dirs: &HashSet<PathBuf>) -> Result<(), OutputError> {
    let mut by_depth: Vec<Vec<&PathBuf>> = Vec::new();
    for d in dirs {
        let depth = d.components().count();
        if by_depth.len() < depth {
            by_depth.resize(depth, Vec::new());
        }
        by_depth[depth - 1].push(d);
    }
    for level in by_depth {
        level.par_iter().try_for_each(|d| {
            let path = staged.join(d);
            match std::fs::create_dir(&path) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && path.is_dir() => Ok(()),
                other => other.map_err(io_err(&path)),
            }
        })?;
    }
    Ok(())
}

/// Bring `staged` (`fresh`: made empty for this build) to exactly `files` plus the audience
/// marker.
fn fill(
    staged: &Path,
    fresh: bool,
    files: &[OutputFile],
    layout: &Layout,
    audience: Audience,
) -> Result<(), OutputError> {
    if !fresh {
        prune(staged, layout).map_err(io_err(staged))?;
    }
    make_dirs(staged, &layout.dirs)?;
    files.par_iter().try_for_each(|f| {
        let path = staged.join(&f.path);
        place(f, &path, fresh).map_err(io_err(&path))
    })?;
    let marker = staged.join(MARKER);
    std::fs::write(&marker, format!("{}\n", audience.name())).map_err(io_err(&marker))
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
            let spare = dir.path().join(".site.spare");
            if spare.exists() {
                let mut paths = Vec::new();
                for (path, body) in tree(&spare) {
                    match path.as_str() {
                        ".gitignore" => assert_eq!(body, "*\n"),
                        _ => assert_eq!(body, "", "{path} in the spare tree"),
                    }
                    paths.push(path);
                }
                for path in paths.iter().filter(|p| *p != ".gitignore") {
                    assert!(
                        want.iter().any(|(p, _)| p == path),
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
        let spare = dir.path().join(".site.spare");
        assert_eq!(std::fs::read(spare.join("index.html")).unwrap(), b"");
        assert!(!spare.join("media/a.webp").exists());
        write_site(&out, &site("third"), Audience::Public).unwrap();
        assert_eq!(std::fs::read(out.join("index.html")).unwrap(), b"third");
        assert_eq!(std::fs::read(&cached).unwrap(), b"image bytes");
    }
}
