//! The templates and static files a site is rendered with.
//!
//! The default theme is compiled into the binary (so an installed `storypress` needs nothing
//! beside it); a storybook's own `templates/` and `static/` folders override it file by file,
//! as in Zola.

use crate::diagnostic::{display_path, Diagnostic, Diagnostics};
use crate::i18n::{self, Catalog};
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use walkdir::WalkDir;

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

pub struct Theme {
    pub tera: tera::Tera,
    /// The interface's words: the theme's translations with the storybook's on top.
    pub catalog: Arc<Catalog>,
    /// Site-relative path → bytes, copied to the output as they are.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// Template name → the file it came from, so errors name the file to fix.
    origins: BTreeMap<String, String>,
}

impl Theme {
    pub fn origin<'a>(&'a self, template: &'a str) -> &'a str {
        self.origins.get(template).map_or(template, String::as_str)
    }
}

/// Load the default theme with the storybook's overrides on top. Warnings (a translation
/// that could not all be read) come back beside the theme.
pub fn load(root: &Path) -> Result<(Theme, Diagnostics), Diagnostics> {
    let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new(); // name → (origin, text)
    let mut statics = BTreeMap::new();
    let mut translations = Vec::new();
    for file in embedded_files(&DEFAULT) {
        let path = display_path(file.path());
        if let Some(name) = path.strip_prefix("i18n/") {
            if let Some(lang) = name.strip_suffix(".ftl") {
                translations.push(i18n::Source {
                    lang: lang.to_string(),
                    origin: format!("themes/default/{path}"),
                    text: String::from_utf8_lossy(file.contents()).into_owned(),
                });
            }
        } else if let Some(name) = path.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(file.contents()).into_owned();
            templates.insert(name.to_string(), (format!("themes/default/{path}"), text));
        } else if let Some(name) = path.strip_prefix("static/") {
            statics.insert(name.to_string(), file.contents().to_vec());
        }
    }
    let mut diags = Diagnostics::default();
    for (name, bytes) in local_files(&root.join("templates"), &mut diags) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                templates.insert(name.clone(), (format!("templates/{name}"), text));
            }
            Err(_) => diags.push(
                Diagnostic::error(
                    Path::new(&format!("templates/{name}")),
                    "not-utf8",
                    "the template is not UTF-8 text",
                )
                .hint("save it again as UTF-8"),
            ),
        }
    }
    statics.extend(local_files(&root.join("static"), &mut diags));
    translations.extend(local_translations(root, &mut diags));
    let (catalog, translation_diags) = Catalog::new(translations);
    let catalog = Arc::new(catalog);

    let mut tera = tera::Tera::new();
    i18n::register(&mut tera, catalog.clone());
    // All at once: Tera 2 checks `extends` chains when templates are added.
    if let Err(e) = tera.add_raw_templates(
        templates
            .iter()
            .map(|(name, (_, text))| (name.as_str(), text.as_str())),
    ) {
        let overridden: Vec<&str> = templates
            .values()
            .map(|(o, _)| o.as_str())
            .filter(|o| o.starts_with("templates/"))
            .collect();
        let origin = if overridden.is_empty() {
            "themes/default/templates"
        } else {
            "templates"
        };
        diags.push(template_error(origin, &e));
    }
    diags.extend(translation_diags);
    if diags.has_errors() {
        return Err(diags);
    }
    let origins = templates
        .into_iter()
        .map(|(name, (origin, _))| (name, origin))
        .collect();
    Ok((
        Theme {
            tera,
            catalog,
            statics,
            origins,
        },
        diags,
    ))
}

/// A storybook's own translations, `i18n/<lang>.ftl`, read like any file from the public.
fn local_translations(root: &Path, diags: &mut Diagnostics) -> Vec<i18n::Source> {
    let dir = root.join("i18n");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".ftl") && !n.starts_with(['.', '_']))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let rel = format!("i18n/{name}");
        let lang = name.trim_end_matches(".ftl");
        if !valid_tag(lang) {
            diags.push(
                Diagnostic::error(
                    Path::new(&rel),
                    "translation-name",
                    "a translation file is named after its language, and this name is not one",
                )
                .hint(
                    "name it with the language's code, such as cy.ftl for Welsh or ur.ftl for Urdu",
                ),
            );
            continue;
        }
        match crate::text::read(&dir.join(&name), Path::new(&rel)) {
            Ok(text) => out.push(i18n::Source {
                lang: lang.to_string(),
                origin: rel,
                text,
            }),
            Err(d) => diags.push(d),
        }
    }
    out
}

/// A BCP 47 tag as a file name may hold one: letters, digits and `-`, starting with 2–3
/// letters.
fn valid_tag(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && tag.len() <= 35
}

/// A template problem, reported like a content problem: the template's file, and the engine's
/// own explanation (which quotes the line).
pub fn template_error(origin: &str, e: &tera::Error) -> Diagnostic {
    Diagnostic::error(
        Path::new(origin),
        "template",
        format!("the template could not be used: {e}"),
    )
    .hint(
        "fix the template syntax (Tera 2); delete your override to fall back to the default theme",
    )
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut out: Vec<_> = dir.files().collect();
    for d in dir.dirs() {
        out.extend(embedded_files(d));
    }
    out
}

/// Files under a storybook's own folder, skipping hidden ones, keyed by their relative path.
fn local_files(dir: &Path, diags: &mut Diagnostics) -> Vec<(String, Vec<u8>)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let walker = WalkDir::new(dir).into_iter().filter_entry(|e| {
        e.depth() == 0
            || !e
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with('.') || n.starts_with('_'))
    });
    for entry in walker.flatten().filter(|e| !e.file_type().is_dir()) {
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if !entry.file_type().is_file() {
            diags.push(
                Diagnostic::warning(entry.path(), "not-read", "this is a link or a special file, which storypress never follows, so it is left out")
                    .hint("replace it with a copy of the file itself"),
            );
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => out.push((display_path(rel), bytes)),
            Err(e) => diags.push(Diagnostic::error(
                entry.path(),
                "unreadable",
                format!("could not be read: {e}"),
            )),
        }
    }
    out
}

/// Names of the embedded default templates, for tests that keep the theme and the spec in step.
pub fn default_template_names() -> Vec<String> {
    embedded_files(&DEFAULT)
        .iter()
        .filter_map(|f| {
            display_path(f.path())
                .strip_prefix("templates/")
                .map(str::to_string)
        })
        .collect()
}
