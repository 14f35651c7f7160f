//! `storypress serve`: live preview that follows edits, survives mistakes, and is safe.

mod common;
use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    host: String,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(book: &Book) -> Server {
    start_with(book, &[])
}

fn start_with(book: &Book, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storypress"))
        .args(["serve", "stories", "--port", "0"])
        .args(extra)
        .current_dir(book.dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("serving http://")
        .unwrap_or_else(|| panic!("unexpected: {line}"))
        .to_string();
    let (host, path) = url.split_once('/').unwrap();
    Server {
        child,
        host: host.to_string(),
        base: format!("/{path}"),
    }
}

/// (status, headers, body) for a raw request path, sent exactly as given.
fn get(server: &Server, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(&server.host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.host
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_lowercase(), body.to_string())
}

/// Poll until `pred` holds for the page, or fail after a few seconds.
fn until(server: &Server, path: &str, what: &str, pred: impl Fn(u16, &str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, _, body) = get(server, path);
        if pred(status, &body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what} at {path}; last status {status}:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn book_with_stories() -> Book {
    let book = Book::new();
    book.story(
        "sam",
        &format!("themes: [gardening]\n{GIVEN}"),
        "Sam grows beans.",
    );
    book.story("kit", GIVEN, "Kit walks the dog.");
    book
}

#[test]
fn serves_pages_and_follows_edits() {
    let book = book_with_stories();
    let server = start(&book);
    let page = format!("{}lived-experience/sam/", server.base);
    let (status, head, body) = get(&server, &page);
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"));
    assert!(
        body.contains("Sam grows beans") && body.contains("/__storypress/events"),
        "the live-reload script is added"
    );
    let (_, head, _) = get(&server, &format!("{}style.css", server.base));
    assert!(head.contains("content-type: text/css"));

    book.story(
        "sam",
        &format!("themes: [gardening]\n{GIVEN}"),
        "Sam grows runner beans now.",
    );
    until(&server, &page, "the edit", |s, b| {
        s == 200 && b.contains("runner beans")
    });
    // A new story appears on its listings.
    book.story("new-one", GIVEN, "Brand new.");
    until(
        &server,
        &format!("{}lived-experience/", server.base),
        "the new story",
        |_, b| b.contains("Story new-one"),
    );
    assert!(
        !std::fs::read_to_string(book.path("stories/lived-experience/sam.md"))
            .unwrap()
            .contains("__storypress")
    );
}

#[test]
fn a_withdrawn_story_disappears_from_every_page() {
    let book = book_with_stories();
    let server = start(&book);
    until(
        &server,
        &format!("{}themes/gardening/", server.base),
        "the theme page",
        |s, b| s == 200 && b.contains("Story sam"),
    );
    book.story(
        "sam",
        &format!(
            "themes: [gardening]\n{}",
            GIVEN.replace("given", "withdrawn")
        ),
        "Sam grows beans.",
    );
    until(
        &server,
        &format!("{}lived-experience/sam/", server.base),
        "the page to go",
        |s, _| s == 404,
    );
    for path in [
        "",
        "lived-experience/",
        "features/networks/",
        "stories.json",
        "sitemap.xml",
        "atom.xml",
    ] {
        let (_, _, body) = get(&server, &format!("{}{path}", server.base));
        assert!(
            !body.contains("Story sam") && !body.contains("lived-experience/sam/"),
            "{path} still shows it"
        );
    }
    let (status, _, _) = get(&server, &format!("{}themes/gardening/", server.base));
    assert_eq!(status, 404, "a theme only it used is gone too");
}

#[test]
fn a_broken_edit_shows_an_overlay_and_fixing_it_recovers() {
    let book = book_with_stories();
    let server = start(&book);
    let page = format!("{}lived-experience/kit/", server.base);
    // An unknown feature: the kind of slip a storyteller's supporter makes.
    book.write("stories/lived-experience/kit.md", &format!("---\ntitle: Story kit\nsummary: S\nstoryteller: Kit\ndate: 2025-06-01\nfeatures: [netwroks]\n{GIVEN}---\nKit walks the cat.\n"));
    let body = until(&server, &page, "the overlay", |_, b| {
        b.contains("storypress-overlay\" role")
    });
    assert!(
        body.contains("lived-experience/kit.md:6")
            && body.contains("did you mean &quot;networks&quot;?"),
        "{body}"
    );
    assert!(
        body.contains("Kit walks the dog"),
        "the last good version stays underneath"
    );

    book.write("stories/lived-experience/kit.md", &format!("---\ntitle: Story kit\nsummary: S\nstoryteller: Kit\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}---\nKit walks the cat.\n"));
    let body = until(&server, &page, "recovery", |_, b| {
        b.contains("Kit walks the cat")
    });
    assert!(
        !body.contains("storypress-overlay\" role"),
        "no overlay once fixed"
    );
}

#[test]
fn serves_only_the_site() {
    let book = book_with_stories();
    book.write("secret.txt", "TOPSECRET");
    let server = start(&book);
    let b = &server.base;
    for path in [
        format!("{b}../secret.txt"),
        format!("{b}%2e%2e/secret.txt"),
        format!("{b}%2E%2E%2Fsecret.txt"),
        format!("{b}lived-experience/..%2f..%2fsecret.txt"),
        format!("{b}..%5csecret.txt"),
        "/secret.txt".to_string(),
        format!("{b}../stories/storybook.yaml"),
        format!("{b}lived-experience/sam.md"),
    ] {
        let (status, _, body) = get(&server, &path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("TOPSECRET") && !body.contains("base_url"),
            "{path} leaked a file"
        );
        assert!(body.contains("<h1"), "{path}: the site's 404 page");
    }
    let (status, head, _) = get(&server, &format!("{b}lived-experience/sam"));
    assert_eq!(status, 301);
    assert!(head.contains(&format!("location: {b}lived-experience/sam/")));
    let (status, head, _) = get(&server, "/");
    assert_eq!(status, 301);
    assert!(head.contains(&format!("location: {b}")));
}

#[test]
fn open_pages_hear_about_changes() {
    let book = book_with_stories();
    let server = start(&book);
    let mut s = TcpStream::connect(&server.host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET /__storypress/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.host
    )
    .unwrap();
    let mut reader = BufReader::new(s);
    let mut seen = String::new();
    let mut line = String::new();
    while !seen.contains("hello") {
        line.clear();
        reader.read_line(&mut line).unwrap();
        seen.push_str(&line);
    }
    assert!(
        seen.to_lowercase()
            .contains("content-type: text/event-stream"),
        "{seen}"
    );
    book.story("kit", GIVEN, "Kit walks the ferret.");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        if line.contains("lived-experience/kit/") {
            break;
        }
        assert!(Instant::now() < deadline, "no event for the edited page");
    }
}

#[test]
fn polling_works_where_file_systems_send_no_events() {
    let book = book_with_stories();
    let server = start_with(&book, &["--poll"]);
    book.story("kit", GIVEN, "Kit walks the tortoise.");
    until(
        &server,
        &format!("{}lived-experience/kit/", server.base),
        "the polled edit",
        |_, b| b.contains("tortoise"),
    );
}

#[test]
fn build_output_never_carries_the_live_reload_script() {
    let book = book_with_stories();
    assert_eq!(book.build(&[]).0, 0);
    assert_eq!(
        files_mentioning(&book.path("site"), "__storypress"),
        Vec::<String>::new()
    );
}

#[test]
fn the_overlay_never_quotes_a_story_that_is_not_published() {
    let book = book_with_stories();
    let server = start(&book);
    let page = format!("{}lived-experience/kit/", server.base);
    book.write(
        "stories/lived-experience/pending.md",
        "---\ntitle: \"Story pending\"\nsummary: \"S\"\nstoryteller: \"P\"\ndate: \"I hid the pills in the biscuit tin\"\nfeatures: [networks]\nthemes: [Under The Biscuit Tin]\nconsent:\n  status: pending\n---\nWrite to jo.bloggs@example.com any time.\n",
    );
    let body = until(&server, &page, "the overlay", |_, b| {
        b.contains("storypress-overlay\" role")
    });
    assert!(body.contains("lived-experience/pending.md:5"), "{body}");
    assert!(body.contains("lived-experience/pending.md:11"), "{body}");
    let lower = body.to_lowercase();
    for secret in ["biscuit", "jo.bloggs", "under-the"] {
        assert!(
            !lower.contains(secret),
            "the overlay shows {secret:?}:\n{body}"
        );
    }
}
