//! Hostile Markdown cannot hang a build: each story below repeats one construct thousands of
//! times, at a size that used to take the build (or `check`'s report) many seconds or minutes.
//! Each asserts what the reader or reviewer gets; `bench/hostile.sh` measures the growth.

mod common;
use common::*;
use serde_json::Value;
use std::collections::HashSet;

/// The story body starts on this line of a file written by `Book::story` with `GIVEN`.
const BODY_LINE: usize = 13;

fn page(book: &Book, slug: &str) -> String {
    read(&book.path(&format!("site/lived-experience/{slug}/index.html")))
}

/// Every `id="…"` on the page, asserting that none is given twice.
fn unique_ids(html: &str) -> HashSet<&str> {
    let mut seen = HashSet::new();
    for id in html
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        assert!(seen.insert(id), "id {id:?} is given twice");
    }
    seen
}

fn check(book: &Book, format: &str) -> (i32, String) {
    let out = book
        .storypress()
        .args(["check", "stories", "--format", format])
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn check_json(book: &Book) -> Vec<Value> {
    let (_, out) = check(book, "json");
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn thousands_of_identical_headings_each_get_their_own_anchor() {
    let book = Book::new();
    let body = "## Same\n".repeat(12_000) + &"Same\n----\n\n".repeat(4000);
    book.story("same", GIVEN, &body);
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let html = page(&book, "same");
    let ids = unique_ids(&html);
    assert_eq!(html.matches("<h2 id=\"same").count(), 16_000);
    assert!(
        ids.contains("same") && ids.contains("same-16000"),
        "{ids:?}"
    );
}

#[test]
fn thousands_of_references_to_one_footnote_each_link_to_it() {
    let book = Book::new();
    let body = "Text[^a].\n".repeat(16_000) + "\n[^a]: The note.\n";
    book.story("notes", GIVEN, &body);
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let html = page(&book, "notes");
    let ids = unique_ids(&html);
    let references = html
        .matches(r##"<a href="#note-a" id="note-a-ref"##)
        .count();
    assert_eq!(references, 16_000);
    assert!(ids.contains("note-a-ref-16000"), "{ids:?}");
    // The way back still goes to the first reference.
    assert!(html.contains(r##"<a href="#note-a-ref" class="footnote-backref""##));
}

/// Quotes, lists, emphasis and HTML tags thousands deep: refused at the line where the nesting passes
/// the limit, by `check` and by `build`, which writes nothing.
#[test]
fn deep_nesting_is_refused_at_its_line() {
    let book = Book::new();
    let deep = [
        ("quotes", "> ".repeat(20_000) + "deep"),
        ("lists", "- ".repeat(20_000) + "deep"),
        ("tags", "<div>".repeat(20_000) + "deep"),
        (
            "emphasis",
            "*".repeat(20_000) + "deep" + &"*".repeat(20_000),
        ),
    ];
    for (slug, text) in &deep {
        book.story(slug, GIVEN, &format!("A first paragraph.\n\n{text}\n"));
    }
    book.story("shallow", GIVEN, &"> ".repeat(20));
    let all = check_json(&book);
    let deep_ones: Vec<&Value> = all
        .iter()
        .filter(|d| d["code"] == "nesting-too-deep")
        .collect();
    assert_eq!(deep_ones.len(), deep.len(), "{deep_ones:#?}");
    for (slug, _) in &deep {
        let d = deep_ones
            .iter()
            .find(|d| d["file"] == format!("lived-experience/{slug}.md"))
            .unwrap_or_else(|| panic!("{slug} not refused: {deep_ones:#?}"));
        assert_eq!(d["line"], BODY_LINE + 2, "{d:#}");
        assert_eq!(d["severity"], "error");
        assert!(
            d["hint"].as_str().unwrap().contains("fewer levels"),
            "{d:#}"
        );
    }
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("lived-experience/quotes.md:15"), "{err}");
    assert!(!book.path("site").exists());
}

/// 5,000 copies of one mistake are shown 20 times and summed up once, in every format, and
/// the totals still count every one.
#[test]
fn thousands_of_one_problem_are_summed_up() {
    let book = Book::new();
    let emails: Vec<String> = (0..5000).map(|i| format!("p{i}@example.org")).collect();
    book.story("emails", GIVEN, &emails.join(" "));
    book.story("links", GIVEN, &"[gone](missing.md)\n".repeat(5000));
    let all = check_json(&book);
    let of = |code: &str| -> Vec<&Value> { all.iter().filter(|d| d["code"] == code).collect() };
    for (code, line) in [
        ("personal-email", BODY_LINE),
        ("link-missing", BODY_LINE + 20),
    ] {
        let found = of(code);
        assert_eq!(found.len(), 21, "{code}");
        let last = found[20];
        assert_eq!(last["message"], "… and 4,980 more like this in this file");
        assert_eq!(last["line"], line, "{last:#}");
    }
    // The twentieth address is where the line says it is.
    let twentieth = format!(" {}", emails[19]);
    let column = emails.join(" ").find(&twentieth).unwrap() + 2;
    assert_eq!(of("personal-email")[19]["column"], column);

    let (code, human) = check(&book, "human");
    assert_eq!(code, 1);
    let end = &human[human.len() - 300..];
    assert!(end.contains("5000 errors and 5000 warnings"), "{end}");
    assert_eq!(human.matches("more like this in this file").count(), 2);
    // The 90,000-character line is quoted around each address, not whole.
    let longest = human.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 400, "a report line of {longest} characters");

    let (_, github) = check(&book, "github");
    assert_eq!(github.matches("::error ").count(), 21);
    assert_eq!(github.matches("::warning ").count(), 21);
}

/// The storybook's own texts are not stories and are not refused, but nesting past the limit
/// is dropped (its words kept), so the home page is built, and quickly.
#[test]
fn deep_nesting_in_the_storybook_intro_is_flattened() {
    let intro = format!("intro: \"{}welcome home\"\n", "> ".repeat(20_000));
    let book = Book::with_config(&CONFIG.replace("intro: \"Welcome.\"\n", &intro));
    book.story("sam", GIVEN, "A story.");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let home = read(&book.path("site/index.html"));
    assert!(home.contains("welcome home"), "the intro's words are kept");
    let quotes = home.matches("<blockquote>").count();
    assert!((50..=100).contains(&quotes), "{quotes} quotes deep");
}
