//! Listings in pages, the feeds per feature and place, and `stories.csv` (issue 17).

mod common;
use common::*;

/// A date a day later for each `i`, so story `i + 1` is newer than story `i`.
fn date(i: usize) -> String {
    format!(
        "{}-{:02}-{:02}",
        2001 + i / 336,
        1 + (i / 28) % 12,
        1 + i % 28
    )
}

/// `n` stories, all in `networks`, the even ones in Salford and the odd ones in Luton.
fn book_of(n: usize, config_extra: &str) -> Book {
    let book = Book::with_config(&format!("{CONFIG}{config_extra}"));
    for i in 0..n {
        let site = if i % 2 == 0 { "salford" } else { "luton" };
        book.write(
            &format!("stories/lived-experience/s{i:04}.md"),
            &format!("---\ntitle: \"Story {i:04}\"\nsummary: \"About {i}.\"\ndate: {}\nfeatures: [networks]\nsite: {site}\nthemes: [peer-support]\n{GIVEN}---\nText of story {i}.\n", date(i)),
        );
    }
    book
}

fn site(book: &Book, rel: &str) -> String {
    read(&book.path(&format!("site/{rel}")))
}

#[test]
fn three_hundred_stories_in_pages_of_24() {
    let book = book_of(300, "");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let out = book.path("site");
    // 300 ÷ 24: 12 full pages and one of 12.
    assert!(out.join("lived-experience/page/13/index.html").exists());
    assert!(!out.join("lived-experience/page/14/index.html").exists());
    assert!(
        !out.join("lived-experience/page/1/index.html").exists(),
        "page 1 is the listing's own address"
    );
    let first = site(&book, "lived-experience/index.html");
    assert!(first.matches("class=\"card").count() >= 24);
    assert!(
        first.find("Story 0299").unwrap() < first.find("Story 0298").unwrap(),
        "newest first"
    );
    assert!(
        !first.contains("Story 0275"),
        "the 25th newest is on page 2"
    );
    let second = site(&book, "lived-experience/page/2/index.html");
    assert!(second.contains("Story 0275") && !second.contains("Story 0299"));
    assert!(
        second.contains("(page 2 of 13)"),
        "the title says which page"
    );
    assert!(second.contains("<link rel=\"prev\" href=\"../../../lived-experience/\">"));
    assert!(second.contains("<link rel=\"next\" href=\"../../../lived-experience/page/3/\">"));
    assert!(second.contains("rel=\"prev\"><span") && second.contains("rel=\"next\">Next"));
    assert!(second.contains("<nav class=\"pagination\" aria-label="));
    assert!(second.contains("aria-label=\"Page 2\" aria-current=\"page\""));
    assert!(
        second.contains("⋯"),
        "an ellipsis between page 3 and page 13"
    );
    let last = site(&book, "lived-experience/page/13/index.html");
    assert!(!last.contains("rel=\"next\"") && last.contains("Story 0000"));
    assert!(!first.contains("rel=\"prev\""));
    // Features, places and themes are paginated the same way.
    assert!(out.join("features/networks/page/13/index.html").exists());
    assert!(out.join("sites/salford/page/7/index.html").exists());
    assert!(!out.join("sites/salford/page/8/index.html").exists());
    assert!(out.join("themes/peer-support/page/13/index.html").exists());
    // Every page in the sitemap.
    let sitemap = site(&book, "sitemap.xml");
    for n in 2..=13 {
        for l in [
            "lived-experience",
            "features/networks",
            "themes/peer-support",
        ] {
            let loc = format!("<loc>https://example.org/storybook/{l}/page/{n}/</loc>");
            assert!(sitemap.contains(&loc), "{loc}");
        }
    }
    // No HTML page over 100 KiB.
    for e in walkdir::WalkDir::new(&out) {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "html") {
            let len = e.metadata().unwrap().len();
            assert!(len <= 100 * 1024, "{} is {len} bytes", e.path().display());
        }
    }
}

#[test]
fn listings_link_narrower_lists_that_work_without_scripts() {
    let book = book_of(30, "");
    assert_eq!(book.build(&[]).0, 0);
    let feature = site(&book, "features/networks/index.html");
    assert!(
        feature
            .contains("href=\"../../search/?feature=networks&amp;site=salford\">Salford</a> (15)"),
        "{feature}"
    );
    let place = site(&book, "sites/luton/index.html");
    assert!(place.contains("search/?site=luton&amp;feature=networks"));
}

#[test]
fn page_size_is_configurable_and_checked() {
    let book = book_of(12, "page_size: 5\n");
    assert_eq!(book.build(&[]).0, 0);
    assert!(book
        .path("site/lived-experience/page/3/index.html")
        .exists());
    assert!(!book
        .path("site/lived-experience/page/4/index.html")
        .exists());

    let book = book_of(1, "page_size: 0\n");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("page_size") && err.contains("1 to 100"),
        "{err}"
    );

    let book = book_of(1, "page_sise: 10\n");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1);
    assert!(err.contains("page_size"), "a did-you-mean: {err}");
}

fn entries(xml: &str) -> usize {
    xml.matches("<entry>").count()
}

#[test]
fn feeds_hold_the_newest_and_only_published_stories_with_their_warnings() {
    let book = book_of(60, "");
    book.write("stories/lived-experience/gone.md", "---\ntitle: \"Withdrawn one\"\nsummary: \"Gone.\"\ndate: 2030-01-01\nfeatures: [networks]\nsite: luton\nconsent:\n  status: withdrawn\n---\nGone.\n");
    book.write("stories/lived-experience/warned.md", &format!("---\ntitle: \"Warned one\"\nsummary: \"Hard.\"\ndate: 2030-01-02\nfeatures: [access]\nsite: luton\ncontent_warnings: [self-harm]\n{GIVEN}---\nHard.\n"));
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let atom = site(&book, "atom.xml");
    assert_eq!(entries(&atom), 50, "the newest 50");
    assert!(atom.find("Warned one").unwrap() < atom.find("Story 0059").unwrap());
    assert!(!atom.contains("Story 0009"), "the 51st newest is left out");
    let networks = site(&book, "features/networks/atom.xml");
    assert_eq!(entries(&networks), 50);
    assert!(
        networks.contains("features/networks/atom.xml\"/>") && !networks.contains("Warned one")
    );
    let access = site(&book, "features/access/atom.xml");
    assert_eq!(entries(&access), 1);
    let luton = site(&book, "sites/luton/atom.xml");
    assert_eq!(entries(&luton), 31);
    assert!(
        !luton.contains("Story 0058"),
        "Salford's stories are not in Luton's feed"
    );
    // The warning's content note comes first, as in atom.xml.
    for feed in [&atom, &access, &luton] {
        let at = feed.find("<title>Warned one").unwrap();
        let summary = &feed[at..feed[at..].find("</entry>").unwrap() + at];
        assert!(
            summary.contains("self harm") || summary.contains("self-harm"),
            "{summary}"
        );
    }
    // Linked from their pages.
    let page = site(&book, "features/access/index.html");
    assert!(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Access · Test storybook\" href=\"../../features/access/atom.xml\">"));
    assert!(page.contains("href=\"../../features/access/atom.xml\" type=\"application/atom+xml\">"));
    assert!(site(&book, "sites/luton/index.html").contains("sites/luton/atom.xml"));
    // The withdrawn story is nowhere.
    let out = book.path("site");
    let found = files_mentioning(&out, "Withdrawn one");
    assert!(found.is_empty(), "{found:?}");
    let exports = site(&book, "stories.csv") + &site(&book, "stories.json");
    assert!(!exports.contains("gone"));
}

#[test]
fn stories_csv_is_complete_escaped_and_safe_in_a_spreadsheet() {
    let book = book_of(40, "");
    book.write("stories/lived-experience/odd.md", &format!("---\ntitle: \"=HYPERLINK(\\\"http://x\\\")\"\nsummary: \"Commas, \\\"quotes\\\" and all\"\nstoryteller: \"@someone\"\ndate: 2030-01-01\nfeatures: [networks, access]\nquote: \"-1 and +1\"\n{GIVEN}---\nText.\n"));
    assert_eq!(book.build(&[]).0, 0);
    let csv = site(&book, "stories.csv");
    let csv = csv
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for spreadsheets");
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "kind,slug,url,title,summary,date,storyteller,site,features,themes,content_warnings,quote,prompts,language,licence"
    );
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 41, "every published page");
    let odd = rows[0];
    assert!(
        odd.starts_with(
            "lived-experience,odd,https://example.org/storybook/lived-experience/odd/,"
        ),
        "{odd}"
    );
    assert!(odd.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{odd}");
    assert!(
        odd.contains(",\"Commas, \"\"quotes\"\" and all\","),
        "{odd}"
    );
    assert!(odd.contains(",\"'@someone\","));
    assert!(odd.contains(",networks; access,"));
    assert!(odd.contains(",\"'-1 and +1\","));
    assert!(
        rows[1].starts_with("lived-experience,s0039,"),
        "newest first"
    );
}
