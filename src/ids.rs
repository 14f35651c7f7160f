//! The shapes of ids, slugs, tags and language codes.

/// Lower-case ASCII words joined by single hyphens: safe in URLs and file names everywhere.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The nearest slug to what someone typed, for the fix in an error ("Peer Support" → "peer-support").
pub fn slugify(s: &str) -> String {
    slug::slugify(s)
}

/// A well-formed BCP 47 tag (`en`, `pl`, `en-GB`, `zh-Hant`): a language of 2–3 letters and
/// optional subtags of 2–8 letters or digits. Registry membership is not checked.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("peer-support"));
        assert!(!is_slug("Peer Support"));
        assert!(!is_slug("peer--support"));
        assert_eq!(slugify("Peer Support!"), "peer-support");
        assert_eq!(slugify("Łódź działka"), "lodz-dzialka");
    }

    #[test]
    fn languages() {
        assert!(is_language_tag("pl"));
        assert!(is_language_tag("en-GB"));
        assert!(!is_language_tag("english"));
        assert!(!is_language_tag(""));
    }
}
