//! `storypress check`: every problem at once, in three formats, and `storypress new`.

mod common;
use common::*;
use serde_json::Value;
use storypress::date::Date;

const FRONT: &str =
    "title: T\nsummary: S\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [networks]\n";

fn find<'a>(all: &'a [Value], file: &str, code: &str) -> &'a Value {
    all.iter()
        .find(|d| d["file"] == format!("lived-experience/{file}") && d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {file}: {all:#?}"))
}

/// One known problem per file; every one is reported in a single run with its line and fix.
#[test]
fn one_known_problem_per_file_all_reported() {
    let book = Book::new();
    let soon = Date::today().add_days(30).iso();
    let s = |name: &str, front: &str, body: &str| {
        book.write(
            &format!("stories/lived-experience/{name}"),
            &format!("---\n{front}---\n{body}\n"),
        )
    };
    s(
        "nhs.md",
        &format!("{FRONT}{GIVEN}"),
        "My number was 943 476 5919 then.",
    );
    s(
        "nhs-invalid.md",
        &format!("{FRONT}{GIVEN}"),
        "The code 943 476 5918 is not an NHS number.",
    );
    s(
        "email.md",
        &format!("{FRONT}{GIVEN}"),
        "Write to sam.jones@example.com any time.",
    );
    s(
        "phone.md",
        &format!("{FRONT}{GIVEN}"),
        "Ring me on 07700 900123.",
    );
    s(
        "postcode.md",
        &format!("{FRONT}{GIVEN}"),
        "I live at M5 4WT now.",
    );
    s(
        "helpline.md",
        &format!("{FRONT}personal_data_ok: [\"0808 2000 247\"]\n{GIVEN}"),
        "Call 0808 2000 247.",
    );
    s(
        "warning-typo.md",
        &format!("{FRONT}content_warnings: [self-ham]\n{GIVEN}"),
        "x",
    );
    s(
        "not-recorded.md",
        &format!("{FRONT}consent:\n  status: given\n  scope: [web]\n  review: 2099-01-01\n"),
        "x",
    );
    s("review-soon.md", &format!("{FRONT}consent:\n  status: given\n  scope: [web]\n  recorded: 2024-01-01\n  review: {soon}\n"), "x");
    s("expired.md", &format!("{FRONT}consent:\n  status: given\n  scope: [web]\n  recorded: 2020-01-01\n  review: 2021-01-01\n"), "x");
    s("long-summary.md", &format!("title: T\nsummary: \"{}\"\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}", "word ".repeat(80)), "x");
    s(
        "dead-link.md",
        &format!("{FRONT}{GIVEN}"),
        "Intro.\n\nSee [nobody](nobody.md).",
    );
    s(
        "pending-target.md",
        &format!("{FRONT}{}", GIVEN.replace("given", "pending")),
        "x",
    );
    s(
        "links-pending.md",
        &format!("{FRONT}{GIVEN}"),
        "See [them](pending-target.md).",
    );
    write_bytes(&book, "stories/lived-experience/pic/photo.jpg", &jpeg(8, 8));
    s(
        "pic/index.md",
        &format!("{FRONT}image: {{ src: photo.jpg, alt: photo.jpg }}\n{GIVEN}"),
        "x",
    );

    let (code, all) = book.check_json();
    assert_eq!(code, 1);
    let expect = [
        ("nhs.md", "personal-nhs-number", 13, 15, "personal_data_ok"),
        ("email.md", "personal-email", 13, 10, "personal_data_ok"),
        ("phone.md", "personal-phone", 13, 12, "personal_data_ok"),
        (
            "postcode.md",
            "personal-postcode",
            13,
            11,
            "personal_data_ok",
        ),
        (
            "warning-typo.md",
            "unknown-content-warning",
            7,
            0,
            "did you mean \"self-harm\"?",
        ),
        ("not-recorded.md", "consent-not-recorded", 8, 0, "recorded:"),
        (
            "review-soon.md",
            "consent-review-soon",
            11,
            0,
            "contact the storyteller",
        ),
        (
            "expired.md",
            "consent-expired",
            11,
            0,
            "ask the storyteller again",
        ),
        (
            "long-summary.md",
            "summary-too-long",
            3,
            0,
            "one or two sentences",
        ),
        (
            "dead-link.md",
            "link-missing",
            15,
            5,
            "link to another story",
        ),
        ("links-pending.md", "link-unpublished", 13, 5, "removed"),
        (
            "pic/index.md",
            "alt-is-file-name",
            7,
            8,
            "describe what the picture shows",
        ),
    ];
    for (file, code, line, column, hint) in expect {
        let d = find(&all, file, code);
        assert_eq!(d["line"], line, "{file} {code}: {d}");
        assert_eq!(d["column"], column, "{file} {code}: {d}");
        assert!(
            d["hint"].as_str().unwrap().contains(hint),
            "{file} {code}: {d}"
        );
    }
    for clean in ["nhs-invalid.md", "helpline.md"] {
        assert!(
            !all.iter()
                .any(|d| d["file"] == format!("lived-experience/{clean}")
                    && d["severity"] == "error"),
            "{clean}: {all:#?}"
        );
    }
    let severities = |sev: &str| all.iter().filter(|d| d["severity"] == sev).count();
    assert_eq!(severities("error"), 6, "{all:#?}");
    assert!(!book.path("site").exists(), "check writes nothing");
}

#[test]
fn warnings_alone_pass() {
    let book = Book::new();
    book.story(
        "ok",
        &GIVEN.replace(
            "  recorded: 2025-05-01
",
            "",
        ),
        "Fine.",
    );
    let out = book.storypress().args(["check"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn human_format_quotes_the_line_with_a_caret_and_the_fix() {
    let book = Book::new();
    book.story("typo", &format!("site: salfrod\n{GIVEN}"), "x");
    let out = book
        .storypress()
        .args(["check", "stories", "--format", "human"])
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text.contains("error[unknown-site]: unknown site \"salfrod\""),
        "{text}"
    );
    assert!(text.contains("--> lived-experience/typo.md:7:7"), "{text}");
    assert!(text.contains("7 | site: salfrod\n"), "{text}");
    assert!(text.contains("|       ^^^^^^^\n"), "{text}");
    assert!(text.contains("= fix: did you mean \"salford\"?"), "{text}");
    assert!(text.contains("1 error and 0 warnings in 1 file"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour when not on a terminal");
}

#[test]
fn github_format_is_chosen_on_actions_with_repo_relative_paths() {
    let book = Book::new();
    book.write("stories/lived-experience/typo.md", &format!("---\ntitle: T\nsummary: S\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [access]\nthemes: [a, b]\nsite: salfrod\n{GIVEN}---\nx\n"));
    let out = book
        .storypress()
        .args(["check", "stories"])
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    let line = text
        .lines()
        .find(|l| l.starts_with("::error "))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        line,
        "::error file=stories/lived-experience/typo.md,line=8,col=7,title=storypress unknown-site::unknown site \"salfrod\"%0AFix: did you mean \"salford\"?"
    );
}

#[test]
fn new_writes_a_file_that_passes_once_consent_is_filled_in() {
    let book = Book::new();
    let out = book
        .storypress()
        .args(["new", "story", "Finding my feet again"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("lived-experience/finding-my-feet-again.md") && said.contains("next:"),
        "{said}"
    );
    let path = book.path("stories/lived-experience/finding-my-feet-again.md");
    let text = read(&path);
    for key in [
        "title:",
        "summary:",
        "storyteller:",
        "date:",
        "site:",
        "features:",
        "themes:",
        "content_warnings:",
        "quote:",
        "prompts:",
        "language:",
        "image:",
        "consent:",
        "status: pending",
        "scope:",
        "recorded:",
        "review:",
        "licence:",
        "slug:",
        "draft:",
    ] {
        assert!(text.contains(key), "{key} missing from:\n{text}");
    }
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() >= 15,
        "every field is explained"
    );
    // A reviewer allows personal data, never the author's template.
    assert!(!text.contains("personal_data_ok"), "{text}");
    for scope in ["web ", "workshop ", "print "] {
        assert!(
            text.lines()
                .any(|l| l.starts_with("#   ") && l.contains(scope)),
            "no comment explains {scope}in:\n{text}"
        );
    }

    // Pending: checks clean, and nothing would be published.
    let (code, all) = book.check_json();
    assert_eq!(code, 0, "{all:#?}");
    assert_eq!(book.build(&[]).0, 0);
    assert!(!book
        .path("site/lived-experience/finding-my-feet-again")
        .exists());

    // Only the status and dates filled in: consent given, but to no place yet.
    assert!(text.contains("  scope: []\n"), "{text}");
    let given = text
        .replace("status: pending", "status: given")
        .replace("  recorded:\n", "  recorded: 2025-05-20\n")
        .replace("  review:\n", "  review: 2099-05-20\n");
    std::fs::write(&path, &given).unwrap();
    let (code, all) = book.check_json();
    assert_eq!(code, 0, "{all:#?}");
    assert!(all.iter().all(|d| d["severity"] == "warning"));
    assert_eq!(book.build(&[]).0, 0);
    let page = book.path("site/lived-experience/finding-my-feet-again/index.html");
    assert!(!page.exists(), "published with no scope chosen");

    std::fs::write(&path, given.replace("  scope: []", "  scope: [web]")).unwrap();
    assert_eq!(book.build(&[]).0, 0);
    assert!(page.exists());

    let again = book
        .storypress()
        .args(["new", "story", "Finding my feet again"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
}

/// The template supporters copy from the guide on GitHub's website is the file `new` writes,
/// so the two ways of sending a story can't drift apart.
#[test]
fn new_writes_the_guides_template() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let book = Book::with_config(&read(&root.join("stories/storybook.yaml")));
    let guide = read(&root.join("docs/tell-your-story.md"));
    let after = guide
        .split_once("`storypress new story` writes")
        .expect("the guide marks its template")
        .1;
    let block = after.split_once("```yaml\n").unwrap().1;
    let block = block.split_once("```\n").unwrap().0;
    let out = book
        .storypress()
        .args(["new", "story", "The title of the story"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let written = read(&book.path("stories/lived-experience/the-title-of-the-story.md"));
    // The guide leaves the date to the supporter; `new` fills in today's.
    let dated: Vec<String> = written
        .lines()
        .map(|l| match l.strip_prefix("date: ") {
            Some(d) if d.len() == 10 && d.as_bytes()[4] == b'-' => "date: YYYY-MM-DD".into(),
            _ => l.to_string(),
        })
        .collect();
    assert_eq!(block, dated.join("\n") + "\n");
}

#[test]
fn new_case_study_and_site_go_in_their_folders() {
    let book = Book::new();
    assert!(book
        .storypress()
        .args(["new", "case-study", "The open door"])
        .output()
        .unwrap()
        .status
        .success());
    assert!(book
        .storypress()
        .args(["new", "site", "Luton"])
        .output()
        .unwrap()
        .status
        .success());
    assert!(read(&book.path("stories/case-studies/the-open-door.md")).contains("status: pending"));
    assert!(read(&book.path("stories/sites/luton.md")).contains("site: luton"));
    let (code, all) = book.check_json();
    assert_eq!(code, 0, "{all:#?}");
}

#[test]
fn yaml_bombs_and_huge_files_are_refused_quickly() {
    let book = Book::new();
    let mut bomb = String::from("---\ntitle: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
    let mut prev = 'a';
    for c in 'b'..='k' {
        bomb.push_str(&format!("summary{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        prev = c;
    }
    bomb.push_str("---\nx\n");
    book.write("stories/lived-experience/bomb.md", &bomb);
    book.write(
        "stories/lived-experience/huge.md",
        &format!("---\ntitle: T\n---\n{}", "a".repeat(3 * 1024 * 1024)),
    );
    let start = std::time::Instant::now();
    let (code, all) = book.check_json();
    assert!(start.elapsed().as_secs() < 10, "refused quickly");
    assert_eq!(code, 1);
    let bomb = all
        .iter()
        .find(|d| d["file"] == "lived-experience/bomb.md")
        .expect("bomb reported");
    // In the front-matter schema an alias bomb fails on its first expansion (a list where
    // text belongs); the YAML budget behind it is tested in src/yaml.rs.
    assert_eq!(bomb["severity"], "error", "{bomb}");
    assert_eq!(find(&all, "huge.md", "file-too-large")["line"], 1);
}
