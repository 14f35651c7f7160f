//! `storypress init DIR`: a repository for another programme's storybook, ready to check,
//! build and deploy.
//!
//! Every text it writes is one this project already keeps and tests, so a fix reaches new
//! storybooks without a second copy to forget: the workflows, the pull-request template, the
//! reviewers' sections of CONTRIBUTING.md and the storytellers' guide are this repository's
//! own, and the examples are what `new` writes. Only the workflow steps that build storypress
//! from source become steps that install this very version, so a storybook never runs a tool
//! it has not tried.

use crate::config::{self, Config, DEFAULT_SUPPORT, FILE_NAME};
use crate::date::Date;
use crate::page::Kind;
use crate::scaffold;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The version the new storybook's workflows install: the one that made it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The storybook's folder inside DIR: where every command looks when given no ROOT.
pub const ROOT: &str = "stories";

const STORYBOOK_YAML: &str = include_str!("init/storybook.yaml");
const CONTRIBUTING_INTRO: &str = include_str!("init/contributing.md");
const CONTRIBUTING: &str = include_str!("../CONTRIBUTING.md");
const CHECK_YML: &str = include_str!("../.github/workflows/check.yml");
const DEPLOY_YML: &str = include_str!("../.github/workflows/deploy.yml");
const PR_TEMPLATE: &str = include_str!("../.github/PULL_REQUEST_TEMPLATE.md");
const GUIDE: &str = include_str!("../docs/tell-your-story.md");

/// Builds and packs are kept out of git: a workshop pack is private, and a site is rebuilt.
const GITIGNORE: &str = "/site\n/site-workshop\n/workshops\n";

const EXAMPLES: [(Kind, &str); 3] = [
    (Kind::Story, "An example story"),
    (Kind::CaseStudy, "An example case study"),
    (Kind::Site, "Example Town"),
];

#[derive(Debug, Error)]
pub enum InitError {
    #[error("{0} exists: this folder holds a storybook already, and storypress init never changes one. Edit that storybook, or give init an empty folder")]
    Exists(PathBuf),
    #[error("{0} exists already, and storypress init never overwrites a file. Give init an empty folder, or move that file away first")]
    Clash(PathBuf),
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("this copy of storypress carries a broken starter file ({0}); please report it")]
    Starter(String),
}

/// Start a storybook repository in `dir` and return the files written, relative to `dir`.
/// Writes nothing when `dir` holds a storybook or any file init would write.
pub fn init(dir: &Path, today: Date) -> Result<Vec<PathBuf>, InitError> {
    for held in [dir.join(FILE_NAME), dir.join(ROOT).join(FILE_NAME)] {
        if held.exists() {
            return Err(InitError::Exists(held));
        }
    }
    let files = plan(today)?;
    if let Some((rel, _)) = files.iter().find(|(rel, _)| dir.join(rel).exists()) {
        return Err(InitError::Clash(dir.join(rel)));
    }
    write_all(dir, &files)?;
    Ok(files.into_iter().map(|(rel, _)| rel).collect())
}

/// Every file init writes, with its text, decided before anything touches the disk.
fn plan(today: Date) -> Result<Vec<(PathBuf, String)>, InitError> {
    let support = format!("support: {}", scaffold::quoted(DEFAULT_SUPPORT));
    let yaml = STORYBOOK_YAML.replace("support: SUPPORT", &support);
    let config = parse_config(&yaml)?;
    let mut files = vec![
        (Path::new(ROOT).join(FILE_NAME), yaml),
        (".github/workflows/check.yml".into(), installed(CHECK_YML)?),
        (
            ".github/workflows/deploy.yml".into(),
            installed(DEPLOY_YML)?,
        ),
        (
            ".github/PULL_REQUEST_TEMPLATE.md".into(),
            PR_TEMPLATE.into(),
        ),
        ("docs/tell-your-story.md".into(), guide(&config)?),
        ("CONTRIBUTING.md".into(), contributing()?),
        (".gitignore".into(), GITIGNORE.into()),
    ];
    for (kind, title) in EXAMPLES {
        let (file, text) = scaffold::new_text(kind, title, &config, today)
            .map_err(|e| InitError::Starter(e.to_string()))?;
        files.push((Path::new(ROOT).join(kind.dir()).join(file), text));
    }
    Ok(files)
}

/// The starter settings, read as `check` reads them: the examples are written from them.
fn parse_config(yaml: &str) -> Result<Config, InitError> {
    let starter = |e: String| InitError::Starter(format!("{FILE_NAME}: {e}"));
    let scratch = tempfile::tempdir().map_err(|e| starter(e.to_string()))?;
    std::fs::write(scratch.path().join(FILE_NAME), yaml).map_err(|e| starter(e.to_string()))?;
    config::load(scratch.path()).map_err(|d| starter(d.to_string()))
}

/// The repository builds storypress from its own source; these steps stand in for that.
const FROM_SOURCE: (&str, &str) = (
    "      - uses: dtolnay/rust-toolchain@stable\n",
    "        run: cargo build --release --locked\n",
);

/// Paths that name the tool's source, which a storybook repository does not have.
const TOOL_PATHS: [&str; 6] = [
    "# The tool's own files",
    "- \"src/**\"",
    "- \"themes/**\"",
    "- \"build.rs\"",
    "- \"Cargo.toml\"",
    "- \"Cargo.lock\"",
];

/// A workflow of this repository, made to install storypress `VERSION` instead of building it.
fn installed(workflow: &str) -> Result<String, InitError> {
    let broken =
        || InitError::Starter("a workflow no longer builds storypress as init expects".into());
    let start = workflow.find(FROM_SOURCE.0).ok_or_else(broken)?;
    let end =
        start + workflow[start..].find(FROM_SOURCE.1).ok_or_else(broken)? + FROM_SOURCE.1.len();
    let out = format!(
        "{}{}{}",
        &workflow[..start],
        install_steps(),
        &workflow[end..]
    );
    let out: String = out
        .replace("target/release/storypress", "storypress")
        .lines()
        .filter(|l| !TOOL_PATHS.iter().any(|p| l.trim_start().starts_with(p)))
        .map(|l| format!("{l}\n"))
        .collect();
    Ok(out)
}

fn install_steps() -> String {
    format!(
        r#"      # storypress {VERSION}, the version that started this storybook, installed once and then
      # kept in the cache. To move to a newer version, change it here and in the other workflow,
      # in a pull request of its own, so the check tries it on every story first.
      - name: Restore storypress from the cache
        uses: actions/cache@v4
        with:
          path: ~/.cargo/bin/storypress
          key: storypress-{VERSION}-${{{{ runner.os }}}}-${{{{ runner.arch }}}}

      - name: Install storypress {VERSION}
        id: build
        run: |
          if ! storypress --version 2>/dev/null | grep -qx "storypress {VERSION}"; then
            cargo install storypress --version {VERSION} --locked
          fi
"#
    )
}

/// The storytellers' guide, its template written for this storybook's own places and features.
fn guide(config: &Config) -> Result<String, InitError> {
    let broken = || InitError::Starter("the guide's template is not where init expects".into());
    let marker = GUIDE
        .find("`storypress new story` writes")
        .ok_or_else(broken)?;
    let open = "```yaml\n";
    let start = marker + GUIDE[marker..].find(open).ok_or_else(broken)? + open.len();
    let end = start + GUIDE[start..].find("```\n").ok_or_else(broken)?;
    Ok(format!(
        "{}{}{}",
        &GUIDE[..start],
        scaffold::guide_template(config),
        &GUIDE[end..]
    ))
}

/// The reviewers' and takedown sections of this project's CONTRIBUTING.md, after a short
/// introduction for a storybook's maintainers (the rest is about storypress's own code).
fn contributing() -> Result<String, InitError> {
    let from = CONTRIBUTING
        .find("## Reviewing a story pull request")
        .ok_or_else(|| InitError::Starter("CONTRIBUTING.md lost its reviewing section".into()))?;
    Ok(CONTRIBUTING_INTRO.replace("VERSION", VERSION) + &CONTRIBUTING[from..])
}

/// Write every file, never over an existing one; on failure remove what was written.
fn write_all(dir: &Path, files: &[(PathBuf, String)]) -> Result<(), InitError> {
    use std::io::Write;
    for (i, (rel, text)) in files.iter().enumerate() {
        let path = dir.join(rel);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
            })
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(source) = written {
            for (done, _) in &files[..i] {
                let _ = std::fs::remove_file(dir.join(done));
            }
            return Err(InitError::Io { path, source });
        }
    }
    Ok(())
}
