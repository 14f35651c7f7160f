//! The image pipeline through `storypress build`: what reaches the site is pixels only.

mod common;
use common::*;

fn exif_fields(bytes: &[u8]) -> usize {
    match exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) {
        Ok(e) => e.fields().count(),
        Err(_) => 0,
    }
}

fn images_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .filter(|(p, _)| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("jpg" | "webp" | "png")
            )
        })
        .collect()
}

#[test]
fn published_images_carry_no_metadata_and_are_upright() {
    let book = Book::new();
    let source = with_exif(&jpeg(1200, 800), 6); // 6: rotate 90° clockwise to display
    assert!(
        exif_fields(&source) >= 2,
        "the source really has EXIF with GPS"
    );
    write_bytes(&book, "stories/lived-experience/sam/garden.jpg", &source);
    book.write(
        "stories/lived-experience/sam/index.md",
        &format!("---\ntitle: Sam\nsummary: S\nstoryteller: Sam\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: garden.jpg, alt: \"Raised beds in spring\" }}\n{GIVEN}---\nText ![The shed at dusk](garden.jpg) more.\n"),
    );
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    let site = book.path("site");
    let out = images_under(&site);
    assert!(!out.is_empty());
    for (path, bytes) in &out {
        assert_eq!(exif_fields(bytes), 0, "{} carries metadata", path.display());
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "{}",
            path.display()
        );
    }
    // Orientation 6 turns the 1200×800 photo into 800×1200; widths never exceed the original.
    let jpgs: Vec<_> = out
        .iter()
        .filter(|(p, _)| p.extension().unwrap() == "jpg")
        .collect();
    let mut sizes: Vec<(u32, u32)> = jpgs
        .iter()
        .map(|(_, b)| {
            image::load_from_memory(b)
                .map(|i| (i.width(), i.height()))
                .unwrap()
        })
        .collect();
    sizes.sort();
    assert_eq!(
        sizes,
        vec![(480, 720), (800, 1200)],
        "widths 480 and the original 800, upright"
    );
    let upright = image::load_from_memory(
        &jpgs
            .iter()
            .find(|(p, _)| p.to_string_lossy().ends_with("-800.jpg"))
            .unwrap()
            .1,
    )
    .unwrap()
    .to_rgb8();
    let top = upright.get_pixel(400, 100);
    assert!(
        top[0] > 150 && top[2] < 100,
        "after rotating, red is at the top: {top:?}"
    );

    let page = read(&site.join("lived-experience/sam/index.html"));
    assert!(
        page.contains(
            r#"<source type="image/webp" srcset="garden-480.webp 480w, garden-800.webp 800w""#
        ),
        "{page}"
    );
    assert!(
        page.contains(r#"alt="Raised beds in spring""#)
            && page.contains(r#"width="800" height="1200""#)
    );
    assert!(
        page.contains(r#"alt="The shed at dusk" loading="lazy" decoding="async""#),
        "inline image, lazy"
    );
    assert!(page.contains(r#"property="og:image" content="https://example.org/storybook/lived-experience/sam/garden-800.jpg""#), "{page}");
    assert!(
        !site.join("lived-experience/sam/garden.jpg").exists(),
        "the original is never copied"
    );
}

#[test]
fn a_cached_rebuild_decodes_nothing_and_changed_bytes_are_reprocessed() {
    let book = Book::new();
    for i in 0..3 {
        write_bytes(
            &book,
            &format!("stories/lived-experience/s{i}/p.jpg"),
            &jpeg(600 + i, 400),
        );
        book.write(&format!("stories/lived-experience/s{i}/index.md"), &format!("---\ntitle: S{i}\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: p.jpg, alt: \"A view\" }}\n{GIVEN}---\nx\n"));
    }
    let (_, err) = book.build(&[]);
    assert!(err.contains("3 images processed, 0 from cache"), "{err}");
    let (_, err) = book.build(&[]);
    assert!(err.contains("0 images processed, 3 from cache"), "{err}");
    assert_eq!(
        read(&book.path(".storypress-cache/images/.gitignore")),
        "*\n",
        "git never picks up the cache"
    );
    write_bytes(&book, "stories/lived-experience/s1/p.jpg", &jpeg(700, 400));
    let (_, err) = book.build(&[]);
    assert!(err.contains("1 images processed, 2 from cache"), "{err}");
    assert!(
        book.path("site/lived-experience/s1/p-700.jpg").exists(),
        "the new bytes, not the stale entry"
    );
}

#[test]
fn images_of_unpublished_stories_are_never_processed() {
    let book = Book::new();
    write_bytes(
        &book,
        "stories/lived-experience/gone/secretface.jpg",
        &jpeg(300, 300),
    );
    book.write("stories/lived-experience/gone/index.md", &format!("---\ntitle: Gone\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: secretface.jpg, alt: \"A face\" }}\n{}---\nx\n", GIVEN.replace("given", "withdrawn")));
    let (code, err) = book.build(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 images processed, 0 from cache"), "{err}");
    assert!(images_under(&book.path("site")).is_empty());
    assert!(files_mentioning(&book.path("site"), "secretface").is_empty());
}

#[test]
fn bombs_bad_files_and_escapes_are_refused() {
    let book = Book::new();
    // A PNG whose header claims 100,000 × 100,000 pixels.
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(1, 1)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    let mut crc = 0xffff_ffffu32;
    for &b in &png[12..29] {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    png[29..33].copy_from_slice(&(!crc).to_be_bytes());
    write_bytes(&book, "stories/lived-experience/bomb/b.png", &png);
    book.write("stories/lived-experience/bomb/index.md", &format!("---\ntitle: B\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: b.png, alt: \"A bomb\" }}\n{GIVEN}---\nx\n"));
    book.write(
        "stories/lived-experience/fake/f.jpg",
        "this is text, not a picture",
    );
    book.write("stories/lived-experience/fake/index.md", &format!("---\ntitle: F\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\n{GIVEN}---\nSee ![a fake](f.jpg) and ![escape](../../secret.jpg) and ![](f.jpg)\n"));
    write_bytes(&book, "stories/secret.jpg", &jpeg(10, 10));
    let start = std::time::Instant::now();
    let (code, err) = book.build(&[]);
    assert!(start.elapsed().as_secs() < 20);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("bomb/index.md:7:") && err.contains("decompression bomb"),
        "{err}"
    );
    assert!(
        err.contains("fake/index.md:13:5") && err.contains("[image-unreadable]"),
        "{err}"
    );
    assert!(
        err.contains("fake/index.md:13:26") && err.contains("[image-outside]"),
        "{err}"
    );
    assert!(err.contains("[missing-alt]"), "{err}");
    assert!(!book.path("site").exists());
}

#[test]
fn static_images_of_the_storybook_are_re_encoded_too() {
    let book = Book::new();
    book.story("one", GIVEN, "x");
    write_bytes(
        &book,
        "stories/static/logo.jpg",
        &with_exif(&jpeg(64, 32), 1),
    );
    assert_eq!(book.build(&[]).0, 0);
    let out = std::fs::read(book.path("site/logo.jpg")).unwrap();
    assert_eq!(exif_fields(&out), 0);
    assert_eq!(
        image::load_from_memory(&out)
            .map(|i| (i.width(), i.height()))
            .unwrap(),
        (64, 32)
    );
}

/// Age every cache entry past the grace period that protects entries a build running at the
/// same time may have just made.
fn age_cache(book: &Book) {
    let root = book.path(".storypress-cache/images");
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && !path.file_name().unwrap().to_string_lossy().starts_with('.') {
            std::fs::File::open(&path)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
    }
}

/// Entries (one folder per processed image) in the cache.
fn cache_entries(book: &Book) -> usize {
    std::fs::read_dir(book.path(".storypress-cache/images"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir() && !e.file_name().to_string_lossy().starts_with('.'))
        .count()
}

#[test]
fn a_withdrawn_storys_photo_leaves_the_cache_but_photos_still_in_use_stay() {
    let book = Book::new();
    let story = |slug: &str, w: u32, scope: &str, status: &str| {
        write_bytes(
            &book,
            &format!("stories/lived-experience/{slug}/p.jpg"),
            &jpeg(w, 300),
        );
        book.write(
            &format!("stories/lived-experience/{slug}/index.md"),
            &format!("---\ntitle: {slug}\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: p.jpg, alt: \"A view\" }}\nconsent:\n  status: {status}\n  scope: [{scope}]\n  recorded: 2025-05-01\n  review: 2099-01-01\n---\nx\n"),
        );
    };
    story("stays", 500, "web, workshop", "given");
    story("goes", 510, "web, workshop", "given");
    story("room-only", 520, "workshop", "given");
    assert_eq!(book.build(&["stories"]).0, 0);
    assert_eq!(book.build(&["stories", "--audience", "workshop"]).0, 0);
    assert_eq!(cache_entries(&book), 3);

    story("goes", 510, "web, workshop", "withdrawn");
    age_cache(&book);
    let (code, err) = book.build(&["stories"]);
    assert_eq!(code, 0, "{err}");
    // "goes" is in neither site now, but the workshop build before still had it: its record
    // keeps the photo until the workshop site is built again without it.
    assert_eq!(cache_entries(&book), 3);
    assert_eq!(book.build(&["stories", "--audience", "workshop"]).0, 0);
    assert_eq!(cache_entries(&book), 2, "the withdrawn photo is gone");
    // The workshop-only photo is still used by the workshop site, and the public one by both.
    assert!(book
        .path("site-workshop/lived-experience/room-only/index.html")
        .is_file());
    let (_, err) = book.build(&["stories", "--audience", "workshop"]);
    assert!(err.contains("0 images processed, 2 from cache"), "{err}");
    // A site folder that is deleted no longer keeps anything.
    std::fs::remove_dir_all(book.path("site-workshop")).unwrap();
    age_cache(&book);
    assert_eq!(book.build(&["stories"]).0, 0);
    assert_eq!(cache_entries(&book), 1);
}

#[test]
fn new_cache_entries_are_kept_for_a_build_running_alongside() {
    let book = Book::new();
    write_bytes(&book, "stories/lived-experience/a/p.jpg", &jpeg(500, 300));
    book.write("stories/lived-experience/a/index.md", &format!("---\ntitle: A\nsummary: S\nstoryteller: S\ndate: 2025-06-01\nfeatures: [networks]\nimage: {{ src: p.jpg, alt: \"A view\" }}\n{GIVEN}---\nx\n"));
    assert_eq!(book.build(&["stories"]).0, 0);
    // Another storybook's build, into another folder, made this entry a moment ago.
    let other = book.path(".storypress-cache/images/0123456789abcdef0123456789abcdef");
    std::fs::create_dir_all(&other).unwrap();
    assert_eq!(book.build(&["stories"]).0, 0);
    assert!(
        other.is_dir(),
        "a young entry is left for the build that made it"
    );
}
