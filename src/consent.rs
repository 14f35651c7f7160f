//! The consent gate: the one place that decides what may be published to whom.
//!
//! Everything downstream (pages, listings, feeds, the sitemap, `stories.json`, search, images)
//! is built from a [`Published`] set, which only [`gate`] can make. Pages that fail the gate
//! are dropped here, so no renderer can reach them even by mistake.
//!
//! `serve --drafts` shows a writer the pages that are left out, one at a time. Such a page
//! reaches a renderer only through [`preview`], which takes a [`DraftsKey`]: only `serve`
//! can make one (its constructor is private to that module), and `serve` renders the page
//! into the one answer it is asked for, never into the site it keeps or onto disk. `build`,
//! `check` and workshop packs hold no key, so no build can contain a left-out page: the
//! compiler refuses it. A [`Published`] made by [`preview`] also says so ([`Published::is_preview`]).

use crate::date::Date;
use crate::page::{ConsentStatus, Kind, Page, Scope};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

pub use crate::serve::DraftsKey;

/// Who a build is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// The public website: needs `web` in the scope.
    Public,
    /// Internal workshop material: needs `workshop` in the scope.
    Workshop,
}

impl Audience {
    pub fn scope(self) -> Scope {
        match self {
            Audience::Public => Scope::Web,
            Audience::Workshop => Scope::Workshop,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Workshop => "workshop",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "public" => Some(Audience::Public),
            "workshop" => Some(Audience::Workshop),
            _ => None,
        }
    }
}

/// Why a page was left out of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Draft,
    NoConsent,
    Pending,
    Withdrawn,
    OutOfScope(Scope),
    NoReviewDate,
    Expired(Date),
    /// A translation whose original (this slug) is not published to the audience.
    OriginalLeftOut(String),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Draft => write!(f, "it is a draft (draft: true)"),
            Reason::NoConsent => write!(f, "it has no consent block"),
            Reason::Pending => write!(f, "consent is pending"),
            Reason::Withdrawn => write!(f, "consent was withdrawn"),
            Reason::OutOfScope(s) => write!(
                f,
                "consent does not include \"{}\"",
                Scope::NAMES[*s as usize]
            ),
            Reason::NoReviewDate => write!(
                f,
                "consent has no review date, so it cannot be shown to be current"
            ),
            Reason::Expired(d) => write!(
                f,
                "consent expired: it was due to be re-confirmed by {}",
                d.iso()
            ),
            Reason::OriginalLeftOut(slug) => write!(
                f,
                "it translates \"{slug}\", which is not published, and a translation is only published where its original is"
            ),
        }
    }
}

impl Reason {
    /// What would let the page be published, in the words a supporter acts on.
    pub fn fix(&self) -> String {
        match self {
            Reason::Draft => "when it is ready, remove draft: true from its front matter".into(),
            Reason::NoConsent => "once the storyteller has agreed, add a consent block with status: given, the scope, and recorded: and review: dates".into(),
            Reason::Pending => "once the storyteller has agreed, set consent status: given, with recorded: and review: dates".into(),
            Reason::Withdrawn => "only the storyteller can give consent again; until they do, it stays unpublished".into(),
            Reason::OutOfScope(s) => format!(
                "add {} to consent scope, only if the storyteller agreed to that",
                Scope::NAMES[*s as usize]
            ),
            Reason::NoReviewDate => "add a review: date, when consent must next be re-confirmed".into(),
            Reason::Expired(_) => "re-confirm consent with the storyteller, then set a new review: date".into(),
            Reason::OriginalLeftOut(slug) => format!("it follows \"{slug}\": once that story may be published again, so may this one"),
        }
    }
}

/// Whether one page may be published to an audience on a given day.
///
/// Lived-experience stories always need consent; other kinds need it only when they carry a
/// consent block (organisations can withdraw too), and then it is respected in full.
pub fn decide(page: &Page, audience: Audience, today: Date) -> Result<(), Reason> {
    if page.draft {
        return Err(Reason::Draft);
    }
    let Some(consent) = &page.consent else {
        return if page.kind == Kind::Story {
            Err(Reason::NoConsent)
        } else {
            Ok(())
        };
    };
    match consent.status {
        ConsentStatus::Pending => return Err(Reason::Pending),
        ConsentStatus::Withdrawn => return Err(Reason::Withdrawn),
        ConsentStatus::Given => {}
    }
    if !consent.scope.contains(&audience.scope()) {
        return Err(Reason::OutOfScope(audience.scope()));
    }
    match consent.review {
        None => Err(Reason::NoReviewDate),
        Some(review) if review < today => Err(Reason::Expired(review)),
        Some(_) => Ok(()),
    }
}

/// A page that was left out, and why. It holds no content of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub source: PathBuf,
    /// The address it would have had (`lived-experience/sam/`), so `serve` can explain there.
    pub address: String,
    pub reason: Reason,
}

/// The pages cleared for one audience. Only [`gate`] can make one.
#[derive(Debug)]
pub struct Published {
    /// Shared, so `serve` can keep and re-gate thousands of pages without copying them.
    pages: Vec<Arc<Page>>,
    audience: Audience,
    today: Date,
    /// Made by [`preview`]: holds a page that is not published.
    preview: bool,
}

impl Published {
    pub fn pages(&self) -> &[Arc<Page>] {
        &self.pages
    }

    pub fn audience(&self) -> Audience {
        self.audience
    }

    /// The day the gate was applied, so every date shown agrees with the decision.
    pub fn today(&self) -> Date {
        self.today
    }

    /// Take every page's Markdown out, in page order, leaving each page's empty: a build
    /// renders the bodies a chunk at a time and lets each source go once it is rendered, so
    /// it never holds every source and every rendered body at once. A page shared elsewhere
    /// (as `serve` shares them) keeps its source as well.
    pub fn take_sources(&mut self) -> Vec<Arc<str>> {
        self.pages
            .iter_mut()
            .map(|page| match Arc::get_mut(page) {
                Some(page) => std::mem::replace(&mut page.body, Arc::from("")),
                None => page.body.clone(),
            })
            .collect()
    }

    /// Whether this set holds a left-out page, for one preview answer of `serve --drafts`.
    pub fn is_preview(&self) -> bool {
        self.preview
    }
}

/// Split pages into those published to `audience` and those left out. Left-out pages are
/// dropped here: only their file name and the reason survive.
pub fn gate<P: Into<Arc<Page>>>(
    pages: impl IntoIterator<Item = P>,
    audience: Audience,
    today: Date,
) -> (Published, Vec<LeftOut>) {
    let pages: Vec<Arc<Page>> = pages.into_iter().map(Into::into).collect();
    let all_originals = crate::translations::originals(pages.iter().map(|p| p.as_ref()));
    let mut kept = Vec::new();
    let mut left_out = Vec::new();
    for page in pages {
        match decide(&page, audience, today) {
            Ok(()) => kept.push(page),
            Err(reason) => left_out.push(LeftOut {
                source: page.source.clone(),
                address: page.path(),
                reason,
            }),
        }
    }
    // A translation follows its original: withdrawing (or not publishing) the original
    // takes every translation of it out of the same build.
    if !all_originals.is_empty() {
        let published: std::collections::HashSet<(Kind, String)> =
            kept.iter().map(|p| (p.kind, p.slug.clone())).collect();
        kept.retain(|p| {
            let Some(original) = all_originals.get(&(p.kind, p.slug.clone())) else {
                return true;
            };
            if published.contains(&(p.kind, original.clone())) {
                return true;
            }
            left_out.push(LeftOut {
                source: p.source.clone(),
                address: p.path(),
                reason: Reason::OriginalLeftOut(original.clone()),
            });
            false
        });
    }
    (
        Published {
            pages: kept,
            audience,
            today,
            preview: false,
        },
        left_out,
    )
}

/// The published pages and one left-out `page` after them, so the page can be rendered as
/// it would look, linking to the published site. Needs the key only `serve --drafts` has.
pub fn preview(published: &Published, page: Arc<Page>, _key: &DraftsKey) -> Published {
    let mut pages = published.pages.clone();
    pages.push(page);
    Published {
        pages,
        audience: published.audience,
        today: published.today,
        preview: true,
    }
}

/// Whether a published page's recording (its sound, its pictures, its captions and the
/// transcript made from them) may be shown to `audience`: a storyteller may agree to their
/// words on the web and their voice or face only in the room (`consent.media_scope`).
/// Every output that shows anything of a recording asks here; `page` must come from a
/// [`Published`] set for the same audience (the page itself is the gate's to decide).
pub fn media_allowed(page: &Page, audience: Audience) -> bool {
    let narrower = page.consent.as_ref().and_then(|c| c.media_scope.as_ref());
    page.media.is_some() && narrower.is_none_or(|s| s.contains(&audience.scope()))
}

/// A published page's recording, when its audience may have it ([`media_allowed`]).
pub fn recording<'p>(
    published: &Published,
    page: &'p Page,
) -> Option<&'p crate::recording::Recording> {
    if media_allowed(page, published.audience()) {
        page.media.as_deref()
    } else {
        None
    }
}
