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
    start_logged(book, extra, Stdio::null())
}

fn start_logged(book: &Book, extra: &[&str], stderr: Stdio) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storypress"))
        .args(["serve", "stories", "--port", "0"])
        .args(extra)
        .current_dir(book.dir.path())
        .stdout(Stdio::piped())
        .stderr(stderr)
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

/// The status of the answer to `request`, sent as given; `None` when the connection was
/// closed or reset without one.
fn status_of(server: &Server, request: &[u8]) -> (Option<u16>, String) {
    let mut s = TcpStream::connect(&server.host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(request).unwrap();
    let mut reader = BufReader::new(s);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() || line.is_empty() {
        return (None, String::new());
    }
    let status = line.split_whitespace().nth(1).and_then(|s| s.parse().ok());
    // Only the head and a little of the body: an event stream never ends.
    let mut rest = vec![0; 4096];
    let n = reader.read(&mut rest).unwrap_or(0);
    (status, String::from_utf8_lossy(&rest[..n]).into_owned())
}

fn port(server: &Server) -> &str {
    server.host.rsplit_once(':').unwrap().1
}

#[test]
fn answers_only_its_own_names() {
    let book = book_with_stories();
    let server = start(&book);
    let port = port(&server);
    let page = format!("{}lived-experience/sam/", server.base);
    let ask = |path: &str, headers: &str| {
        status_of(
            &server,
            format!("GET {path} HTTP/1.1\r\n{headers}Connection: close\r\n\r\n").as_bytes(),
        )
    };
    for path in [
        page.as_str(),
        "/__storypress/events",
        "/__storypress/status",
    ] {
        for host in [
            "Host: evil.example\r\n".to_string(),
            format!("Host: evil.example:{port}\r\n"),
            format!("Host: localhost.evil.example:{port}\r\n"),
            format!("Host: 127.0.0.1:{}\r\n", port.parse::<u32>().unwrap() + 1),
            "Host: 127.0.0.1\r\n".to_string(),
            String::new(),
            format!("Host: 127.0.0.1:{port}\r\nHost: evil.example\r\n"),
        ] {
            let (status, body) = ask(path, &host);
            assert_eq!(status, Some(403), "{path} with {host:?}");
            assert!(!body.contains("Sam grows beans"), "{path} with {host:?}");
        }
    }
    for host in [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "LOCALHOST",
        "preview.localhost",
    ] {
        let (status, _) = ask(&page, &format!("Host: {host}:{port}\r\n"));
        assert_eq!(status, Some(200), "{host}");
    }
    let (status, _) = ask(
        "/__storypress/events",
        &format!("Host: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\n"),
    );
    assert_eq!(status, Some(403), "an event stream opened by another site");
    let (status, _) = ask(
        "/__storypress/events",
        &format!("Host: 127.0.0.1:{port}\r\nOrigin: http://localhost:{port}\r\n"),
    );
    assert_eq!(status, Some(200), "an event stream opened by its own page");
}

fn threads_of(server: &Server) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn live_reload_streams_are_capped_and_given_back() {
    let book = book_with_stories();
    let server = start(&book);
    let request = format!(
        "GET /__storypress/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.host
    );
    let (mut open, mut refused) = (Vec::new(), 0);
    for _ in 0..300 {
        let mut s = TcpStream::connect(&server.host).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s.write_all(request.as_bytes()).unwrap();
        let mut first = [0u8; 12];
        s.read_exact(&mut first).unwrap();
        match &first[9..12] {
            b"200" => open.push(s),
            b"503" => refused += 1,
            other => panic!("unexpected status {}", String::from_utf8_lossy(other)),
        }
    }
    let threads = threads_of(&server);
    assert!(
        !open.is_empty() && open.len() <= 64,
        "{} streams open",
        open.len()
    );
    assert_eq!(open.len() + refused, 300);
    assert!(threads < 120, "300 streams made {threads} threads");

    // Pages that close give their places back.
    drop(open);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, _) = status_of(&server, request.as_bytes());
        if status == Some(200) {
            break;
        }
        assert!(Instant::now() < deadline, "no stream place came free");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn oversized_requests_are_refused_without_being_read() {
    let book = book_with_stories();
    let server = start(&book);
    let page = format!("{}lived-experience/sam/", server.base);
    let mut s = TcpStream::connect(&server.host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {page} HTTP/1.1\r\nHost: {}\r\nX-Big: ", server.host).unwrap();
    let total = 64 << 20;
    let chunk = vec![b'a'; 64 << 10];
    let mut sent = 0;
    while sent < total && s.write_all(&chunk).is_ok() {
        sent += chunk.len();
    }
    let _ = s.write_all(b"\r\n\r\n");
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{}",
        &answer[..answer.len().min(200)]
    );
    assert!(sent < total, "the server read all {sent} bytes of headers");

    let long_address = format!(
        "GET {page}{} HTTP/1.1\r\nHost: {}\r\n\r\n",
        "a".repeat(100_000),
        server.host
    );
    let (status, _) = status_of(&server, long_address.as_bytes());
    assert!(status.is_none() || status == Some(414), "{status:?}");
    let (status, _, body) = get(&server, &page);
    assert!(
        status == 200 && body.contains("Sam grows beans"),
        "still answers"
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

/// What the terminal of a preview shows, written to a file outside the storybook's folder.
struct Log {
    dir: tempfile::TempDir,
}

impl Log {
    fn new() -> Log {
        Log {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn stdio(&self) -> Stdio {
        Stdio::from(std::fs::File::create(self.dir.path().join("stderr")).unwrap())
    }

    fn text(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("stderr")).unwrap_or_default()
    }

    /// Wait until the log holds `line`, or fail after a few seconds.
    fn until(&self, line: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.text();
            if text.lines().any(|l| l.starts_with(line)) {
                return text;
            }
            assert!(Instant::now() < deadline, "no line {line:?} in:\n{text}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// What a reader sees of a page: its text without the tags.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    for part in html.split('<') {
        text.push_str(part.split_once('>').map_or(part, |(_, t)| t));
    }
    text
}

/// The story whose words must never be shown without consent.
const SECRET: &str = "Jo hid the pills in the biscuit tin.";

fn what_a_story_shows(slug: &str) -> [String; 4] {
    [
        format!("Story {slug}"),
        format!("About {slug}."),
        format!("Teller {slug}"),
        SECRET.to_string(),
    ]
}

#[test]
fn a_left_out_page_s_address_explains_why_and_quotes_nothing_of_it() {
    let book = book_with_stories();
    let server = start(&book);
    let b = server.base.clone();
    let cases = [
        (
            "pending",
            GIVEN.replace("given", "pending"),
            "consent is pending",
        ),
        (
            "gone",
            GIVEN.replace("given", "withdrawn"),
            "consent was withdrawn",
        ),
        (
            "later",
            format!("draft: true\n{GIVEN}"),
            "it is a draft (draft: true)",
        ),
        (
            "wsonly",
            GIVEN.replace("[web, workshop, print]", "[workshop]"),
            "consent does not include \"web\"",
        ),
        (
            "old",
            GIVEN.replace("2099-01-01", "2020-01-01"),
            "consent expired: it was due to be re-confirmed by 2020-01-01",
        ),
    ];
    for (slug, consent, _) in &cases {
        book.story(slug, consent, SECRET);
    }
    // A story that was published a moment ago, now pending.
    book.story(
        "sam",
        &format!("themes: [gardening]\n{}", GIVEN.replace("given", "pending")),
        SECRET,
    );
    let sam = [("sam", String::new(), "consent is pending")];
    for (slug, _, reason) in cases.iter().chain(&sam) {
        let page = format!("{b}lived-experience/{slug}/");
        let body = until(&server, &page, "the explanation", |s, b| {
            s == 404 && b.contains("This page is not published")
        });
        let file = format!("lived-experience/{slug}.md");
        let escaped = reason.replace('"', "&quot;");
        assert!(
            body.contains(&file) && (body.contains(&escaped) || body.contains(reason)),
            "{slug}:\n{body}"
        );
        assert!(
            text_of(&body).contains("To preview it, run storypress serve --drafts."),
            "{slug}: how to preview it"
        );
        assert!(body.contains("To publish it:"), "{slug}: how to publish it");
        for words in what_a_story_shows(slug) {
            assert!(
                !body.contains(&words),
                "{slug}: the explanation shows {words:?}"
            );
        }
        let (status, head, _) = get(&server, &format!("{b}lived-experience/{slug}"));
        assert_eq!(status, 301, "{slug}: the address without its slash");
        assert!(head.contains(&format!("location: {page}")), "{head}");
    }
    let (status, _, body) = get(&server, &format!("{b}lived-experience/nobody/"));
    assert_eq!(status, 404);
    assert!(
        !body.contains("not published") && body.contains("<h1"),
        "an unknown address keeps the plain 404"
    );
    let (_, _, body) = get(&server, &format!("{b}lived-experience/kit/"));
    assert!(
        !body.contains("not-published"),
        "a published page has no banner"
    );
}

#[test]
fn drafts_shows_a_left_out_page_under_a_banner_and_nowhere_else() {
    let book = book_with_stories();
    book.story("pending-one", &GIVEN.replace("given", "pending"), SECRET);
    let server = start_with(&book, &["--drafts"]);
    let b = &server.base;
    let page = format!("{b}lived-experience/pending-one/");
    let (status, _, body) = get(&server, &page);
    assert_eq!(status, 200);
    assert!(
        body.contains("NOT PUBLISHED: only you can see this preview"),
        "{body}"
    );
    assert!(
        body.contains("lived-experience/pending-one.md") && body.contains("consent is pending")
    );
    assert!(
        body.contains(SECRET) && body.contains("Story pending-one"),
        "the page itself"
    );
    assert!(body.contains("/__storypress/events"), "it reloads on edits");
    for path in [
        "",
        "lived-experience/",
        "features/networks/",
        "stories.json",
        "sitemap.xml",
        "atom.xml",
        "search/",
    ] {
        let (_, _, listing) = get(&server, &format!("{b}{path}"));
        assert!(
            !listing.contains("pending-one") && !listing.contains("NOT PUBLISHED"),
            "{path} shows the draft"
        );
    }
    let (_, _, kit) = get(&server, &format!("{b}lived-experience/kit/"));
    assert!(
        kit.contains("Kit walks the dog") && !kit.contains("NOT PUBLISHED"),
        "published pages carry no banner"
    );

    book.story(
        "pending-one",
        &GIVEN.replace("given", "pending"),
        "Jo moved the tin.",
    );
    until(&server, &page, "the edited preview", |s, b| {
        s == 200 && b.contains("Jo moved the tin")
    });
    book.story("pending-one", GIVEN, "Jo moved the tin.");
    let body = until(&server, &page, "the published page", |s, b| {
        s == 200 && !b.contains("NOT PUBLISHED")
    });
    assert!(body.contains("Jo moved the tin"));
}

#[test]
fn drafts_refuses_to_show_them_beyond_this_machine() {
    let book = book_with_stories();
    let out = book
        .storypress()
        .args([
            "serve", "stories", "--port", "0", "--drafts", "--bind", "0.0.0.0",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--drafts") && err.contains("127.0.0.1"),
        "{err}"
    );
}

#[test]
fn a_build_after_a_drafts_preview_holds_nothing_of_the_draft() {
    let book = book_with_stories();
    book.write(
        "stories/lived-experience/jo/index.md",
        &format!("---\ntitle: \"Story jo\"\nsummary: \"About jo.\"\nstoryteller: \"Teller jo\"\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: tin.jpg, alt: \"A biscuit tin\" }}\n{}---\n{SECRET}\n\n![The tin open](open.jpg)\n", GIVEN.replace("given", "pending")),
    );
    write_bytes(&book, "stories/lived-experience/jo/tin.jpg", &jpeg(64, 48));
    write_bytes(&book, "stories/lived-experience/jo/open.jpg", &jpeg(48, 64));
    {
        let server = start_with(&book, &["--drafts"]);
        let (status, _, body) = get(&server, &format!("{}lived-experience/jo/", server.base));
        assert!(status == 200 && body.contains(SECRET), "{body}");
        assert!(
            body.contains("Its pictures are not shown in this preview"),
            "{body}"
        );
        assert!(!body.contains("<picture"), "no picture of it is served");
    }
    assert_eq!(book.build(&[]).0, 0);
    for needle in [
        "Story jo",
        "About jo",
        "Teller jo",
        "biscuit",
        "lived-experience/jo",
    ] {
        assert_eq!(
            files_mentioning(&book.path("site"), needle),
            Vec::<String>::new(),
            "{needle}"
        );
    }
    // Nor anything beside it: the preview decoded none of its pictures into the cache.
    let cache = book.path(".storypress-cache/images");
    let entries: Vec<_> = std::fs::read_dir(&cache)
        .map(|d| {
            d.map(|e| e.unwrap().file_name())
                .filter(|n| n != ".used-by")
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        entries,
        Vec::<std::ffi::OsString>::new(),
        "processed images of the draft"
    );
}

#[test]
fn serve_says_what_it_left_out_and_counts_pages_as_build_does() {
    let book = Book::new();
    book.story("kit", GIVEN, "Kit walks the dog.");
    book.story("pending-one", &GIVEN.replace("given", "pending"), SECRET);
    let (code, built) = book.build(&[]);
    assert_eq!(code, 0);
    assert!(built.contains("built 1 page ("), "{built}");
    let log = Log::new();
    let server = start_logged(&book, &[], log.stdio());
    let text = log.until("built 1 page in");
    assert!(
        text.contains("built 1 page in") && text.contains("; 1 left out"),
        "{text}"
    );
    assert!(
        text.contains("left out lived-experience/pending-one.md: consent is pending (to preview it: storypress serve --drafts)"),
        "{text}"
    );
    book.story("pending-one", GIVEN, SECRET);
    let text = log.until("rebuilt 2 pages in");
    assert!(
        text.contains("rebuilt 2 pages in") && text.contains("; 0 left out"),
        "{text}"
    );
    let (_, built) = book.build(&[]);
    assert!(built.contains("built 2 pages ("), "{built}");
    drop(server);
}

#[test]
fn a_round_that_fails_forgets_none_of_the_files_it_read() {
    let book = book_with_stories();
    let server = start(&book);
    let b = &server.base;
    // Saved together (as an editor saving all, or a checkout, does): one good, one broken.
    book.story("new-one", GIVEN, "Brand new.");
    book.write(
        "stories/lived-experience/kit.md",
        "---\ntitle: [\n---\nKit.\n",
    );
    until(
        &server,
        &format!("{b}lived-experience/sam/"),
        "the overlay",
        |_, body| body.contains("storypress-overlay\" role"),
    );
    book.story("kit", GIVEN, "Kit walks the cat.");
    until(
        &server,
        &format!("{b}lived-experience/kit/"),
        "the fix",
        |s, body| s == 200 && body.contains("Kit walks the cat"),
    );
    let (status, _, body) = get(&server, &format!("{b}lived-experience/new-one/"));
    assert!(
        status == 200 && body.contains("Brand new."),
        "the good file saved with the broken one is lost: {status}"
    );
}

/// A story told in a recording keeps its player, and the recording stays served, through an
/// edit of its words and through a new page that reshapes every listing. Needs Debian's
/// ffmpeg (scripts/test.sh installs it).
#[test]
fn a_recorded_story_keeps_its_player_through_edits_and_new_pages() {
    let book = Book::new();
    let mp3 = book.path("stories/lived-experience/told/talk.mp3");
    std::fs::create_dir_all(mp3.parent().unwrap()).unwrap();
    let made = Command::new("ffmpeg")
        .args(["-v", "error", "-y", "-f", "lavfi", "-i"])
        .args(["sine=frequency=440:duration=2", "-c:a", "libmp3lame"])
        .arg(&mp3)
        .status()
        .expect("ffmpeg runs (sudo apt-get install ffmpeg)");
    assert!(made.success());
    book.write(
        "stories/lived-experience/told/talk.vtt",
        "WEBVTT\n\n00:00.000 --> 00:01.500\n<v Sam>The allotment quokka said hello.\n",
    );
    let told = |words: &str| {
        book.write(
            "stories/lived-experience/told/index.md",
            &format!("---\ntitle: \"Told\"\nsummary: \"A told story.\"\nstoryteller: \"Sam\"\ndate: 2025-06-01\nfeatures: [networks]\nmedia:\n  src: talk.mp3\n  captions: talk.vtt\n{GIVEN}---\n{words}\n"),
        )
    };
    told("First words.");
    let server = start(&book);
    let page = format!("{}lived-experience/told/", server.base);
    let playable = |when: &str| {
        let (_, _, body) = get(&server, &page);
        assert!(
            body.contains("data-player") && body.contains("quokka said hello"),
            "{when}: the page has its player and transcript"
        );
        for file in ["recording.mp3", "captions.vtt"] {
            let (status, _, _) = get(&server, &format!("{page}{file}"));
            assert_eq!(status, 200, "{when}: {file} is served");
        }
    };
    playable("at the start");

    told("Second words.");
    until(&server, &page, "the edit", |s, b| {
        s == 200 && b.contains("Second words")
    });
    playable("after an edit of its words");

    book.story("another", GIVEN, "A new story.");
    until(
        &server,
        &format!("{}lived-experience/another/", server.base),
        "the new story",
        |s, _| s == 200,
    );
    playable("after a new page");
}
