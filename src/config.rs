//! `storybook.yaml`: the storybook's title, address, taxonomy, places and support text.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ids;
use crate::licence::{self, Licence};
use crate::suggest;
use crate::url_policy;
use crate::yaml;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::path::Path;

pub const FILE_NAME: &str = "storybook.yaml";

/// Shown when a storybook says nothing about support: nobody should finish a story in
/// distress without knowing where to turn.
pub const DEFAULT_SUPPORT: &str = "If you are struggling, you can talk to **Samaritans** \
any time, day or night, free: call **116 123** or visit \
[samaritans.org](https://www.samaritans.org/). In an emergency, call **999**.";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<Spanned<String>>,
    description: Option<String>,
    base_url: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    licence: Option<Spanned<String>>,
    intro: Option<String>,
    #[serde(default)]
    features: Vec<Spanned<RawFeature>>,
    #[serde(default)]
    sites: Vec<Spanned<RawSite>>,
    support: Option<String>,
    quick_exit: Option<Spanned<RawQuickExit>>,
    #[serde(default)]
    content_warnings: Vec<Spanned<String>>,
    #[serde(default)]
    personal_data_ok: Vec<String>,
    accessibility: Option<RawAccessibility>,
    #[serde(default)]
    outcomes: Vec<Spanned<RawOutcome>>,
    #[serde(default)]
    helplines: Vec<Spanned<RawHelpline>>,
    #[serde(default)]
    show_prompts: bool,
    media: Option<RawMedia>,
    share: Option<Spanned<RawShare>>,
    submissions: Option<Spanned<RawSubmissions>>,
    page_size: Option<Spanned<i64>>,
    feed_size: Option<Spanned<i64>>,
}

/// `media: {downloads: true}`: offer recordings for download (off unless asked).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMedia {
    #[serde(default)]
    downloads: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubmissions {
    repository: Option<Spanned<String>>,
    /// The storybook's folder inside the repository; `stories` (the default ROOT) when absent.
    folder: Option<Spanned<String>>,
}

/// Where new stories are sent in: the GitHub repository that holds the storybook. Naming it
/// turns on the `/share/` page, which prepares a story file for that repository.
#[derive(Debug, Clone, Serialize)]
pub struct Submissions {
    /// `owner/name`, checked against GitHub's rules so it can go into a URL unescaped.
    pub repository: String,
    /// The storybook's folder in the repository (`stories`), plain path segments only, or
    /// empty when the storybook is the repository's root.
    pub folder: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelpline {
    name: Spanned<String>,
    phone: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    #[serde(default)]
    hours: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShare {
    text: Option<String>,
    url: Option<Spanned<String>>,
}

/// A helpline as every page shows it, its addresses made once here so that no template
/// builds a `tel:` or `sms:` address itself.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Helpline {
    pub name: String,
    pub phone: String,
    /// `tel:` and digits; empty when there is no phone number.
    pub phone_href: String,
    /// As written: "SHOUT to 85258".
    pub text: String,
    pub text_keyword: String,
    pub text_number: String,
    /// `sms:` address; empty when there is no text line.
    pub text_href: String,
    pub url: String,
    /// The web address without its scheme, for the link's words.
    pub url_label: String,
    pub hours: String,
}

/// The invitation at the end of every story to share one's own.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Share {
    pub text: String,
    /// Through the URL policy; empty when the storybook names no place to share.
    pub url: String,
}

/// Said when a storybook does not say where stories can be shared.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    label: String,
    before: Option<f64>,
    after: Option<f64>,
    /// For a result that is not a before-and-after pair: "14–25 days".
    value: Option<String>,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    note: String,
}

/// A result the programme reports, shown on the impact page.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub value: String,
    pub unit: String,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccessibility {
    contact: Option<Spanned<String>>,
    last_tested: Option<Spanned<String>>,
    #[serde(default)]
    known_issues: Vec<String>,
}

/// What the accessibility statement says: the UK public sector regulations expect a way to
/// report problems, the date of the last test, and what is known not to work.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Accessibility {
    /// An email address or web page for reporting problems; empty when none is given.
    pub contact: String,
    /// `contact` as a link, through the URL policy (an email address gains `mailto:`).
    pub contact_href: String,
    pub last_tested: Option<crate::date::Date>,
    pub known_issues: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeature {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    in_practice: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    id: Spanned<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuickExit {
    #[serde(default)]
    label: Option<String>,
    url: Spanned<String>,
}

/// One key feature of the programme (`networks`), which stories are tagged with.
#[derive(Debug, Clone, Serialize)]
pub struct Feature {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Markdown: what the feature looks like in practice.
    pub in_practice: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuickExit {
    pub label: String,
    pub url: String,
}

/// The validated storybook settings.
#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    pub description: String,
    /// Absolute, always ending in `/`.
    pub base_url: String,
    pub language: String,
    pub licence: Licence,
    /// Markdown for the home page.
    pub intro: String,
    pub features: Vec<Feature>,
    pub sites: Vec<Site>,
    /// Markdown shown in the same place on every page.
    pub support: String,
    pub quick_exit: Option<QuickExit>,
    /// Content warnings this storybook uses beyond [`CONTENT_WARNINGS`].
    pub content_warnings: Vec<String>,
    /// Strings a reviewer has checked and allowed although they look like personal data.
    pub personal_data_ok: Vec<String>,
    pub accessibility: Accessibility,
    pub outcomes: Vec<Outcome>,
    /// Empty unless the storybook lists them (or uses the default support text).
    pub helplines: Vec<Helpline>,
    /// Workshop prompts are for facilitators: the public site shows them only when asked.
    pub show_prompts: bool,
    /// Whether readers are offered recordings to download (`media: {downloads: true}`).
    pub media_downloads: bool,
    pub share: Share,
    /// Set when the storybook takes stories through its `/share/` page.
    pub submissions: Option<Submissions>,
    /// Cards on one page of a listing; the rest go to `page/2/`, `page/3/`, …
    pub page_size: usize,
    /// Entries in `atom.xml` and in each feature's and place's feed: the newest.
    pub feed_size: usize,
}

/// Cards per listing page when the storybook does not say.
pub const DEFAULT_PAGE_SIZE: usize = 24;
/// Entries per feed when the storybook does not say.
pub const DEFAULT_FEED_SIZE: usize = 50;

/// A whole number key between 1 and `max`, or `default` when absent.
fn size_key(
    file: &Path,
    raw: Option<Spanned<i64>>,
    key: &str,
    default: usize,
    max: usize,
    diags: &mut Diagnostics,
) -> usize {
    let Some(v) = raw else { return default };
    match usize::try_from(v.value) {
        Ok(n) if (1..=max).contains(&n) => n,
        _ => {
            diags.push(
                Diagnostic::error(
                    file,
                    "bad-size",
                    format!(
                        "\"{key}\" must be a whole number from 1 to {max}, not {}",
                        v.value
                    ),
                )
                .at(v.referenced.line() as usize, v.referenced.column() as usize)
                .hint(format!(
                    "write, for example, {key}: {default} (or leave it out for {default})"
                )),
            );
            default
        }
    }
}

/// The content warnings every storybook understands. One shared vocabulary means readers
/// learn what each word means, and a typo can't hide a warning.
pub const CONTENT_WARNINGS: &[&str] = &[
    "suicide",
    "self-harm",
    "abuse",
    "domestic-abuse",
    "sexual-violence",
    "child-abuse",
    "trauma",
    "bereavement",
    "substance-use",
    "eating-disorders",
    "crisis",
    "psychosis",
    "detention",
    "racism",
    "discrimination",
    "violence",
    "homelessness",
];

impl Config {
    pub fn content_warning_ids(&self) -> impl Iterator<Item = &str> + Clone {
        CONTENT_WARNINGS
            .iter()
            .copied()
            .chain(self.content_warnings.iter().map(String::as_str))
    }

    pub fn feature(&self, id: &str) -> Option<&Feature> {
        self.features.iter().find(|f| f.id == id)
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    pub fn feature_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.features.iter().map(|f| f.id.as_str())
    }

    pub fn site_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.sites.iter().map(|s| s.id.as_str())
    }

    /// The path part of `base_url` (`/storybook/`), for pages that must work at any depth.
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, r)| r);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }
}

/// Read and validate `ROOT/storybook.yaml`, reporting every problem found in it.
pub fn load(root: &Path) -> Result<Config, Diagnostics> {
    let file = Path::new(FILE_NAME);
    let text = match crate::text::read(&root.join(FILE_NAME), file) {
        Ok(t) => t,
        Err(d) if d.code == "unreadable" && !root.join(FILE_NAME).exists() => {
            let d = Diagnostic::error(file, "missing-config", format!("{FILE_NAME} could not be found"))
                .hint(format!(
                    "every storybook needs {FILE_NAME} at its root with title, base_url, language, licence, features and sites; is {} the right folder?",
                    root.display()
                ));
            return Err(Diagnostics::from_iter([d]));
        }
        Err(d) => return Err(Diagnostics::from_iter([d])),
    };
    let raw: RawConfig = yaml::parse(&text, file, 1).map_err(|d| Diagnostics::from_iter([d]))?;
    validate(raw, file)
}

fn validate(raw: RawConfig, file: &Path) -> Result<Config, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut required = |value: Option<Spanned<String>>,
                        key: &str,
                        example: &str|
     -> Option<Spanned<String>> {
        match value {
            Some(v) if !v.value.trim().is_empty() => Some(v),
            _ => {
                diags.push(
                    Diagnostic::error(file, "missing-key", format!("{FILE_NAME} needs \"{key}\""))
                        .hint(format!("add a line: {key}: {example}")),
                );
                None
            }
        }
    };
    let title = required(raw.title, "title", "\"Our storybook\"");
    let base_url = required(
        raw.base_url,
        "base_url",
        "\"https://example.org/storybook/\"",
    );
    let language = required(raw.language, "language", "en");
    let licence_id = required(raw.licence, "licence", "CC-BY-NC-ND-4.0");

    let (Some(title), Some(base_url), Some(language), Some(licence_id)) =
        (title, base_url, language, licence_id)
    else {
        return Err(diags);
    };
    let at = |s: &Spanned<String>| (s.referenced.line() as usize, s.referenced.column() as usize);
    let base = match url_policy::base_url(&base_url.value) {
        Ok(b) => b,
        Err(why) => {
            diags.push(
                Diagnostic::error(file, "bad-base-url", format!("base_url {why}"))
                    .at(at(&base_url).0, at(&base_url).1)
                    .hint("write the address the site will live at, starting with https://, e.g. \"https://example.org/storybook/\""),
            );
            String::new()
        }
    };
    if !ids::is_language_tag(&language.value) {
        diags.push(
            Diagnostic::error(
                file,
                "bad-language",
                format!("\"{}\" is not a language code", language.value),
            )
            .at(
                language.referenced.line() as usize,
                language.referenced.column() as usize,
            )
            .hint("use a BCP 47 code such as en, en-GB, cy or pl"),
        );
    }
    let licence = licence::lookup(&licence_id.value).unwrap_or_else(|| {
        diags.push(unknown_licence(file, &licence_id));
        Licence {
            id: licence_id.value.clone(),
            name: licence_id.value.clone(),
            url: String::new(),
        }
    });

    let mut features: Vec<Feature> = Vec::new();
    for f in raw.features {
        let RawFeature {
            id,
            name,
            description,
            in_practice,
        } = f.value;
        if let Some(d) = check_id(file, &id, "feature", features.iter().map(|f| f.id.as_str())) {
            diags.push(d);
        }
        features.push(Feature {
            id: id.value,
            name,
            description,
            in_practice,
        });
    }
    if features.is_empty() {
        diags.push(
            Diagnostic::error(file, "no-features", "the storybook has no features")
                .hint("add a \"features:\" list of {id, name, description}; stories are tagged with these ids"),
        );
    }
    let mut sites: Vec<Site> = Vec::new();
    for s in raw.sites {
        let RawSite { id, name } = s.value;
        if let Some(d) = check_id(file, &id, "site", sites.iter().map(|s| s.id.as_str())) {
            diags.push(d);
        }
        sites.push(Site { id: id.value, name });
    }
    let quick_exit =
        raw.quick_exit
            .and_then(|q| match url_policy::web_address(&q.value.url.value) {
                Ok(url) => Some(QuickExit {
                    // Empty: the theme words it, in the interface's language.
                    label: q.value.label.unwrap_or_default(),
                    url,
                }),
                Err(why) => {
                    diags.push(
                        Diagnostic::error(file, "bad-url", format!("quick_exit.url {why}"))
                            .at(
                                q.value.url.referenced.line() as usize,
                                q.value.url.referenced.column() as usize,
                            )
                            .hint(
                                "use a neutral site, e.g. url: \"https://www.bbc.co.uk/weather\"",
                            ),
                    );
                    None
                }
            });

    let mut content_warnings = Vec::new();
    for w in raw.content_warnings {
        if ids::is_slug(&w.value) {
            content_warnings.push(w.value);
        } else {
            diags.push(
                Diagnostic::error(
                    file,
                    "bad-tag",
                    format!(
                        "the content warning \"{}\" is not written as a tag",
                        w.value
                    ),
                )
                .at(w.referenced.line() as usize, w.referenced.column() as usize)
                .hint(format!(
                    "use lower-case words joined by '-', e.g. {}",
                    ids::slugify(&w.value)
                )),
            );
        }
    }
    let accessibility = match raw.accessibility {
        None => Accessibility::default(),
        Some(a) => {
            let last_tested = a.last_tested.and_then(|d| {
                let parsed = crate::date::Date::parse(&d.value);
                if parsed.is_none() {
                    diags.push(
                        Diagnostic::error(
                            file,
                            "bad-date",
                            format!(
                                "accessibility.last_tested \"{}\" is not a real date",
                                d.value
                            ),
                        )
                        .at(d.referenced.line() as usize, d.referenced.column() as usize)
                        .hint("write dates as year-month-day, e.g. 2026-11-21"),
                    );
                }
                parsed
            });
            let (contact, contact_href) = match a.contact {
                Some(c) if !c.value.trim().is_empty() => {
                    let href = url_policy::contact(&c.value).unwrap_or_else(|why| {
                        diags.push(
                            Diagnostic::error(file, "bad-url", format!("accessibility.contact {why}"))
                                .at(c.referenced.line() as usize, c.referenced.column() as usize)
                                .hint("write an email address (access@example.org) or a web page (https://example.org/contact)"),
                        );
                        String::new()
                    });
                    (Some(c.value.trim().to_string()), href)
                }
                _ => (None, String::new()),
            };
            Accessibility {
                contact: contact.unwrap_or_default(),
                contact_href,
                last_tested,
                known_issues: a.known_issues,
            }
        }
    };
    let mut outcomes = Vec::new();
    for o in raw.outcomes {
        let place = (o.referenced.line() as usize, o.referenced.column() as usize);
        let RawOutcome {
            label,
            before,
            after,
            value,
            unit,
            source,
            note,
        } = o.value;
        if after.is_none() && value.as_deref().is_none_or(|v| v.trim().is_empty()) {
            diags.push(
                Diagnostic::error(file, "outcome-value", format!("the outcome \"{label}\" has no figure"))
                    .at(place.0, place.1)
                    .hint("give before: and after: numbers (with unit: \"%\"), or a value: such as \"14–25 days\""),
            );
        }
        if before.into_iter().chain(after).any(|v| !v.is_finite()) {
            diags.push(
                Diagnostic::error(
                    file,
                    "outcome-value",
                    format!(
                        "a figure of the outcome \"{label}\" is not a number that can be shown"
                    ),
                )
                .at(place.0, place.1)
                .hint("write before: and after: as plain numbers, such as 66 or 3.5"),
            );
        }
        outcomes.push(Outcome {
            label,
            before,
            after,
            value: value.unwrap_or_default(),
            unit,
            source,
            note,
        });
    }
    let support = raw.support.filter(|s| !s.trim().is_empty());
    let helplines = if raw.helplines.is_empty() && support.is_none() {
        vec![samaritans()]
    } else {
        raw.helplines
            .into_iter()
            .filter_map(|h| helpline(file, h, &mut diags))
            .collect()
    };
    let share = share(file, raw.share, &mut diags);
    // A page of 100 cards stays under 100 KiB of HTML; a feed of 1,000 under a few MB.
    let page_size = size_key(
        file,
        raw.page_size,
        "page_size",
        DEFAULT_PAGE_SIZE,
        100,
        &mut diags,
    );
    let feed_size = size_key(
        file,
        raw.feed_size,
        "feed_size",
        DEFAULT_FEED_SIZE,
        1000,
        &mut diags,
    );
    let submissions = raw
        .submissions
        .and_then(|s| submissions(file, s).map_err(|d| diags.push(d)).ok());
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Config {
        title: title.value,
        description: raw.description.unwrap_or_default(),
        base_url: base,
        language: language.value,
        licence,
        intro: raw.intro.unwrap_or_default(),
        features,
        sites,
        support: support.unwrap_or_else(|| DEFAULT_SUPPORT.into()),
        quick_exit,
        content_warnings,
        personal_data_ok: raw.personal_data_ok,
        accessibility,
        outcomes,
        helplines,
        show_prompts: raw.show_prompts,
        media_downloads: raw.media.is_some_and(|m| m.downloads),
        share,
        submissions,
        page_size,
        feed_size,
    })
}

/// The UK default, as data, so that it is tappable like any storybook's own helplines.
fn samaritans() -> Helpline {
    Helpline {
        name: "Samaritans".into(),
        phone: "116 123".into(),
        phone_href: "tel:116123".into(),
        url: "https://www.samaritans.org/".into(),
        url_label: "samaritans.org".into(),
        hours: "free, any time, day or night".into(),
        ..Helpline::default()
    }
}

fn located(
    file: &Path,
    s: &Spanned<String>,
    code: &'static str,
    message: String,
    hint: &str,
) -> Diagnostic {
    Diagnostic::error(file, code, message)
        .at(s.referenced.line() as usize, s.referenced.column() as usize)
        .hint(hint.to_string())
}

/// One entry of `helplines:`, every field checked; `None` (with the problems said) when a
/// field cannot be shown safely.
fn helpline(file: &Path, raw: Spanned<RawHelpline>, diags: &mut Diagnostics) -> Option<Helpline> {
    let RawHelpline {
        name,
        phone,
        text,
        url,
        hours,
    } = raw.value;
    let before = diags.error_count();
    if name.value.trim().is_empty() {
        diags.push(located(
            file,
            &name,
            "helpline",
            "a helpline has no name".into(),
            "write the name people know it by, e.g. name: \"Samaritans\"",
        ));
    }
    let mut h = Helpline {
        name: name.value.trim().to_string(),
        hours: hours.trim().to_string(),
        ..Helpline::default()
    };
    if let Some(p) = phone {
        match crate::help::tel_href(&p.value) {
            Some(href) => (h.phone, h.phone_href) = (p.value.trim().to_string(), href),
            None => diags.push(located(file, &p, "helpline-phone", format!("the phone number \"{}\" of {} cannot be dialled", p.value, h.name), "write the number with digits and spaces only, e.g. phone: \"116 123\" or \"+44 161 555 0100\"")),
        }
    }
    if let Some(t) = text {
        match crate::help::parse_text_line(&t.value) {
            Some(line) => {
                h.text_href = crate::help::sms_href(&line);
                h.text_keyword = line.keyword.unwrap_or_default();
                h.text_number = line.number;
                h.text = t.value.trim().to_string();
            }
            None => diags.push(located(file, &t, "helpline-text", format!("the text line \"{}\" of {} is not a number to text", t.value, h.name), "write the word to send and the number, e.g. text: \"SHOUT to 85258\", or just the number")),
        }
    }
    if let Some(u) = url {
        match url_policy::web_address(&u.value) {
            Ok(href) => {
                h.url_label = href
                    .split_once("://")
                    .map_or(href.as_str(), |(_, r)| r)
                    .trim_start_matches("www.")
                    .trim_end_matches('/')
                    .to_string();
                h.url = href;
            }
            Err(why) => diags.push(located(
                file,
                &u,
                "bad-url",
                format!("the url of the helpline {}: {why}", h.name),
                "write the full address, e.g. url: \"https://www.samaritans.org/\"",
            )),
        }
    }
    if h.phone.is_empty() && h.text.is_empty() && h.url.is_empty() && diags.error_count() == before
    {
        diags.push(located(
            file,
            &name,
            "helpline",
            format!("the helpline {} has no way to reach it", h.name),
            "give it a phone:, a text: or a url:",
        ));
    }
    (diags.error_count() == before).then_some(h)
}

fn share(file: &Path, raw: Option<Spanned<RawShare>>, diags: &mut Diagnostics) -> Share {
    let Some(raw) = raw else {
        return Share::default();
    };
    let url = match raw.value.url {
        Some(u) => match url_policy::contact(&u.value) {
            Ok(href) => href,
            Err(why) => {
                diags.push(located(
                    file,
                    &u,
                    "bad-url",
                    format!("share.url {why}"),
                    "write a web page (https://example.org/share) or an email address",
                ));
                String::new()
            }
        },
        None => String::new(),
    };
    let text = raw
        .value
        .text
        .filter(|t| !t.trim().is_empty())
        // Empty: the theme's invitation, in the interface's language.
        .unwrap_or_default();
    Share { text, url }
}

/// `submissions: {repository: owner/name}`, refused at its line unless both parts follow
/// GitHub's rules: a mistyped name would send every storyteller to a page that isn't there.
fn submissions(file: &Path, raw: Spanned<RawSubmissions>) -> Result<Submissions, Diagnostic> {
    let example = "repository: living-well-uk/storybook";
    let Some(repo) = raw.value.repository else {
        return Err(Diagnostic::error(
            file,
            "bad-repository",
            "submissions needs the repository that holds the storybook",
        )
        .at(
            raw.referenced.line() as usize,
            raw.referenced.column() as usize,
        )
        .hint(format!("add it under submissions:, e.g. {example}")));
    };
    let value = repo.value.trim();
    let folder = match raw.value.folder {
        None => "stories".to_string(),
        Some(f) => {
            let f_value = f.value.trim().trim_matches('/').to_string();
            let plain = f_value.split('/').all(|seg| {
                !seg.is_empty()
                    && seg != "."
                    && seg != ".."
                    && seg
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            });
            if !(f_value.is_empty() || plain) {
                return Err(Diagnostic::error(
                    file,
                    "bad-repository",
                    format!("submissions.folder \"{}\" is not a plain folder path", f.value),
                )
                .at(f.referenced.line() as usize, f.referenced.column() as usize)
                .hint("write the storybook's folder inside the repository, e.g. folder: stories (or folder: \"\" when it is the repository's root)"));
            }
            f_value
        }
    };
    match repository_problem(value) {
        None => Ok(Submissions {
            repository: value.to_string(),
            folder,
        }),
        Some(why) => Err(Diagnostic::error(
            file,
            "bad-repository",
            format!("submissions.repository \"{value}\" {why}"),
        )
        .at(repo.referenced.line() as usize, repo.referenced.column() as usize)
        .hint(format!(
            "write the GitHub account and the repository name with one / between them, as in its address github.com/OWNER/NAME, e.g. {example}"
        ))),
    }
}

/// Why `owner/name` is not a GitHub repository's name, in plain words; `None` when it is.
/// An account name is 1 to 39 letters, digits or single hyphens, not starting or ending with
/// a hyphen; a repository name is 1 to 100 letters, digits, '.', '-' or '_', and not "." or "..".
pub fn repository_problem(value: &str) -> Option<&'static str> {
    let Some((owner, name)) = value.split_once('/') else {
        return Some("is not written as account/repository");
    };
    let owner_ok = (1..=39).contains(&owner.len())
        && owner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !owner.starts_with('-')
        && !owner.ends_with('-')
        && !owner.contains("--");
    if !owner_ok {
        return Some("does not start with a GitHub account name (letters, digits and single hyphens, at most 39)");
    }
    let name_ok = (1..=100).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        && name != "."
        && name != "..";
    if !name_ok {
        return Some("does not end with a GitHub repository name (letters, digits, '.', '-' and '_', at most 100)");
    }
    None
}

fn check_id<'a>(
    file: &Path,
    id: &Spanned<String>,
    what: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<Diagnostic> {
    let at = |d: Diagnostic| {
        d.at(
            id.referenced.line() as usize,
            id.referenced.column() as usize,
        )
    };
    if !ids::is_slug(&id.value) {
        return Some(at(Diagnostic::error(
            file,
            "bad-id",
            format!("the {what} id \"{}\" is not a valid id", id.value),
        )
        .hint(format!(
            "ids are lower-case words joined by '-', e.g. \"{}\"",
            ids::slugify(&id.value)
        ))));
    }
    let mut earlier = earlier;
    if earlier.any(|e| e == id.value) {
        return Some(at(Diagnostic::error(
            file,
            "duplicate-id",
            format!("the {what} id \"{}\" is listed twice", id.value),
        )
        .hint("give each one its own id")));
    }
    None
}

pub(crate) fn unknown_licence(file: &Path, id: &Spanned<String>) -> Diagnostic {
    let hint = match suggest::did_you_mean(&id.value, licence::known_ids()) {
        Some(best) => format!("did you mean \"{best}\"?"),
        None => format!(
            "use an SPDX id such as {}, or LicenseRef-YourName for your own terms",
            licence::known_ids().collect::<Vec<_>>().join(", ")
        ),
    };
    Diagnostic::error(
        file,
        "unknown-licence",
        format!("\"{}\" is not a licence storypress knows", id.value),
    )
    .at(
        id.referenced.line() as usize,
        id.referenced.column() as usize,
    )
    .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "title: T\nbase_url: \"https://example.org/\"\nlanguage: en\nlicence: CC-BY-4.0\nfeatures:\n  - { id: networks, name: Networks }\n";

    fn load_text(extra: &str) -> Result<Config, Diagnostics> {
        let file = Path::new(FILE_NAME);
        let text = format!("{BASE}{extra}");
        let raw: RawConfig =
            yaml::parse(&text, file, 1).map_err(|d| Diagnostics::from_iter([d]))?;
        validate(raw, file)
    }

    fn only_error(extra: &str) -> Diagnostic {
        let diags: Vec<Diagnostic> = load_text(extra).expect_err("refused").into_iter().collect();
        assert_eq!(diags.len(), 1, "{diags:?}");
        diags.into_iter().next().unwrap()
    }

    #[test]
    fn submissions_name_a_github_repository() {
        let c = load_text("submissions: { repository: living-well-uk/storybook }\n").unwrap();
        let repo = c.submissions.map(|s| s.repository);
        assert_eq!(repo.as_deref(), Some("living-well-uk/storybook"));
        for ok in ["a/b", "Org-1/my.repo_name-2", "x/.github"] {
            assert_eq!(repository_problem(ok), None, "{ok}");
        }
        assert!(load_text("").unwrap().submissions.is_none());
    }

    #[test]
    fn a_bad_repository_is_refused_at_its_line() {
        for bad in [
            "storybook",
            "-org/storybook",
            "org-/storybook",
            "my--org/storybook",
            "org/",
            "/storybook",
            "org/..",
            "org/story book",
            "org/story/book",
            "https://github.com/org/storybook",
            "org/\\\"><script>",
        ] {
            let d = only_error(&format!("submissions:\n  repository: \"{bad}\"\n"));
            assert_eq!(d.code, "bad-repository", "{bad}");
            assert_eq!(d.line, 8, "{bad}");
            assert!(
                d.message.contains("submissions.repository"),
                "{}",
                d.message
            );
            assert!(d.hint.contains("github.com/OWNER/NAME"), "{}", d.hint);
        }
        let long = format!("submissions: {{ repository: {}/x }}\n", "a".repeat(40));
        assert_eq!(only_error(&long).code, "bad-repository");
    }

    #[test]
    fn submissions_without_a_repository_say_what_to_add() {
        let d = only_error("submissions: {}\n");
        assert_eq!((d.code, d.line), ("bad-repository", 7));
        assert!(
            d.hint.contains("repository: living-well-uk/storybook"),
            "{}",
            d.hint
        );
        let typo = only_error("submissions: { repo: a/b }\n");
        assert_eq!(typo.line, 7, "{typo:?}");
    }
}
