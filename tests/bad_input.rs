//! Bad input is reported with the right file, line, code and fix, all problems in one run,
//! and never writes anything.

mod common;
use common::*;

fn story_file(book: &Book, name: &str, front: &str) {
    book.write(
        &format!("stories/lived-experience/{name}"),
        &format!("---\n{front}---\nBody text.\n"),
    );
}

const OK_FRONT: &str =
    "title: T\nsummary: S\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [networks]\n";

/// Builds once with one broken file per kind of mistake and checks each is reported.
#[test]
fn every_problem_is_reported_with_file_line_and_fix() {
    let book = Book::new();
    // line 1 ---, 2 title, 3 summary, 4 storyteller, 5 date, 6 features, 7.. consent
    story_file(
        &book,
        "broken-yaml.md",
        "title: T\nsummary: S\nfeatures: [networks\nstoryteller: Sam\n",
    );
    story_file(&book, "unknown-key.md", &format!("title: T\nsummary: S\nstorytellr: Sam\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}"));
    story_file(&book, "unknown-feature.md", &format!("title: T\nsummary: S\nstoryteller: Sam\ndate: 2025-06-01\nfeatures:\n  - networks\n  - netwroks\n{GIVEN}"));
    story_file(&book, "bad-date.md", &format!("title: T\nsummary: S\nstoryteller: Sam\ndate: 2025-02-30\nfeatures: [networks]\n{GIVEN}"));
    story_file(
        &book,
        "dup-one.md",
        &format!("{OK_FRONT}slug: same-slug\n{GIVEN}"),
    );
    story_file(
        &book,
        "dup-two.md",
        &format!("{OK_FRONT}slug: same-slug\n{GIVEN}"),
    );
    story_file(&book, "no-consent.md", OK_FRONT);
    book.write(
        "stories/lived-experience/with-image/portrait.jpg",
        "not really a jpeg",
    );
    book.write(
        "stories/lived-experience/with-image/index.md",
        &format!("---\n{OK_FRONT}image: {{ src: portrait.jpg }}\n{GIVEN}---\nBody.\n"),
    );
    story_file(
        &book,
        "consent-typo.md",
        &format!("{OK_FRONT}consent:\n  status: gvien\n  scope: [web]\n  review: 2099-01-01\n"),
    );
    book.write(
        "stories/lived-experience/no-fences.md",
        "title: T\n\nJust text.\n",
    );

    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    let expect = [
        (
            "lived-experience/broken-yaml.md:4:11",
            "yaml-unclosed-bracket",
            "add ]",
        ),
        (
            "lived-experience/unknown-key.md:4:1",
            "unknown-key",
            "did you mean \"storyteller\"?",
        ),
        (
            "lived-experience/unknown-feature.md:8:5",
            "unknown-feature",
            "did you mean \"networks\"?",
        ),
        ("lived-experience/bad-date.md:5:7", "bad-date", "2025-06-01"),
        (
            "lived-experience/dup-two.md:1",
            "duplicate-slug",
            "different slug",
        ),
        (
            "lived-experience/no-consent.md:1",
            "missing-consent",
            "status: pending",
        ),
        (
            "lived-experience/with-image/index.md:7:8",
            "missing-alt",
            "alt:",
        ),
        (
            "lived-experience/consent-typo.md:8:11",
            "consent-status",
            "did you mean \"given\"?",
        ),
        ("lived-experience/no-fences.md:1", "no-front-matter", "---"),
    ];
    for (place, code, hint) in expect {
        let line = err
            .lines()
            .position(|l| l.contains(&format!(" {place}")) && l.contains(&format!("[{code}]")))
            .unwrap_or_else(|| panic!("expected {code} at {place} in:\n{err}"));
        let fix: Vec<&str> = err
            .lines()
            .skip(line + 1)
            .take_while(|l| l.starts_with("  "))
            .collect();
        let fix = fix.join("\n");
        assert!(
            fix.trim_start().starts_with("fix:") && fix.contains(hint),
            "{code}: fix line {fix:?}"
        );
    }
    assert!(err.contains("nothing was written"), "{err}");
    assert!(!book.path("site").exists(), "a failed build writes nothing");
}

#[test]
fn storybook_yaml_problems_name_the_key() {
    let book = Book::with_config(
        &CONFIG
            .replace("licence: CC-BY-NC-ND-4.0", "licence: CC-BY-NC-ND-40")
            .replace("language: en", "language: english"),
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("storybook.yaml:4:11") && err.contains("[bad-language]"),
        "{err}"
    );
    assert!(
        err.contains("storybook.yaml:5:10") && err.contains("did you mean \"CC-BY-NC-ND-4.0\"?"),
        "{err}"
    );

    let book = Book::with_config(&CONFIG.replace("title:", "titel:"));
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("storybook.yaml:1:1") && err.contains("did you mean \"title\"?"),
        "{err}"
    );
}

#[test]
fn missing_storybook_yaml_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("stories")).unwrap();
    let out = assert_cmd::Command::cargo_bin("storypress")
        .unwrap()
        .current_dir(dir.path())
        .arg("build")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no storybook.yaml in stories"), "{err}");
}

#[test]
fn unknown_site_and_bad_tags_suggest_fixes() {
    let book = Book::new();
    story_file(
        &book,
        "s.md",
        &format!("{OK_FRONT}site: salfrod\nthemes: [Peer Support]\n{GIVEN}"),
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("s.md:7:7") && err.contains("did you mean \"salford\"?"),
        "{err}"
    );
    assert!(
        err.contains("s.md:8:10") && err.contains("peer-support"),
        "{err}"
    );
}

#[test]
fn image_paths_may_not_leave_the_story_folder() {
    let book = Book::new();
    book.write("stories/secret.jpg", "x");
    story_file(
        &book,
        "escape.md",
        &format!("{OK_FRONT}image: {{ src: ../secret.jpg, alt: \"A secret\" }}\n{GIVEN}"),
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("escape.md:7") && err.contains("[image-outside]"),
        "{err}"
    );
}

#[test]
fn bad_usage_exits_2() {
    let book = Book::new();
    let out = book
        .storypress()
        .args(["build", "--audience", "everyone"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn warns_about_stories_in_misspelt_folders() {
    let book = Book::new();
    book.write(
        "stories/lived-experiences/lost.md",
        &format!("---\n{OK_FRONT}{GIVEN}---\nx\n"),
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("lived-experiences/lost.md")
            && err.contains("did you mean the folder \"lived-experience\"?"),
        "{err}"
    );
}

#[test]
fn empty_values_are_reported_on_their_own_line() {
    let book = Book::new();
    story_file(
        &book,
        "empty.md",
        &format!("title: T\nsummary: S\nstoryteller: \"\"\ndate:\nfeatures: []\n{GIVEN}"),
    );
    let out = book
        .storypress()
        .args(["check", "stories", "--format", "json"])
        .output()
        .unwrap();
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let at = |code: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code)
            .map(|d| d["line"].clone())
    };
    assert_eq!(at("missing-key"), Some(5.into()), "{all:#}");
    assert_eq!(at("no-features"), Some(6.into()), "{all:#}");
    assert_eq!(at("no-storyteller"), Some(4.into()), "{all:#}");
}
