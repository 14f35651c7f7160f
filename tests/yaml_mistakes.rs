//! The YAML mistakes beginners make, each named in plain words at the line and column of the
//! mistake itself; one mistake never hides the file's other problems; and personal data never
//! reaches a log, an annotation or a run summary.

mod common;
use common::*;
use serde_json::Value;
use std::path::Path;

const FIXTURES: &str = "tests/fixtures/mistakes";

/// Each row of `cases.txt`: its fixture reports exactly that one problem, where the mistake
/// is, in its own words (never the parser's), and nothing else.
#[test]
fn every_beginners_mistake_has_its_own_message_line_and_column() {
    let table = std::fs::read_to_string(Path::new(FIXTURES).join("cases.txt")).unwrap();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(" | ").map(str::trim).collect())
        .collect();
    assert!(rows.len() >= 16, "at least 15 mistakes and the clean case");
    let book = Book::new();
    for row in &rows {
        let text = std::fs::read(Path::new(FIXTURES).join(row[0])).unwrap();
        write_bytes(
            &book,
            &format!("stories/lived-experience/{}", row[0]),
            &text,
        );
    }
    let fixtures = std::fs::read_dir(FIXTURES).unwrap().count() - 1;
    assert_eq!(
        fixtures,
        rows.len(),
        "every fixture has its row in cases.txt"
    );
    let (_, diags) = book.check_json();
    for row in &rows {
        let file = format!("lived-experience/{}", row[0]);
        let found: Vec<&Value> = diags
            .iter()
            .filter(|d| d["file"] == file.as_str())
            .collect();
        if row[1] == "-" {
            assert!(found.is_empty(), "{file} should be clean: {found:#?}");
            continue;
        }
        assert_eq!(
            found.len(),
            1,
            "{file}: one problem, the mistake: {found:#?}"
        );
        let d = found[0];
        let message = d["message"].as_str().unwrap();
        assert_eq!(d["code"], row[1], "{file}: {d:#}");
        assert_eq!(d["severity"], row[2], "{file}: {d:#}");
        assert_eq!(d["line"].to_string(), row[3], "{file}: line: {d:#}");
        assert_eq!(d["column"].to_string(), row[4], "{file}: column: {d:#}");
        assert!(message.contains(row[5]), "{file}: {message}");
        assert!(!message.contains("could not be read"), "{file}: {message}");
        assert!(!d["hint"].as_str().unwrap().is_empty(), "{file}: a fix");
    }
}

/// A story whose YAML has a mistake is never published, even when the mistake could be
/// mended well enough to find its other problems.
#[test]
fn a_file_with_a_yaml_mistake_is_never_published() {
    let book = Book::new();
    book.story("fine", GIVEN, "A good story.");
    for name in ["tab-indent.md", "stray-quote.md", "list-of-one.md"] {
        let text = std::fs::read(Path::new(FIXTURES).join(name)).unwrap();
        write_bytes(&book, &format!("stories/lived-experience/{name}"), &text);
    }
    let root = book.root();
    let config = storypress::config::load(&root).unwrap();
    let (sources, _) = storypress::load::find_sources(&root);
    let mut published = Vec::new();
    for source in sources {
        let (page, _) = storypress::frontmatter::parse(source, &config);
        published.extend(page.map(|p| p.slug));
    }
    assert_eq!(published, ["fine"]);
    let (code, _) = book.build(&[]);
    assert_eq!(code, 1);
}

/// The example: a tab, a misspelt feature and a phone number are all reported in one
/// run, and so are the story text's broken picture and link.
#[test]
fn a_yaml_mistake_hides_no_other_problem() {
    let book = Book::new();
    book.write(
        "stories/lived-experience/several.md",
        "---\ntitle: \"Several\"\nsummary: \"Ring 07700 900123.\"\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [netwroks]\nconsent:\n\tstatus: given\n  scope: [web]\n  recorded: 2025-05-01\n  review: 2099-05-01\n---\nSee ![a view](nowhere.jpg) and [Jo](jo.md).\n",
    );
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let place = |code: &str| {
        diags
            .iter()
            .find(|d| d["code"] == code)
            .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
            .unwrap_or_else(|| panic!("no {code} in {diags:#?}"))
    };
    assert_eq!(place("yaml-tab"), (8, 1));
    assert_eq!(place("unknown-feature"), (6, 12));
    assert_eq!(place("personal-phone"), (3, 16));
    assert_eq!(place("image-missing").0, 13);
    assert_eq!(place("link-missing").0, 13);
}

/// The values a check finds, and what may be shown of them instead.
const FOUND: [(&str, &str); 4] = [
    ("07700 900123", "077•• ••••23"),
    ("jo.bloggs@example.org", "j•.••••••@e••••••.org"),
    ("943 476 5919", "••• ••• ••••"),
    ("M5 4WT", "M5 ••T"),
];

fn book_with_personal_data() -> Book {
    let book = Book::new();
    let body: Vec<String> = FOUND.iter().map(|(v, _)| format!("Mine: {v}.")).collect();
    book.story("leaky", GIVEN, &body.join("\n\n"));
    book
}

/// Annotations, the JSON for tools, and a human report written anywhere but the writer's
/// own terminal (a CI log, the run summary) show the kind and place of personal data, masked.
#[test]
fn public_reports_never_show_personal_data() {
    let book = book_with_personal_data();
    for format in ["github", "json", "human"] {
        let out = book
            .storypress()
            .args(["check", "stories", "--format", format])
            .env("GITHUB_ACTIONS", "true")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        for (value, masked) in FOUND {
            assert!(!text.contains(value), "{format} shows {value}:\n{text}");
            assert!(text.contains(masked), "{format} lacks {masked}:\n{text}");
        }
        for kind in ["personal-phone", "personal-email", "personal-nhs-number"] {
            assert!(text.contains(kind), "{format}: {kind}");
        }
    }
    let (_, err) = book.build(&[]);
    for (value, _) in FOUND {
        assert!(!err.contains(value), "build log shows {value}:\n{err}");
    }
}
