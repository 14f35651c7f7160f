//! Messages for scripts (search.js), as data in the page.
//!
//! A script has no Fluent, but every browser has `Intl.PluralRules`. So each message is
//! written out once per plural form of the interface language, with `{count}` where the
//! number goes and `{name}` for each other variable; the script picks the form and fills
//! the gaps. A message without `$count` is a single string.

use super::Catalog;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::{Map, Value};
use unic_langid::LanguageIdentifier;

/// A JSON object of `keys`' messages in `lang`, ready for the script.
pub fn messages_for_script(catalog: &Catalog, lang: &str, keys: &[String]) -> String {
    let samples = samples(lang);
    let mut out = Map::new();
    for key in keys {
        let vars = catalog.variables(lang, key);
        let placeholders = |count: Option<f64>| {
            let mut args = FluentArgs::new();
            for v in &vars {
                match count {
                    Some(n) if v == "count" => args.set(v.clone(), FluentValue::from(n)),
                    _ => args.set(v.clone(), FluentValue::from(format!("{{{v}}}"))),
                }
            }
            args
        };
        let value = if vars.iter().any(|v| v == "count") {
            let forms: Map<String, Value> = samples
                .iter()
                .map(|(category, n)| {
                    let text = catalog.text(lang, key, Some(&placeholders(Some(*n as f64))));
                    (category.to_string(), Value::from(replace_number(&text, *n)))
                })
                .collect();
            Value::Object(forms)
        } else {
            Value::from(catalog.text(lang, key, Some(&placeholders(None))))
        };
        out.insert(key.clone(), value);
    }
    Value::Object(out).to_string()
}

/// The first whole number of each plural category of `lang` (CLDR's own examples start
/// there too), with English's rules for a language CLDR does not know.
fn samples(lang: &str) -> Vec<(&'static str, u32)> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| {
            PluralRules::create(
                "en".parse::<LanguageIdentifier>().expect("en"),
                PluralRuleType::CARDINAL,
            )
        })
        .expect("English has plural rules");
    let mut found: Vec<(&'static str, u32)> = Vec::new();
    for n in 0..=1000u32 {
        let name = match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        };
        if !found.iter().any(|(c, _)| *c == name) {
            found.push((name, n));
        }
    }
    found
}

/// `text` with the number `n` (as Fluent wrote it) made `{count}`.
fn replace_number(text: &str, n: u32) -> String {
    text.replacen(&n.to_string(), "{count}", 1)
}

impl Catalog {
    /// The variables message `key` uses, in `lang` or its fallback, in any of its variants.
    pub(super) fn variables(&self, lang: &str, key: &str) -> Vec<String> {
        let mut vars = Vec::new();
        for l in [lang, super::FALLBACK] {
            if let Some(pattern) = self
                .bundles
                .get(l)
                .and_then(|b| b.get_message(key))
                .and_then(|m| m.value())
            {
                pattern_vars(pattern, &mut vars);
            }
        }
        vars.sort();
        vars.dedup();
        vars
    }
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}
