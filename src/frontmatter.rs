//! Reading one Markdown file: the YAML front matter between `---` lines, checked strictly,
//! and the body after it.

use crate::config::{self, Config};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Locator};
use crate::ids;
use crate::images;
use crate::licence;
use crate::media;
use crate::page::{Consent, ConsentStatus, ImageRef, KeyLines, Kind, Page, Scope};
use crate::personal_data;
use crate::suggest;
use crate::yaml::{self, mistakes::Schema, Read};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::{Path, PathBuf};

/// Larger images are refused: no story needs one, and decoding it would stall a build.
pub const MAX_IMAGE_BYTES: u64 = 20 * 1024 * 1024;

/// Where the front matter and the body are within a file's text.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Line of the file where the YAML starts (2: just after the opening `---`).
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

/// Separate front matter from body, or say how to fix the fences.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Diagnostic::error(file, "no-front-matter", "the file does not start with front matter")
            .hint("the very first line must be --- followed by lines like \"title: …\", then another --- line; `storypress new story \"Title\"` writes a ready-made file"));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (i, line) in lines.enumerate() {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            let body_start = offset + line.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_start..],
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        file,
        "unclosed-front-matter",
        "the front matter is never closed",
    )
    .hint("add a line with just --- after the last front-matter line, before the story text"))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    storyteller: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    site: Option<Spanned<String>>,
    #[serde(default)]
    features: Vec<Spanned<String>>,
    #[serde(default)]
    themes: Vec<Spanned<String>>,
    #[serde(default)]
    content_warnings: Vec<Spanned<String>>,
    quote: Option<String>,
    #[serde(default)]
    prompts: Vec<String>,
    language: Option<Spanned<String>>,
    image: Option<Spanned<RawImage>>,
    media: Option<Spanned<RawMedia>>,
    consent: Option<Spanned<RawConsent>>,
    licence: Option<Spanned<String>>,
    slug: Option<Spanned<String>>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    composite: bool,
    #[serde(default)]
    personal_data_ok: Vec<String>,
    #[serde(default)]
    translations: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImage {
    src: Option<Spanned<String>>,
    alt: Option<String>,
    #[serde(default)]
    decorative: bool,
}

/// `media: {src, captions, poster, description}`: a recording, checked by
/// [`crate::recording::check`].
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMedia {
    src: Option<Spanned<String>>,
    captions: Option<Spanned<String>>,
    poster: Option<Spanned<String>>,
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConsent {
    status: Option<Spanned<String>>,
    #[serde(default)]
    scope: Vec<Spanned<String>>,
    media_scope: Option<Vec<Spanned<String>>>,
    recorded: Option<Spanned<String>>,
    review: Option<Spanned<String>>,
}

/// A file found under ROOT, before parsing.
#[derive(Debug, Clone)]
pub struct Source {
    pub kind: Kind,
    /// Relative to ROOT.
    pub rel: PathBuf,
    /// The folder holding the file, on disk.
    pub dir: PathBuf,
    /// The file or folder name the slug defaults to.
    pub stem: String,
    /// A folder story (`name/index.md`), which owns everything in its folder.
    pub own_folder: bool,
    pub text: String,
}

/// What the keys of front matter hold, for naming mistakes in it precisely.
pub const SCHEMA: Schema = Schema {
    lists: &[
        "features",
        "themes",
        "content_warnings",
        "prompts",
        "personal_data_ok",
        "scope",
        "translations",
        "media_scope",
    ],
    blocks: &[
        (
            "consent",
            &["status", "scope", "media_scope", "recorded", "review"],
        ),
        ("image", &["src", "alt", "decorative"]),
        ("media", &["src", "captions", "poster", "description"]),
    ],
    texts: &[
        "title",
        "summary",
        "storyteller",
        "quote",
        "prompts",
        "alt",
        "description",
    ],
};

/// What reading one file gave.
pub enum Outcome {
    /// A valid page, which the consent gate may publish.
    Page(Page),
    /// A file with errors, kept only so its story's links and pictures are checked in the same
    /// run. It never reaches the gate: none of it can be published.
    Held(Page),
    Nothing,
}

/// Parse and validate one file against the storybook's settings. Returns the page when it is
/// usable, together with every problem found (warnings may accompany a page).
pub fn parse(source: Source, config: &Config) -> (Option<Page>, Diagnostics) {
    match read(source, config) {
        (Outcome::Page(p), d) => (Some(p), d),
        (_, d) => (None, d),
    }
}

/// Read one file as far as it can be read and report everything wrong with it: a YAML
/// mistake does not hide the personal data, the misspelt feature or the broken link beside it.
pub fn read(source: Source, config: &Config) -> (Outcome, Diagnostics) {
    let file = source.rel.as_path();
    let mut diags = Diagnostics::default();
    let split = match split(&source.text, file) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            diags.extend(personal_data(file, &source.text, &[], config));
            return (Outcome::Nothing, diags);
        }
    };
    let mut rec =
        yaml::parse_recovering::<RawFrontMatter>(split.yaml, file, split.yaml_line, &SCHEMA);
    diags.extend(rec.diags.drain(..));
    let (raw, clean) = match std::mem::replace(&mut rec.value, Read::Failed) {
        Read::Clean(raw) => (Some(raw), true),
        Read::Repaired(raw) => (Some(raw), false),
        Read::Failed => (None, false),
    };
    let story_ok = raw.as_ref().map_or(&[][..], |r| &r.personal_data_ok[..]);
    diags.extend(personal_data(file, &source.text, story_ok, config));
    let Some(raw) = raw else {
        return (Outcome::Held(body_only(&source, &split, config)), diags);
    };
    let source_lines: Vec<&str> = source.text.lines().take(split.body_line).collect();
    let mut v = Validator {
        file,
        line0: split.yaml_line - 1,
        diags: Diagnostics::default(),
        source_lines,
    };
    let page = v.page(raw, &source, &split, config);
    diags.extend(
        v.diags
            .into_iter()
            .filter(|d| !rec.echoes(d))
            .map(|d| rec.place(d)),
    );
    match page {
        Some(page) if clean && !diags.has_errors() => (Outcome::Page(page), diags),
        Some(page) => (Outcome::Held(page), diags),
        None => (Outcome::Held(body_only(&source, &split, config)), diags),
    }
}

/// A page made of a file's text alone, for checking the links and pictures of a file whose
/// front matter could not be used. It is only ever [`Outcome::Held`].
fn body_only(source: &Source, split: &Split, config: &Config) -> Page {
    let slug = Some(ids::slugify(&source.stem)).filter(|s| !s.is_empty());
    Page {
        kind: source.kind,
        source: source.rel.clone(),
        dir: source.dir.clone(),
        own_folder: source.own_folder,
        slug: slug.unwrap_or_else(|| "page".into()),
        title: String::new(),
        summary: String::new(),
        storyteller: None,
        date: Date::parse("2000-01-01").expect("a real date"),
        site: None,
        features: Vec::new(),
        themes: Vec::new(),
        content_warnings: Vec::new(),
        quote: None,
        prompts: Vec::new(),
        translations: Vec::new(),
        language: None,
        image: None,
        media: None,
        consent: None,
        licence: config.licence.clone(),
        draft: true,
        composite: false,
        body: split.body.into(),
        body_line: split.body_line,
        lines: KeyLines::default(),
    }
}

/// Personal data anywhere in the file (front matter or story) is an error: once merged, git
/// history keeps it for ever. The report names its kind and place and shows it masked, never
/// whole: it goes into public pull-request logs. The writer sees the line itself in their
/// own terminal.
pub(crate) fn personal_data(
    file: &Path,
    text: &str,
    story_ok: &[String],
    config: &Config,
) -> Vec<Diagnostic> {
    let allowed: Vec<String> = config
        .personal_data_ok
        .iter()
        .chain(story_ok)
        .cloned()
        .collect();
    let mut locator = Locator::new(text, 1);
    let mut out = Vec::new();
    for f in personal_data::scan(text, &allowed) {
        let (line, column) = locator.locate(f.start);
        let masked = personal_data::mask(f.kind, &f.text);
        out.push(
            Diagnostic::error(file, f.kind.code(), format!("this looks like {}: \"{masked}\"", f.kind.describe()))
                .at(line, column)
                .span(f.text.chars().count())
                .hint(format!(
                    "remove it, or replace it with something that identifies no one; if it is public and meant to be here (a helpline, a charity's address), a reviewer can add it to the front matter exactly as written at line {line}, column {column}: personal_data_ok: [\"…\"]"
                )),
        );
    }
    out
}

/// Accumulates every problem in one file instead of stopping at the first.
struct Validator<'a> {
    file: &'a Path,
    /// Added to a YAML line to get the file line.
    line0: usize,
    diags: Diagnostics,
    /// The front matter's lines, for locating values.
    source_lines: Vec<&'a str>,
}

impl Validator<'_> {
    fn at<T>(&self, s: &Spanned<T>, d: Diagnostic) -> Diagnostic {
        d.at(
            s.referenced.line() as usize + self.line0,
            s.referenced.column() as usize,
        )
    }

    fn error_at<T>(&mut self, s: &Spanned<T>, code: &'static str, msg: String, hint: String) {
        let d = self.at(s, Diagnostic::error(self.file, code, msg).hint(hint));
        self.diags.push(d);
    }

    fn required(
        &mut self,
        v: Option<Spanned<String>>,
        key: &str,
        example: &str,
    ) -> Option<Spanned<String>> {
        match v {
            Some(s) if !s.value.trim().is_empty() => Some(s),
            Some(s) => {
                self.error_at(
                    &s,
                    "missing-key",
                    format!("\"{key}\" is empty"),
                    format!("write it, e.g. {key}: {example}"),
                );
                None
            }
            None => {
                // `date:` with nothing after it reads as no value at all: point at that line.
                let d = match self.key_line(key) {
                    Some(line) => {
                        Diagnostic::error(self.file, "missing-key", format!("\"{key}\" is empty"))
                            .at(line, key.len() + 2)
                            .hint(format!("write it after the colon, e.g. {key}: {example}"))
                    }
                    None => Diagnostic::error(
                        self.file,
                        "missing-key",
                        format!("the required key \"{key}\" is missing"),
                    )
                    .hint(format!("add a line to the front matter: {key}: {example}")),
                };
                self.diags.push(d);
                None
            }
        }
    }

    fn date(&mut self, s: &Spanned<String>, key: &str) -> Option<Date> {
        let d = Date::parse(&s.value);
        if d.is_none() {
            self.error_at(
                s,
                "bad-date",
                format!("{key} \"{}\" is not a real date", s.value),
                "write dates as year-month-day, e.g. 2025-06-01".into(),
            );
        }
        d
    }

    fn page(
        &mut self,
        raw: RawFrontMatter,
        source: &Source,
        split: &Split,
        config: &Config,
    ) -> Option<Page> {
        let kind = source.kind;
        let line = |l: &serde_saphyr::Location| l.line() as usize + self.line0;
        let lines = KeyLines {
            summary: raw.summary.as_ref().map_or(1, |s| line(&s.referenced)),
            translations: raw.translations.first().map_or(1, |t| line(&t.referenced)),
            image: raw.image.as_ref().map_or(1, |i| line(&i.referenced)),
            media: raw.media.as_ref().map_or(1, |m| line(&m.referenced)),
            consent: raw.consent.as_ref().map_or(1, |c| line(&c.referenced)),
            review: raw
                .consent
                .as_ref()
                .and_then(|c| c.value.review.as_ref())
                .map_or(1, |r| line(&r.referenced)),
        };
        let title = self.required(raw.title, "title", "\"Finding my feet again\"");
        let summary = self.required(
            raw.summary,
            "summary",
            "\"One or two sentences about the story.\"",
        );
        let date = self
            .required(raw.date, "date", "2025-06-01")
            .and_then(|d| self.date(&d, "date"));

        let features = self.features(raw.features, kind, config);
        let themes = self.tags(raw.themes, "theme");
        let translations = self.tags(raw.translations, "translation's slug");
        let content_warnings = self.content_warnings(raw.content_warnings, config);
        let site = self.site(raw.site, kind, &source.stem, config);
        let language = raw.language.and_then(|l| {
            if ids::is_language_tag(&l.value) {
                Some(l.value)
            } else {
                self.error_at(
                    &l,
                    "bad-language",
                    format!("\"{}\" is not a language code", l.value),
                    "use a BCP 47 code such as en, cy, pl or pa-Guru".into(),
                );
                None
            }
        });
        let licence = match raw.licence {
            None => Some(config.licence.clone()),
            Some(l) => licence::lookup(&l.value).or_else(|| {
                let d = config::unknown_licence(self.file, &l);
                self.diags.push(d.at(
                    l.referenced.line() as usize + self.line0,
                    l.referenced.column() as usize,
                ));
                None
            }),
        };
        let slug = match raw.slug {
            Some(s) if ids::is_slug(&s.value) => Some(s.value),
            Some(s) => {
                self.error_at(
                    &s,
                    "bad-slug",
                    format!("slug \"{}\" can't be used in a web address", s.value),
                    format!(
                        "use lower-case words joined by '-', e.g. slug: {}",
                        ids::slugify(&s.value)
                    ),
                );
                None
            }
            None => {
                let slug = ids::slugify(&source.stem);
                if slug.is_empty() {
                    self.diags.push(
                        Diagnostic::error(
                            self.file,
                            "bad-slug",
                            "the file name gives no usable web address",
                        )
                        .hint("rename the file using letters, or add slug: my-story"),
                    );
                    None
                } else {
                    Some(slug)
                }
            }
        };
        let image = raw
            .image
            .and_then(|i| self.image(i, &source.dir, source.own_folder));
        let media = raw.media.and_then(|m| {
            let page = crate::recording::check::Page {
                file: self.file,
                dir: &source.dir,
                own_folder: source.own_folder,
                has_text: !split.body.trim().is_empty(),
                language: language.as_deref().unwrap_or(&config.language),
                personal_data_ok: &raw.personal_data_ok,
                config,
            };
            self.media(m, &page)
        });
        let consent = match raw.consent {
            Some(c) => self.consent(c),
            None if kind == Kind::Story => {
                self.diags.push(
                    Diagnostic::error(self.file, "missing-consent", "this story has no consent block, so it can never be published")
                        .hint("add:\nconsent:\n  status: pending   # given once the storyteller has agreed\n  scope: [web, workshop, print]\n  recorded: 2025-05-20\n  review: 2027-05-20"),
                );
                None
            }
            None => None,
        };
        let storyteller = raw
            .storyteller
            .map(|s| s.value)
            .filter(|s| !s.trim().is_empty());
        if kind == Kind::Story && storyteller.is_none() {
            self.diags.push(
                Diagnostic::warning(self.file, "no-storyteller", "this story credits no storyteller")
                    .at(self.key_line("storyteller").unwrap_or(1), 0)
                    .hint("add storyteller: with the name they chose to be credited by (\"Anonymous\" is fine)"),
            );
        }

        Some(Page {
            kind,
            source: source.rel.clone(),
            dir: source.dir.clone(),
            own_folder: source.own_folder,
            slug: slug?,
            title: title?.value.trim().to_string(),
            summary: summary?.value.trim().to_string(),
            storyteller,
            date: date?,
            site,
            features,
            themes,
            content_warnings,
            quote: raw.quote.filter(|q| !q.trim().is_empty()),
            prompts: raw.prompts,
            translations,
            language,
            image,
            media,
            consent,
            licence: licence?,
            draft: raw.draft,
            composite: raw.composite,
            body: split.body.into(),
            body_line: split.body_line,
            lines,
        })
    }

    fn features(&mut self, raw: Vec<Spanned<String>>, kind: Kind, config: &Config) -> Vec<String> {
        if raw.is_empty() && kind != Kind::Site {
            self.diags.push(
                Diagnostic::error(
                    self.file,
                    "no-features",
                    "no features: every story and case study needs at least one",
                )
                .at(self.key_line("features").unwrap_or(1), 0)
                .hint(format!(
                    "add e.g. features: [{}] using ids from storybook.yaml",
                    config.feature_ids().take(2).collect::<Vec<_>>().join(", ")
                )),
            );
        }
        let mut out: Vec<String> = Vec::new();
        for f in raw {
            if config.feature(&f.value).is_none() {
                let hint =
                    suggest::hint_for(&f.value, config.feature_ids(), "features in storybook.yaml");
                self.error_at(
                    &f,
                    "unknown-feature",
                    format!("unknown feature \"{}\"", f.value),
                    hint,
                );
            } else if !out.contains(&f.value) {
                out.push(f.value);
            }
        }
        out
    }

    fn tags(&mut self, raw: Vec<Spanned<String>>, what: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in raw {
            if !ids::is_slug(&t.value) {
                self.error_at(
                    &t,
                    "bad-tag",
                    format!("the {what} \"{}\" is not written as a tag", t.value),
                    format!(
                        "use lower-case words joined by '-', e.g. {}",
                        ids::slugify(&t.value)
                    ),
                );
            } else if !out.contains(&t.value) {
                out.push(t.value);
            }
        }
        out
    }

    fn content_warnings(&mut self, raw: Vec<Spanned<String>>, config: &Config) -> Vec<String> {
        let known: Vec<&str> = config.content_warning_ids().collect();
        let mut out = Vec::new();
        for w in self.tags(raw, "content warning") {
            if known.contains(&w.as_str()) {
                out.push(w);
                continue;
            }
            let hint = match suggest::did_you_mean(&w, known.iter().copied()) {
                Some(best) => format!("did you mean \"{best}\"?"),
                None => format!(
                    "use one of: {}; or add \"{w}\" to content_warnings in storybook.yaml so every story uses the same words",
                    known.join(", ")
                ),
            };
            let line = self.find_line(&w);
            self.diags.push(
                Diagnostic::error(
                    self.file,
                    "unknown-content-warning",
                    format!("\"{w}\" is not one of the storybook's content warnings"),
                )
                .at(line, 0)
                .hint(hint),
            );
        }
        out
    }

    /// The line where a top-level key is written, if it is.
    fn key_line(&self, key: &str) -> Option<usize> {
        let prefix = format!("{key}:");
        self.source_lines
            .iter()
            .position(|l| l.starts_with(&prefix))
            .map(|i| i + 1)
    }

    /// The first front-matter line mentioning `needle`, for values checked after their
    /// span was consumed.
    fn find_line(&self, needle: &str) -> usize {
        self.source_lines
            .iter()
            .position(|l| l.contains(needle))
            .map_or(1, |i| i + 1)
    }

    fn site(
        &mut self,
        raw: Option<Spanned<String>>,
        kind: Kind,
        stem: &str,
        config: &Config,
    ) -> Option<String> {
        match raw {
            Some(s) if config.site(&s.value).is_some() => Some(s.value),
            Some(s) => {
                let hint =
                    suggest::hint_for(&s.value, config.site_ids(), "sites in storybook.yaml");
                self.error_at(
                    &s,
                    "unknown-site",
                    format!("unknown site \"{}\"", s.value),
                    hint,
                );
                None
            }
            None if kind == Kind::Site => {
                let stem = ids::slugify(stem);
                if config.site(&stem).is_some() {
                    return Some(stem);
                }
                let hint = suggest::hint_for(&stem, config.site_ids(), "sites in storybook.yaml");
                self.diags.push(
                    Diagnostic::error(
                        self.file,
                        "unknown-site",
                        "a site profile must say which site it describes",
                    )
                    .hint(format!("add site: <id> ({hint})")),
                );
                None
            }
            None => None,
        }
    }

    fn image(&mut self, raw: Spanned<RawImage>, dir: &Path, own_folder: bool) -> Option<ImageRef> {
        let place = Spanned::new((), raw.referenced, raw.defined);
        let RawImage {
            src,
            alt,
            decorative,
        } = raw.value;
        let Some(src) = src.filter(|s| !s.value.trim().is_empty()) else {
            self.error_at(
                &place,
                "image-src",
                "the image has no src".into(),
                "add src: with the image file's name, e.g. src: portrait.jpg".into(),
            );
            return None;
        };
        let alt = alt.unwrap_or_default();
        if alt.trim().is_empty() && !decorative {
            self.error_at(&place, "missing-alt", "the image has no alt text".into(),
                "add alt: \"what the picture shows that matters to the story\"; only a purely decorative image may use alt: \"\" with decorative: true".into());
        }
        let rel = Path::new(&src.value);
        let path = match media::locate(dir, &src.value, own_folder) {
            Ok(p) => p,
            Err(problem) => {
                let (msg, hint) = problem.explain(&src.value, dir);
                self.error_at(&src, problem.code(), msg, hint);
                return None;
            }
        };
        let file_name = rel.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let stem = rel.file_stem().and_then(|n| n.to_str()).unwrap_or_default();
        let said = alt.trim();
        if !said.is_empty()
            && (said.eq_ignore_ascii_case(file_name) || said.eq_ignore_ascii_case(stem))
        {
            self.error_at(
                &place,
                "alt-is-file-name",
                format!("the alt text \"{alt}\" is just the file name"),
                "describe what the picture shows that matters to the story, e.g. alt: \"Sam's allotment in spring\"".into(),
            );
        }
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if size > MAX_IMAGE_BYTES {
            self.error_at(
                &src,
                "image-too-large",
                format!("the image is {} MB; the limit is 20 MB", size / 1_000_000),
                "export a smaller copy: a photo 3000 pixels wide is plenty".into(),
            );
        } else if let Err(why) = images::probe(&path) {
            self.error_at(&src, "image-unreadable", format!("the image \"{}\" {why}", src.value), "open it in an image editor and export it again as a JPEG or PNG of ordinary size (say 3000 pixels wide)".into());
        }
        Some(ImageRef {
            src: src.value,
            alt,
            decorative,
        })
    }

    /// The `media:` entry, checked with the page's folder; its problems join the page's.
    fn media(
        &mut self,
        raw: Spanned<RawMedia>,
        page: &crate::recording::check::Page,
    ) -> Option<std::sync::Arc<crate::recording::Recording>> {
        let at = |s: Spanned<String>| (s.value, s.referenced.line() as usize + self.line0);
        let m = raw.value;
        let raw_media = crate::recording::check::Raw {
            src: m.src.map(at),
            captions: m.captions.map(at),
            poster: m.poster.map(at),
            description: m.description,
            line: raw.referenced.line() as usize + self.line0,
        };
        let (recording, diags) = crate::recording::check::check(raw_media, page);
        self.diags.extend(diags);
        recording.map(std::sync::Arc::new)
    }

    fn consent(&mut self, raw: Spanned<RawConsent>) -> Option<Consent> {
        let place = Spanned::new((), raw.referenced, raw.defined);
        let RawConsent {
            status,
            scope,
            media_scope,
            recorded,
            review,
        } = raw.value;
        let status = match status {
            None => {
                self.error_at(
                    &place,
                    "consent-status",
                    "the consent block has no status".into(),
                    "add status: pending (or given once the storyteller has agreed)".into(),
                );
                None
            }
            Some(s) => ConsentStatus::parse(&s.value).or_else(|| {
                let hint = suggest::hint_for(&s.value, ConsentStatus::NAMES, "consent statuses");
                self.error_at(
                    &s,
                    "consent-status",
                    format!("\"{}\" is not a consent status", s.value),
                    hint,
                );
                None
            }),
        };
        let mut scopes = Vec::new();
        for s in scope {
            match Scope::parse(&s.value) {
                Some(sc) if !scopes.contains(&sc) => scopes.push(sc),
                Some(_) => {}
                None => {
                    let hint =
                        suggest::hint_for(&s.value, Scope::NAMES, "scopes (web, workshop, print)");
                    self.error_at(
                        &s,
                        "consent-scope",
                        format!("\"{}\" is not a consent scope", s.value),
                        hint,
                    );
                }
            }
        }
        let media_scope = media_scope.map(|m| self.media_scope(m, &scopes));
        let recorded = recorded.and_then(|d| self.date(&d, "consent.recorded"));
        let review = review.and_then(|d| self.date(&d, "consent.review"));
        Some(Consent {
            status: status?,
            scope: scopes,
            recorded,
            review,
            media_scope,
        })
    }

    /// `media_scope` may only narrow `scope`: a recording never goes where the words may not.
    fn media_scope(&mut self, raw: Vec<Spanned<String>>, scope: &[Scope]) -> Vec<Scope> {
        let mut out = Vec::new();
        for s in raw {
            match Scope::parse(&s.value) {
                Some(sc) if scope.contains(&sc) => out.push(sc),
                Some(_) => self.error_at(
                    &s,
                    "consent-media-scope",
                    format!("media_scope has \"{}\", which scope does not", s.value),
                    "media_scope can only narrow scope: remove it here, or add it to scope if the storyteller agreed".into(),
                ),
                None => {
                    let hint = suggest::hint_for(&s.value, Scope::NAMES, "scopes (web, workshop, print)");
                    self.error_at(&s, "consent-scope", format!("\"{}\" is not a consent scope", s.value), hint);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_counts_lines_from_the_opening_fence() {
        let s = split("---\ntitle: x\n---\nBody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.yaml_line, 2);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn split_handles_bom_and_crlf() {
        let s = split("\u{feff}---\r\ntitle: x\r\n---\r\nBody", Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: x\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn split_reports_missing_fences() {
        assert_eq!(
            split("title: x\n", Path::new("a.md")).unwrap_err().code,
            "no-front-matter"
        );
        assert_eq!(
            split("---\ntitle: x\n", Path::new("a.md"))
                .unwrap_err()
                .code,
            "unclosed-front-matter"
        );
    }
}
