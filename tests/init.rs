//! `storypress init DIR`: another programme's storybook, which checks, builds and deploys as
//! this one does, from the same texts.

mod common;
use common::*;
use serde_json::Value;
use std::path::Path;

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn storypress(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = assert_cmd::Command::cargo_bin("storypress")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn repo(rel: &str) -> String {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
}

#[test]
fn a_fresh_init_checks_and_builds_leaving_the_examples_out() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, said, err) = storypress(tmp.path(), &["init", "ours"]);
    assert_eq!(code, 0, "{err}");
    let dir = tmp.path().join("ours");
    for f in [
        "stories/storybook.yaml",
        "stories/lived-experience/an-example-story.md",
        "stories/case-studies/an-example-case-study.md",
        "stories/sites/example-town.md",
        ".github/workflows/check.yml",
        ".github/workflows/deploy.yml",
        ".github/PULL_REQUEST_TEMPLATE.md",
        "docs/tell-your-story.md",
    ] {
        assert!(dir.join(f).is_file(), "{f} missing");
        assert!(said.contains(f), "{f} not named in:\n{said}");
    }
    // The commands' defaults fit the layout: no arguments needed inside the new folder.
    let (code, json, err) = storypress(&dir, &["check", "--format", "json"]);
    assert_eq!(code, 0, "{err}{json}");
    let all: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert!(all.iter().all(|d| d["severity"] == "warning"), "{all:#?}");
    let (code, _, err) = storypress(&dir, &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("site/index.html").is_file());
    assert_eq!(err.matches("consent is pending").count(), 3, "{err}");
    assert!(files_mentioning(&dir.join("site"), "example-story").is_empty());
    // Every example opens on consent pending and an empty scope, as `new` writes them.
    for f in [
        "lived-experience/an-example-story.md",
        "sites/example-town.md",
    ] {
        let text = read(&dir.join("stories").join(f));
        assert!(text.contains("status: pending\n  scope: []\n"), "{text}");
    }
}

#[test]
fn init_changes_nothing_where_a_storybook_or_its_files_are() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(storypress(tmp.path(), &["init", "a"]).0, 0);
    std::fs::create_dir_all(tmp.path().join("b")).unwrap();
    std::fs::write(tmp.path().join("b/storybook.yaml"), "title: mine\n").unwrap();
    std::fs::create_dir_all(tmp.path().join("c/.github/workflows")).unwrap();
    std::fs::write(tmp.path().join("c/.github/workflows/check.yml"), "mine\n").unwrap();
    let before = snapshot(tmp.path());
    for (dir, names) in [
        ("a", "a/stories/storybook.yaml"),
        ("b", "b/storybook.yaml"),
        ("c", "c/.github/workflows/check.yml"),
    ] {
        let (code, _, err) = storypress(tmp.path(), &["init", dir]);
        assert_eq!(code, 2, "{dir}: {err}");
        assert!(err.contains(names), "{dir}: {err}");
    }
    assert_eq!(snapshot(tmp.path()), before, "init wrote something");
}

/// The workflows are this repository's own, installing this version instead of building it.
#[test]
fn the_workflows_install_the_version_that_made_them() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(storypress(tmp.path(), &["init", "w"]).0, 0);
    let install = format!("cargo install storypress --version {VERSION} --locked");
    for (file, runs) in [
        ("check.yml", "storypress check stories"),
        ("deploy.yml", "storypress build stories --out site"),
    ] {
        let text = read(&tmp.path().join("w/.github/workflows").join(file));
        let ours = repo(&format!(".github/workflows/{file}"));
        assert_eq!(text.lines().next(), ours.lines().next(), "{file}: not ours");
        let flow: Value = serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let steps: Vec<&Value> = flow["jobs"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|j| j["steps"].as_array().unwrap())
            .collect();
        let run_lines: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
        assert!(
            run_lines.iter().any(|r| r.contains(&install)),
            "{file}:\n{text}"
        );
        assert!(
            run_lines.iter().any(|r| r.contains(runs)),
            "{file}:\n{text}"
        );
        for bad in ["cargo build", "target/release", "Cargo.lock", "src/**"] {
            assert!(!text.contains(bad), "{file} still has {bad}:\n{text}");
        }
        // Each step an `if:` waits for is there.
        for s in &steps {
            if let Some(cond) = s["if"].as_str().and_then(|c| c.split("steps.").nth(1)) {
                let id = cond.split('.').next().unwrap();
                assert!(steps.iter().any(|t| t["id"] == id), "{file}: no step {id}");
            }
        }
    }
    let check: Value =
        serde_saphyr::from_str(&read(&tmp.path().join("w/.github/workflows/check.yml"))).unwrap();
    assert_eq!(
        check["on"]["pull_request"]["paths"],
        serde_json::json!(["stories/**", ".github/workflows/check.yml"])
    );
}

/// The guide and the pull-request template are this repository's, and the guide's template
/// is what `new` writes in the new storybook, with its own places and features.
#[test]
fn the_guide_speaks_of_the_new_storybook() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(storypress(tmp.path(), &["init", "g"]).0, 0);
    let dir = tmp.path().join("g");
    assert_eq!(
        read(&dir.join(".github/PULL_REQUEST_TEMPLATE.md")),
        repo(".github/PULL_REQUEST_TEMPLATE.md")
    );
    let guide = read(&dir.join("docs/tell-your-story.md"));
    let ours = repo("docs/tell-your-story.md");
    let (head, block, tail) = template_block(&guide);
    let (our_head, _, our_tail) = template_block(&ours);
    assert_eq!((head, tail), (our_head, our_tail));
    assert!(
        block.contains("One of: example-town, another-town."),
        "{block}"
    );
    let (code, _, err) = storypress(&dir, &["new", "story", "The title of the story"]);
    assert_eq!(code, 0, "{err}");
    let written = read(&dir.join("stories/lived-experience/the-title-of-the-story.md"));
    assert_eq!(block, undated(&written));
    let contributing = read(&dir.join("CONTRIBUTING.md"));
    assert!(contributing.contains("## Withdrawals and takedowns"));
    assert!(
        !contributing.contains("cargo clippy"),
        "the tool's own guide leaked in"
    );
}

/// The guide split around its template block.
fn template_block(guide: &str) -> (&str, &str, &str) {
    let at = guide.find("`storypress new story` writes").unwrap();
    let start = at + guide[at..].find("```yaml\n").unwrap() + 8;
    let end = start + guide[start..].find("```\n").unwrap();
    (&guide[..start], &guide[start..end], &guide[end..])
}

/// `new`'s file with its date as the guide shows it.
fn undated(text: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("date: ") {
            Some(d) if d.len() == 10 => "date: YYYY-MM-DD",
            _ => l,
        })
        .map(|l| format!("{l}\n"))
        .collect()
}
