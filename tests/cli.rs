//! The edges of the command line: the wrong folder, a busy port, `--help`, an output folder
//! inside the storybook, and where a pack file is looked for.

mod common;
use common::*;
use std::time::Duration;

/// (exit code, stderr) of storypress run in `dir`; the timeout only stops a hung run.
fn run_in(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = assert_cmd::Command::cargo_bin("storypress")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_folder_that_is_not_a_storybook_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    for folder in ["nothere", "empty"] {
        for args in [
            vec!["build", folder],
            vec!["serve", folder, "--port", "0"],
            vec!["new", "story", "A title", "--root", folder],
            vec!["workshop", "pack.yaml", "--root", folder],
        ] {
            let (code, err) = run_in(dir.path(), &args);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(
                err.contains(&format!("no storybook.yaml in {folder}")),
                "{args:?}: {err}"
            );
            assert!(!err.contains("No path was found"), "{args:?}: {err}");
        }
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the empty folder: {left:?}");
}

#[test]
fn the_wrong_folder_points_at_the_storybook() {
    let book = Book::new();
    // From the repository, naming it: the storybook is in stories/.
    let (code, err) = run_in(book.dir.path(), &["build", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("run storypress build ./stories"), "{err}");
    // From inside the storybook, with the default ROOT.
    let (code, err) = run_in(&book.root(), &["serve"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("run storypress serve ."), "{err}");
}

#[test]
fn a_busy_port_suggests_another() {
    let book = Book::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (code, err) = run_in(book.dir.path(), &["serve", "--port", &port]);
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("--port"), "{err}");
}

/// Every command and every argument in `--help` has words after it.
#[test]
fn help_lists_build_first_and_describes_every_argument() {
    let dir = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("storypress")
            .unwrap()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let top = help(&["--help"]);
    let commands = entries(&top, "Commands:");
    assert_eq!(
        commands.first().map(|c| c.0.as_str()),
        Some("build"),
        "{top}"
    );
    for name in ["build", "check", "serve", "new", "init", "workshop"] {
        assert!(
            commands.iter().any(|c| c.0 == name),
            "{name} missing:\n{top}"
        );
    }
    for (name, _) in commands.iter().filter(|c| c.0 != "help") {
        let text = help(&[name, "--help"]);
        for section in ["Arguments:", "Options:"] {
            for (arg, about) in entries(&text, section) {
                assert!(
                    !about.is_empty() && !about.starts_with('['),
                    "{name}: {arg} is not described:\n{text}"
                );
            }
        }
    }
}

/// The (name, description) lines of one section of clap's help.
fn entries(help: &str, section: &str) -> Vec<(String, String)> {
    let Some((_, rest)) = help.split_once(&format!("\n{section}\n")) else {
        return Vec::new();
    };
    rest.lines()
        .take_while(|l| l.starts_with("  "))
        .filter(|l| !l.trim_start().is_empty() && l.len() - l.trim_start().len() <= 6)
        .map(|l| {
            let l = l.trim_start();
            let (name, about) = l.split_once("  ").unwrap_or((l, ""));
            (name.trim().to_string(), about.trim().to_string())
        })
        .collect()
}

#[test]
fn an_output_folder_inside_the_storybook_is_refused() {
    let book = Book::new();
    book.story("kept", GIVEN, "Words.");
    let root = book.root();
    // `build .` inside stories/ would write stories/site/.
    let (code, err) = run_in(&root, &["build", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("inside the storybook") && err.contains("--out ../site"),
        "{err}"
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(&root, book.path("alias")).unwrap();
    for args in [
        vec!["build", "stories", "--out", "stories/lived-experience/site"],
        vec![
            "build",
            "stories",
            "--audience",
            "workshop",
            "--out",
            "./stories/../stories/w",
        ],
        vec!["build", "stories", "--out", "alias/site"],
        vec!["build", "stories", "--out", "."],
        vec!["workshop", "pack.yaml", "--out", "stories/pack"],
    ] {
        let (code, err) = run_in(book.dir.path(), &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("fix: write it beside the storybook"),
            "{args:?}: {err}"
        );
    }
    let inside: Vec<_> = walkdir::WalkDir::new(&root)
        .into_iter()
        .map(|e| e.unwrap().path().to_path_buf())
        .filter(|p| p.is_dir())
        .collect();
    assert_eq!(inside.len(), 2, "nothing new in the storybook: {inside:?}");
    // Beside it is fine.
    assert_eq!(run_in(&root, &["build", ".", "--out", "../site"]).0, 0);
    assert!(book.path("site/lived-experience/kept/index.html").exists());
}

#[test]
fn a_missing_pack_is_looked_for_in_packs() {
    let book = Book::new();
    let (code, err) = run_in(book.dir.path(), &["workshop", "networks.yaml"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("packs/"), "{err}");
    assert!(!err.contains("such as workshops/"), "{err}");
}
