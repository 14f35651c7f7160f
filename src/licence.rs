//! Licences a storybook or a story may be shared under, by SPDX id.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Licence {
    pub id: String,
    pub name: String,
    /// Empty when there is no public text to link to (`LicenseRef-…`).
    pub url: String,
}

/// The licences people publishing stories actually use; anything else must be a
/// `LicenseRef-…` so a typo in an id never reads as a real, different licence.
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "CC-BY-SA-4.0",
        "Creative Commons Attribution-ShareAlike 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC-BY-ND-4.0",
        "Creative Commons Attribution-NoDerivatives 4.0",
        "https://creativecommons.org/licenses/by-nd/4.0/",
    ),
    (
        "CC-BY-NC-4.0",
        "Creative Commons Attribution-NonCommercial 4.0",
        "https://creativecommons.org/licenses/by-nc/4.0/",
    ),
    (
        "CC-BY-NC-SA-4.0",
        "Creative Commons Attribution-NonCommercial-ShareAlike 4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    ),
    (
        "CC-BY-NC-ND-4.0",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0",
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    ),
    (
        "CC0-1.0",
        "Creative Commons Zero 1.0 (public domain)",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (
        "OGL-UK-3.0",
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
];

pub fn known_ids() -> impl Iterator<Item = &'static str> + Clone {
    KNOWN.iter().map(|(id, _, _)| *id)
}

/// The licence for an SPDX id, or `None` when the id is not one we know.
pub fn lookup(id: &str) -> Option<Licence> {
    if let Some((id, name, url)) = KNOWN.iter().find(|(k, _, _)| k.eq_ignore_ascii_case(id)) {
        return Some(Licence {
            id: id.to_string(),
            name: name.to_string(),
            url: url.to_string(),
        });
    }
    let custom = id.strip_prefix("LicenseRef-")?;
    (!custom.is_empty()).then(|| Licence {
        id: id.to_string(),
        name: custom.replace('-', " "),
        url: String::new(),
    })
}
