//! Markdown to safe HTML, with heading anchors, for stories and storybook texts.

use crate::ids;
use crate::links::Linker;
use crate::sanitize::{self, RESERVED_IDS};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// A rendered body and what the templates need to know about it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub words: usize,
    /// The words a reader sees, without markup: for the search index and its snippets.
    pub text: String,
}

impl Rendered {
    /// At least one minute: "0 min read" helps nobody.
    pub fn reading_minutes(&self) -> usize {
        self.words.div_ceil(200).max(1)
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Render Markdown from the public. Headings are shifted so the body's top level is `h2`
/// (the page title is the only `h1`), each gets a unique id for linking, and the HTML is
/// sanitised. Images are left out until they can be re-encoded by the image pipeline.
pub fn render(markdown: &str, links: Option<&Linker>, images: Option<ImageHtml>) -> Rendered {
    // The marker is ours alone: a story cannot smuggle one in.
    let markdown = markdown.replace(MARKER, "");
    let events = flatten_deep(Parser::new_ext(&markdown, options()).collect());
    let top = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let shift = 2usize.saturating_sub(top);

    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut used = Ids::new();
    let mut words = 0;
    let mut plain = String::with_capacity(markdown.len());
    let mut image: Option<(String, String)> = None; // (src, alt so far)
    let mut pictures: Vec<String> = Vec::new();
    let mut heading: Option<(usize, String)> = None; // (index in `out`, text so far)
    let mut notes = Footnotes {
        referenced: events
            .iter()
            .filter_map(|e| match e {
                Event::FootnoteReference(label) => Some(label.to_string()),
                _ => None,
            })
            .collect(),
        ..Footnotes::default()
    };
    for event in events {
        match event {
            Event::FootnoteReference(label) => {
                let html = notes.reference(&label, &mut used);
                out.push(Event::Html(html.into()));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let html = notes.open(&label, &mut used);
                out.push(Event::Html(html.into()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                // The way back goes at the end of the note's last paragraph, where a reader
                // who followed the number has just finished reading.
                let back = notes.close();
                match out.last() {
                    Some(Event::End(TagEnd::Paragraph)) => {
                        out.insert(out.len() - 1, Event::Html(back.into()))
                    }
                    _ => out.push(Event::Html(back.into())),
                }
                out.push(Event::Html("</div></div>".into()));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((dest_url.to_string(), String::new()))
            }
            Event::End(TagEnd::Image) => {
                let (src, alt) = image.take().unwrap_or_default();
                if let Some(html) = images.and_then(|f| f(&src, &alt)) {
                    out.push(Event::Text(CowStr::from(format!(
                        "{MARKER}{}{MARKER}",
                        pictures.len()
                    ))));
                    pictures.push(html);
                }
            }
            Event::Text(t) | Event::Code(t) if image.is_some() => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&t);
                }
            }
            _ if image.is_some() => {}
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                heading = Some((out.len(), String::new()));
                out.push(Event::Start(Tag::Heading {
                    level: shifted(level, shift),
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((at, text)) = heading.take() {
                    let id = used.unique(&text);
                    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut out[at] {
                        *slot = Some(CowStr::from(id));
                    }
                }
                plain.push('\n');
                out.push(Event::End(TagEnd::Heading(shifted(level, shift))));
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                words += t.split_whitespace().count();
                plain.push_str(t);
                if let Some((_, text)) = heading.as_mut() {
                    text.push_str(t);
                }
                out.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                plain.push(' ');
                out.push(event);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::BlockQuote(_),
            ) => {
                plain.push('\n');
                out.push(event);
            }
            other => out.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    let html = alignment_classes(html);
    Rendered {
        html: put_back(sanitize::clean(&html, links), &pictures),
        words,
        text: plain,
    }
}

/// A table column's alignment (`|---:|`) as a class: pulldown-cmark writes it as a `style`
/// attribute, which the sanitiser removes with every other `style` (and a site's content
/// security policy may forbid), so the theme's `align-*` classes carry it instead.
fn alignment_classes(html: String) -> String {
    if !html.contains(" style=\"text-align: ") {
        return html;
    }
    let mut html = html;
    for tag in ["th", "td"] {
        for side in ["left", "center", "right"] {
            html = html.replace(
                &format!("<{tag} style=\"text-align: {side}\">"),
                &format!("<{tag} class=\"align-{side}\">"),
            );
        }
    }
    html
}

/// Marks where an image goes while the HTML is sanitised (a private-use character ammonia
/// keeps as text); the trusted `<picture>` markup is put back afterwards.
const MARKER: char = '\u{F8FF}';

/// Makes the markup for an inline image from its `src` and alt text, or `None` to leave it out.
pub type ImageHtml<'a> = &'a (dyn Fn(&str, &str) -> Option<String> + Sync);

fn put_back(html: String, pictures: &[String]) -> String {
    if pictures.is_empty() {
        return html;
    }
    let mut out =
        String::with_capacity(html.len() + pictures.iter().map(String::len).sum::<usize>());
    let mut parts = html.split(MARKER);
    out.push_str(parts.next().unwrap_or(""));
    while let (Some(index), Some(rest)) = (parts.next(), parts.next()) {
        if let Some(p) = index.parse::<usize>().ok().and_then(|i| pictures.get(i)) {
            out.push_str(p);
        }
        out.push_str(rest);
    }
    out
}

/// Every image a piece of Markdown shows: (byte offset, src, alt text).
pub fn image_refs(markdown: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String, String)> = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                current = Some((range.start, dest_url.to_string(), String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, alt)) = current.as_mut() {
                    alt.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// How deep elements may sit inside one another (quotes in quotes, lists in lists, emphasis,
/// raw HTML tags). HTML parsers slow down with every level (each new element searches the
/// ones it sits in), and no reader or screen reader can follow a hundred levels.
pub const MAX_NESTING: usize = 100;

/// The byte offset where `markdown` first nests deeper than [`MAX_NESTING`], if it does.
pub fn too_deep(markdown: &str) -> Option<usize> {
    let mut depth = Depth::default();
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .find_map(|(event, range)| depth.step(&event).then_some(range.start))
}

/// How deep the elements around a point of the event stream are nested.
#[derive(Default)]
struct Depth {
    markdown: usize,
    html: usize,
}

impl Depth {
    /// Takes in one event; true when the nesting is now deeper than allowed.
    fn step(&mut self, event: &Event) -> bool {
        match event {
            Event::Start(_) => self.markdown += 1,
            Event::End(_) => self.markdown = self.markdown.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                for tag in html.split('<').skip(1) {
                    self.html_tag(tag);
                    if self.markdown + self.html > MAX_NESTING {
                        return true;
                    }
                }
            }
            _ => {}
        }
        self.markdown + self.html > MAX_NESTING
    }

    /// `tag` is what follows a `<`. Only elements that stay open until closed count: void
    /// elements, and those a parser closes by itself (`<p>`, `<li>`, `<td>`, …), do not.
    fn html_tag(&mut self, tag: &str) {
        let (closing, rest) = match tag.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, tag),
        };
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = rest[..end].to_ascii_lowercase();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || SELF_CLOSING.contains(&&*name) {
            return;
        }
        if closing {
            self.html = self.html.saturating_sub(1);
        } else {
            self.html += 1;
        }
    }
}

/// Elements that never hold others open: void ones, and ones a parser closes when the next
/// of their kind (or their container's end) comes.
const SELF_CLOSING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
    "optgroup", "rb", "rt", "rp", "rtc", "colgroup", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
];

/// A body nested deeper than [`MAX_NESTING`] is refused by `check`, but texts from
/// `storybook.yaml` are rendered too: here the levels past the limit are dropped (their words
/// kept) and raw HTML is shown as text, so no input makes the sanitiser's work quadratic.
fn flatten_deep(events: Vec<Event>) -> Vec<Event> {
    let mut depth = Depth::default();
    if !events.iter().any(|e| depth.step(e)) {
        return events;
    }
    let mut kept = Vec::new(); // for each open element: whether its tags were kept
    let mut open = 0;
    events
        .into_iter()
        .filter_map(|event| match event {
            Event::Start(_) => {
                let keep = open < MAX_NESTING;
                open += usize::from(keep);
                kept.push(keep);
                keep.then_some(event)
            }
            Event::End(_) => {
                let keep = kept.pop().unwrap_or(false);
                open -= usize::from(keep);
                keep.then_some(event)
            }
            Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
            other => Some(other),
        })
        .collect()
}

fn shifted(level: HeadingLevel, by: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize + by).min(6)).unwrap_or(HeadingLevel::H6)
}

/// Footnotes with ids that cannot clash with the page's headings or the theme's own ids, and a
/// link from each note back to where it was referenced. pulldown-cmark's own output uses the
/// bare label as the id (`id="1"`) and has no way back, which strands a keyboard or screen
/// reader user at the foot of the story.
#[derive(Default)]
struct Footnotes {
    /// Label → (number, id, its first reference's id), numbered in order of first appearance.
    by_label: std::collections::HashMap<String, (usize, String, Option<String>)>,
    /// The note being written: its number and the id to go back to, if anything refers to it.
    open: Option<(usize, Option<String>)>,
    /// Labels the text refers to (a note may come before its first reference).
    referenced: HashSet<String>,
}

impl Footnotes {
    fn note(&mut self, label: &str, used: &mut Ids) -> &mut (usize, String, Option<String>) {
        let n = self.by_label.len() + 1;
        self.by_label
            .entry(label.to_string())
            .or_insert_with(|| (n, used.unique(&format!("note {label}")), None))
    }

    /// The superscript number in the text, linking to the note. Each reference has an id of
    /// its own (`note-1-ref`, then `note-1-ref-2`, …); the note links back to the first.
    fn reference(&mut self, label: &str, used: &mut Ids) -> String {
        let (n, id, _) = self.note(label, used).clone();
        let ref_id = used.unique(&format!("{id} ref"));
        self.note(label, used)
            .2
            .get_or_insert_with(|| ref_id.clone());
        format!(r##"<sup class="footnote-reference"><a href="#{id}" id="{ref_id}">{n}</a></sup>"##)
    }

    /// The start of a note: its number, then its words.
    fn open(&mut self, label: &str, used: &mut Ids) -> String {
        let (n, id, first_ref) = self.note(label, used).clone();
        // A note may come before its first reference, whose id is then still to be made:
        // it will be the first that `reference` makes.
        let back = first_ref.or_else(|| {
            self.referenced
                .contains(label)
                .then(|| used.free(&format!("{id} ref")))
        });
        self.open = Some((n, back));
        format!(
            r#"<div class="footnote-definition" id="{id}"><sup class="footnote-definition-label">{n}</sup><div class="footnote-body">"#
        )
    }

    /// The link back to the note's first reference, if it has one.
    fn close(&mut self) -> String {
        match self.open.take() {
            Some((n, Some(back))) => format!(
                r##" <a href="#{back}" class="footnote-backref" aria-label="Back to the text of note {n}">↩</a>"##
            ),
            _ => String::new(),
        }
    }
}

/// The ids a page has given out. Each base id remembers the number it got to, so a story
/// with 20,000 headings of the same text numbers them in one step each, not by trying `-2`,
/// `-3`, … from the start every time.
struct Ids {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    /// Starting with the theme's own ids, which nothing in a story may take.
    fn new() -> Self {
        Ids {
            used: RESERVED_IDS.iter().map(|s| s.to_string()).collect(),
            next: HashMap::new(),
        }
    }

    /// The id `text` would get: its slug, numbered when already used.
    ///
    /// Each id ends in at most one (base, number) split, so a counter steps past any used id
    /// at most once: every id costs O(1) amortised.
    fn free(&mut self, text: &str) -> String {
        let base = match ids::slugify(text) {
            s if s.is_empty() => "section".to_string(),
            s => s,
        };
        if !self.used.contains(&base) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            if !self.used.contains(&id) {
                return id;
            }
            *n += 1;
        }
    }

    fn unique(&mut self, text: &str) -> String {
        let id = self.free(text);
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::render as render_with;

    fn render(md: &str) -> super::Rendered {
        render_with(md, None, None)
    }

    #[test]
    fn headings_get_anchors_and_start_at_h2() {
        let r = render("# First steps\n\ntext\n\n## Later\n\n# First steps\n");
        assert!(
            r.html.contains(r#"<h2 id="first-steps">First steps</h2>"#),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(r#"<h3 id="later">Later</h3>"#),
            "{}",
            r.html
        );
        assert!(r.html.contains(r#"<h2 id="first-steps-2">"#), "{}", r.html);
    }

    #[test]
    fn footnotes_link_both_ways_with_ids_of_their_own() {
        let r = render(
            "## 1\n\nFirst[^1], again[^1], other[^main].\n\n[^1]: A note.\n\n[^main]: Another\n\n    with two paragraphs.\n\n[^unused]: Nobody points here.\n",
        );
        let h = &r.html;
        // Notes are numbered in order of appearance; ids never clash with a heading's id
        // ("1") or the theme's (`main`).
        assert!(
            h.contains(r##"<a href="#note-1" id="note-1-ref" rel="noopener noreferrer">1</a>"##),
            "{h}"
        );
        assert!(
            h.contains(r##"<a href="#note-1" id="note-1-ref-2" rel="noopener noreferrer">1</a>"##),
            "{h}"
        );
        assert!(
            h.contains(
                r##"<a href="#note-main" id="note-main-ref" rel="noopener noreferrer">2</a>"##
            ),
            "{h}"
        );
        assert!(h.contains(r#"<h2 id="1">"#), "{h}");
        assert!(h.contains(r#"<div class="footnote-definition" id="note-1"><sup class="footnote-definition-label">1</sup>"#), "{h}");
        // The way back sits at the end of the note's last paragraph.
        assert!(
            h.contains(r##"A note. <a href="#note-1-ref" class="footnote-backref" aria-label="Back to the text of note 1" rel="noopener noreferrer">↩</a></p>"##),
            "{h}"
        );
        assert!(
            h.contains(r##"with two paragraphs. <a href="#note-main-ref" class="footnote-backref" aria-label="Back to the text of note 2" rel="noopener noreferrer">↩</a></p>"##),
            "{h}"
        );
        // A note nothing refers to has nowhere to go back to.
        assert_eq!(h.matches("footnote-backref").count(), 2, "{h}");
        assert!(h.contains("Nobody points here.</p>\n</div></div>"), "{h}");
        // A heading that takes the id a reference would have had: the reference gets another,
        // and the way back follows it.
        let r = render("## Note 1 ref\n\nText[^1].\n\n[^1]: The note.\n");
        assert!(r.html.contains(r#"<h2 id="note-1-ref">"#), "{}", r.html);
        assert!(r.html.contains(r#"id="note-1-ref-2""#), "{}", r.html);
        assert!(
            r.html
                .contains(r##"<a href="#note-1-ref-2" class="footnote-backref""##),
            "{}",
            r.html
        );
        // A note written before its reference still links back.
        let r = render("[^a]: Early note.\n\nText[^a].\n");
        assert!(
            r.html
                .contains(r##"<a href="#note-a-ref" class="footnote-backref""##),
            "{}",
            r.html
        );
    }

    #[test]
    fn table_columns_keep_their_alignment() {
        let r = render("| name | count | note |\n|:---|---:|:---:|\n| Salford | 12 | ok |\n");
        assert!(
            r.html.contains(r#"<th class="align-left">name</th>"#),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(r#"<td class="align-right">12</td>"#),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(r#"<td class="align-center">ok</td>"#),
            "{}",
            r.html
        );
        assert!(!r.html.contains("style="), "{}", r.html);
        // Raw HTML may not bring any other class or style along.
        let r = render(
            "<table><tr><td class=\"align-right evil\" style=\"color: red\">1</td></tr></table>",
        );
        assert!(
            r.html.contains(r#"<td class="align-right">1</td>"#),
            "{}",
            r.html
        );
    }

    #[test]
    fn tables_footnotes_strikethrough_and_smart_quotes() {
        let r = render("| a | b |\n|---|---|\n| 1 | 2 |\n\nSee[^1] ~~old~~ \"quoted\" -- it's\n\n[^1]: A note.\n");
        assert!(r.html.contains("<table>"), "{}", r.html);
        assert!(r.html.contains("footnote-reference"), "{}", r.html);
        assert!(r.html.contains("<del>old</del>"), "{}", r.html);
        assert!(
            r.html.contains("“quoted”") && r.html.contains("it’s") && r.html.contains("–"),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_is_sanitised() {
        let r = render("Hello <script>alert(1)</script><b onmouseover=x>bold</b>\n\n<iframe src=https://e.org></iframe>\n");
        assert!(
            !r.html.contains("script")
                && !r.html.contains("onmouseover")
                && !r.html.contains("iframe"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<b>bold</b>"), "{}", r.html);
    }

    #[test]
    fn markdown_links_are_checked_too() {
        let r = render("[x](javascript:alert(1)) [y](https://example.org/)\n");
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert!(
            r.html
                .contains(r#"href="https://example.org/" rel="noopener noreferrer""#),
            "{}",
            r.html
        );
    }

    #[test]
    fn images_need_the_pipeline() {
        let r = render("Before ![my garden](garden.jpg) after\n");
        assert!(
            !r.html.contains("<img") && !r.html.contains("garden.jpg"),
            "{}",
            r.html
        );
    }

    #[test]
    fn pipeline_images_are_put_back_after_sanitising() {
        let f = |src: &str, alt: &str| Some(format!("<img src=\"{src}-960.jpg\" alt=\"{alt}\">"));
        let r = render_with(
            "Before ![my *garden*](garden.jpg) after \u{F8FF}0\u{F8FF}\n",
            None,
            Some(&f),
        );
        assert_eq!(
            r.html,
            "<p>Before <img src=\"garden.jpg-960.jpg\" alt=\"my garden\"> after 0</p>\n"
        );
        assert_eq!(
            super::image_refs("x ![a b](p.jpg)")[0],
            (2, "p.jpg".to_string(), "a b".to_string())
        );
    }

    #[test]
    fn inline_code_keeps_its_markup_and_plain_text_has_the_words() {
        let r = render("Run `storypress check` **now**.\n\n- one\n- two\n");
        assert!(
            r.html.contains("<code>storypress check</code>"),
            "{}",
            r.html
        );
        assert_eq!(r.text, "Run storypress check now.\none\ntwo\n");
    }

    #[test]
    fn counts_words_for_reading_time() {
        let r = render(&"word ".repeat(450));
        assert_eq!(r.words, 450);
        assert_eq!(r.reading_minutes(), 3);
    }
}
