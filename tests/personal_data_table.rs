//! The shared table of personal-data cases, run through `check`. The `/share/` page runs the
//! same table in Chromium (tests/browser/share.test.mjs), so a storyteller is warned in the
//! browser about exactly what `check` would refuse in their pull request.

mod common;

use common::Book;
use serde::Deserialize;
use storypress::check::check;
use storypress::consent::Audience;
use storypress::date::Date;

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    /// `[code, text as written]`, in order of position.
    found: Vec<(String, String)>,
}

fn table() -> Vec<Case> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/personal-data-cases.json"
    );
    let table: Table = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(table.cases.len() >= 50, "the table should cover every rule");
    table.cases
}

/// The characters a diagnostic points at: `span` characters from its 1-based line and column.
fn pointed_at(file: &str, line: usize, column: usize, span: u32) -> String {
    let text = file.lines().nth(line - 1).expect("the line exists");
    text.chars().skip(column - 1).take(span as usize).collect()
}

#[test]
fn check_finds_exactly_what_the_table_says() {
    let cases = table();
    let book = Book::new();
    let mut files = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let text = format!(
            "---\ntitle: \"Case\"\nsummary: \"A case.\"\nstoryteller: \"Teller\"\ndate: 2025-06-01\nfeatures: [networks]\nconsent:\n  status: pending\n  scope: []\n---\n{}\n",
            case.text
        );
        book.write(&format!("stories/lived-experience/case-{i}.md"), &text);
        files.push(text);
    }
    let checked = check(&book.root(), Audience::Public, Date::today());
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let file = format!("lived-experience/case-{i}.md");
        let found: Vec<(String, String)> = checked
            .diagnostics
            .iter()
            .filter(|d| d.file == file && d.code.starts_with("personal-"))
            .map(|d| {
                let at = pointed_at(&files[i], d.line, d.column, d.span);
                (d.code.to_string(), at)
            })
            .collect();
        if found != case.found {
            failures.push(format!(
                "{} ({:?}):\n  expected {:?}\n  found    {:?}",
                case.name, case.text, case.found, found
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
