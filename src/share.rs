//! The `/share/` page: a form that helps a storyteller write a story file in their own browser.
//!
//! Everything the page's script needs comes from here, as data: the storybook's lists (so the
//! file it writes passes `check`), the words `check` uses for personal data (so the page and
//! the report never disagree), and the repository's addresses. Nothing the person types ever
//! leaves their browser; the page only offers the finished file to download, copy, or paste
//! into GitHub themselves.

use crate::config::{Config, Submissions};
use crate::i18n::Words;
use crate::page::Kind;
use crate::personal_data::DataKind;
use crate::validate::MAX_SUMMARY_CHARS;
use serde_json::{json, Value};

/// The page's site-relative path.
pub const PATH: &str = "share/";

/// Longer prefilled GitHub addresses are refused by browsers or by GitHub, so past this the
/// page asks the person to copy and paste instead.
pub const MAX_PREFILL_URL: usize = 7000;

/// Every kind of personal data `check` looks for, in the order the page explains them.
const PERSONAL_DATA: [DataKind; 4] = [
    DataKind::NhsNumber,
    DataKind::Email,
    DataKind::Phone,
    DataKind::Postcode,
];

/// The page's template values; `None` when the storybook takes no submissions.
pub fn context(config: &Config, words: &Words) -> Option<Value> {
    let Submissions { repository, folder } = config.submissions.as_ref()?;
    let folder = match folder.as_str() {
        "" => Kind::Story.dir().to_string(),
        f => format!("{f}/{}", Kind::Story.dir()),
    };
    let warnings: Vec<Value> = config
        .content_warning_ids()
        .map(|id| json!({"id": id, "name": id.replace('-', " ")}))
        .collect();
    let new_file_url = format!("https://github.com/{repository}/new/main/{folder}");
    let data = json!({
        "new_file_url": new_file_url,
        "max_summary": MAX_SUMMARY_CHARS,
        "max_url": MAX_PREFILL_URL,
        "personal_data_ok": config.personal_data_ok,
        "personal_data": PERSONAL_DATA.map(|k| json!({"code": k.code(), "words": words.catalog.with(&words.ui, "share-personal-kind", "code", k.code())})),
    });
    let data = serde_json::to_vec(&data).expect("JSON values always serialise");
    Some(json!({
        "repository": repository,
        "folder": folder,
        "new_file_url": new_file_url,
        "guide_url": format!("https://github.com/{repository}/blob/main/docs/tell-your-story.md"),
        "features": config.features.iter().map(|f| json!({"id": f.id, "name": f.name, "description": f.description})).collect::<Vec<_>>(),
        "sites": config.sites,
        "content_warnings": warnings,
        "max_summary": MAX_SUMMARY_CHARS,
        // Inlined in a <script type="application/json">: `<`, `>` and `&` are escaped, so no
        // storybook text can close the element.
        "data_json": String::from_utf8(crate::render::inline_safe_json(data)).expect("JSON is UTF-8"),
    }))
}
