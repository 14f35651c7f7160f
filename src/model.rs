//! What the templates see: cards for every published page, and the listings they appear in.
//!
//! Built once per build from the gated set. Listings hold indexes into one `cards` vector, so a
//! story that appears on ten listing pages is described once and never re-rendered.

use crate::config::Config;
use crate::consent::Published;
use crate::date::Date;
use crate::i18n::{Catalog, Words};
use crate::page::{Kind, Page};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagLink {
    pub tag: String,
    /// The tag as words: `peer-support` is "Peer support".
    pub name: String,
    pub url: String,
}

/// A free tag as a reader sees it: its words, the first capitalised.
pub fn tag_name(tag: &str) -> String {
    let words = tag.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// One published page as listings show it.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub kind: Kind,
    /// In the interface language, like every worded field of a card.
    pub kind_name: String,
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
    /// The language the page is written in (the storybook's unless it says otherwise).
    pub language: String,
    /// "Polish" for `pl` in an English interface; empty in the interface's own language.
    pub language_name: String,
    pub composite: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counted {
    pub id: String,
    pub name: String,
    pub url: String,
    /// Everything its page lists, whatever the kind.
    pub count: usize,
    /// The same, by kind, so that a tile can say what its page lists.
    pub stories: usize,
    pub case_studies: usize,
    pub profiles: usize,
}

/// How many stories, case studies and place profiles.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct KindCounts {
    pub stories: usize,
    pub case_studies: usize,
    pub profiles: usize,
}

/// The published storybook, arranged for rendering.
pub struct Model<'a> {
    pub config: &'a Config,
    /// The interface's words, for the values the model words itself.
    pub words: Words,
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
    /// For each page, the other published pages that tell it in another language.
    pub translations: Vec<Vec<usize>>,
}

pub fn feature_path(id: &str) -> String {
    format!("features/{id}/")
}

pub fn theme_path(tag: &str) -> String {
    format!("themes/{tag}/")
}

impl<'a> Model<'a> {
    pub fn new(config: &'a Config, published: &'a Published, catalog: &Arc<Catalog>) -> Self {
        let words = Words::new(catalog, &config.language);
        let profiles = profiles(published);
        let pages = published.pages();
        let site_url = |id: &str| site_url(&profiles, pages, id);
        // Thousands of small allocations each: worth spreading over the cores.
        let cards: Vec<Card> = pages
            .par_iter()
            .map(|p| card(p, config, &words, &site_url))
            .collect();
        Model::with_cards(config, published, cards, words)
    }

    /// A model around cards made earlier: `serve` keeps them between edits and remakes only
    /// the edited pages' cards. `cards` must be in `published` order.
    pub fn with_cards(
        config: &'a Config,
        published: &'a Published,
        cards: Vec<Card>,
        words: Words,
    ) -> Self {
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
            words,
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
            translations: crate::translations::groups(pages),
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
        card(page, self.config, &self.words, &|id: &str| {
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

    /// The kinds of the pages a listing holds: one count, used by every page that says it.
    pub fn count_kinds(&self, listed: &[usize]) -> KindCounts {
        let mut c = KindCounts::default();
        for &i in listed {
            match self.page(i).kind {
                Kind::Story => c.stories += 1,
                Kind::CaseStudy => c.case_studies += 1,
                Kind::Site => c.profiles += 1,
            }
        }
        c
    }

    fn counted(&self, id: &str, name: &str, url: String, listed: &[usize]) -> Counted {
        let k = self.count_kinds(listed);
        Counted {
            id: id.into(),
            name: name.into(),
            url,
            count: listed.len(),
            stories: k.stories,
            case_studies: k.case_studies,
            profiles: k.profiles,
        }
    }

    pub fn features(&self) -> Vec<Counted> {
        self.config
            .features
            .iter()
            .map(|f| self.counted(&f.id, &f.name, feature_path(&f.id), &self.by_feature[&f.id]))
            .collect()
    }

    pub fn sites(&self) -> Vec<Counted> {
        self.config
            .sites
            .iter()
            .map(|s| self.counted(&s.id, &s.name, self.site_url(&s.id), &self.by_site[&s.id]))
            .collect()
    }

    pub fn kinds(&self) -> Vec<Counted> {
        Kind::ALL
            .iter()
            .map(|k| {
                let listed = self.by_kind.get(k).map_or(&[][..], Vec::as_slice);
                self.counted(
                    k.dir(),
                    &self.words.kind_plural(*k),
                    format!("{}/", k.dir()),
                    listed,
                )
            })
            .collect()
    }

    /// Up to `n` published stories and case studies most like page `i`: sharing most of its
    /// features and its place, newest first. Only the first few of each of its listings are
    /// looked at, so a story costs the same however large the storybook grows.
    pub fn related(&self, i: usize, n: usize) -> Vec<usize> {
        let page = self.page(i);
        let lists = page
            .features
            .iter()
            .filter_map(|f| self.by_feature.get(f))
            .chain(page.site.as_ref().and_then(|s| self.by_site.get(s)));
        let mut seen: Vec<(usize, usize)> = Vec::new(); // (page, lists it shares)
        for list in lists {
            let near = list
                .iter()
                .filter(|&&j| j != i && self.page(j).kind != Kind::Site);
            for &j in near.take(n + 1) {
                match seen.iter_mut().find(|(k, _)| *k == j) {
                    Some((_, shared)) => *shared += 1,
                    None => seen.push((j, 1)),
                }
            }
        }
        let rank = |j: usize| self.order_rank(j);
        seen.sort_by_key(|&(j, shared)| (std::cmp::Reverse(shared), rank(j)));
        seen.into_iter().take(n).map(|(j, _)| j).collect()
    }

    /// Where page `j` stands in [`Model::order`]: by date, newest first.
    fn order_rank(&self, j: usize) -> (std::cmp::Reverse<Date>, &str) {
        let p = self.page(j);
        (std::cmp::Reverse(p.date), p.title.as_str())
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

fn card(
    p: &Page,
    config: &Config,
    words: &Words,
    site_url: &(dyn Fn(&str) -> String + Sync),
) -> Card {
    let language = p.language.as_deref().unwrap_or(&config.language);
    Card {
        kind: p.kind,
        kind_name: words.kind_name(p.kind),
        slug: p.slug.clone(),
        url: p.path(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        date: p.date,
        date_display: words.date(p.date),
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
                name: tag_name(t),
                url: theme_path(t),
            })
            .collect(),
        content_warnings: p
            .content_warnings
            .iter()
            .map(|w| w.replace('-', " "))
            .collect(),
        quote: p.quote.clone(),
        language: language.to_string(),
        language_name: words.language_name(language),
        composite: p.composite,
    }
}
