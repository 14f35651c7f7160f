//! Workshop packs and the impact page.

mod common;
use common::*;
use storypress::date::Date;

fn consent(status: &str, scope: &str, review: &str) -> String {
    format!("consent:\n  status: {status}\n  scope: [{scope}]\n  recorded: 2024-01-01\n  review: {review}\n")
}

/// A review date still ahead today but before the session below, whatever day the tests run.
fn soon() -> Date {
    Date::today().add_days(10)
}

/// Stories covering every consent case, all with the networks feature and Salford.
fn book() -> Book {
    let b = Book::new();
    let s = |slug: &str, extra: &str| {
        b.story(slug, &format!("site: salford\nprompts: [\"What helped {slug}?\"]\nquote: \"Quote of {slug}\"\n{extra}"), &format!("Words of {slug}."))
    };
    s(
        "all-ok",
        &consent("given", "web, workshop, print", "2099-01-01"),
    );
    s(
        "workshoponlyzz",
        &consent("given", "workshop", "2099-01-01"),
    );
    s("web-only", &consent("given", "web", "2099-01-01"));
    s(
        "soonexpiring",
        &consent("given", "workshop, print", &soon().iso()),
    );
    s(
        "gonewithdrawn",
        &consent("withdrawn", "web, workshop, print", "2099-01-01"),
    );
    s(
        "stillpending",
        &consent("pending", "web, workshop, print", "2099-01-01"),
    );
    s(
        "longexpired",
        &consent("given", "web, workshop, print", "2001-01-01"),
    );
    b.story(
        "elsewhere",
        &format!(
            "site: luton\n{}",
            consent("given", "web, workshop, print", "2099-01-01")
        ),
        "Luton words.",
    );
    b
}

fn pack(b: &Book, text: &str) -> (i32, String) {
    b.write("pack.yaml", text);
    b.workshop("pack.yaml")
}

#[test]
fn a_pack_holds_exactly_the_matching_stories_cleared_for_workshops() {
    let b = book();
    let (code, err) = pack(&b, &format!("title: \"Salford\"\nselect:\n  sites: [salford]\nstories: [elsewhere, gonewithdrawn]\nprompts: [\"Who did each person lean on?\"]\nnotes: \"Ninety minutes.\"\ndate: {}\n", Date::today().add_days(30).iso()));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("left out gonewithdrawn: consent was withdrawn"),
        "{err}"
    );
    let dir = b.path("workshops/pack");
    let index = read(&dir.join("index.html"));
    let cards = read(&dir.join("cards.html"));
    let present = read(&dir.join("present.html"));
    for slug in ["all-ok", "workshoponlyzz", "soonexpiring", "elsewhere"] {
        assert!(
            index.contains(&format!("Story {slug}")),
            "{slug} in the pack"
        );
        assert!(present.contains(&format!("Quote of {slug}")) || slug == "elsewhere");
    }
    // Named first, in the pack's order.
    assert!(index.find("Story elsewhere").unwrap() < index.find("Story all-ok").unwrap());
    // Never: no web-only, withdrawn, pending or expired story, in any file.
    for gone in ["web-only", "gonewithdrawn", "stillpending", "longexpired"] {
        assert_eq!(files_mentioning(&dir, gone), Vec::<String>::new(), "{gone}");
    }
    // Cards only with print consent; the rest marked in the index.
    assert!(cards.contains("Story all-ok") && !cards.contains("Story workshoponlyzz"));
    assert!(index.contains("not for print"));
    assert_eq!(cards.matches("<article class=\"card\"").count(), 3);
    // Consent that runs out before the session is flagged with its date.
    assert!(
        index.contains(&format!(
            "Consent runs out on {}, before this session",
            soon().display()
        )),
        "{index}"
    );
    // Pack and story prompts, facilitator notes, the support text at the end of the slides.
    assert!(
        cards.contains("Who did each person lean on?") && cards.contains("What helped all-ok?")
    );
    assert!(index.contains("Ninety minutes."));
    assert!(present.rfind("Samaritans").unwrap() > present.rfind("Quote of").unwrap());
    assert!(
        index.contains("noindex") && read(&dir.join(".storypress-audience")).contains("workshop")
    );
}

#[test]
fn pack_mistakes_are_reported_with_line_and_fix() {
    let b = book();
    let (code, err) = pack(
        &b,
        "title: T\nselect:\n  features: [netwroks]\nstories: [al-ok]\n",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("pack.yaml:3:14") && err.contains("did you mean \"networks\"?"),
        "{err}"
    );
    let (code, err) = pack(&b, "title: T\nstories: [al-ok]\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("pack.yaml:2:11") && err.contains("did you mean \"all-ok\"?"),
        "{err}"
    );
    let (code, err) = pack(&b, "title: T\nselekt: {}\n");
    assert_eq!(code, 1);
    assert!(err.contains("did you mean \"select\"?"), "{err}");
    assert!(!b.path("workshops").exists());
}

#[test]
fn a_pack_never_writes_into_the_public_site() {
    let b = book();
    assert_eq!(b.build(&[]).0, 0);
    b.write("pack.yaml", "title: T\nselect:\n  sites: [salford]\n");
    let out = b
        .storypress()
        .args(["workshop", "pack.yaml", "--out", "site"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds a public build"));
    assert!(files_mentioning(&b.path("site"), "workshoponlyzz").is_empty());
}

#[test]
fn the_impact_page_counts_what_is_published() {
    let b = book();
    b.write(
        "stories/storybook.yaml",
        &format!("{CONFIG}outcomes:\n  - {{ label: \"Close friend\", before: 66, after: 81, unit: \"%\", source: \"Evaluation\" }}\n  - {{ label: \"Waiting\", value: \"14–25 days\" }}\n"),
    );
    assert_eq!(b.build(&[]).0, 0);
    let page = read(&b.path("site/impact/index.html"));
    // Published to the web: all-ok, web-only, elsewhere (workshoponlyzz lacks web; the rest fail).
    for row in [
        "Salford</th><td>2",
        "Luton</th><td>1",
        "Networks</th><td>3",
        "Access</th><td>0",
    ] {
        assert!(
            page.contains(&format!("<th scope=\"row\">{row}</td>")),
            "{row}\n{page}"
        );
    }
    assert!(
        page.contains("<th scope=\"row\">Close friend</th><td>66%</td><td>81%</td>"),
        "{page}"
    );
    assert!(page.contains("14–25 days") && page.contains("width=\"81.0%\""));
}

/// The part of `html` from the first `from` after `at` to the next `to` (or the end).
fn part<'a>(html: &'a str, at: usize, from: &str, to: &str) -> &'a str {
    let start = at + html[at..].find(from).expect(from);
    let end = html[start + from.len()..]
        .find(to)
        .map_or(html.len(), |e| start + from.len() + e);
    &html[start..end]
}

#[test]
fn care_goes_with_every_story_of_a_pack_and_the_reading_copy_holds_only_printable_text() {
    let b = book();
    b.story(
        "warnedzz",
        &format!(
            "site: salford\ncontent_warnings: [suicide, self-harm]\nquote: \"Quote of warnedzz\"\n{}",
            consent("given", "web, workshop, print", "2099-01-01")
        ),
        "Words of warnedzz. Then [another story](../web-only/), [its file](web-only.md) and [help](https://www.samaritans.org/).",
    );
    let (code, err) = pack(&b, "title: T\nselect:\n  sites: [salford]\n");
    assert_eq!(code, 0, "{err}");
    let dir = b.path("workshops/pack");
    let (index, cards) = (read(&dir.join("index.html")), read(&dir.join("cards.html")));
    let (present, reading) = (
        read(&dir.join("present.html")),
        read(&dir.join("reading.html")),
    );
    let note = "Content note:</span> talks about suicide, self-harm.";

    // The reading copy: the full text of each story cleared for print, and nothing else.
    for (slug, printed) in [
        ("warnedzz", true),
        ("all-ok", true),
        ("soonexpiring", true),
        ("workshoponlyzz", false),
    ] {
        assert_eq!(
            reading.contains(&format!("Words of {slug}.")),
            printed,
            "{slug}"
        );
    }
    assert!(index.contains("href=\"reading.html\""));
    // Links to other pages lose their address, never their words; other sites keep theirs.
    assert!(
        reading
            .contains("Then another story, its file and <a href=\"https://www.samaritans.org/\""),
        "{reading}"
    );
    assert_eq!(files_mentioning(&dir, "web-only"), Vec::<String>::new());
    // Note first, then the text, with the help beside it.
    let words = reading.find("Words of warnedzz").unwrap();
    let start = reading[..words].rfind("<table class=\"reading\"").unwrap();
    let story = part(&reading, start, "<table", "</table>");
    assert!(story.find(note).unwrap() < story.find("Words of warnedzz").unwrap());
    assert!(
        story.contains("<tfoot><tr><td><div class=\"help-compact\">") && story.contains("116 123")
    );

    // Cards: every one carries the help; a warned one its note above its quote and summary.
    let card_count = cards.matches("<article class=\"card\"").count();
    assert_eq!(
        cards.matches("<div class=\"help-compact\">").count(),
        card_count
    );
    let card = part(
        &cards,
        cards.find("Story warnedzz").unwrap(),
        "Story warnedzz",
        "</article>",
    );
    let at = card.find(note).expect("the card's note");
    assert!(
        at < card.find("Quote of warnedzz").unwrap() && at < card.find("About warnedzz.").unwrap()
    );

    // The pack index names the stories with a note, and carries the help too.
    let warned_list = part(&index, 0, "<ul id=\"warned-cards\">", "</ul>");
    assert!(warned_list.contains("Story warnedzz") && !warned_list.contains("Story all-ok"));
    assert!(index.matches("class=\"help-compact\"").count() >= 1);

    // Slides: the warning, with the facilitator's cue and the help, just before the quote.
    let quote = present.find("Quote of warnedzz").unwrap();
    let slide = &present[present[..quote].rfind("<section").unwrap()..quote];
    assert!(!slide.contains("care-note"), "the quote's own slide");
    let before = &present[..present[..quote].rfind("<section").unwrap()];
    let warning = &before[before.rfind("<section").unwrap()..];
    assert!(
        warning.contains("slide-warning") && warning.contains(note),
        "{warning}"
    );
    assert!(warning.contains("check in with the room") && warning.contains("116 123"));
    // Help on the first and the last slide as well.
    let first = part(&present, 0, "<section", "</section>");
    let last = &present[present.rfind("<section").unwrap()..];
    assert!(first.contains("help-compact") && last.contains("help-compact"));
}
