//! Every language, both directions: the interface in the storybook's language, words marked
//! with the language they are in, right-to-left text marked so, and translations of a story.

mod common;

use common::{files_mentioning, read, Book, GIVEN};
use fluent_syntax::ast;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Build a fixture into a fresh folder; returns the folder and stderr.
fn build_fixture(name: &str) -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_storypress"))
        .args(["build"])
        .arg(fixture(name))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{name}: {stderr}");
    (tmp, out, stderr)
}

fn theme_file(lang: &str) -> String {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("themes/default/i18n/{lang}.ftl")))
}

/// The words of the English interface: every run of three or more words in en.ftl's
/// messages, with markup and placeholders removed.
fn english_phrases() -> Vec<String> {
    let en = theme_file("en");
    let resource = fluent_syntax::parser::parse(en.as_str()).expect("en.ftl parses");
    let mut texts = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(p) = &m.value {
                pattern_texts(p, &mut texts);
            }
        }
    }
    let mut phrases: Vec<String> = texts
        .iter()
        .map(|t| strip_tags(t))
        .flat_map(|t| {
            t.split(['.', ',', ':', ';', '(', ')', '“', '”', '?'])
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
        })
        .filter(|s| s.split(' ').count() >= 3)
        .collect();
    phrases.sort();
    phrases.dedup();
    phrases
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn pattern_texts(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.push(value.to_string()),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    pattern_texts(&v.value, out);
                }
            }
            _ => {}
        }
    }
}

/// The text of every page and feed, with the words of `english_story` (its own text, which
/// is in English by right) taken out.
fn site_text(dir: &Path, english_story: &str) -> Vec<(String, String)> {
    let own: Vec<String> = read(&fixture(english_story))
        .lines()
        .map(|l| {
            l.trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = Vec::new();
    for e in WalkDir::new(dir).into_iter().flatten() {
        let p = e.path();
        if !matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("html" | "xml" | "json")
        ) {
            continue;
        }
        let mut text = strip_tags(&read(p))
            .replace("&#39;", "'")
            .replace("&quot;", "\"");
        for line in &own {
            text = text.replace(line.trim_matches('"'), " ");
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push((p.strip_prefix(dir).unwrap().display().to_string(), text));
    }
    out
}

#[test]
fn every_shipped_translation_has_every_message_and_awaits_review() {
    let empty = tempfile::tempdir().unwrap();
    let (theme, _) = storypress::theme::load(empty.path()).unwrap();
    for lang in ["cy", "pl", "ur", "ar"] {
        assert!(theme.catalog.has_language(lang), "{lang}");
        assert_eq!(
            theme.catalog.missing(lang),
            Vec::<&str>::new(),
            "{lang}.ftl lacks messages"
        );
        assert!(
            theme_file(lang).contains("awaits review by a fluent speaker"),
            "{lang}.ftl says it awaits review"
        );
    }
}

#[test]
fn the_welsh_storybook_has_no_english_interface_words() {
    let (_tmp, site, _) = build_fixture("welsh");
    let phrases = english_phrases();
    assert!(
        phrases.len() > 150,
        "the test knows the English interface: {}",
        phrases.len()
    );
    assert!(phrases.iter().any(|p| p == "Skip to content"));
    let mut found = Vec::new();
    for (file, text) in site_text(&site, "welsh/lived-experience/the-allotment.md") {
        for p in &phrases {
            if text.contains(p.as_str()) {
                found.push(format!("{file}: {p}"));
            }
        }
    }
    assert_eq!(
        found,
        Vec::<String>::new(),
        "English interface words in the Welsh build"
    );
}

#[test]
fn welsh_pages_speak_welsh_and_mark_the_english_story_as_english() {
    let (_tmp, site, _) = build_fixture("welsh");
    let home = read(&site.join("index.html"));
    assert!(
        home.contains(r#"<html lang="cy" dir="ltr">"#),
        "the interface's language"
    );
    assert!(home.contains("Neidio i'r cynnwys") || home.contains("Neidio i&#39;r cynnwys"));
    let story = read(&site.join("lived-experience/cerdded-yn-y-bore/index.html"));
    assert!(story.contains("20 Mehefin 2026"), "a Welsh date");
    assert!(
        story.contains("i&#39;w ddarllen") || story.contains("i'w ddarllen"),
        "reading time in Welsh"
    );
    let english = read(&site.join("lived-experience/the-allotment/index.html"));
    assert!(english.contains(r#"<h1 lang="en" dir="ltr">The allotment on the hill</h1>"#));
    let list = read(&site.join("lived-experience/index.html"));
    assert!(
        list.contains(r#"lang="en" dir="ltr">The allotment on the hill</a>"#),
        "the English story's card carries its language"
    );
    // Plurals: "2 stori" on the home page's counts (Welsh nouns stay singular after numbers).
    assert!(
        home.contains("2 stori"),
        "{}",
        &home[home.find("at-a-glance").unwrap_or(0)..][..300]
    );
}

#[test]
fn the_urdu_storybook_runs_right_to_left_with_english_left_to_right() {
    let (_tmp, site, _) = build_fixture("urdu");
    for page in [
        "index.html",
        "lived-experience/bagh-ki-subh/index.html",
        "search/index.html",
        "404.html",
    ] {
        let html = read(&site.join(page));
        assert!(html.contains(r#"<html lang="ur" dir="rtl">"#), "{page}");
    }
    let list = read(&site.join("lived-experience/index.html"));
    assert!(list.contains(r#"lang="en" dir="ltr">The number 12 bus</a>"#));
    let story = read(&site.join("lived-experience/bagh-ki-subh/index.html"));
    assert!(
        !story.contains(r#"<h1 lang"#),
        "an Urdu story in an Urdu interface needs no marking"
    );
}

#[test]
fn translations_link_both_ways_and_follow_their_original() {
    let (_tmp, site, stderr) = build_fixture("translated");
    let page = |slug: &str| read(&site.join(format!("lived-experience/{slug}/index.html")));
    let en = page("finding-my-feet");
    let pl = page("finding-my-feet-pl");
    let ur = page("finding-my-feet-ur");
    let base = "https://example.org/storybook/lived-experience/";
    for (html, others) in [
        (
            &en,
            [("pl", "finding-my-feet-pl"), ("ur", "finding-my-feet-ur")],
        ),
        (
            &pl,
            [("en", "finding-my-feet"), ("ur", "finding-my-feet-ur")],
        ),
        (
            &ur,
            [("en", "finding-my-feet"), ("pl", "finding-my-feet-pl")],
        ),
    ] {
        for (lang, slug) in others {
            assert!(
                html.contains(&format!(
                    r#"<link rel="alternate" hreflang="{lang}" href="{base}{slug}/">"#
                )),
                "{slug} in the head"
            );
            assert!(html.contains(&format!(
                r#"href="../../lived-experience/{slug}/" hreflang="{lang}" lang="{lang}""#
            )));
        }
    }
    assert!(pl.contains(">Read in English</a>"));
    assert!(en.contains(">Przeczytaj po polsku</a>"));
    assert!(en.contains(r#"lang="ur" dir="rtl">اردو میں پڑھیں</a>"#));
    assert!(
        ur.contains(r#"<h1 lang="ur" dir="rtl">"#),
        "Urdu text in an English interface is marked right to left"
    );
    // The withdrawn original takes its translation with it, whatever the translation's consent.
    assert!(
        stderr.contains("the-old-bridge-cy.md") && stderr.contains("translates \"the-old-bridge\""),
        "{stderr}"
    );
    assert_eq!(
        files_mentioning(&site, "WITHDRAWNTRANSLATIONTEXT"),
        Vec::<String>::new()
    );
    assert_eq!(
        files_mentioning(&site, "the-old-bridge"),
        Vec::<String>::new()
    );
}

#[test]
fn check_names_a_translation_that_does_not_fit() {
    let book = Book::new();
    book.story(
        "walks",
        &format!("translations: [walks-pl, walks-cy]\n{GIVEN}"),
        "Text.",
    );
    book.story("walks-pl", &format!("language: pl\n{GIVEN}"), "Tekst.");
    book.story(
        "walks-en",
        &format!("translations: [walks]\n{GIVEN}"),
        "Same language.",
    );
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let find = |code: &str| {
        diags
            .iter()
            .find(|d| d["code"] == code)
            .unwrap_or_else(|| panic!("{code}: {diags:?}"))
            .clone()
    };
    let unknown = find("translation-unknown");
    assert_eq!(unknown["file"], "lived-experience/walks.md");
    assert_eq!(unknown["line"], 7);
    assert!(
        unknown["hint"].as_str().unwrap().contains("walks-pl")
            || unknown["hint"].as_str().unwrap().contains("did you mean")
    );
    let same = find("translation-language");
    assert_eq!(same["file"], "lived-experience/walks-en.md");
}

#[test]
fn a_storybook_overrides_messages_adds_a_language_and_cannot_slip_in_markup() {
    let book = Book::with_config(&common::CONFIG.replace("language: en", "language: fr"));
    book.story("un", GIVEN, "Texte.");
    book.write(
        "stories/i18n/fr.ftl",
        "skip-link = Aller au contenu\nnav-stories = Récits\ncw-support-html = <script>alert(1)</script><a href=\"javascript:alert(2)\">aide</a>\n",
    );
    book.write("stories/i18n/en.ftl", "footer-made-with = Made with care\n");
    assert_eq!(book.build(&[]).0, 0);
    let home = read(&book.path("site/index.html"));
    assert!(home.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(home.contains(">Aller au contenu</a>") && home.contains(">Récits</a>"));
    let (_, diags) = book.check_json();
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "translation-incomplete" && d["file"] == "i18n/fr.ftl"),
        "{diags:?}"
    );

    // Markup in a translation goes through the interface sanitiser.
    book.story(
        "warned",
        &format!("content_warnings: [trauma]\n{GIVEN}"),
        "Texte.",
    );
    assert_eq!(book.build(&[]).0, 0);
    let warned = read(&book.path("site/lived-experience/warned/index.html"));
    assert!(
        !warned.contains("<script>alert") && !warned.contains("javascript:"),
        "sanitised"
    );
    assert!(warned.contains(">aide</a>") || warned.contains("aide"));

    // A broken file is an error naming its line.
    book.write("stories/i18n/fr.ftl", "skip-link = Aller\n\n= pas de nom\n");
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let bad = diags
        .iter()
        .find(|d| d["code"] == "translation-syntax")
        .expect("syntax error");
    assert_eq!(
        (bad["file"].as_str(), bad["line"].as_u64()),
        (Some("i18n/fr.ftl"), Some(3))
    );
}

#[test]
fn a_language_the_theme_does_not_speak_gets_english_marked_as_english() {
    let book = Book::with_config(&common::CONFIG.replace("language: en", "language: so"));
    book.story("sheeko", GIVEN, "Qoraal.");
    assert_eq!(book.build(&[]).0, 0);
    let page = read(&book.path("site/lived-experience/sheeko/index.html"));
    assert!(
        page.contains(r#"<html lang="en" dir="ltr">"#),
        "English chrome, marked English"
    );
    assert!(
        page.contains(r#"<h1 lang="so" dir="ltr">"#),
        "the story keeps its own language"
    );
    let (_, diags) = book.check_json();
    assert!(
        diags.iter().any(|d| d["code"] == "interface-language"),
        "{diags:?}"
    );
}

#[test]
fn workshop_cards_slides_and_reading_copy_mark_an_urdu_story_right_to_left() {
    let book = Book::new();
    book.story(
        "kahani",
        &format!("language: ur\ncontent_warnings: [trauma]\nprompts: [\"کیا مدد ملی؟\"]\n{GIVEN}"),
        "یہ میری کہانی ہے۔",
    );
    book.write("pack.yaml", "title: \"Pack\"\nstories: [kahani]\n");
    let (code, err) = book.workshop("pack.yaml");
    assert_eq!(code, 0, "{err}");
    let dir = book.path("workshops/pack");
    for file in ["index.html", "cards.html", "present.html", "reading.html"] {
        let html = read(&dir.join(file));
        assert!(
            html.contains(r#"<html lang="en" dir="ltr">"#),
            "{file}: the interface"
        );
        assert!(
            html.contains(r#"lang="ur" dir="rtl""#),
            "{file}: the story's words run right to left"
        );
    }
    // The warning slide, in the interface's words, comes before the story's own slide.
    let present = read(&dir.join("present.html"));
    let warning = present.find("Before the next story").unwrap();
    let story = present.find(r#"lang="ur" dir="rtl""#).unwrap();
    assert!(warning < story);
    assert!(
        present.contains(r#"<cite><bdi lang="ur" dir="rtl">Story kahani</bdi></cite>"#),
        "the title inside the interface's sentence keeps its language"
    );
}
