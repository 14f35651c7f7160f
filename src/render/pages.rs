//! A published page of the storybook: a story, a case study or a place's profile.

use super::context::{base_context, show_prompts, PageMeta, View};
use super::Renderer;
use crate::consent::Audience;
use crate::markdown::Rendered;
use crate::model::Card;
use crate::page::Kind;
use serde::Serialize;

/// What a story's own page adds to its card.
#[derive(Serialize)]
struct PageView<'a> {
    #[serde(flatten)]
    card: &'a Card,
    body_html: &'a str,
    reading_minutes: usize,
    /// Empty on the public site unless the storybook asks for them: they are for facilitators.
    prompts: &'a [String],
    /// The front-matter quote is also in the text: shown once, where the teller put it.
    quote_in_text: bool,
    licence: &'a crate::licence::Licence,
    consent_review: String,
    /// Ready-made `<picture>` markup for the front-matter image; empty when there is none.
    image_html: &'a str,
    /// The same story in other languages, each link worded in its own language.
    translations: Vec<Translation>,
}

/// A link to a page that tells the same story in another language.
#[derive(Serialize)]
struct Translation {
    url: String,
    lang: String,
    dir: &'static str,
    /// "Read in English", "Przeczytaj po polsku": in the language it leads to.
    label: String,
}

/// The other pages of `i`'s group, each worded in its own language where the catalog
/// speaks it, and in the interface's otherwise ("Read this in Somali").
fn translations(r: &Renderer, i: usize) -> Vec<Translation> {
    let (model, words) = (r.model, &r.model.words);
    model.translations[i]
        .iter()
        .map(|&j| {
            let lang = model.cards[j].language.clone();
            let own = words.catalog.interface_language(&lang);
            let label = if crate::i18n::direction::primary(&own)
                == crate::i18n::direction::primary(&lang)
            {
                words.catalog.text(&own, "read-in-this-language", None)
            } else {
                let name = words.catalog.with(
                    &words.ui,
                    "language-name",
                    "code",
                    &crate::i18n::direction::primary(&lang),
                );
                words
                    .catalog
                    .with(&words.ui, "read-in-other-language", "name", &name)
            };
            Translation {
                url: model.cards[j].url.clone(),
                dir: crate::i18n::direction::dir(&lang),
                lang,
                label,
            }
        })
        .collect()
}

/// Page `i`, whose rendered body is `body`.
pub(super) fn view(r: &Renderer, i: usize, body: &Rendered) -> View {
    let (model, config) = (r.model, r.model.config);
    let page = model.page(i);
    let pictures = &r.artifacts.pictures[i];
    let meta = PageMeta {
        path: page.path(),
        title: &page.title,
        description: &page.summary,
        lang: page.language.as_deref().unwrap_or(&config.language),
        og_type: "article",
    };
    let mut ctx = base_context(model, &meta);
    let consent_review = match (
        model.published.audience(),
        page.consent.as_ref().and_then(|c| c.review),
    ) {
        (Audience::Workshop, Some(d)) => model.words.date(d),
        _ => String::new(),
    };
    ctx.insert(
        "page",
        &PageView {
            card: &model.cards[i],
            body_html: &body.html,
            reading_minutes: body.reading_minutes(),
            prompts: if show_prompts(model) {
                &page.prompts
            } else {
                &[]
            },
            quote_in_text: page
                .quote
                .as_deref()
                .is_some_and(|q| text_contains(&body.html, q)),
            licence: &page.licence,
            consent_review,
            image_html: pictures.hero.as_ref().map_or("", |p| p.html.as_str()),
            translations: translations(r, i),
        },
    );
    if let Some(player) = r.artifacts.players.get(i).and_then(Option::as_ref) {
        ctx.insert("player", player);
        ctx.insert("media_downloads", &config.media_downloads);
    }
    if let Some(hero) = &pictures.hero {
        ctx.insert("og_image", &format!("{}{}", config.base_url, hero.preview));
    }
    if page.kind == Kind::Site {
        let site = page.site.clone().unwrap_or_default();
        let listing = super::Listing::Site(site);
        super::listings::insert_pagination(r, &mut ctx, &listing, 1, &meta.path);
        super::listings::insert_feed(&mut ctx, &meta.path, &super::context::root_for(&meta.path));
    } else {
        ctx.insert_value("related", r.cards_of(&model.related(i, 3)));
    }
    View::new(page.kind.template(), &meta, ctx)
}

/// Lower-case words of `s`, with quotes, dashes and spaces written one way (Markdown makes
/// `'` into `’`; a front-matter quote may not), appended to `out`.
fn fold_words(s: &str, out: &mut String) {
    let mut space = true;
    let mut push = |c: char| {
        let c = match c {
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            c => c,
        };
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for c in s.chars() {
        // Most text is ASCII, whose lower case needs no iterator.
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
}

/// Whether `needle` is in the words of `html`, however its punctuation is written.
fn text_contains(html: &str, needle: &str) -> bool {
    let mut plain = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                plain.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("&amp;", "&").replace("&#39;", "'");
    let (mut text, mut want) = (String::new(), String::new());
    fold_words(&plain, &mut text);
    fold_words(needle, &mut want);
    let want = want.trim();
    !want.is_empty() && text.contains(want)
}

#[cfg(test)]
mod tests {
    use super::text_contains;

    #[test]
    fn a_quote_is_found_in_the_text_however_it_is_punctuated() {
        let html = "<p>I didn’t know <em>anyone</em> — not one person.</p>";
        assert!(text_contains(
            html,
            "I didn't know anyone - not one person."
        ));
        assert!(!text_contains(html, "Everyone knew me."));
        assert!(!text_contains(html, "  "));
    }
}
