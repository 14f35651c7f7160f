//! Which way a language is written.
//!
//! A BCP 47 tag names its script when it is not the usual one (`az-Arab`, `pa-Arab`,
//! `ku-Arab`), and the script decides; otherwise the language does. The list holds the
//! languages whose usual script runs right to left.

/// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS: &[&str] = &[
    "adlm", "arab", "aran", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi",
];

/// Languages whose usual script is one of those.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "azb", "bal", "bgn", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw",
    "ks", "lrc", "luz", "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
];

/// Whether text in `tag` runs right to left.
pub fn is_rtl(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().unwrap_or("").to_ascii_lowercase();
    for part in parts {
        if part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()) {
            return RTL_SCRIPTS.contains(&part.to_ascii_lowercase().as_str());
        }
    }
    RTL_LANGUAGES.contains(&primary.as_str())
}

/// `"rtl"` or `"ltr"`, for a `dir` attribute.
pub fn dir(tag: &str) -> &'static str {
    if is_rtl(tag) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The language part of a tag, lower case: `cy` for `cy-GB`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_decide_then_languages() {
        for tag in [
            "ar", "ur", "ur-PK", "fa", "he", "ps", "sd", "ug", "yi", "ckb", "dv", "pa-Arab",
            "az-Arab",
        ] {
            assert!(is_rtl(tag), "{tag}");
        }
        for tag in [
            "en", "cy", "pl", "pa", "az", "ku", "sd-Deva", "uz-Latn", "", "x",
        ] {
            assert!(!is_rtl(tag), "{tag}");
        }
        assert_eq!(dir("ur"), "rtl");
        assert_eq!(primary("cy-GB"), "cy");
    }
}
