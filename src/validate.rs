//! Checks that look across the whole storybook, after every file has been read: consent that
//! is about to run out, links between pages, and text that is still a placeholder.

use crate::consent::{self, Audience};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Locator};
use crate::images;
use crate::links::{self, From, LinkIndex, Resolved};
use crate::load::Storybook;
use crate::markdown;
use crate::media;
use crate::page::{ConsentStatus, Page};
use pulldown_cmark::{Event, Parser, Tag};
use rayon::prelude::*;

/// Consent due for review within this many days gets a warning, so there is time to ask.
pub const REVIEW_NOTICE_DAYS: i64 = 60;

/// Longer summaries are cut off on cards and in search results.
pub const MAX_SUMMARY_CHARS: usize = 300;

/// What `storypress new` writes as a summary, so a forgotten one is noticed.
pub const SUMMARY_PLACEHOLDER: &str = "Write one or two sentences about this story.";

pub fn cross_checks<'s>(
    book: &Storybook,
    audience: Audience,
    today: Date,
    statics: impl IntoIterator<Item = &'s String>,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut index = LinkIndex::new(&book.config.base_url);
    let mut themes = Vec::new();
    for page in &book.pages {
        let published = consent::decide(page, audience, today).is_ok();
        index.add_page(page, published);
        if published {
            themes.extend(page.themes.iter().cloned());
        }
    }
    for path in links::generated_paths(&book.config, &themes, statics) {
        index.add_path(path);
    }
    diags.extend(crate::translations::check(
        &book.pages,
        &book.config.language,
    ));
    let owners = shared_pictures(&book.pages, &mut diags);
    // Each check parses the page's Markdown: worth every core for a large storybook.
    let per_page: Vec<Diagnostics> = book
        .pages
        .par_iter()
        .map(|page| {
            let mut d = checks_of(page, today, &owners);
            page_links(page, &index, audience, &mut d);
            d
        })
        .collect();
    for d in per_page {
        diags.extend(d);
    }
    // A file with errors is never published, but its text's links and pictures are checked,
    // so one run reports all of its problems.
    for page in &book.held {
        diags.extend(checks_of(page, today, &owners));
        page_links(page, &index, audience, &mut diags);
    }
    diags
}

/// Pictures beside single-file stories, by their real path, and the page whose front matter
/// names each.
type Owners<'p> = std::collections::HashMap<std::path::PathBuf, &'p Page>;

/// Each picture has one owner: the page whose front matter names it. Two single-file stories
/// naming the same file, or one showing a picture another names, would let a published story
/// carry a withdrawn one's photo; both files are named so the mix-up can be untangled.
fn shared_pictures<'p>(pages: &'p [Page], diags: &mut Diagnostics) -> Owners<'p> {
    let mut owners = Owners::default();
    for page in pages.iter().filter(|p| !p.own_folder) {
        let Some(img) = &page.image else { continue };
        let Ok(path) = media::locate(&page.dir, &img.src, false) else {
            continue;
        };
        let Ok(real) = path.canonicalize() else {
            continue;
        };
        match owners.get(&real) {
            Some(first) => diags.push(
                Diagnostic::error(&page.source, "image-shared", format!("the image \"{}\" is also the picture of {}", img.src, first.source.display()))
                    .at(page.lines.image, 0)
                    .hint("each story needs its own copy of its picture: give one of them its own folder (name/index.md) with the picture inside"),
            ),
            None => {
                owners.insert(real, page);
            }
        }
    }
    owners
}

/// The checks that need only the page itself (not the rest of the storybook).
pub fn page_checks(page: &Page, today: Date) -> Diagnostics {
    checks_of(page, today, &Owners::default())
}

/// A page's own checks; `owners` names the story a borrowed picture belongs to, when known.
fn checks_of(page: &Page, today: Date, owners: &Owners) -> Diagnostics {
    let mut diags = Diagnostics::default();
    consent_timing(page, today, &mut diags);
    summary(page, &mut diags);
    inline_images(page, owners, &mut diags);
    nesting(page, &mut diags);
    diags
}

/// Quotes in quotes (or lists, emphasis, HTML tags) past [`markdown::MAX_NESTING`] levels:
/// refused here, so both `check` and `build` say where, rather than the build slowing to a halt.
fn nesting(page: &Page, diags: &mut Diagnostics) {
    let Some(offset) = markdown::too_deep(&page.body) else {
        return;
    };
    let (line, column) = Locator::new(&page.body, page.body_line).locate(offset);
    diags.push(
        Diagnostic::error(
            &page.source,
            "nesting-too-deep",
            format!("here the text sits inside more than {} levels of quotes, lists, emphasis or HTML tags", markdown::MAX_NESTING),
        )
        .at(line, column)
        .hint("use far fewer levels: a quote inside a quote, or a list inside a list, is as deep as a reader can follow; check for a run of > or - marks or of HTML tags that are never closed"),
    );
}

fn consent_timing(page: &Page, today: Date, diags: &mut Diagnostics) {
    let Some(c) = &page.consent else { return };
    if c.status != ConsentStatus::Given {
        return;
    }
    if c.scope.is_empty() {
        diags.push(
            Diagnostic::warning(&page.source, "consent-no-scope", "consent is marked as given, but scope lists nowhere it may appear, so the story is published nowhere")
                .at(page.lines.consent, 0)
                .hint("list where the storyteller agreed it may appear, e.g. scope: [web] for this website, [web, workshop, print] for workshops and printed cards too"),
        );
    }
    if c.recorded.is_none() {
        diags.push(
            Diagnostic::warning(
                &page.source,
                "consent-not-recorded",
                "consent is marked as given, but not when it was recorded",
            )
            .at(page.lines.consent, 0)
            .hint("add recorded: with the date the storyteller agreed, e.g. recorded: 2025-05-20"),
        );
    }
    let Some(review) = c.review else {
        diags.push(
            Diagnostic::warning(&page.source, "consent-no-review", "consent has no review date, so the story will not be published")
                .at(page.lines.consent, 0)
                .hint("add review: with the date by which consent must be confirmed again, e.g. two years after it was recorded"),
        );
        return;
    };
    let days = today.days_until(review);
    if days < 0 {
        diags.push(
            Diagnostic::warning(
                &page.source,
                "consent-expired",
                format!(
                    "consent was due for review on {}; the story will not be published",
                    review.display()
                ),
            )
            .at(page.lines.review, 0)
            .hint("ask the storyteller again; once they agree, update recorded: and review:"),
        );
    } else if days <= REVIEW_NOTICE_DAYS {
        diags.push(
            Diagnostic::warning(&page.source, "consent-review-soon", format!("consent must be re-confirmed by {} (in {days} days), or the story will come down", review.display()))
                .at(page.lines.review, 0)
                .hint("contact the storyteller now to ask whether they still agree"),
        );
    }
}

fn summary(page: &Page, diags: &mut Diagnostics) {
    let n = page.summary.chars().count();
    if n > MAX_SUMMARY_CHARS {
        diags.push(
            Diagnostic::warning(&page.source, "summary-too-long", format!("the summary is {n} characters; cards and search results show about {MAX_SUMMARY_CHARS}"))
                .at(page.lines.summary, 0)
                .hint("keep it to one or two sentences; the story itself can say the rest"),
        );
    }
    if page.summary == SUMMARY_PLACEHOLDER {
        diags.push(
            Diagnostic::warning(
                &page.source,
                "placeholder",
                "the summary is still the placeholder text",
            )
            .at(page.lines.summary, 0)
            .hint("write one or two sentences that tell a reader what this story is about"),
        );
    }
}

/// `![alt](src)` in a story: the file must be the page's own, readable, and described.
fn inline_images(page: &Page, owners: &Owners, diags: &mut Diagnostics) {
    let mut locator = Locator::new(&page.body, page.body_line);
    for (offset, src, alt) in markdown::image_refs(&page.body) {
        let (line, column) = locator.locate(offset);
        let at = |d: Diagnostic| d.at(line, column);
        match media::owned(page, &src) {
            Err(media::Problem::NotOwned) if owner_of(page, &src, owners).is_some() => {
                let owner = owner_of(page, &src, owners)
                    .map_or_else(String::new, |o| o.source.display().to_string());
                diags.push(at(Diagnostic::error(&page.source, "image-not-owned", format!("the image \"{src}\" belongs to {owner}, whose front matter names it"))
                    .hint("a story can show only its own pictures: put a copy in this story's own folder (name/index.md)")));
                continue;
            }
            Err(problem) => {
                let (msg, hint) = problem.explain(&src, &page.dir);
                diags.push(at(
                    Diagnostic::error(&page.source, problem.code(), msg).hint(hint)
                ));
                continue;
            }
            Ok(path) => {
                if let Err(why) = images::probe(&path) {
                    diags.push(at(Diagnostic::error(&page.source, "image-unreadable", format!("the image \"{src}\" {why}"))
                        .hint("open it in an image editor and export it again as a JPEG or PNG of ordinary size (say 3000 pixels wide)")));
                }
            }
        }
        if alt.trim().is_empty() {
            diags.push(at(Diagnostic::error(&page.source, "missing-alt", format!("the image \"{src}\" has no alt text"))
                .hint(format!("write what the picture shows inside the brackets: ![Sam's allotment in spring]({src})"))));
        }
    }
}

fn owner_of<'p>(page: &Page, src: &str, owners: &Owners<'p>) -> Option<&'p Page> {
    let path = media::locate(&page.dir, src, false)
        .ok()?
        .canonicalize()
        .ok()?;
    owners.get(&path).copied()
}

/// Markdown links to other pages of the storybook, with the line they are on.
fn page_links(page: &Page, index: &LinkIndex, audience: Audience, diags: &mut Diagnostics) {
    let dir = links::source_dir(page);
    let path = page.path();
    let from = From {
        source_dir: &dir,
        page_path: &path,
    };
    let mut locator = Locator::new(&page.body, page.body_line);
    for (event, range) in Parser::new(&page.body).into_offset_iter() {
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        let (line, column) = locator.locate(range.start);
        let d = match index.resolve(&dest_url, from) {
            Resolved::External(_) | Resolved::Same(_) | Resolved::Found(_) => continue,
            Resolved::Refused(why) => Diagnostic::warning(&page.source, "link-refused", format!("this link's address is not allowed: {why}"))
                .hint("link to a web page (https://…), an email (mailto:…), a phone number (tel:…) or another story's file; the link is removed until then"),
            Resolved::Unpublished(target) => Diagnostic::warning(&page.source, "link-unpublished", format!("this links to {target}, which is not published to the {} audience", audience.name()))
                .hint("the link will be removed from the page (its words stay) until that story is published"),
            Resolved::Missing(target) => Diagnostic::warning(&page.source, "link-missing", format!("this links to \"{target}\", which is not a page of this storybook"))
                .hint("link to another story by its file, e.g. [Sam's story](../lived-experience/sam.md), or check the spelling; the link is removed until then"),
        };
        diags.push(d.at(line, column));
    }
}
