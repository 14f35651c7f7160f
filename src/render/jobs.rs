//! Which pages a build has, and which of them an edited page touches (for `serve`).

use super::{Job, Listing, Renderer};
use crate::page::{Kind, Page};

impl Renderer<'_> {
    /// Every page of the site.
    pub fn all_jobs(&self) -> Vec<Job> {
        let (model, config) = (self.model, self.model.config);
        let mut jobs = vec![
            Job::Home,
            Job::SitesIndex,
            Job::FeaturesIndex,
            Job::ThemesIndex,
            Job::Accessibility,
            Job::Search,
            Job::Impact,
            Job::BrowsingSafely,
            Job::NotFound,
        ];
        if config.submissions.is_some() {
            jobs.push(Job::Share);
        }
        jobs.extend((0..model.published.pages().len()).map(Job::Page));
        let listings = [Kind::Story, Kind::CaseStudy]
            .map(Listing::Kind)
            .into_iter()
            .chain(config.sites.iter().map(|s| Listing::Site(s.id.clone())))
            .chain(
                config
                    .features
                    .iter()
                    .map(|f| Listing::Feature(f.id.clone())),
            )
            .chain(model.by_theme.keys().map(|t| Listing::Theme(t.clone())));
        for l in listings {
            jobs.extend(self.listing_jobs(l));
        }
        jobs
    }

    /// The listing pages a page with this data appears on (or would have appeared on), plus
    /// the indexes whose counts it changes. Every page of each listing: one story more or
    /// less moves every card after it. Used by `serve` for the old and new version of an
    /// edited page.
    pub fn listings_for(&self, page: &Page) -> Vec<Job> {
        let model = self.model;
        let mut jobs = vec![
            Job::Home,
            Job::FeaturesIndex,
            Job::ThemesIndex,
            Job::SitesIndex,
            Job::Search,
        ];
        let mut listings: Vec<Listing> = Vec::new();
        if page.kind != Kind::Site {
            listings.push(Listing::Kind(page.kind));
        }
        listings.extend(
            page.features
                .iter()
                .filter(|f| model.by_feature.contains_key(*f))
                .map(|f| Listing::Feature(f.clone())),
        );
        listings.extend(
            page.themes
                .iter()
                .filter(|t| model.by_theme.contains_key(*t))
                .map(|t| Listing::Theme(t.clone())),
        );
        if let Some(site) = page
            .site
            .as_deref()
            .filter(|s| model.config.site(s).is_some())
        {
            if let Some(&i) = model.profiles.get(site) {
                jobs.push(Job::Page(i));
            }
            listings.push(Listing::Site(site.to_string()));
        }
        for l in listings {
            jobs.extend(self.listing_jobs(l));
        }
        jobs.extend(self.pages_that_may_list(page));
        jobs.extend(self.translations_of(page));
        jobs
    }

    /// The pages that link `page` as a translation (or that it links), whose lists of
    /// languages change when it comes or goes.
    fn translations_of(&self, page: &Page) -> Vec<Job> {
        let pages = self.model.published.pages();
        let named = |p: &Page| {
            p.kind == page.kind
                && (p.translations.contains(&page.slug) || page.translations.contains(&p.slug))
        };
        let mut jobs: Vec<Job> = (0..pages.len())
            .filter(|&i| named(&pages[i]))
            .map(Job::Page)
            .collect();
        // A sibling translation is linked from the original's group too.
        if let Some(i) = pages
            .iter()
            .position(|p| p.kind == page.kind && p.slug == page.slug)
        {
            jobs.extend(self.model.translations[i].iter().map(|&j| Job::Page(j)));
        }
        jobs
    }

    /// The stories whose "More stories like this" may show `page`: every one that shares a
    /// feature or its place. Re-rendered when it comes or goes, so a withdrawn story never
    /// lingers at the end of another.
    fn pages_that_may_list(&self, page: &Page) -> Vec<Job> {
        let model = self.model;
        if page.kind == Kind::Site {
            return Vec::new();
        }
        let lists = page
            .features
            .iter()
            .filter_map(|f| model.by_feature.get(f))
            .chain(page.site.as_ref().and_then(|s| model.by_site.get(s)));
        let mut pages: Vec<usize> = lists.flatten().copied().collect();
        pages.sort_unstable();
        pages.dedup();
        pages
            .into_iter()
            .filter(|&i| model.page(i).kind != Kind::Site)
            .map(Job::Page)
            .collect()
    }
}
