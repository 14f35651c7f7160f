//! What the templates see: cards for every published page, and the listings they appear in.
//!
//! Built once per build from the gated set. Listings hold indexes into one `cards` vector, so a
//! story that appears on ten listing pages is described once and never re-rendered.

use crate::config::Config;
use crate::consent::Published;
use crate::date::Date;
use crate::page::{Kind, Page};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagLink {
    pub tag: String,
    pub url: String,
}

/// One published page as listings show it.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub kind: Kind,
    pub kind_name: &'static str,
    pub slug: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub date: Date,
    pub date_display: String,
    pub storyteller: Option<String>,
    pub site: Option<Link>,
    pub features: Vec<Link>,
    pub themes: Vec<TagLink>,
    pub content_warnings: Vec<String>,
    pub quote: Option<String>,
    /// Empty when it is the storybook's own language.
    pub language: String,
    pub composite: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counted {
    pub id: String,
    pub name: String,
    pub url: String,
    pub count: usize,
}

/// The published storybook, arranged for rendering.
pub struct Model<'a> {
    pub config: &'a Config,
    pub published: &'a Published,
    pub cards: Vec<Card>,
    /// Newest first, then by title: the order of every listing.
    pub order: Vec<usize>,
    pub by_kind: BTreeMap<Kind, Vec<usize>>,
    pub by_feature: BTreeMap<String, Vec<usize>>,
    pub by_site: BTreeMap<String, Vec<usize>>,
    pub by_theme: BTreeMap<String, Vec<usize>>,
    /// Site id → the published profile page's index, where there is one.
    pub profiles: BTreeMap<String, usize>,
}

pub fn feature_path(id: &str) -> String {
    format!("features/{id}/")
}

pub fn theme_path(tag: &str) -> String {
    format!("themes/{tag}/")
}

impl<'a> Model<'a> {
    pub fn new(config: &'a Config, published: &'a Published) -> Self {
        let profiles = profiles(published);
        let pages = published.pages();
        let site_url = |id: &str| site_url(&profiles, pages, id);
        // Thousands of small allocations each: worth spreading over the cores.
        let cards: Vec<Card> = pages
            .par_iter()
            .map(|p| card(p, config, &site_url))
            .collect();
        Model::with_cards(config, published, cards)
    }

    /// A model around cards made earlier: `serve` keeps them between edits and remakes only
    /// the edited pages' cards. `cards` must be in `published` order.
    pub fn with_cards(config: &'a Config, published: &'a Published, cards: Vec<Card>) -> Self {
        let pages = published.pages();
        let profiles = profiles(published);
        let mut order: Vec<usize> = (0..pages.len()).collect();
        order.sort_by(|&a, &b| {
            pages[b]
                .date
                .cmp(&pages[a].date)
                .then_with(|| pages[a].title.cmp(&pages[b].title))
        });

        let mut m = Model {
            config,
            published,
            cards,
            order: Vec::new(),
            by_kind: BTreeMap::new(),
            by_feature: config
                .features
                .iter()
                .map(|f| (f.id.clone(), Vec::new()))
                .collect(),
            by_site: config
                .sites
                .iter()
                .map(|s| (s.id.clone(), Vec::new()))
                .collect(),
            by_theme: BTreeMap::new(),
            profiles,
        };
        for &i in &order {
            let p = &pages[i];
            m.by_kind.entry(p.kind).or_default().push(i);
            for f in &p.features {
                m.by_feature.entry(f.clone()).or_default().push(i);
            }
            if let Some(s) = &p.site {
                // A profile is the site's page, not an entry in its own listing.
                if p.kind != Kind::Site {
                    m.by_site.entry(s.clone()).or_default().push(i);
                }
            }
            for t in &p.themes {
                m.by_theme.entry(t.clone()).or_default().push(i);
            }
        }
        m.order = order;
        m
    }

    /// A fresh card for one page, as [`Model::new`] would make it.
    pub fn card_for(&self, page: &Page) -> Card {
        card(page, self.config, &|id: &str| {
            site_url(&self.profiles, self.published.pages(), id)
        })
    }

    /// Give back the cards, for the next [`Model::with_cards`].
    pub fn into_cards(self) -> Vec<Card> {
        self.cards
    }

    pub fn page(&self, i: usize) -> &Page {
        &self.published.pages()[i]
    }

    pub fn site_url(&self, id: &str) -> String {
        match self.profiles.get(id) {
            Some(&i) => self.page(i).path(),
            None => format!("sites/{id}/"),
        }
    }

    pub fn features(&self) -> Vec<Counted> {
        self.config
            .features
            .iter()
            .map(|f| Counted {
                id: f.id.clone(),
                name: f.name.clone(),
                url: feature_path(&f.id),
                count: self.by_feature[&f.id].len(),
            })
            .collect()
    }

    pub fn sites(&self) -> Vec<Counted> {
        self.config
            .sites
            .iter()
            .map(|s| Counted {
                id: s.id.clone(),
                name: s.name.clone(),
                url: self.site_url(&s.id),
                count: self.by_site[&s.id].len(),
            })
            .collect()
    }

    pub fn kinds(&self) -> Vec<Counted> {
        Kind::ALL
            .iter()
            .map(|k| Counted {
                id: k.dir().into(),
                name: k.plural().into(),
                url: format!("{}/", k.dir()),
                count: self.by_kind.get(k).map_or(0, Vec::len),
            })
            .collect()
    }
}

fn profiles(published: &Published) -> BTreeMap<String, usize> {
    published
        .pages()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == Kind::Site)
        .filter_map(|(i, p)| p.site.clone().map(|s| (s, i)))
        .collect()
}

fn site_url(
    profiles: &BTreeMap<String, usize>,
    pages: &[std::sync::Arc<Page>],
    id: &str,
) -> String {
    match profiles.get(id) {
        Some(&i) => pages[i].path(),
        None => format!("sites/{id}/"),
    }
}

fn card(p: &Page, config: &Config, site_url: &(dyn Fn(&str) -> String + Sync)) -> Card {
    Card {
        kind: p.kind,
        kind_name: p.kind.name(),
        slug: p.slug.clone(),
        url: p.path(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        date: p.date,
        date_display: p.date.display(),
        storyteller: p.storyteller.clone(),
        site: p
            .site
            .as_deref()
            .and_then(|id| config.site(id))
            .map(|s| Link {
                id: s.id.clone(),
                name: s.name.clone(),
                url: site_url(&s.id),
            }),
        features: p
            .features
            .iter()
            .filter_map(|id| config.feature(id))
            .map(|f| Link {
                id: f.id.clone(),
                name: f.name.clone(),
                url: feature_path(&f.id),
            })
            .collect(),
        themes: p
            .themes
            .iter()
            .map(|t| TagLink {
                tag: t.clone(),
                url: theme_path(t),
            })
            .collect(),
        content_warnings: p
            .content_warnings
            .iter()
            .map(|w| w.replace('-', " "))
            .collect(),
        quote: p.quote.clone(),
        language: p
            .language
            .clone()
            .filter(|l| *l != config.language)
            .unwrap_or_default(),
        composite: p.composite,
    }
}
