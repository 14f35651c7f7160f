//! Care on every page a reader sees: help they can tap, warnings before words, prompts kept
//! for facilitators, and a story that ends with somewhere to go.

mod common;
use common::*;

fn with(extra: &str) -> Book {
    Book::with_config(&format!("{CONFIG}{extra}"))
}

fn page(book: &Book, rel: &str) -> String {
    read(&book.path(&format!("site/{rel}")))
}

const HELPLINES: &str = r#"helplines:
  - { name: Samaritans, phone: "116 123", url: "https://www.samaritans.org/", hours: "free, any time" }
  - { name: Shout, text: "SHOUT to 85258" }
  - { name: Abroad, phone: "+44 (0)161 555 0100" }
"#;

#[test]
fn helplines_are_links_a_phone_can_call_or_text_on_every_page_and_at_a_storys_end() {
    let book = with(HELPLINES);
    book.story("one", GIVEN, "Text.");
    assert_eq!(book.build(&[]).0, 0);
    for rel in [
        "index.html",
        "lived-experience/one/index.html",
        "404.html",
        "browsing-safely/index.html",
    ] {
        let html = page(&book, rel);
        let help = &html[html.find(r#"id="support""#).unwrap()..html.find("<main").unwrap()];
        assert!(
            help.contains(r#"href="tel:116123">116 123</a>"#),
            "{rel}: {help}"
        );
        assert!(
            help.contains(r#"href="sms:85258?&amp;body=SHOUT">85258</a>"#),
            "{rel}"
        );
        assert!(help.contains(r#"href="tel:+441615550100""#), "{rel}");
        assert!(
            help.contains(r#"href="https:&#x2F;&#x2F;www.samaritans.org&#x2F;""#)
                || help.contains(r#"href="https://www.samaritans.org/""#),
            "{rel}"
        );
    }
    let story = page(&book, "lived-experience/one/index.html");
    let end = &story[story
        .find(r#"class="story-end""#)
        .expect("the story has an ending")..];
    assert!(
        end.contains("help-compact") && end.contains(r#"href="tel:116123""#),
        "{end}"
    );
}

#[test]
fn numbers_in_the_support_text_become_tel_and_sms_links() {
    let book = with("support: \"Call **116 123**, text SHOUT to 85258, or in an emergency call 999. Founded in 2010.\"\n");
    book.story("one", GIVEN, "Text.");
    assert_eq!(book.build(&[]).0, 0);
    let html = page(&book, "index.html");
    assert!(
        html.contains(r#"<a href="tel:116123">116 123</a>"#),
        "{html}"
    );
    assert!(html.contains(r#"<a href="sms:85258?&amp;body=SHOUT">85258</a>"#));
    assert!(html.contains(r#"<a href="tel:999">999</a>"#));
    assert!(!html.contains("tel:2010"), "a year is not a phone number");
    // The UK default names Samaritans, tappable.
    let plain = Book::new();
    plain.story("one", GIVEN, "Text.");
    assert_eq!(plain.build(&[]).0, 0);
    assert!(page(&plain, "index.html").contains(r#"<a href="tel:116123">116 123</a>"#));
}

#[test]
fn a_helpline_that_cannot_be_reached_safely_is_a_located_error() {
    let book = with(
        "helplines:\n  - { name: Bad phone, phone: \"call us\" }\n  - { name: Bad text, text: \"SHOUT to <b>\" }\n  - { name: Bad url, url: \"javascript:alert(1)\" }\n  - { name: Nothing }\n  - { name: \"\", phone: \"116 123\" }\n",
    );
    book.story("one", GIVEN, "Text.");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    for (what, line) in [
        ("call us", 14),
        ("<b>", 15),
        ("helpline Bad url", 16),
        ("Nothing", 17),
        ("has no name", 18),
    ] {
        let said = err.lines().find(|l| l.contains(what));
        let said = said.unwrap_or_else(|| panic!("{what} named in:\n{err}"));
        assert!(
            said.contains(&format!("storybook.yaml:{line}:")),
            "{what} at line {line}:\n{err}"
        );
    }
    assert!(!book.path("site").exists(), "nothing is written");
}

#[test]
fn prompts_are_for_facilitators_unless_the_storybook_asks() {
    let prompt = "What helped the teller?";
    let story = format!("prompts: [\"{prompt}\"]\n{GIVEN}");
    let public = Book::new();
    public.story("one", &story, "Text.");
    assert_eq!(public.build(&[]).0, 0);
    assert!(!page(&public, "lived-experience/one/index.html").contains(prompt));
    assert!(!page(&public, "stories.json").contains(prompt));
    assert_eq!(
        public
            .build(&["--audience", "workshop", "--out", "site-workshop"])
            .0,
        0
    );
    assert!(read(&public.path("site-workshop/lived-experience/one/index.html")).contains(prompt));

    let asked = with("show_prompts: true\n");
    asked.story("one", &story, "Text.");
    assert_eq!(asked.build(&[]).0, 0);
    assert!(page(&asked, "lived-experience/one/index.html").contains(prompt));
}

#[test]
fn more_stories_like_this_come_from_the_published_pages_only() {
    let book = Book::new();
    book.story("one", &format!("site: salford\n{GIVEN}"), "Text.");
    for slug in ["two", "three", "four", "five"] {
        book.story(slug, GIVEN, "Text.");
    }
    book.story("gone", "consent:\n  status: withdrawn\n", "Text.");
    book.story("waiting", "consent:\n  status: pending\n", "Text.");
    book.write(
        "stories/case-studies/unrelated.md",
        "---\ntitle: \"Unrelated\"\nsummary: \"Elsewhere.\"\ndate: 2099-01-01\nsite: luton\nfeatures: [access]\n---\nText.\n",
    );
    assert_eq!(book.build(&[]).0, 0);
    let html = page(&book, "lived-experience/one/index.html");
    let end = &html[html.find(r#"class="story-end""#).unwrap()..];
    assert!(end.contains("More stories like this"), "{end}");
    assert_eq!(
        end.matches(r#"class="card""#).count(),
        3,
        "up to three: {end}"
    );
    for never in ["gone", "waiting", "Story one", "Unrelated"] {
        assert!(!end.contains(never), "{never} is not among them");
    }
}

#[test]
fn the_feed_carries_the_content_note_from_the_one_partial() {
    let book = Book::new();
    book.story(
        "warned",
        &format!("content_warnings: [self-harm]\n{GIVEN}"),
        "Text.",
    );
    book.story("plain", GIVEN, "Text.");
    assert_eq!(book.build(&[]).0, 0);
    let feed = page(&book, "atom.xml");
    let entry = &feed[feed.find("Story warned").unwrap()..];
    let note = entry
        .find("Content note:")
        .expect("the note is in the feed");
    assert!(
        note < entry.find("About warned.").unwrap(),
        "before the summary"
    );
    let plain = &feed[feed.find("Story plain").unwrap()..];
    assert!(!plain[..plain.find("</entry>").unwrap()].contains("Content note"));
    // A storybook's own wording of the note is the feed's too.
    book.write(
        "stories/templates/partials/care-note.html",
        "{% if cw %}<p>Heads up: {{ cw | join(sep=\", \") }}</p>{% endif %}",
    );
    assert_eq!(book.build(&[]).0, 0);
    assert!(page(&book, "atom.xml").contains("Heads up: self-harm"));
}

#[test]
fn a_story_page_puts_the_warning_before_the_summary_and_names_its_language() {
    let book = Book::new();
    book.story(
        "warned",
        &format!("content_warnings: [crisis]\nthemes: [peer-support]\nquote: \"I didn't know anyone.\"\n{GIVEN}"),
        "At first I didn’t know anyone. Then I did.",
    );
    book.story("polski", &format!("language: pl\n{GIVEN}"), "Tekst.");
    assert_eq!(book.build(&[]).0, 0);
    let html = page(&book, "lived-experience/warned/index.html");
    let html = &html[html.find("<h1>").unwrap()..];
    let warning = html.find("Before you read").unwrap();
    assert!(
        warning < html.find("About warned.").unwrap(),
        "the warning before the summary"
    );
    assert!(
        !html.contains("pull-quote"),
        "the quote is in the text: shown once"
    );
    assert!(html.contains(">Peer support</a>") && !html.contains(">peer-support</a>"));
    assert!(page(&book, "themes/peer-support/index.html").contains("<h1>Peer support</h1>"));
    let list = page(&book, "lived-experience/index.html");
    let card = &list[list.find("Story polski").unwrap()..];
    assert!(card[..card.find("</article>").unwrap()].contains("In Polish"));
    let card = &list[list.find("Story warned").unwrap()..];
    assert!(card.find("Content note").unwrap() < card.find("About warned.").unwrap());
}

#[test]
fn a_feature_tile_counts_what_its_page_lists() {
    let book = Book::new();
    book.story("one", GIVEN, "Text.");
    book.story("two", GIVEN, "Text.");
    book.write(
        "stories/case-studies/team.md",
        "---\ntitle: \"A team\"\nsummary: \"About a team.\"\ndate: 2025-06-01\nfeatures: [networks]\n---\nText.\n",
    );
    book.write(
        "stories/sites/salford.md",
        "---\ntitle: \"Salford\"\nsummary: \"The place.\"\ndate: 2025-06-01\nsite: salford\nfeatures: [networks]\n---\nText.\n",
    );
    assert_eq!(book.build(&[]).0, 0);
    let listed = page(&book, "features/networks/index.html")
        .matches(r#"class="card""#)
        .count();
    assert_eq!(listed, 4);
    let home = page(&book, "index.html");
    assert!(
        home.contains(r#"2 stories</span> · <span class="nowrap">1 case study</span> · <span class="nowrap">1 place profile"#),
        "{home}"
    );
    assert!(
        home.contains(r#"href="impact/""#),
        "the home page leads to the impact page"
    );
}

#[test]
fn the_share_invitation_and_browsing_safely_page() {
    let book = with("share: { text: \"Tell us yours.\", url: \"https://example.org/share\" }\nquick_exit: { url: \"https://www.bbc.co.uk/weather\" }\n");
    book.story("one", GIVEN, "Text.");
    assert_eq!(book.build(&[]).0, 0);
    let html = page(&book, "lived-experience/one/index.html");
    assert!(
        html.contains("Tell us yours.")
            && html.contains("https:&#x2F;&#x2F;example.org&#x2F;share")
                | html.contains("https://example.org/share")
    );
    assert!(html.contains(r#"class="browsing-safely-link" href="../../browsing-safely/""#));
    assert!(page(&book, "browsing-safely/index.html").contains("private window"));
    assert!(page(&book, "sitemap.xml").contains("browsing-safely/"));
    let bad = with("share: { url: \"javascript:alert(1)\" }\n");
    bad.story("one", GIVEN, "Text.");
    let (code, err) = bad.build(&[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("share.url") && err.contains("storybook.yaml:13:"),
        "{err}"
    );
    let plain = Book::new();
    plain.story("one", GIVEN, "Text.");
    assert_eq!(plain.build(&[]).0, 0);
    assert!(page(&plain, "lived-experience/one/index.html").contains("share your own story"));
}
