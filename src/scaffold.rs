//! `storypress new`: a ready-to-fill file for a story, case study or site profile.
//!
//! The file holds every front-matter key with a plain-English comment, consent `pending` and an
//! empty scope, so nothing it starts can be published until someone records what the storyteller
//! agreed to, and where. It leaves out `personal_data_ok`: only a reviewer may allow personal data.

use crate::config::{self, Config};
use crate::date::Date;
use crate::diagnostic::Diagnostics;
use crate::ids;
use crate::page::Kind;
use crate::validate::SUMMARY_PLACEHOLDER;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum NewError {
    #[error("the storybook's settings could not be read")]
    Config(Diagnostics),
    #[error("\"{0}\" gives no usable file name; use a title with some letters in it")]
    BadTitle(String),
    #[error("{0} already exists; storypress new never overwrites a file. Pick another title, or edit that file")]
    Exists(PathBuf),
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Write a new page of `kind` titled `title` under `root`, and return its path.
pub fn new_page(root: &Path, kind: Kind, title: &str, today: Date) -> Result<PathBuf, NewError> {
    let config = config::load(root).map_err(NewError::Config)?;
    let (file, text) = new_text(kind, title, &config, today)?;
    let dir = root.join(kind.dir());
    let path = dir.join(&file);
    if path.exists() || dir.join(file.trim_end_matches(".md")).exists() {
        return Err(NewError::Exists(path));
    }
    let io = |source| NewError::Io {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    // create_new: refuse to overwrite even if the file appeared since the check above.
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)?;
    Ok(path)
}

/// The file name (inside the kind's folder) and text `new` writes for a page titled `title`.
pub fn new_text(
    kind: Kind,
    title: &str,
    config: &Config,
    today: Date,
) -> Result<(String, String), NewError> {
    let slug = ids::slugify(title);
    if slug.is_empty() {
        return Err(NewError::BadTitle(title.to_string()));
    }
    let text = template(kind, title, &slug, config, &today.iso());
    Ok((format!("{slug}.md"), text))
}

/// A YAML double-quoted string: JSON's string syntax is valid YAML.
pub fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("strings always serialise")
}

/// The title the storytellers' guide shows in its template, so the test can ask `new` for the
/// same file.
pub const GUIDE_TITLE: &str = "The title of the story";

/// The template docs/tell-your-story.md shows for copying on GitHub's website: what `new`
/// writes, with the date left for the supporter, so the two can never drift apart.
pub fn guide_template(config: &Config) -> String {
    template(
        Kind::Story,
        GUIDE_TITLE,
        &ids::slugify(GUIDE_TITLE),
        config,
        "YYYY-MM-DD",
    )
}

/// What consent means, one comment line per part. Scope starts empty: a supporter who only
/// changes `pending` to `given` must not publish anywhere the storyteller did not choose.
const CONSENT_HELP: &str = "Consent. NOTHING is published until status is given, and never after the review date.
status: pending until the storyteller agrees; given once they have; withdrawn if they change their mind.
scope: only the places the storyteller said yes to, e.g. [web, workshop]. Each one is a separate yes:
  web       this website, which anyone in the world can read
  workshop  workshops, where a small group reads the story and talks about it
  print     printed cards, paper copies handed out at workshops
recorded: the date they agreed. review: the date by which to ask them again (say, two years later).";

fn template(kind: Kind, title: &str, slug: &str, config: &Config, date: &str) -> String {
    let mut t = String::from("---\n");
    let mut field = |comment: &str, line: &str| {
        for c in comment.lines() {
            let _ = writeln!(t, "# {c}");
        }
        let _ = writeln!(t, "{line}");
    };
    about_fields(&mut field, kind, title, slug, config, date);
    tag_fields(&mut field, kind, config);
    field(
        CONSENT_HELP,
        "consent:\n  status: pending\n  scope: []\n  recorded:\n  review:",
    );
    field(
        &format!(
            "The licence it is shared under. Leave as {} unless agreed otherwise.",
            config.licence.id
        ),
        &format!("licence: {}", config.licence.id),
    );
    field(
        "The page's web address comes from the file name. To choose another, remove the # below.",
        "# slug: lower-case-words-joined-by-hyphens",
    );
    field(
        "true keeps it unpublished while it is being written.",
        "draft: false",
    );
    field(
        "true marks an illustrative composite rather than one real person's story.",
        "composite: false",
    );
    t.push_str("---\n");
    t.push_str(match kind {
        Kind::Story => "Write the story here, in the storyteller's own words.\n\nLeave a blank line between paragraphs. Start a line with ## for a heading.\n",
        Kind::CaseStudy => "Describe the service, team or practice, and what changed for people.\n",
        Kind::Site => "Describe the place: who works together there, and how people find support.\n",
    });
    t
}

/// Title, summary, storyteller, date and place: who and what the page is about.
fn about_fields(
    field: &mut impl FnMut(&str, &str),
    kind: Kind,
    title: &str,
    slug: &str,
    config: &Config,
    date: &str,
) {
    field(
        "The title, as the storyteller wants it.",
        &format!("title: {}", quoted(title)),
    );
    field(
        "One or two sentences for story cards, search results and link previews.",
        &format!("summary: {}", quoted(SUMMARY_PLACEHOLDER)),
    );
    if kind == Kind::Story {
        field(
            "The name the storyteller chose to be credited by. \"Anonymous\" is fine.",
            "storyteller: \"\"",
        );
    }
    field(
        "When the story was told or last changed, as year-month-day.",
        &format!("date: {date}"),
    );
    let sites: Vec<&str> = config.site_ids().collect();
    match kind {
        Kind::Site => {
            let site = if sites.contains(&slug) {
                slug.to_string()
            } else {
                format!("{slug}   # add this id to sites: in storybook.yaml")
            };
            field(
                "The place this profile describes: its id from storybook.yaml.",
                &format!("site: {site}"),
            );
        }
        _ => field(
            &format!(
                "Where this happened. One of: {}. Leave empty if it fits none.",
                sites.join(", ")
            ),
            "site:",
        ),
    }
}

/// Features, themes, warnings, quote, prompts, language and picture: how readers find it.
fn tag_fields(field: &mut impl FnMut(&str, &str), kind: Kind, config: &Config) {
    let features: Vec<&str> = config.feature_ids().collect();
    let needs = if kind == Kind::Site {
        "Optional for a place"
    } else {
        "At least one"
    };
    field(
        &format!(
            "Which key features this shows. {needs}, from: {}.",
            features.join(", ")
        ),
        &format!("features: [{}]", features.first().copied().unwrap_or("")),
    );
    field(
        "Free tags: lower-case words joined by '-', e.g. [housing, peer-support].",
        "themes: []",
    );
    field(
        &format!(
            "Topics a reader should be warned about before reading; the story stays folded until they choose to open it.\nLeave [] if none. Use any of: {}.",
            config.content_warning_ids().collect::<Vec<_>>().join(", ")
        ),
        "content_warnings: []",
    );
    field(
        "A line from the story for cards and workshop slides. Optional.",
        "quote: \"\"",
    );
    field(
        "Questions to open a workshop discussion. Optional.",
        "prompts: []",
    );
    field(&format!("The language it is written in, if not the storybook's own ({}): a code such as cy or pl.", config.language), &format!("language: {}", config.language));
    field(
        "A picture: put the file next to this one, then remove the # below. alt says what it shows that matters;\nonly a purely decorative picture may use alt: \"\" with decorative: true.",
        "# image: { src: photo.jpg, alt: \"What the picture shows\" }",
    );
    field(
        "A recording of the story told aloud: make a folder named after the story, move this file into it as\nindex.md, put the recording beside it, then remove the # below. A video needs captions (a WebVTT file\nof what is said); a recording without them needs its words written as the story's text.",
        "# media: { src: interview.mp4, captions: interview.vtt }",
    );
}
