//! The consent rule, end to end: every status × scope × review date, for both audiences.
//! A page that must not be published leaves no trace: not its words, not its slug, not its
//! file name, in any output file.

mod common;
use common::*;

const STATUSES: [&str; 3] = ["given", "pending", "withdrawn"];
const SCOPES: [&[&str]; 5] = [
    &["web"],
    &["workshop"],
    &["print"],
    &["web", "workshop", "print"],
    &[],
];
const REVIEWS: [Option<&str>; 3] = [Some("2099-01-01"), Some("2001-01-01"), None];

struct Case {
    marker: String,
    public: bool,
    workshop: bool,
}

fn write_matrix(book: &Book) -> Vec<Case> {
    let mut cases = Vec::new();
    for status in STATUSES {
        for scope in SCOPES {
            for review in REVIEWS {
                let marker = format!("mkr{:03}x", cases.len());
                let review_line = review
                    .map(|r| format!("  review: {r}\n"))
                    .unwrap_or_default();
                let consent = format!("consent:\n  status: {status}\n  scope: [{}]\n  recorded: 2020-01-01\n{review_line}", scope.join(", "));
                book.story(
                    &format!("s-{marker}"),
                    &consent,
                    &format!("The secret word is {marker}, said plainly."),
                );
                let current = status == "given" && review == Some("2099-01-01");
                cases.push(Case {
                    public: current && scope.contains(&"web"),
                    workshop: current && scope.contains(&"workshop"),
                    marker,
                });
            }
        }
    }
    cases
}

#[test]
fn consent_matrix_for_both_audiences() {
    let book = Book::new();
    let cases = write_matrix(&book);
    let (code, err) = book.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    let (code, err2) = book.build(&["stories", "--audience", "workshop"]);
    assert_eq!(code, 0, "{err2}");

    for (audience, dir, want) in [
        ("public", "site", (|c: &Case| c.public) as fn(&Case) -> bool),
        ("workshop", "site-workshop", |c: &Case| c.workshop),
    ] {
        let out = book.path(dir);
        for case in &cases {
            let page = out.join(format!("lived-experience/s-{}/index.html", case.marker));
            if want(case) {
                assert!(
                    read(&page).contains(&case.marker),
                    "{audience}: {} should be published",
                    case.marker
                );
                assert!(read(&out.join("stories.json")).contains(&case.marker));
                assert!(read(&out.join("sitemap.xml")).contains(&case.marker));
            } else {
                assert_eq!(
                    files_mentioning(&out, &case.marker),
                    Vec::<String>::new(),
                    "{audience}: {} must leave no trace",
                    case.marker
                );
            }
        }
    }
    // The build says, per file, what it left out and why.
    let left_out = err.lines().filter(|l| l.starts_with("left out ")).count();
    assert_eq!(
        left_out,
        cases.iter().filter(|c| !c.public).count(),
        "{err}"
    );
    assert!(
        err.contains("consent was withdrawn")
            && err.contains("consent is pending")
            && err.contains("expired"),
        "{err}"
    );
    assert!(
        err.contains("does not include \"web\"") && err.contains("no review date"),
        "{err}"
    );
}

#[test]
fn published_count_matches_the_rule() {
    let book = Book::new();
    let cases = write_matrix(&book);
    assert_eq!(
        cases.iter().filter(|c| c.public).count(),
        2,
        "given + web (alone or with others) + future review"
    );
    assert_eq!(cases.iter().filter(|c| c.workshop).count(), 2);
    assert_eq!(cases.len(), 45);
}

#[test]
fn withdrawing_removes_the_story_from_the_next_build() {
    let book = Book::new();
    book.story("kestrel-story", GIVEN, "I fed the kestrelwatch birds.");
    assert_eq!(book.build(&[]).0, 0);
    assert!(!files_mentioning(&book.path("site"), "kestrelwatch").is_empty());

    book.story(
        "kestrel-story",
        &GIVEN.replace("given", "withdrawn"),
        "I fed the kestrelwatch birds.",
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        files_mentioning(&book.path("site"), "kestrelwatch"),
        Vec::<String>::new()
    );
    assert_eq!(
        files_mentioning(&book.path("site"), "kestrel-story"),
        Vec::<String>::new()
    );
    assert!(
        err.contains("left out lived-experience/kestrel-story.md: consent was withdrawn"),
        "{err}"
    );
}

#[test]
fn consent_on_case_studies_and_drafts_is_respected() {
    let book = Book::new();
    book.write(
        "stories/case-studies/team-one.md",
        "---\ntitle: Team one\nsummary: A team.\ndate: 2025-01-01\nfeatures: [access]\nsite: salford\nconsent:\n  status: withdrawn\n  scope: [web]\n  review: 2099-01-01\n---\nThe zebrafinch team.\n",
    );
    book.write("stories/case-studies/team-two.md", "---\ntitle: Team two\nsummary: A team.\ndate: 2025-01-01\nfeatures: [access]\n---\nThe openteam team.\n");
    book.story(
        "draft-one",
        &format!("draft: true\n{GIVEN}"),
        "A draftword story.",
    );
    assert_eq!(book.build(&[]).0, 0);
    let site = book.path("site");
    assert!(files_mentioning(&site, "zebrafinch").is_empty());
    assert!(files_mentioning(&site, "draftword").is_empty());
    assert!(
        !files_mentioning(&site, "openteam").is_empty(),
        "a case study without a consent block is published"
    );
}

#[test]
fn unpublished_themes_and_sites_get_no_pages() {
    let book = Book::new();
    book.story(
        "shown",
        &format!("themes: [gardening]\nsite: luton\n{GIVEN}"),
        "Shown.",
    );
    book.story(
        "hidden",
        &format!(
            "themes: [secretthemeword]\nsite: salford\n{}",
            GIVEN.replace("given", "pending")
        ),
        "Hidden.",
    );
    assert_eq!(book.build(&[]).0, 0);
    let site = book.path("site");
    assert!(site.join("themes/gardening/index.html").exists());
    assert!(files_mentioning(&site, "secretthemeword").is_empty());
    let salford = read(&site.join("sites/salford/index.html"));
    assert!(!salford.contains("Story hidden"));
}

#[test]
fn links_to_unpublished_stories_are_removed_but_their_text_kept() {
    let book = Book::new();
    book.story(
        "gone-hollowmere",
        &GIVEN.replace("given", "withdrawn"),
        "Gone.",
    );
    book.story(
        "linker",
        GIVEN,
        "See [my friend's story](gone-hollowmere.md), [also](/lived-experience/gone-hollowmere/), <a href=\"../gone-hollowmere/\">raw</a>, and [a live one](kept.md).",
    );
    book.story("kept", GIVEN, "Kept.");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let site = book.path("site");
    assert_eq!(files_mentioning(&site, "hollowmere"), Vec::<String>::new());
    let page = read(&site.join("lived-experience/linker/index.html"));
    assert!(
        page.contains("my friend’s story")
            && page.contains(", raw, and")
            && !page.contains(">raw</a>"),
        "the words stay"
    );
    assert!(
        page.contains(r#"href="../../lived-experience/kept/""#),
        "published links become relative: {page}"
    );
}
