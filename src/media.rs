//! Where a page's images may come from.
//!
//! A story folder owns its files; a single-file story owns only the files directly beside it.
//! Nothing may be reached through `..`, an absolute path, or a symlink that leaves the folder,
//! so one story can never publish another story's (perhaps withdrawn) picture, or a file from
//! elsewhere on the machine.

use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `../x`, `/x`, `https://…`, or a symlink pointing out.
    Outside,
    /// A single-file story reaching into a sub-folder (another story's folder).
    SubFolder,
    Missing,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Outside | Problem::SubFolder => "image-outside",
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
            Problem::Missing => (
                format!("the image \"{src}\" does not exist"),
                format!("add the file to {}, or correct the name (names are case-sensitive)", dir.display()),
            ),
        }
    }
}

/// The file an image reference points to, if the page may use it.
pub fn locate(dir: &Path, src: &str, own_folder: bool) -> Result<PathBuf, Problem> {
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
