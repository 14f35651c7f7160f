//! `storypress new`: a ready-to-fill file for a story, case study or site profile.
//!
//! The file holds every front-matter key with a plain-English comment, and consent `pending`,
//! so nothing it starts can be published until someone records the storyteller's consent.

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
    let slug = ids::slugify(title);
    if slug.is_empty() {
        return Err(NewError::BadTitle(title.to_string()));
    }
    let dir = root.join(kind.dir());
    let path = dir.join(format!("{slug}.md"));
    if path.exists() || dir.join(&slug).exists() {
        return Err(NewError::Exists(path));
    }
    let text = template(kind, title, &slug, &config, today);
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

/// A YAML double-quoted string: JSON's string syntax is valid YAML.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("strings always serialise")
}

fn template(kind: Kind, title: &str, slug: &str, config: &Config, today: Date) -> String {
    let features: Vec<&str> = config.feature_ids().collect();
    let sites: Vec<&str> = config.site_ids().collect();
    let first_feature = features.first().copied().unwrap_or("");
    let mut t = String::from("---\n");
    let mut field = |comment: &str, line: &str| {
        for c in comment.lines() {
            let _ = writeln!(t, "# {c}");
        }
        let _ = writeln!(t, "{line}");
    };
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
        &format!("date: {}", today.iso()),
    );
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
        &format!("features: [{first_feature}]"),
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
        "Consent. NOTHING is published until status is given, and never after the review date.\nstatus: pending until the storyteller agrees; given once they have; withdrawn if they change their mind.\nscope: where they agreed it may appear: web (this website), workshop (sessions), print (printed cards).\nrecorded: the date they agreed. review: the date by which to ask them again (say, two years later).",
        "consent:\n  status: pending\n  scope: [web, workshop, print]\n  recorded:\n  review:",
    );
    field(
        &format!(
            "The licence it is shared under. Leave as {} unless agreed otherwise.",
            config.licence.id
        ),
        &format!("licence: {}", config.licence.id),
    );
    field("Things that look like personal data but were checked and are fine here (a helpline's number).", "personal_data_ok: []");
    field(
        "The web address of this page: lower-case words joined by '-'.",
        &format!("slug: {slug}"),
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
    let body = match kind {
        Kind::Story => "Write the story here, in the storyteller's own words.\n\nLeave a blank line between paragraphs. Start a line with ## for a heading.\n",
        Kind::CaseStudy => "Describe the service, team or practice, and what changed for people.\n",
        Kind::Site => "Describe the place: who works together there, and how people find support.\n",
    };
    t.push_str(body);
    t
}
