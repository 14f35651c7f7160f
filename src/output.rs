//! Writing a finished site to disk all at once.
//!
//! The site is written into a fresh folder beside the target and swapped in with renames only
//! when every file is on disk, so a failed build leaves the previous output exactly as it was
//! and readers of a served folder never see half a site.

use crate::consent::Audience;
use crate::render::OutputFile;
use rayon::prelude::*;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

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

/// Write `files` as the new content of `out`, replacing what was there only on success.
pub fn write_site(out: &Path, files: &[OutputFile], audience: Audience) -> Result<(), OutputError> {
    check_target(out, audience)?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("site");
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(&parent)
        .map_err(io_err(&parent))?;
    files.par_iter().try_for_each(|f| {
        let path = staging.path().join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io_err(dir))?;
        }
        match &f.copy_from {
            Some(from) => std::fs::copy(from, &path)
                .map(|_| ())
                .map_err(io_err(&path)),
            None => std::fs::write(&path, &f.bytes).map_err(io_err(&path)),
        }
    })?;
    let marker = staging.path().join(MARKER);
    std::fs::write(&marker, format!("{}\n", audience.name())).map_err(io_err(&marker))?;

    // From here on the new site is complete; swap it in.
    let staged = staging.keep();
    if out.exists() {
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(&parent)
            .map_err(io_err(&parent))?
            .keep();
        std::fs::remove_dir(&old).map_err(io_err(&old))?;
        std::fs::rename(out, &old).map_err(io_err(out))?;
        if let Err(e) = std::fs::rename(&staged, out) {
            let _ = std::fs::rename(&old, out);
            let _ = std::fs::remove_dir_all(&staged);
            return Err(OutputError::Io {
                path: out.to_path_buf(),
                source: e,
            });
        }
        std::fs::remove_dir_all(&old).map_err(io_err(&old))?;
    } else {
        std::fs::rename(&staged, out).map_err(io_err(out))?;
    }
    Ok(())
}
