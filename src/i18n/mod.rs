//! The interface's words in every language, from Fluent translation files.
//!
//! The default theme ships `i18n/<lang>.ftl` for each language it speaks; a storybook's own
//! `i18n/<lang>.ftl` overrides any message of it, or adds a language. Fluent brings plural
//! rules (Welsh has six forms) and selectors, so a translator words a count, a date or a
//! kind of page as their language needs, and no sentence is put together in Rust.
//!
//! A language without a file of its own is shown with the English interface, and marked as
//! English: nothing is labelled as a language it is not in.

pub mod direction;
mod functions;
mod js;

use crate::diagnostic::{Diagnostic, Diagnostics, Locator};
use crate::page::Kind;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

pub use functions::register;

/// The language every message exists in: the fallback for a missing one.
pub const FALLBACK: &str = "en";

/// Deeper than this, `{` nesting in a storybook's file is refused before Fluent parses it
/// (its parser recurses once per level).
const MAX_NESTING: usize = 16;

/// One translation file, as read.
pub struct Source {
    /// The tag from the file name: `cy` for `i18n/cy.ftl`.
    pub lang: String,
    /// Where it came from, for diagnostics (`themes/default/i18n/cy.ftl`, `i18n/cy.ftl`).
    pub origin: String,
    pub text: String,
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Every language's messages.
pub struct Catalog {
    bundles: BTreeMap<String, Bundle>,
    /// The message ids each language's files hold, so a missing translation can be named.
    ids: BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Catalog {
    /// Messages from `sources`, later files overriding earlier ones message by message.
    /// Syntax errors come back located in their file; a file that parses in part still
    /// gives its good messages.
    pub fn new(sources: Vec<Source>) -> (Catalog, Diagnostics) {
        let mut diags = Diagnostics::default();
        let mut bundles: BTreeMap<String, Bundle> = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for source in sources {
            let Some(resource) = parse(&source, &mut diags) else {
                continue;
            };
            ids.entry(source.lang.clone())
                .or_default()
                .extend(resource.entries().filter_map(|e| match e {
                    Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                }));
            let bundle = bundles
                .entry(source.lang.clone())
                .or_insert_with(|| new_bundle(&source.lang));
            bundle.add_resource_overriding(Arc::new(resource));
        }
        (Catalog { bundles, ids }, diags)
    }

    /// The interface language for a storybook in `wanted`: the language itself, or its
    /// primary language (`cy` for `cy-GB`), or English.
    pub fn interface_language(&self, wanted: &str) -> String {
        if self.bundles.contains_key(wanted) {
            return wanted.to_string();
        }
        let primary = direction::primary(wanted);
        if self.bundles.contains_key(&primary) {
            return primary;
        }
        FALLBACK.to_string()
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// Message `key` in `lang` (falling back to English), or `None` when no language has it.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = [lang, FALLBACK]
            .into_iter()
            .filter_map(|l| self.bundles.get(l))
            .find(|b| b.has_message(key))?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// Like [`Catalog::format`], for a message every theme must have: its key when missing,
    /// so a gap shows in the page rather than breaking it.
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.format(lang, key, args)
            .unwrap_or_else(|| key.to_string())
    }

    /// The message ids `lang`'s own files hold (not the fallback's).
    pub fn ids(&self, lang: &str) -> impl Iterator<Item = &str> {
        self.ids.get(lang).into_iter().flatten().map(String::as_str)
    }

    /// The English messages `lang` has no translation of.
    pub fn missing(&self, lang: &str) -> Vec<&str> {
        let own = self.ids.get(lang);
        self.ids(FALLBACK)
            .filter(|k| !own.is_some_and(|o| o.contains(*k)))
            .collect()
    }

    /// A date as the interface language writes it ("1 June 2025", "1 Mehefin 2025").
    pub fn date(&self, lang: &str, date: crate::date::Date) -> String {
        let (year, month, day) = date.parts();
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(day));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(year.to_string()));
        self.text(lang, "date-long", Some(&args))
    }

    /// Message `key` with one string argument.
    pub fn with(&self, lang: &str, key: &str, name: &'static str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        self.text(lang, key, Some(&args))
    }
}

/// What `check` says about the interface language of a storybook written in `language`:
/// whether the interface can speak it, and which messages would still be in English.
pub fn interface_warnings(catalog: &Catalog, language: &str) -> Vec<Diagnostic> {
    let file = Path::new("storybook.yaml");
    let ui = catalog.interface_language(language);
    if direction::primary(&ui) != direction::primary(language) {
        return vec![Diagnostic::warning(
            file,
            "interface-language",
            format!("the site's menus and labels have no translation into `{language}`, so they are shown in English (and marked as English)"),
        )
        .hint(format!("add a translation: copy themes/default/i18n/en.ftl to i18n/{language}.ftl in the storybook and translate each message"))];
    }
    let missing = catalog.missing(&ui);
    if missing.is_empty() {
        return Vec::new();
    }
    let shown: Vec<&str> = missing.iter().take(5).copied().collect();
    vec![Diagnostic::warning(
        Path::new(&format!("i18n/{ui}.ftl")),
        "translation-incomplete",
        format!("{} of the interface's messages have no translation here, so they are shown in English: {}{}", missing.len(), shown.join(", "), if missing.len() > shown.len() { ", …" } else { "" }),
    )
    .hint("add those messages, translated, from themes/default/i18n/en.ftl")]
}

/// The catalog in one interface language: what Rust needs to word the values it makes for
/// templates and data files (kind names, dates, page titles).
#[derive(Clone, Debug)]
pub struct Words {
    pub catalog: Arc<Catalog>,
    /// The interface language: the storybook's, where the catalog speaks it, else English.
    pub ui: String,
}

impl Words {
    pub fn new(catalog: &Arc<Catalog>, storybook_language: &str) -> Words {
        Words {
            ui: catalog.interface_language(storybook_language),
            catalog: catalog.clone(),
        }
    }

    pub fn text(&self, key: &str) -> String {
        self.catalog.text(&self.ui, key, None)
    }

    /// "Lived experience", "Case study", "Place".
    pub fn kind_name(&self, kind: Kind) -> String {
        self.catalog.with(&self.ui, "kind-name", "kind", kind.id())
    }

    /// "Lived experience stories", "Case studies", "Places".
    pub fn kind_plural(&self, kind: Kind) -> String {
        self.catalog
            .with(&self.ui, "kind-plural", "kind", kind.id())
    }

    pub fn date(&self, date: crate::date::Date) -> String {
        self.catalog.date(&self.ui, date)
    }

    /// A language's name in the interface language ("Polish", "Pwyleg"); empty when it is
    /// the interface's own language, which needs no label.
    pub fn language_name(&self, code: &str) -> String {
        if direction::primary(code) == direction::primary(&self.ui) {
            return String::new();
        }
        self.catalog
            .with(&self.ui, "language-name", "code", &direction::primary(code))
    }

    /// Whether words in `lang` need marking on a page in the interface language.
    pub fn is_foreign(&self, lang: &str) -> bool {
        !lang.eq_ignore_ascii_case(&self.ui)
    }
}

fn new_bundle(lang: &str) -> Bundle {
    let id: LanguageIdentifier = lang
        .parse()
        .unwrap_or_else(|_| FALLBACK.parse().expect("en is a language"));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No isolation marks: placeables also fill attributes (`href="{ $href }"`, a time's
    // `datetime`), where the marks would break the value. The page marks direction itself,
    // with `dir` on every element of another direction.
    bundle.set_use_isolating(false);
    bundle
}

fn parse(source: &Source, diags: &mut Diagnostics) -> Option<FluentResource> {
    let file = Path::new(&source.origin);
    if let Some(offset) = too_deep(&source.text) {
        let (line, column) = Locator::new(&source.text, 1).locate(offset);
        diags.push(
            Diagnostic::error(
                file,
                "translation-nested",
                "braces are nested far deeper than any message needs",
            )
            .at(line, column)
            .hint("a message uses { } around a variable or a choice; remove the extra braces"),
        );
        return None;
    }
    match FluentResource::try_new(source.text.clone()) {
        Ok(r) => Some(r),
        Err((r, errors)) => {
            let mut locator = Locator::new(&source.text, 1);
            for e in errors.iter().take(20) {
                let (line, column) = locator.locate(e.pos.start.min(source.text.len()));
                diags.push(
                    Diagnostic::error(file, "translation-syntax", format!("this line is not a Fluent message: {}", e.kind))
                        .at(line, column)
                        .hint("write each message as `key = text`; indent the lines that continue it; see themes/default/README.md, Translations"),
                );
            }
            Some(r)
        }
    }
}

/// Where `{` first nests deeper than [`MAX_NESTING`], by byte offset.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth > 0 && text[i + 1..].starts_with(|c: char| !c.is_whitespace()) => {
                depth = 0
            }
            _ => {}
        }
    }
    None
}

pub use js::messages_for_script;
