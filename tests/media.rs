//! Recorded stories: what `check` says about them, and what a build publishes of them.
//! Needs Debian's ffmpeg (scripts/test.sh installs it).

mod common;

use common::{files_mentioning, read, snapshot, Book, GIVEN};
use std::path::Path;
use std::process::Command;

/// Every kind of detail a phone or an editor writes into a recording, each findable.
const TAGS: [(&str, &str); 6] = [
    ("location", "+51.5+000.1/"),
    ("com.apple.quicktime.location.ISO6709", "+51.5+000.1/"),
    ("title", "SECRET-TITLE"),
    ("artist", "SECRET-ARTIST"),
    ("comment", "SECRET-COMMENT"),
    ("creation_time", "2024-01-02T03:04:05Z"),
];

/// A short recording made with ffmpeg, tagged with every detail in [`TAGS`].
fn recording(path: &Path, seconds: u32, codecs: &[&str]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let video = codecs.iter().any(|c| c.starts_with("-c:v"));
    let mut cmd = Command::new("ffmpeg");
    cmd.args(["-v", "error", "-y", "-f", "lavfi", "-i"])
        .arg(format!("sine=frequency=440:duration={seconds}"));
    if video {
        cmd.args(["-f", "lavfi", "-i"])
            .arg(format!("testsrc=size=160x90:rate=10:duration={seconds}"));
    }
    for (k, v) in TAGS {
        cmd.arg("-metadata").arg(format!("{k}={v}"));
    }
    cmd.args(codecs.iter().flat_map(|c| c.split(' ')));
    cmd.args(["-movflags", "use_metadata_tags"]).arg(path);
    let out = cmd
        .output()
        .expect("ffmpeg runs (sudo apt-get install ffmpeg)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// ffprobe's whole account of a file: format, streams and every tag.
fn probe(path: &Path) -> String {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            "-of",
            "json",
        ])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const VTT: &str = "WEBVTT\n\n00:00.000 --> 00:00.900\n<v Sam>The allotment quokka said hello.\n\n00:01.000 --> 00:01.900\n<v Ana>And then it rained.\n";

/// A folder story with a recording; `media` is the inside of the `media:` block.
fn recorded(book: &Book, slug: &str, media: &str, consent: &str, body: &str) {
    book.write(
        &format!("stories/lived-experience/{slug}/index.md"),
        &format!("---\ntitle: \"Story {slug}\"\nsummary: \"About {slug}.\"\nstoryteller: \"Teller\"\ndate: 2025-06-01\nfeatures: [networks]\nmedia:\n{media}{consent}---\n{body}\n"),
    );
}

fn errors_with_code<'a>(diags: &'a [serde_json::Value], code: &str) -> Vec<&'a serde_json::Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

#[test]
fn video_without_captions_and_audio_without_a_transcript_are_errors_that_say_how_to_fix_them() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/film/talk.mp4"),
        1,
        &["-c:v libx264", "-c:a aac"],
    );
    recording(
        &book.path("stories/lived-experience/voice/talk.mp3"),
        1,
        &["-c:a libmp3lame"],
    );
    recording(
        &book.path("stories/lived-experience/told/talk.mp3"),
        1,
        &["-c:a libmp3lame"],
    );
    recorded(&book, "film", "  src: talk.mp4\n", GIVEN, "Some words.");
    recorded(&book, "voice", "  src: talk.mp3\n", GIVEN, "");
    // Audio whose story text is its transcript is fine.
    recorded(
        &book,
        "told",
        "  src: talk.mp3\n",
        GIVEN,
        "What I said, written down.",
    );
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let captions = errors_with_code(&diags, "media-no-captions");
    assert_eq!(captions.len(), 1, "{diags:#?}");
    assert_eq!(captions[0]["file"], "lived-experience/film/index.md");
    assert_eq!(captions[0]["line"], 8, "the media block's first line");
    assert!(captions[0]["hint"]
        .as_str()
        .unwrap()
        .contains("captions: interview.vtt"));
    let transcript = errors_with_code(&diags, "media-no-transcript");
    assert_eq!(transcript.len(), 1, "{diags:#?}");
    assert_eq!(transcript[0]["file"], "lived-experience/voice/index.md");
    assert!(transcript[0]["hint"]
        .as_str()
        .unwrap()
        .contains("story's text"));
    assert!(
        diags
            .iter()
            .all(|d| d["file"] != "lived-experience/told/index.md"),
        "{diags:#?}"
    );
}

#[test]
fn captions_problems_are_reported_in_the_captions_file_at_their_lines() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/a/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    book.write(
        "stories/lived-experience/a/talk.vtt",
        "WEBVTT\n\n00:00.000 --> 00:00.800\nfine\n\n00:00.500 --> 00:01.000\noverlaps\n\n00:01.000 --> 00:1.5\nbad time\n\n00:01.200 --> 00:01.400\n\n00:01.500 --> 00:09.000\npast the end\n",
    );
    recorded(
        &book,
        "a",
        "  src: talk.mp3\n  captions: talk.vtt\n",
        GIVEN,
        "",
    );
    recording(
        &book.path("stories/lived-experience/b/talk.mp3"),
        1,
        &["-c:a libmp3lame"],
    );
    book.write(
        "stories/lived-experience/b/talk.vtt",
        "00:00.000 --> 00:00.500\nno header\n",
    );
    recorded(
        &book,
        "b",
        "  src: talk.mp3\n  captions: talk.vtt\n",
        GIVEN,
        "",
    );
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let found: Vec<(String, u64, String)> = diags
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with(".vtt"))
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want =
        |f: &str, l: u64, c: &str| (format!("lived-experience/{f}/talk.vtt"), l, c.to_string());
    for w in [
        want("a", 6, "vtt-order"),
        want("a", 9, "vtt-timestamp"),
        want("a", 12, "vtt-empty"),
        want("a", 14, "vtt-past-end"),
        want("b", 1, "vtt-header"),
    ] {
        assert!(found.contains(&w), "missing {w:?} in {found:#?}");
    }
    assert!(diags
        .iter()
        .all(|d| !d["hint"].as_str().unwrap_or("").is_empty()));
}

#[test]
fn no_published_recording_carries_location_title_artist_comment_or_creation_time() {
    let book = Book::new();
    let inputs = [
        ("mp4", "talk.mp4", &["-c:v libx264", "-c:a aac"][..]),
        ("mpeg4", "old.mp4", &["-c:v mpeg4", "-c:a aac"][..]),
        ("webm", "talk.webm", &["-c:v libvpx", "-c:a libopus"][..]),
        ("mp3", "talk.mp3", &["-c:a libmp3lame"][..]),
        ("m4a", "talk.m4a", &["-c:a aac"][..]),
        ("ogg", "talk.ogg", &["-c:a libvorbis"][..]),
        ("opus", "talk.opus", &["-c:a libopus"][..]),
    ];
    for (slug, file, codecs) in inputs {
        let path = book.path(&format!("stories/lived-experience/{slug}/{file}"));
        recording(&path, 2, codecs);
        assert!(
            probe(&path).contains("SECRET-TITLE"),
            "the {slug} input is tagged"
        );
        book.write(&format!("stories/lived-experience/{slug}/talk.vtt"), VTT);
        recorded(
            &book,
            slug,
            &format!("  src: {file}\n  captions: talk.vtt\n"),
            GIVEN,
            "",
        );
    }
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let site = snapshot(&book.path("site"));
    let published: Vec<_> = site
        .keys()
        .filter(|p| p.to_string_lossy().contains("/recording."))
        .collect();
    assert_eq!(published.len(), inputs.len(), "{published:?}");
    for rel in published {
        let bytes = &site[rel];
        let text = String::from_utf8_lossy(bytes);
        let seen = probe(&book.path("site").join(rel));
        assert!(
            seen.contains("\"streams\""),
            "{rel:?} is a playable recording"
        );
        // `"location"` as a key: ffprobe's `chroma_location` is a property of the pictures.
        for needle in [
            "SECRET",
            "+51.5",
            "2024-01-02",
            "creation_time",
            "\"location",
            "ISO6709",
        ] {
            assert!(
                !seen.contains(needle),
                "ffprobe finds {needle} in {rel:?}:\n{seen}"
            );
            assert!(!text.contains(needle), "the bytes of {rel:?} hold {needle}");
        }
    }
    // The codec browsers can't play was converted; web-ready streams were copied.
    assert!(probe(&book.path("site/lived-experience/mpeg4/recording.mp4")).contains("\"h264\""));
    // Captions are rewritten from the cues: voices kept, nothing else of the file.
    let vtt = read(&book.path("site/lived-experience/mp3/captions.vtt"));
    assert!(
        vtt.starts_with(
            "WEBVTT\n\n00:00:00.000 --> 00:00:00.900\n<v Sam>The allotment quokka said hello.\n"
        ),
        "{vtt}"
    );
}

#[test]
fn a_recording_scoped_to_workshops_is_in_no_public_output_but_is_in_the_workshop_build() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/room/talk.mp4"),
        2,
        &["-c:v libx264", "-c:a aac"],
    );
    write_poster(&book, "stories/lived-experience/room/still.jpg");
    book.write("stories/lived-experience/room/talk.vtt", VTT);
    let consent = "consent:\n  status: given\n  scope: [web, workshop, print]\n  media_scope: [workshop]\n  recorded: 2025-05-01\n  review: 2099-01-01\n";
    recorded(
        &book,
        "room",
        "  src: talk.mp4\n  captions: talk.vtt\n  poster: still.jpg\n",
        consent,
        "The words may go on the web.",
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let site = book.path("site");
    let page = read(&site.join("lived-experience/room/index.html"));
    assert!(
        page.contains("The words may go on the web."),
        "the words are published"
    );
    assert!(!page.contains("<video") && !page.contains("<audio") && !page.contains("Transcript"));
    let files: Vec<String> = snapshot(&site)
        .keys()
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        files
            .iter()
            .all(|f| !f.contains("recording.") && !f.ends_with(".vtt") && !f.contains("poster")),
        "{files:?}"
    );
    assert_eq!(
        files_mentioning(&site, "quokka"),
        Vec::<String>::new(),
        "no cue text anywhere, search index included"
    );
    assert!(!read(&site.join("atom.xml")).contains("recording"));

    let (code, err) = book.build(&["--audience", "workshop"]);
    assert_eq!(code, 0, "{err}");
    let ws = book.path("site-workshop/lived-experience/room");
    assert!(read(&ws.join("index.html")).contains("<video"));
    assert!(ws.join("recording.mp4").is_file() && ws.join("captions.vtt").is_file());
    assert!(
        !files_mentioning(&book.path("site-workshop/search"), "quokka").is_empty(),
        "the workshop search finds what is said"
    );
}

fn write_poster(book: &Book, rel: &str) {
    common::write_bytes(book, rel, &common::jpeg(64, 36));
}

#[test]
fn a_withdrawn_storys_recording_is_nowhere_after_the_next_build() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/gone/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    book.write("stories/lived-experience/gone/talk.vtt", VTT);
    let media = "  src: talk.mp3\n  captions: talk.vtt\n";
    recorded(&book, "gone", media, GIVEN, "");
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(book
        .path("site/lived-experience/gone/recording.mp3")
        .is_file());
    recorded(
        &book,
        "gone",
        media,
        &GIVEN.replace("given", "withdrawn"),
        "",
    );
    // Past the grace that protects entries a build running at the same time just made.
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in std::fs::read_dir(book.path(".storypress-cache/images")).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('.') {
            std::fs::File::open(&p)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
    }
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        files_mentioning(&book.path("site"), "quokka"),
        Vec::<String>::new()
    );
    let everything = snapshot(book.dir.path());
    let left: Vec<_> = everything
        .keys()
        .filter(|p| !p.starts_with("stories"))
        .filter(|p| p.extension().is_some_and(|e| e == "mp3" || e == "vtt"))
        .collect();
    assert!(left.is_empty(), "a withdrawn recording is left in {left:?}");
}

#[test]
fn a_pack_clip_is_checked_by_line_and_carries_its_transcript() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/told/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    book.write("stories/lived-experience/told/talk.vtt", VTT);
    recorded(
        &book,
        "told",
        "  src: talk.mp3\n  captions: talk.vtt\n",
        GIVEN,
        "",
    );
    book.write("bad.yaml", "title: T\nclips:\n  - story: tlod\n    start: \"0:00\"\n    end: \"0:01\"\n  - story: told\n    start: \"0:01\"\n    end: \"soon\"\n");
    let (code, err) = book.workshop("bad.yaml");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("bad.yaml:3") && err.contains("did you mean \"told\""),
        "{err}"
    );
    assert!(
        err.contains("bad.yaml:8") && err.contains("\"soon\" is not a time"),
        "{err}"
    );

    book.write("good.yaml", "title: T\nclips:\n  - story: told\n    start: \"0:01\"\n    end: \"0:02\"\n    label: \"The rain\"\n");
    let (code, err) = book.workshop("good.yaml");
    assert_eq!(code, 0, "{err}");
    let pack = book.path("workshops/good");
    let present = read(&pack.join("present.html"));
    assert!(
        present.contains("src=\"media/told/recording.mp3#t=1.0,2.0\""),
        "{present}"
    );
    assert!(present.contains("<track kind=\"captions\""));
    let cards = read(&pack.join("cards.html"));
    assert!(
        cards.contains("And then it rained.") && !cards.contains("quokka"),
        "the card holds only the clip's lines"
    );
    assert!(pack.join("media/told/recording.mp3").is_file() && pack.join("player.js").is_file());
}

#[test]
fn personal_data_in_captions_and_misspelt_media_keys_are_errors_where_they_are() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/a/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    book.write(
        "stories/lived-experience/a/talk.vtt",
        "WEBVTT\n\n00:00.000 --> 00:01.000\nRing me on 07700 900123 any time.\n",
    );
    recorded(
        &book,
        "a",
        "  src: talk.mp3\n  captions: talk.vtt\n",
        GIVEN,
        "",
    );
    recording(
        &book.path("stories/lived-experience/b/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    recorded(
        &book,
        "b",
        "  src: talk.mp3\n  postr: still.jpg\n",
        GIVEN,
        "Words.",
    );
    let (code, diags) = book.check_json();
    assert_eq!(code, 1);
    let phone = diags
        .iter()
        .find(|d| d["file"] == "lived-experience/a/talk.vtt" && d["line"] == 4);
    assert!(
        phone.is_some_and(|d| d["code"].as_str().unwrap().contains("phone")),
        "{diags:#?}"
    );
    let key = diags
        .iter()
        .find(|d| d["file"] == "lived-experience/b/index.md" && d["line"] == 9);
    assert!(
        key.is_some_and(|d| d["hint"].as_str().unwrap().contains("poster")),
        "{diags:#?}"
    );
}

#[test]
fn building_recordings_without_ffmpeg_says_how_to_install_it() {
    let book = Book::new();
    recording(
        &book.path("stories/lived-experience/a/talk.mp3"),
        2,
        &["-c:a libmp3lame"],
    );
    recorded(&book, "a", "  src: talk.mp3\n", GIVEN, "Words.");
    let empty = book.path("no-tools");
    std::fs::create_dir_all(&empty).unwrap();
    let out = book
        .storypress()
        .env("PATH", &empty)
        .arg("build")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("ffmpeg is not installed") && err.contains("sudo apt-get install ffmpeg"),
        "{err}"
    );
    assert!(!book.path("site").exists(), "nothing was written");
}
