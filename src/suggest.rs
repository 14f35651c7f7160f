//! "Did you mean …?" for ids, keys and values a storyteller may have mistyped.

/// The closest candidate, if it is close enough to be a plausible typo.
///
/// Jaro-Winkler favours shared prefixes, which matches how people mistype ids
/// (`netwroks` → `networks`); the threshold keeps unrelated words from being suggested.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A hint that either proposes the closest candidate or lists what is allowed.
pub fn hint_for<'a, I>(word: &str, candidates: I, what: &str) -> String
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    match did_you_mean(word, candidates.clone()) {
        Some(best) => format!("did you mean \"{best}\"?"),
        None => {
            let all: Vec<&str> = candidates.into_iter().collect();
            if all.is_empty() {
                format!("no {what} are defined yet")
            } else {
                format!("use one of the {what}: {}", all.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_typos_only() {
        let ids = ["networks", "voice", "access"];
        assert_eq!(did_you_mean("netwroks", ids), Some("networks"));
        assert_eq!(did_you_mean("Voice", ids), Some("voice"));
        assert_eq!(did_you_mean("banana", ids), None);
    }
}
