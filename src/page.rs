//! The content model: what a story, case study or site profile is once it has been validated.

use crate::date::Date;
use crate::licence::Licence;
use serde::Serialize;
use std::path::PathBuf;

/// What a page is, decided by the folder it lives in (never by the front matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Kind {
    #[serde(rename = "lived-experience")]
    Story,
    #[serde(rename = "case-study")]
    CaseStudy,
    #[serde(rename = "site")]
    Site,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Story, Kind::CaseStudy, Kind::Site];

    /// The folder under ROOT, which is also the URL prefix in the output.
    pub fn dir(self) -> &'static str {
        match self {
            Kind::Story => "lived-experience",
            Kind::CaseStudy => "case-studies",
            Kind::Site => "sites",
        }
    }

    pub fn from_dir(dir: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.dir() == dir)
    }

    /// The contract's name for the kind (`story`, `case-study`, `site`), as used by `new`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Story => "story",
            Kind::CaseStudy => "case-study",
            Kind::Site => "site",
        }
    }

    pub fn template(self) -> &'static str {
        match self {
            Kind::Story => "story.html",
            Kind::CaseStudy => "case-study.html",
            Kind::Site => "site.html",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentStatus {
    Given,
    Pending,
    Withdrawn,
}

impl ConsentStatus {
    pub const NAMES: [&'static str; 3] = ["given", "pending", "withdrawn"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "given" => Some(Self::Given),
            "pending" => Some(Self::Pending),
            "withdrawn" => Some(Self::Withdrawn),
            _ => None,
        }
    }
}

/// Where a storyteller agreed their story may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Web,
    Workshop,
    Print,
}

impl Scope {
    pub const NAMES: [&'static str; 3] = ["web", "workshop", "print"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "web" => Some(Self::Web),
            "workshop" => Some(Self::Workshop),
            "print" => Some(Self::Print),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub status: ConsentStatus,
    pub scope: Vec<Scope>,
    pub recorded: Option<Date>,
    pub review: Option<Date>,
    /// Where the recording may appear, when narrower than `scope` (a voice or a face may be
    /// agreed for the room only). `None`: wherever the words may.
    pub media_scope: Option<Vec<Scope>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// As written, relative to the page's folder.
    pub src: String,
    pub alt: String,
    pub decorative: bool,
}

/// One validated page. It still carries Markdown: rendering happens only after the consent
/// gate, so nothing is ever rendered for a page that will not be published.
#[derive(Debug, Clone)]
pub struct Page {
    pub kind: Kind,
    /// Relative to ROOT, for reports.
    pub source: PathBuf,
    /// The folder holding the file (absolute or relative to the working directory), for media.
    pub dir: PathBuf,
    /// A folder story owns its folder's files; a single-file story only those beside it.
    pub own_folder: bool,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub storyteller: Option<String>,
    pub date: Date,
    pub site: Option<String>,
    pub features: Vec<String>,
    pub themes: Vec<String>,
    pub content_warnings: Vec<String>,
    pub quote: Option<String>,
    pub prompts: Vec<String>,
    /// Slugs of the pages (of the same kind) that translate this one.
    pub translations: Vec<String>,
    pub language: Option<String>,
    pub image: Option<ImageRef>,
    /// A recording of the story, checked (its captions parsed) when the file was read.
    pub media: Option<std::sync::Arc<crate::recording::Recording>>,
    pub consent: Option<Consent>,
    pub licence: Licence,
    pub draft: bool,
    pub composite: bool,
    /// Shared, so the many copies `serve` makes of the page list cost nothing.
    pub body: std::sync::Arc<str>,
    /// The line of the file where `body` starts, for diagnostics about the Markdown.
    pub body_line: usize,
    /// Where some keys were written, for checks made after parsing.
    pub lines: KeyLines,
}

/// Lines of the file holding some front-matter keys (1 when unknown).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyLines {
    pub summary: usize,
    pub translations: usize,
    pub image: usize,
    pub media: usize,
    pub consent: usize,
    pub review: usize,
}

impl Page {
    /// Site-relative URL path, e.g. `lived-experience/finding-my-feet/`.
    pub fn path(&self) -> String {
        format!("{}/{}/", self.kind.dir(), self.slug)
    }
}
