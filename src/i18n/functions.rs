//! The template functions that put the catalog's words, dates and directions into pages.
//!
//! Every function takes the interface language from the context's `ui_lang`, so a template
//! never names a language; `lang=` overrides it (a translation link is worded in the
//! language it leads to).

use super::{direction, Catalog};
use crate::date::Date;
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tera::{Kwargs, State, Tera, TeraResult, Value};

/// How many cleaned `-html` messages are kept: enough for every distinct one a site has.
const HTML_CACHE: usize = 4096;

/// Make `t`, `lang_attrs`, `dir_of`, `warning_list`, `format_date` and `messages_json` available to every
/// template of `tera`.
pub fn register(tera: &mut Tera, catalog: Arc<Catalog>) {
    let cache: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let c = catalog.clone();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&c, &cache, &kwargs, state)
    });
    tera.register_function("lang_attrs", |kwargs: Kwargs, state: &State| {
        let lang: String = kwargs.get("lang")?.unwrap_or_default();
        Ok::<_, tera::Error>(Value::safe_string(&lang_attrs(&lang, &ui_lang(state))))
    });
    tera.register_function("dir_of", |kwargs: Kwargs, state: &State| {
        let lang: String = kwargs.get("lang")?.unwrap_or_else(|| ui_lang(state));
        Ok::<_, tera::Error>(Value::from(direction::dir(&lang)))
    });
    let c = catalog.clone();
    tera.register_function("warning_list", move |kwargs: Kwargs, state: &State| {
        let ids: Vec<String> = kwargs.must_get("ids")?;
        Ok::<_, tera::Error>(Value::from(warning_list(&c, &ui_lang(state), &ids)))
    });
    let c = catalog.clone();
    tera.register_function("format_date", move |kwargs: Kwargs, state: &State| {
        let iso: String = kwargs.must_get("date")?;
        let lang: String = kwargs.get("lang")?.unwrap_or_else(|| ui_lang(state));
        match Date::parse(&iso) {
            Some(d) => Ok(Value::from(c.date(&lang, d))),
            None => Err(tera::Error::message(format!(
                "format_date: `{iso}` is not a YYYY-MM-DD date"
            ))),
        }
    });
    tera.register_function("messages_json", move |kwargs: Kwargs, state: &State| {
        let keys: Vec<String> = kwargs.must_get("keys")?;
        let lang = ui_lang(state);
        let json = super::messages_for_script(&catalog, &lang, &keys);
        let bytes = crate::render::inline_safe_json(json.into_bytes());
        Ok::<_, tera::Error>(Value::safe_string(
            &String::from_utf8(bytes).expect("JSON is UTF-8"),
        ))
    });
}

/// Content warnings by name, in the interface's words, as one list ("self-harm, trauma").
/// Ids may come with spaces for dashes (as cards show them); a storybook's own warning,
/// which no translation knows, shows its own words.
pub fn warning_list(catalog: &Catalog, lang: &str, ids: &[String]) -> String {
    let comma = catalog.text(lang, "punct-comma", None);
    let names: Vec<String> = ids
        .iter()
        .map(|id| {
            let mut args = FluentArgs::new();
            args.set("id", FluentValue::from(id.trim().replace(' ', "-")));
            args.set("label", FluentValue::from(id.replace('-', " ")));
            catalog.text(lang, "warning-name", Some(&args))
        })
        .collect();
    names.join(&comma)
}

/// The interface language of the page being rendered.
fn ui_lang(state: &State) -> String {
    state
        .get::<String>("ui_lang")
        .ok()
        .flatten()
        .unwrap_or_else(|| super::FALLBACK.to_string())
}

/// ` lang="pl" dir="ltr"` for words in `lang` on a page whose interface is in `ui`; nothing
/// when they are the same language.
pub fn lang_attrs(lang: &str, ui: &str) -> String {
    if lang.is_empty() || lang.eq_ignore_ascii_case(ui) {
        return String::new();
    }
    let safe: String = lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!(" lang=\"{safe}\" dir=\"{}\"", direction::dir(&safe))
}

/// `t(key="…", …)`: the message in the interface language, its other arguments as Fluent
/// variables. A key ending in `-html` may hold inline markup: its arguments are escaped, the
/// result cleaned by the interface sanitiser and returned as safe HTML. Any other message is
/// plain text, escaped by the template like any value.
fn translate(
    catalog: &Catalog,
    cache: &Mutex<HashMap<String, String>>,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<Value> {
    let key: String = kwargs.must_get("key")?;
    let lang: String = kwargs.get("lang")?.unwrap_or_else(|| ui_lang(state));
    let html = key.ends_with("-html");
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" || name == "lang" {
            continue;
        }
        args.set(name, fluent_value(value, html));
    }
    let Some(text) = catalog.format(&lang, &key, Some(&args)) else {
        return Err(tera::Error::message(format!(
            "no message `{key}` in the translation files (themes/default/i18n/{}.ftl)",
            super::FALLBACK
        )));
    };
    if !html {
        return Ok(Value::from(text));
    }
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(clean) = cache.get(&text) {
        return Ok(Value::safe_string(clean));
    }
    let clean = crate::sanitize::interface(&text);
    if cache.len() >= HTML_CACHE {
        cache.clear();
    }
    cache.insert(text, clean.clone());
    Ok(Value::safe_string(&clean))
}

/// A template value as a Fluent variable: numbers stay numbers, so plural rules apply.
fn fluent_value(value: &Value, html: bool) -> FluentValue<'static> {
    if let Some(n) = value.as_i128() {
        return FluentValue::from(n as f64);
    }
    if let Some(n) = value.as_f64() {
        return FluentValue::from(n);
    }
    let text = value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string);
    if html && !value.is_safe() {
        return FluentValue::from(escape(&text));
    }
    FluentValue::from(text)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::lang_attrs;

    #[test]
    fn words_in_another_language_are_marked_with_their_direction() {
        assert_eq!(lang_attrs("ur", "en"), " lang=\"ur\" dir=\"rtl\"");
        assert_eq!(lang_attrs("en", "ur"), " lang=\"en\" dir=\"ltr\"");
        assert_eq!(lang_attrs("cy", "cy"), "");
        assert_eq!(lang_attrs("", "cy"), "");
        assert_eq!(
            lang_attrs("x\" onload=\"y", "en"),
            " lang=\"xonloady\" dir=\"ltr\""
        );
    }
}
