//! Listings in pages: which cards a page of a listing shows, where each page lives (the
//! listing's own address, then `page/2/`, `page/3/`, …) and the numbers its pagination
//! partial is given. No words here: the templates say "Next" and "page 2 of 42".

use super::{Job, Renderer};
use crate::model::{feature_path, theme_path};
use crate::page::Kind;
use serde_json::{json, Value};

/// A listing of cards, which may run over several pages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Listing {
    /// `/lived-experience/` or `/case-studies/`.
    Kind(Kind),
    /// A place's cards: `sites/<id>/`, or its profile page's address when it has one (the
    /// profile is then page 1).
    Site(String),
    Feature(String),
    Theme(String),
}

/// The path of page `number` of a listing whose first page is at `base` (`features/x/`).
pub fn page_path(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// How many pages `len` cards fill, `size` to a page: always at least one, so an empty
/// listing still has its page saying so.
pub fn page_count(len: usize, size: usize) -> usize {
    len.div_ceil(size.max(1)).max(1)
}

/// The page numbers the pagination shows, with `None` for an ellipsis: the first and last
/// pages, and the current one with its neighbours (the GOV.UK pattern).
pub fn numbers_shown(current: usize, count: usize) -> Vec<Option<usize>> {
    let mut wanted = [1, current.saturating_sub(1), current, current + 1, count];
    wanted.sort_unstable();
    let mut shown = Vec::new();
    let mut last = 0;
    for n in wanted {
        if n == last || n < 1 || n > count {
            continue;
        }
        if n > last + 1 {
            shown.push(None);
        }
        shown.push(Some(n));
        last = n;
    }
    shown
}

/// What `partials/pagination.html` is given: the page's number, the count, previous and
/// next, and the numbered links, each URL relative to the page (`root` is its way back).
pub fn pagination_value(base: &str, current: usize, count: usize, root: &str) -> Value {
    let link = |n: usize| json!({"number": n, "url": format!("{root}{}", page_path(base, n))});
    let items: Vec<Value> = numbers_shown(current, count)
        .into_iter()
        .map(|n| match n {
            Some(n) => {
                let mut l = link(n);
                l["current"] = json!(n == current);
                l
            }
            None => json!({"ellipsis": true}),
        })
        .collect();
    json!({
        "number": current,
        "count": count,
        "previous": if current > 1 { link(current - 1) } else { Value::Null },
        "next": if current < count { link(current + 1) } else { Value::Null },
        "items": items,
    })
}

impl Renderer<'_> {
    /// Every card of a listing, newest first.
    pub(super) fn cards_in(&self, listing: &Listing) -> &[usize] {
        let m = self.model;
        let v = match listing {
            Listing::Kind(k) => m.by_kind.get(k),
            Listing::Site(id) => m.by_site.get(id),
            Listing::Feature(id) => m.by_feature.get(id),
            Listing::Theme(t) => m.by_theme.get(t),
        };
        v.map_or(&[], Vec::as_slice)
    }

    /// Where the listing's first page is.
    pub(super) fn base_path(&self, listing: &Listing) -> String {
        match listing {
            Listing::Kind(k) => format!("{}/", k.dir()),
            Listing::Site(id) => match self.model.profiles.get(id) {
                Some(&i) => self.model.page(i).path(),
                None => format!("sites/{id}/"),
            },
            Listing::Feature(id) => feature_path(id),
            Listing::Theme(t) => theme_path(t),
        }
    }

    pub(super) fn pages_of(&self, listing: &Listing) -> usize {
        page_count(self.cards_in(listing).len(), self.model.config.page_size)
    }

    /// The cards on page `number` of a listing.
    pub(super) fn cards_on(&self, listing: &Listing, number: usize) -> &[usize] {
        let all = self.cards_in(listing);
        let size = self.model.config.page_size;
        let start = (number.saturating_sub(1) * size).min(all.len());
        &all[start..(start + size).min(all.len())]
    }

    /// Every page of a listing as jobs. A place with a profile has its first page there
    /// (`Job::Page`), so its listing jobs start at page 2.
    pub(super) fn listing_jobs(&self, listing: Listing) -> Vec<Job> {
        let first = match &listing {
            Listing::Site(id) if self.model.profiles.contains_key(id) => 2,
            _ => 1,
        };
        (first..=self.pages_of(&listing))
            .map(|n| Job::List(listing.clone(), n))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_paths() {
        assert_eq!(page_count(0, 24), 1);
        assert_eq!(page_count(24, 24), 1);
        assert_eq!(page_count(25, 24), 2);
        assert_eq!(page_path("features/x/", 1), "features/x/");
        assert_eq!(page_path("features/x/", 3), "features/x/page/3/");
    }

    #[test]
    fn ellipses_for_long_ranges() {
        let s = |c, n| numbers_shown(c, n);
        assert_eq!(s(1, 1), vec![Some(1)]);
        assert_eq!(s(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(s(1, 10), vec![Some(1), Some(2), None, Some(10)]);
        assert_eq!(
            s(5, 10),
            vec![Some(1), None, Some(4), Some(5), Some(6), None, Some(10)]
        );
        assert_eq!(
            s(3, 10),
            vec![Some(1), Some(2), Some(3), Some(4), None, Some(10)]
        );
    }
}
