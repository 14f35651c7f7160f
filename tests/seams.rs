//! Consent and safety at the seams: every way of writing a link into the site, pictures in a
//! shared folder, addresses and invisible characters from any YAML file, and files that are
//! not what they seem. Each family is generated, not hand-picked.

mod common;
use common::*;
use serde_json::Value;

fn with_code<'d>(diags: &'d [Value], code: &str) -> Vec<&'d Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

const WITHDRAWN: &str = "consent:\n  status: withdrawn\n  scope: [web, workshop, print]\n  recorded: 2025-05-01\n  review: 2099-01-01\n";
const PENDING: &str =
    "consent:\n  status: pending\n  scope: [web]\n  recorded: 2025-05-01\n  review: 2099-01-01\n";

/// Every way a link can name a page of the storybook, for the page at `path`
/// (`lived-experience/x/`) whose file is `file` (`x.md`), written from a sibling story.
fn link_forms(path: &str, file: &str) -> Vec<String> {
    let mut forms = vec![
        file.to_string(),
        format!("./{file}"),
        format!("../lived-experience/{file}"),
        format!("/{path}"),
        format!("/{}", path.trim_end_matches('/')),
        format!("/{path}index.html"),
        format!("../{}", path.trim_start_matches("lived-experience/")),
        format!("../../{path}"),
        format!("/{}", path.replace('e', "%65")),
    ];
    for origin in [
        "https://example.org/storybook/",
        "http://example.org/storybook/",
        "HTTPS://EXAMPLE.ORG/storybook/",
        "//example.org/storybook/",
        "https://example.org:443/storybook/",
        "https://example.org/storybook/x/../",
    ] {
        for tail in ["", "index.html", "?from=feed", "#top", "index.html?a=1#b"] {
            forms.push(format!("{origin}{path}{tail}"));
        }
        forms.push(format!("{origin}{}", path.trim_end_matches('/')));
    }
    forms
}

#[test]
fn no_form_of_link_keeps_an_unpublished_storys_address() {
    for (status, consent) in [("withdrawn", WITHDRAWN), ("pending", PENDING)] {
        let b = Book::new();
        let forms = link_forms("lived-experience/gonezz/", "gonezz.md");
        b.story("gonezz", consent, "Words that must never be published.");
        // One linking story per form, so each form's own warning is seen.
        for (i, f) in forms.iter().enumerate() {
            b.story(
                &format!("linker{i}"),
                GIVEN,
                &format!("Link: [words {i}]({f})."),
            );
        }
        let (code, diags) = b.check_json();
        assert_eq!(code, 0, "{diags:?}");
        let warned = with_code(&diags, "link-unpublished");
        assert_eq!(warned.len(), forms.len(), "{status}: {diags:#?}");
        let (code, err) = b.build(&["stories"]);
        assert_eq!(code, 0, "{err}");
        for i in 0..forms.len() {
            let page = read(&b.path(&format!("site/lived-experience/linker{i}/index.html")));
            assert!(
                page.contains(&format!("words {i}")),
                "{status}: words {i} kept"
            );
        }
        assert_eq!(
            files_mentioning(&b.path("site"), "gonezz"),
            Vec::<String>::new(),
            "{status}: no output names the story"
        );
    }
}

#[test]
fn every_form_of_link_to_a_published_story_becomes_a_relative_link() {
    let b = Book::new();
    let forms = link_forms("lived-experience/herezz/", "herezz.md");
    let body: String = forms
        .iter()
        .enumerate()
        .map(|(i, f)| format!("[words {i}]({f})\n\n"))
        .collect();
    b.story("herezz", GIVEN, "Published words.");
    b.story("linker", GIVEN, &body);
    let (code, err) = b.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    let page = read(&b.path("site/lived-experience/linker/index.html"));
    // The story's own text: its ending links to stories like it, herezz among them.
    let text =
        &page[page.find("class=\"prose\"").unwrap()..page.find("class=\"story-end\"").unwrap()];
    let links = text
        .matches("href=\"../../lived-experience/herezz/")
        .count();
    assert_eq!(links, forms.len(), "{page}");
    assert!(!page.contains("example.org/storybook/lived-experience/herezz"));
}

#[test]
fn raw_html_links_on_the_own_address_are_judged_too() {
    let b = Book::new();
    b.story("gonezz", WITHDRAWN, "Hidden.");
    b.story(
        "linker",
        GIVEN,
        "<p><a href=\"https://example.org/storybook/lived-experience/gonezz/\">raw words</a> and <a href=\" JaVaScRiPt:alert(1)\">script words</a> and <a href=\"sms:85258\">text SHOUT</a></p>",
    );
    let (code, err) = b.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    let page = read(&b.path("site/lived-experience/linker/index.html"));
    assert!(page.contains("raw words") && page.contains("script words"));
    assert!(!page.contains("gonezz") && !page.to_lowercase().contains("javascript"));
    assert!(page.contains("href=\"sms:85258\""), "sms links are allowed");
}

/// A story that is one file among others in `lived-experience/`, showing `src`.
fn sibling_showing(b: &Book, src: &str) {
    b.story("sibling", GIVEN, &format!("![a photo]({src})"));
}

#[test]
fn a_published_sibling_cannot_show_a_withdrawn_storys_picture() {
    for src in ["photo.jpg", "./photo.jpg", "%70hoto.jpg", "photo%2Ejpg"] {
        for consent in [WITHDRAWN, PENDING, GIVEN] {
            let b = Book::new();
            write_bytes(&b, "stories/lived-experience/photo.jpg", &jpeg(40, 30));
            b.story(
                "gonezz",
                &format!("image: {{ src: photo.jpg, alt: \"A garden\" }}\n{consent}"),
                "Hidden words.",
            );
            sibling_showing(&b, src);
            let (code, diags) = b.check_json();
            assert_eq!(code, 1, "{src}: {diags:?}");
            let errs = with_code(&diags, "image-not-owned");
            assert_eq!(errs.len(), 1, "{src}: {diags:#?}");
            let e = errs[0];
            assert_eq!(e["file"], "lived-experience/sibling.md");
            assert!(
                e["message"]
                    .as_str()
                    .unwrap()
                    .contains("lived-experience/gonezz.md"),
                "names the owner: {e}"
            );
            assert!(e["line"].as_u64().unwrap() >= 8, "{e}");
            let (code, _) = b.build(&["stories"]);
            assert_eq!(code, 1, "{src}");
            assert!(!b.path("site").exists(), "nothing written");
        }
    }
}

#[test]
fn a_single_file_story_shows_only_its_own_picture() {
    let b = Book::new();
    write_bytes(&b, "stories/lived-experience/mine.jpg", &jpeg(40, 30));
    write_bytes(&b, "stories/lived-experience/nobodys.jpg", &jpeg(40, 30));
    write_bytes(&b, "stories/lived-experience/My Photo.jpg", &jpeg(40, 30));
    b.story(
        "owner",
        &format!("image: {{ src: My%20Photo.jpg, alt: \"A bench\" }}\n{GIVEN}"),
        "![the bench](My%20Photo.jpg)",
    );
    b.story(
        "loner",
        &format!("image: {{ src: mine.jpg, alt: \"A kettle\" }}\n{GIVEN}"),
        "![the kettle](mine.jpg)\n\n![someone else's](nobodys.jpg)",
    );
    let (_, diags) = b.check_json();
    let not_owned = with_code(&diags, "image-not-owned");
    assert_eq!(not_owned.len(), 1, "{diags:#?}");
    assert_eq!(not_owned[0]["file"], "lived-experience/loner.md");
    assert!(not_owned[0]["message"]
        .as_str()
        .unwrap()
        .contains("nobodys.jpg"));
    assert!(
        with_code(&diags, "image-missing").is_empty(),
        "a percent-escaped name is found: {diags:#?}"
    );
}

#[test]
fn two_stories_cannot_claim_one_picture() {
    let b = Book::new();
    write_bytes(&b, "stories/lived-experience/photo.jpg", &jpeg(40, 30));
    for slug in ["aaa", "bbb"] {
        b.story(
            slug,
            &format!("image: {{ src: photo.jpg, alt: \"A garden\" }}\n{GIVEN}"),
            "Words.",
        );
    }
    let (code, diags) = b.check_json();
    assert_eq!(code, 1);
    let shared = with_code(&diags, "image-shared");
    assert_eq!(shared.len(), 1, "{diags:#?}");
    assert_eq!(shared[0]["file"], "lived-experience/bbb.md");
    assert_eq!(shared[0]["line"], 7);
    assert!(shared[0]["message"]
        .as_str()
        .unwrap()
        .contains("lived-experience/aaa.md"));
}

/// Addresses that must never become a link, as a browser would otherwise read them.
const SCRIPT_URLS: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\\tjavascript:alert(1)",
    "java\\tscript:alert(1)",
    "javascript://x@y%0aalert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "\\x01javascript:alert(1)",
];

#[test]
fn addresses_in_storybook_yaml_pass_the_url_policy() {
    let fields = [
        (
            "accessibility:\n  contact: \"{}\"\n",
            "accessibility.contact",
        ),
        ("quick_exit:\n  url: \"{}\"\n", "quick_exit.url"),
    ];
    let mut cases = 0;
    for (template, field) in fields {
        for url in SCRIPT_URLS {
            let extra = template.replace("{}", url);
            let b = Book::with_config(&format!("{CONFIG}{extra}"));
            b.story("one", GIVEN, "Words.");
            let (code, diags) = b.check_json();
            assert_eq!(code, 1, "{field} = {url:?} was accepted");
            let d = &diags[0];
            assert_eq!(d["file"], "storybook.yaml", "{d}");
            assert_eq!(
                d["line"], 14,
                "{field} {url:?}: the address's own line: {d}"
            );
            cases += 1;
        }
    }
    assert_eq!(cases, 2 * SCRIPT_URLS.len());
}

#[test]
fn base_url_is_written_only_in_its_safe_form() {
    let config = CONFIG.replace(
        "https://example.org/storybook/",
        "https://example.org/st\\\">ory<x>/",
    );
    let b = Book::with_config(&config);
    b.story("one", GIVEN, "Words.");
    let (code, err) = b.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    for file in snapshot(&b.path("site")).keys() {
        let text = String::from_utf8_lossy(&std::fs::read(b.path("site").join(file)).unwrap())
            .into_owned();
        assert!(
            !text.contains("\">ory"),
            "{} holds the raw address",
            file.display()
        );
    }
    let robots = read(&b.path("site/robots.txt"));
    assert!(
        robots.contains("Sitemap: https://example.org/st%22%3Eory%3Cx%3E/sitemap.xml"),
        "{robots}"
    );
    for bad in [
        "javascript:alert(1)",
        "https://u:p@example.org/",
        "https://example.org/?a=1",
    ] {
        let b = Book::with_config(&CONFIG.replace("https://example.org/storybook/", bad));
        let (code, diags) = b.check_json();
        assert_eq!(code, 1, "{bad}");
        assert_eq!(diags[0]["code"], "bad-base-url");
        assert_eq!(diags[0]["line"], 3);
    }
}

#[test]
fn invisible_characters_are_located_errors_in_every_yaml_file() {
    let escapes = [
        "\\x01",
        "\\x0B",
        "\\u0000",
        "\\x7F",
        "\\u0085",
        "\\uFFFE",
        "\\uFFFF",
        "\\uFDD0",
        "\\U0010FFFF",
        "\\e",
    ];
    for esc in escapes {
        // A story's front matter.
        let b = Book::new();
        b.write(
            "stories/lived-experience/odd.md",
            &format!("---\ntitle: \"Story{esc}odd\"\nsummary: \"About.\"\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}---\nWords.\n"),
        );
        let (code, diags) = b.check_json();
        assert_eq!(code, 1, "{esc}");
        let d = with_code(&diags, "invisible-character");
        assert_eq!(d.len(), 1, "{esc}: {diags:#?}");
        assert_eq!(
            (d[0]["file"].as_str(), d[0]["line"].as_u64()),
            (Some("lived-experience/odd.md"), Some(2))
        );
        // storybook.yaml's description.
        let b = Book::with_config(&CONFIG.replace(
            "description: \"A storybook for tests.\"",
            &format!("description: \"A storybook{esc} for tests.\""),
        ));
        let (code, diags) = b.check_json();
        assert_eq!(code, 1, "{esc}");
        assert_eq!(diags[0]["code"], "invisible-character", "{diags:?}");
        assert_eq!(diags[0]["line"], 2);
        // A raw one, in a story's text.
        let b = Book::new();
        let raw = esc.replace("\\x01", "\u{1}");
        if raw != esc {
            b.story("raw", GIVEN, &format!("Line one.\n\nA {raw} in the text."));
            let (_, diags) = b.check_json();
            let d = with_code(&diags, "invisible-character");
            assert_eq!(d[0]["line"], 15, "{diags:?}");
            assert_eq!(d[0]["column"], 3);
        }
    }
}

#[test]
fn every_xml_output_parses_and_json_is_safe_inline() {
    let b = Book::new();
    b.story(
        "tricky",
        &format!("quote: \"</script><!-- & ]]> \u{2028}\"\n{GIVEN}"),
        "Text with </script><script>alert(1)</script> & <!-- in it, and ]]> too.",
    );
    b.write(
        "stories/lived-experience/tricky2.md",
        &format!("---\ntitle: \"A & B <c> ]]> \\\" '\"\nsummary: \"</summary>&amp;\"\nstoryteller: \"<Sam>\"\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}---\nWords.\n"),
    );
    let (code, err) = b.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    let site = b.path("site");
    let mut xml = 0;
    let mut json = 0;
    for (path, bytes) in snapshot(&site) {
        let name = path.to_string_lossy().to_string();
        if name.ends_with(".xml") {
            let text = String::from_utf8(bytes).unwrap();
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            xml += 1;
        } else if name.ends_with(".json") {
            let text = String::from_utf8(bytes).unwrap();
            serde_json::from_str::<Value>(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            for raw in ['<', '>', '&', '\u{2028}'] {
                assert!(!text.contains(raw), "{name} holds {raw:?} raw");
            }
            json += 1;
        }
    }
    assert!(xml >= 2 && json >= 3, "{xml} xml, {json} json");
    let stories: Value = serde_json::from_str(&read(&site.join("stories.json"))).unwrap();
    assert!(
        stories.to_string().contains("</script><!--"),
        "the words survive decoding"
    );
}

#[test]
fn files_that_are_not_what_they_seem_are_named() {
    let b = Book::new();
    b.story("fine", GIVEN, "Words.");
    b.write("stories/lived-experience/shouty.MD", "---\ntitle: x\n---\n");
    std::os::unix::fs::symlink(
        b.path("stories/lived-experience/fine.md"),
        b.path("stories/lived-experience/linked.md"),
    )
    .unwrap();
    let fifo = b.path("stories/lived-experience/pipe.md");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let (code, diags) = b.check_json();
    assert_eq!(code, 1, "{diags:#?}");
    let find = |file: &str| {
        diags
            .iter()
            .find(|d| d["file"] == file)
            .unwrap_or_else(|| panic!("{file}: {diags:#?}"))
    };
    assert_eq!(find("lived-experience/shouty.MD")["code"], "not-read");
    assert_eq!(find("lived-experience/linked.md")["code"], "symlink");
    assert_eq!(find("lived-experience/pipe.md")["code"], "not-a-file");
}

#[test]
fn a_linked_or_huge_storybook_yaml_is_refused_without_reading_it() {
    let b = Book::new();
    std::fs::remove_file(b.path("stories/storybook.yaml")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", b.path("stories/storybook.yaml")).unwrap();
    let out = b.storypress().args(["check", "stories"]).output().unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(all.contains("never follows"), "{all}");
    assert!(
        !all.contains("root:"),
        "the linked file's text is never printed: {all}"
    );

    let b = Book::with_config(&format!(
        "{CONFIG}intro: \"{}\"\n",
        "x".repeat(3 * 1024 * 1024)
    ));
    let (code, diags) = b.check_json();
    assert_eq!(code, 1);
    assert_eq!(diags[0]["code"], "file-too-large");
}

#[test]
fn only_real_years_and_whole_images() {
    for date in ["0000-01-01", "-001-01-01", "+999-01-01", "0999-12-31"] {
        let b = Book::new();
        b.write(
            "stories/lived-experience/old.md",
            &format!("---\ntitle: \"Old\"\nsummary: \"About.\"\ndate: \"{date}\"\nfeatures: [networks]\n{GIVEN}---\nWords.\n"),
        );
        let (code, diags) = b.check_json();
        assert_eq!(code, 1, "{date}");
        let bad = with_code(&diags, "bad-date");
        assert_eq!(bad[0]["line"], 4, "{date}: {diags:?}");
    }
    let b = Book::new();
    let whole = jpeg(200, 150);
    write_bytes(
        &b,
        "stories/lived-experience/cut.jpg",
        &whole[..whole.len() * 2 / 3],
    );
    b.story(
        "cut",
        &format!("image: {{ src: cut.jpg, alt: \"A view\" }}\n{GIVEN}"),
        "Words.",
    );
    let (code, diags) = b.check_json();
    assert_eq!(code, 1);
    let d = with_code(&diags, "image-unreadable");
    assert!(
        d[0]["message"].as_str().unwrap().contains("cut short"),
        "{diags:?}"
    );
    assert_eq!(b.build(&["stories"]).0, 1);
}

#[test]
fn consent_given_to_nowhere_is_said_plainly() {
    let b = Book::new();
    b.story(
        "scopelesszz",
        "consent:\n  status: given\n  scope: []\n  recorded: 2025-05-01\n  review: 2099-01-01\n",
        "Words.",
    );
    let (code, diags) = b.check_json();
    assert_eq!(code, 0, "a warning, not an error");
    let d = with_code(&diags, "consent-no-scope");
    assert_eq!(d.len(), 1, "{diags:#?}");
    assert_eq!(d[0]["line"], 8, "the consent block");
    assert_eq!(b.build(&["stories"]).0, 0);
    assert_eq!(
        files_mentioning(&b.path("site"), "scopelesszz"),
        Vec::<String>::new()
    );
}
