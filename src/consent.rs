//! The consent gate: the one place that decides what may be published to whom.
//!
//! Everything downstream (pages, listings, feeds, the sitemap, `stories.json`, search, images)
//! is built from a [`Published`] set, which only [`gate`] can make. Pages that fail the gate
//! are dropped here, so no renderer can reach them even by mistake.

use crate::date::Date;
use crate::page::{ConsentStatus, Kind, Page, Scope};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

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
    pub reason: Reason,
}

/// The pages cleared for one audience. Only [`gate`] can make one.
#[derive(Debug)]
pub struct Published {
    /// Shared, so `serve` can keep and re-gate thousands of pages without copying them.
    pages: Vec<Arc<Page>>,
    audience: Audience,
    today: Date,
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
}

/// Split pages into those published to `audience` and those left out. Left-out pages are
/// dropped here: only their file name and the reason survive.
pub fn gate<P: Into<Arc<Page>>>(
    pages: impl IntoIterator<Item = P>,
    audience: Audience,
    today: Date,
) -> (Published, Vec<LeftOut>) {
    let mut kept = Vec::new();
    let mut left_out = Vec::new();
    for page in pages {
        let page: Arc<Page> = page.into();
        match decide(&page, audience, today) {
            Ok(()) => kept.push(page),
            Err(reason) => left_out.push(LeftOut {
                source: page.source.clone(),
                reason,
            }),
        }
    }
    (
        Published {
            pages: kept,
            audience,
            today,
        },
        left_out,
    )
}
