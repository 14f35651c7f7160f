//! What `storypress build` writes, and what it refuses to touch.

mod common;
use common::*;

#[test]
fn a_failed_build_leaves_the_previous_site_byte_for_byte() {
    let book = Book::new();
    book.story("first", GIVEN, "First story.");
    assert_eq!(book.build(&[]).0, 0);
    let before = snapshot(&book.path("site"));
    assert!(before.len() > 10);

    book.story("second", GIVEN, "Second story.");
    book.story("broken", "features: [nope]\n", "Broken.");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(snapshot(&book.path("site")), before);
    let leftovers: Vec<_> = std::fs::read_dir(book.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with(".site"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn a_template_error_also_leaves_the_site_alone() {
    let book = Book::new();
    book.story("first", GIVEN, "First story.");
    assert_eq!(book.build(&[]).0, 0);
    let before = snapshot(&book.path("site"));
    book.write("stories/templates/story.html", "{% extends \"base.html\" %}{% block main %}{{ page.no_such_field.deeper }}{% endblock main %}");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("templates/story.html"), "{err}");
    assert_eq!(snapshot(&book.path("site")), before);
}

/// Files are written as they are rendered, so a build that fails halfway has already put
/// some of its pages (and search fragments) beside the site: none of them may stay on disk.
#[test]
fn a_build_that_fails_while_rendering_leaves_none_of_its_words_on_disk() {
    let book = Book::new();
    book.story("first", GIVEN, "First story.");
    assert_eq!(book.build(&[]).0, 0);
    let before = snapshot(&book.path("site"));
    book.story("second", GIVEN, "A word nobody else says: quindlewick.");
    book.write(
        "stories/templates/story.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.no_such_field.deeper }}{% endblock main %}",
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(snapshot(&book.path("site")), before);
    for entry in walkdir::WalkDir::new(book.dir.path()) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() && !entry.path().starts_with(book.path("stories")) {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("quindlewick"),
                "{} keeps the failed build's words",
                entry.path().display()
            );
        }
    }
}

#[test]
fn refuses_to_replace_a_folder_that_is_not_storypress_output() {
    let book = Book::new();
    book.story("first", GIVEN, "x");
    book.write("mine/thesis.txt", "years of work");
    let (code, err) = book.build(&["stories", "--out", "mine"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a storypress output folder"), "{err}");
    assert_eq!(read(&book.path("mine/thesis.txt")), "years of work");
}

#[test]
fn public_and_workshop_builds_never_share_a_folder() {
    let book = Book::new();
    book.story("first", GIVEN, "x");
    assert_eq!(book.build(&["stories", "--audience", "workshop"]).0, 0);
    assert_eq!(
        read(&book.path("site-workshop/.storypress-audience")).trim(),
        "workshop"
    );
    let (code, err) = book.build(&["stories", "--out", "site-workshop"]);
    assert_eq!(code, 1);
    assert!(err.contains("holds a workshop build"), "{err}");

    assert_eq!(book.build(&[]).0, 0);
    let (code, _) = book.build(&["stories", "--audience", "workshop", "--out", "site"]);
    assert_eq!(code, 1);
    let internal = read(&book.path("site-workshop/lived-experience/first/index.html"));
    assert!(
        internal.contains("noindex"),
        "workshop pages are not for search engines"
    );
    assert_eq!(
        read(&book.path("site-workshop/robots.txt")),
        "User-agent: *\nDisallow: /\n"
    );
}

#[test]
fn works_under_a_sub_path() {
    let book = Book::with_config(&CONFIG.replace(
        "https://example.org/storybook/",
        "https://example.org/deep/storybook",
    ));
    book.story("sam", &format!("site: salford\n{GIVEN}"), "Sam's story.");
    assert_eq!(book.build(&[]).0, 0);
    let site = book.path("site");
    let page = read(&site.join("lived-experience/sam/index.html"));
    assert!(
        page.contains(r#"href="https://example.org/deep/storybook/lived-experience/sam/""#),
        "canonical URL under the sub-path"
    );
    assert!(
        page.contains(r#"href="../../style.css""#),
        "assets are relative"
    );
    assert!(
        page.contains(r#"href="../../features/networks/""#),
        "links are relative"
    );
    assert!(
        !page.contains(r#"href="/"#),
        "no root-absolute link would break under a sub-path"
    );
    let not_found = read(&site.join("404.html"));
    assert!(
        not_found.contains(r#"href="/deep/storybook/style.css""#),
        "the 404 page works at any depth"
    );
    assert!(read(&site.join("sitemap.xml"))
        .contains("<loc>https://example.org/deep/storybook/lived-experience/sam/</loc>"));
    assert!(read(&site.join("atom.xml"))
        .contains(r#"href="https://example.org/deep/storybook/atom.xml""#));
    assert!(read(&site.join("robots.txt"))
        .contains("Sitemap: https://example.org/deep/storybook/sitemap.xml"));
    let json: serde_json::Value = serde_json::from_str(&read(&site.join("stories.json"))).unwrap();
    assert_eq!(
        json[0]["url"],
        "https://example.org/deep/storybook/lived-experience/sam/"
    );
}

#[test]
fn story_html_is_sanitised_end_to_end() {
    let book = Book::new();
    book.story(
        "hostile",
        GIVEN,
        "Hi <script>alert('x')</script><img src=x onerror=alert(1)>\n\n<a href=\"javascript:alert(1)\">j</a> <a href=\"data:text/html,hi\">d</a>\n\n<iframe src=\"https://evil.example\"></iframe><p onclick=\"steal()\">para</p>\n\n[out](https://www.samaritans.org/)\n",
    );
    assert_eq!(book.build(&[]).0, 0);
    let page = read(&book.path("site/lived-experience/hostile/index.html"));
    let story = page.split("<main").nth(1).unwrap();
    for bad in [
        "alert(",
        "onerror",
        "javascript:",
        "data:text",
        "<iframe",
        "onclick",
        "evil.example",
    ] {
        assert!(!story.contains(bad), "{bad} survived in {story}");
    }
    assert!(
        story
            .contains(r#"<a href="https://www.samaritans.org/" rel="noopener noreferrer">out</a>"#),
        "{story}"
    );
}

#[test]
fn story_pages_carry_what_readers_need() {
    let book = Book::new();
    book.story("warned", &format!("site: luton\nthemes: [housing]\ncontent_warnings: [self-harm]\nquote: \"A line to remember.\"\nlanguage: pl\n{GIVEN}"), "## Part one\n\nText.");
    assert_eq!(book.build(&[]).0, 0);
    let page = read(&book.path("site/lived-experience/warned/index.html"));
    // The interface is in the storybook's language; the story's own words carry theirs.
    assert!(
        page.contains(r#"<html lang="en" dir="ltr""#),
        "the interface's language"
    );
    assert!(
        page.contains(r#"<h1 lang="pl" dir="ltr">"#),
        "the story's own language"
    );
    assert!(page.contains("Teller warned"), "storyteller credit");
    assert!(page.contains(r#"datetime="2025-06-01""#) && page.contains("1 June 2025"));
    assert!(page.contains("min read"));
    assert!(page.contains("A line to remember."));
    assert!(
        page.contains(r#"href="../../themes/housing/""#)
            && page.contains(r#"href="../../sites/luton/""#)
    );
    let warning = page.find("self-harm").expect("content warning shown");
    let details = page
        .find(r#"<details class="story-toggle""#)
        .expect("story held back in <details>");
    let body = page.find("Part one").unwrap();
    assert!(
        warning < details && details < body,
        "warning first, then the story behind <details>"
    );
    assert!(
        !page[details..body].contains(" open"),
        "the reader chooses to open it"
    );
    assert!(
        page.contains("Samaritans") && page.contains("116 123"),
        "default support text"
    );
    assert!(page.contains("Creative Commons"), "the licence");
    assert!(page.contains(r##"href="#main""##), "skip link");
    assert!(page.contains(r#"property="og:title""#) && page.contains(r#"rel="canonical""#));
}

#[test]
fn storybook_templates_override_the_default_theme() {
    let book = Book::new();
    book.story("one", GIVEN, "x");
    book.write(
        "stories/templates/404.html",
        "<!doctype html><title>Lost</title><p>Our own lost page</p>",
    );
    assert_eq!(book.build(&[]).0, 0);
    assert!(read(&book.path("site/404.html")).contains("Our own lost page"));
    assert!(
        read(&book.path("site/index.html")).contains("Test storybook"),
        "other templates still come from the theme"
    );
}

#[test]
fn the_sample_storybook_builds_without_its_unpublished_stories() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let repo = env!("CARGO_MANIFEST_DIR");
    let result = assert_cmd::Command::cargo_bin("storypress")
        .unwrap()
        .current_dir(repo)
        .args(["build", "stories", "--out"])
        .arg(&site)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(0), "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning")).collect();
    assert_eq!(
        warnings.len(),
        1,
        "the sample's only warning is its expired story: {err}"
    );
    assert!(
        warnings[0].contains("the-bench-on-quillbrook-road.md")
            && warnings[0].contains("[consent-expired]")
    );
    for word in [
        "Wendeline",
        "Pemberwick",
        "lighthouse",
        "Quillbrook",
        "Hollinfold",
        "Bronagh",
        "Marrowfield",
    ] {
        assert_eq!(
            files_mentioning(&site, word),
            Vec::<String>::new(),
            "{word}"
        );
    }
    assert!(site
        .join("lived-experience/rozmowa-w-moim-jezyku/index.html")
        .exists());
    for feature in [
        "outcomes",
        "citizens",
        "voice",
        "networks",
        "access",
        "collaboration",
        "strengths",
        "learning",
    ] {
        assert!(
            read(&site.join(format!("features/{feature}/index.html")))
                .contains("lived-experience/"),
            "{feature} has stories"
        );
    }
    for place in [
        "lambeth",
        "salford",
        "tameside-glossop",
        "edinburgh",
        "luton",
    ] {
        assert!(site.join(format!("sites/{place}/index.html")).exists());
    }
}

#[test]
fn the_accessibility_statement_comes_from_storybook_yaml() {
    let book = Book::with_config(&format!(
        "{CONFIG}accessibility:\n  contact: \"help@example.org\"\n  last_tested: 2026-11-01\n  known_issues: [\"Older PDFs are not tagged.\"]\n"
    ));
    book.story("one", GIVEN, "x");
    assert_eq!(book.build(&[]).0, 0);
    let page = read(&book.path("site/accessibility/index.html"));
    assert!(
        page.contains("partially compliant") && page.contains("Older PDFs are not tagged."),
        "{page}"
    );
    assert!(
        page.contains(r#"href="mailto:help@example.org""#)
            && page.contains(r#"datetime="2026-11-01""#)
    );
    assert!(page.contains("Equality Advisory and Support Service"));

    let plain = Book::new();
    plain.story("one", GIVEN, "x");
    assert_eq!(plain.build(&[]).0, 0);
    assert!(read(&plain.path("site/accessibility/index.html")).contains("fully compliant"));
}

#[test]
fn rebuilding_over_the_spare_tree_gives_exactly_a_fresh_build() {
    let book = Book::new();
    book.story("stays", &format!("themes: [gardening]\n{GIVEN}"), "Stays.");
    book.story("changes", GIVEN, "First words.");
    book.story(
        "goes-zzq",
        &format!("themes: [zzqtheme]\n{GIVEN}"),
        "Going soon.",
    );
    for round in 0..3 {
        book.story("changes", GIVEN, &format!("Words of round {round}."));
        assert_eq!(book.build(&[]).0, 0);
    }
    assert!(
        book.path(".site.spare").is_dir(),
        "the replaced tree is kept for the next build"
    );
    // Withdraw one story and edit another: the spare tree must end up exactly right.
    book.story(
        "goes-zzq",
        &format!(
            "themes: [zzqtheme]\n{}",
            GIVEN.replace("given", "withdrawn")
        ),
        "Going soon.",
    );
    book.story("changes", GIVEN, "Final words.");
    assert_eq!(book.build(&[]).0, 0);
    let fresh = book.path("fresh");
    assert_eq!(book.build(&["stories", "--out", "fresh"]).0, 0);
    assert_eq!(snapshot(&book.path("site")), snapshot(&fresh));
    assert!(files_mentioning(&book.path("site"), "zzq").is_empty());
    // The tree kept for the next build holds nothing of the withdrawn story either: not its
    // words, not its name.
    assert!(book.path(".site.spare").is_dir());
    assert!(files_mentioning(&book.path(".site.spare"), "zzq").is_empty());
    assert!(files_mentioning(&book.path(".site.spare"), "Going soon").is_empty());
    assert!(read(&book.path("site/lived-experience/changes/index.html")).contains("Final words."));
}

/// The day of the build is nowhere in the site: the same storybook built on two days gives
/// the same bytes (while no consent review date falls between them). A rebuild then has
/// nothing new to upload, and a build, or a test, that runs over midnight is still one site.
/// A feature no story has yet has an empty feed, whose `<updated>` once was the build's day.
#[test]
fn the_same_storybook_gives_the_same_site_on_any_day() {
    use storypress::builder::{self, BuildOptions};
    use storypress::consent::Audience;
    use storypress::date::Date;
    let book = Book::new();
    book.story("first", GIVEN, "First story.");
    let site_on = |day: &str| {
        let out = book.path(&format!("site-{day}"));
        let today = Date::parse(day).unwrap();
        let opts = BuildOptions::new(book.path("stories"), out.clone(), Audience::Public, today);
        builder::build(&opts).unwrap();
        snapshot(&out)
    };
    let (one, other) = (site_on("2026-01-01"), site_on("2026-12-31"));
    let empty_feed = one.iter().any(|(path, bytes)| {
        path.ends_with("atom.xml") && !String::from_utf8_lossy(bytes).contains("<entry>")
    });
    assert!(empty_feed, "the storybook has a feed with no entries");
    let differ: Vec<_> = one
        .iter()
        .filter(|(path, bytes)| other.get(*path) != Some(*bytes))
        .map(|(path, _)| path)
        .collect();
    assert!(
        differ.is_empty(),
        "built on another day, these differ: {differ:?}"
    );
    assert_eq!(one.len(), other.len());
}
