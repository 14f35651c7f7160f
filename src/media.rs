//! Where a page's images may come from.
//!
//! A story folder owns its files; a single-file story owns only the files directly beside it.
//! Nothing may be reached through `..`, an absolute path, or a symlink that leaves the folder,
//! so one story can never publish another story's (perhaps withdrawn) picture, or a file from
//! elsewhere on the machine.

use crate::page::Page;
use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `../x`, `/x`, `https://…`, or a symlink pointing out.
    Outside,
    /// A single-file story reaching into a sub-folder (another story's folder).
    SubFolder,
    /// A file beside a single-file story that is not the picture its own front matter names:
    /// it may be another story's (perhaps withdrawn) picture.
    NotOwned,
    Missing,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Outside | Problem::SubFolder => "image-outside",
            Problem::NotOwned => "image-not-owned",
            Problem::Missing => "image-missing",
        }
    }

    pub fn explain(&self, src: &str, dir: &Path) -> (String, String) {
        match self {
            Problem::Outside => (
                format!("the image \"{src}\" is outside the story's folder"),
                "put the image file next to the story (or in its folder) and name it without ../ or a leading /".into(),
            ),
            Problem::SubFolder => (
                format!("the image \"{src}\" is in a sub-folder, which may belong to another story"),
                "give the story its own folder (name/index.md) and put the image beside index.md".into(),
            ),
            Problem::NotOwned => (
                format!("the image \"{src}\" is not this story's own picture: a story that is a single file can show only the picture its front matter names"),
                "give the story its own folder (name/index.md) with its pictures inside, or name the picture in this story's front matter (image: {src, alt})".into(),
            ),
            Problem::Missing => (
                format!("the image \"{src}\" does not exist"),
                format!("add the file to {}, or correct the name (names are case-sensitive)", dir.display()),
            ),
        }
    }
}

/// The file an image in a page's text shows, if the page owns it. A folder story owns its
/// folder. Single-file stories share their folder, so each owns only the picture its own
/// front matter names: a sibling's picture (which may be withdrawn with its story) is never
/// published under another story's address.
pub fn owned(page: &Page, src: &str) -> Result<PathBuf, Problem> {
    let path = locate(&page.dir, src, page.own_folder)?;
    if page.own_folder {
        return Ok(path);
    }
    let own = page
        .image
        .as_ref()
        .and_then(|i| locate(&page.dir, &i.src, false).ok());
    match own {
        Some(p) if same_file(&p, &path) => Ok(path),
        _ => Err(Problem::NotOwned),
    }
}

pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The file an image reference points to, if the page may use it. The name is read with its
/// percent-escapes decoded (`My%20Photo.JPG`), before anything else is judged.
pub fn locate(dir: &Path, src: &str, own_folder: bool) -> Result<PathBuf, Problem> {
    let decoded = crate::url_policy::decode_path(src);
    let src = decoded.as_str();
    let rel = Path::new(src);
    let plain = rel
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if src.contains("://") || src.starts_with("//") || !plain || src.trim().is_empty() {
        return Err(Problem::Outside);
    }
    if !own_folder
        && rel
            .components()
            .filter(|c| matches!(c, Component::Normal(_)))
            .count()
            > 1
    {
        return Err(Problem::SubFolder);
    }
    let path = dir.join(rel);
    let (Ok(real), Ok(real_dir)) = (path.canonicalize(), dir.canonicalize()) else {
        return Err(Problem::Missing);
    };
    if !real.starts_with(&real_dir) {
        return Err(Problem::Outside);
    }
    if !real.is_file() {
        return Err(Problem::Missing);
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_the_page_owns() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("story/sub")).unwrap();
        std::fs::write(d.path().join("story/a.jpg"), "x").unwrap();
        std::fs::write(d.path().join("story/sub/b.jpg"), "x").unwrap();
        std::fs::write(d.path().join("secret.jpg"), "x").unwrap();
        let dir = d.path().join("story");
        assert!(locate(&dir, "a.jpg", true).is_ok());
        assert!(locate(&dir, "sub/b.jpg", true).is_ok());
        assert_eq!(locate(&dir, "sub/b.jpg", false), Err(Problem::SubFolder));
        assert_eq!(locate(&dir, "../secret.jpg", true), Err(Problem::Outside));
        assert_eq!(locate(&dir, "/etc/passwd", true), Err(Problem::Outside));
        assert_eq!(
            locate(&dir, "https://x.org/a.jpg", true),
            Err(Problem::Outside)
        );
        assert_eq!(locate(&dir, "nope.jpg", true), Err(Problem::Missing));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(d.path().join("secret.jpg"), dir.join("link.jpg")).unwrap();
            assert_eq!(locate(&dir, "link.jpg", true), Err(Problem::Outside));
        }
    }
}
