//! Finding personal data in story text before it is published.
//!
//! A story reaches the site through a public pull request, and git keeps every version for
//! ever, so a phone number or postcode that slips through can identify someone long after the
//! story is edited. The scanner therefore leans towards flagging: a reviewer can mark a
//! specific string as fine (a helpline, a charity's address), but nobody can take a published
//! number back. It still has to stay quiet on ordinary prose (dates, times, money, years), or
//! reviewers learn to ignore it.

use regex::Regex;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

/// What kind of personal data was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataKind {
    NhsNumber,
    Email,
    Phone,
    Postcode,
}

impl DataKind {
    /// Plain words, because the report is read by story editors, not programmers.
    pub fn describe(self) -> &'static str {
        match self {
            DataKind::NhsNumber => "an NHS number",
            DataKind::Email => "an email address",
            DataKind::Phone => "a phone number",
            DataKind::Postcode => "a postcode",
        }
    }

    /// A code that stays the same when the wording changes, so tools and docs can refer to it.
    pub fn code(self) -> &'static str {
        match self {
            DataKind::NhsNumber => "personal-nhs-number",
            DataKind::Email => "personal-email",
            DataKind::Phone => "personal-phone",
            DataKind::Postcode => "personal-postcode",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: DataKind,
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    /// The matched text exactly as written.
    pub text: String,
}

// Separators people type between digit groups. Text pasted from word processors often carries
// non-breaking spaces and typographic dashes instead of the plain ones.
macro_rules! space {
    () => {
        r"[\x20\x{A0}\x{202F}]"
    };
}
macro_rules! dash {
    () => {
        r"[\-\x{2010}\x{2011}\x{2013}]"
    };
}
/// An optional space, dash, or " - " between the groups of a phone number.
macro_rules! gap {
    () => {
        concat!(space!(), "?", dash!(), "?", space!(), "?")
    };
}

/// A run of digit groups that might hold one or more phone numbers. The run is taken whole and
/// split in code, because "020 7946 0958 or 0161 496 0000" must give two numbers, not one
/// over-long run that matches neither.
static PHONE_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<intl>(?:\+|00)44",
        gap!(),
        r"(?:\(0\)",
        gap!(),
        r")?)?[0-9]+(?:\)?",
        gap!(),
        r"\(?[0-9]+)*"
    ))
    .expect("phone pattern is valid")
});

static DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]+").expect("digit pattern is valid"));

/// `\w` rather than ASCII letters, so an address with accented letters is not missed.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.%+\-]+@(?:[\w\-]+\.)+[^\W\d_]{2,}").expect("email pattern is valid")
});

/// Royal Mail's letter rules (which letters may appear where) keep ordinary words and codes
/// such as "B12" or "A4" from looking like postcodes; only a full outward + inward code is
/// specific enough to locate someone.
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    // ASCII-only case folding: with Unicode folding, "ſ" would pass for "S".
    Regex::new(concat!(
        r"\b(?:(?i-u:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)",
        space!(),
        r"?(?P<inward>(?i-u:[0-9][ABD-HJLNP-UW-Z]{2}))|(?i-u:GIR)",
        space!(),
        r"?0(?i-u:AA))\b"
    ))
    .expect("postcode pattern is valid")
});

/// Every piece of personal data in `text`, in order of position, skipping any whose text is
/// in `allowed` (compared after normalising: for phone and NHS numbers, digits only, with a
/// leading +44 treated as 0; for emails, case-insensitive; for postcodes, upper-case without spaces).
pub fn scan(text: &str, allowed: &[String]) -> Vec<Finding> {
    // Earlier kinds win overlaps. An email address can contain digits or a postcode-like
    // word, and the whole address is what matters. A ten-digit run that passes the NHS check
    // is reported as an NHS number rather than a phone number, because that is the more
    // serious thing to leak.
    let mut candidates = Vec::new();
    emails(text, &mut candidates);
    nhs_numbers(text, &mut candidates);
    phones(text, &mut candidates);
    postcodes(text, &mut candidates);

    let mut kept: BTreeMap<usize, Finding> = BTreeMap::new();
    for finding in candidates {
        // Kept spans never overlap, so only the last one starting before this one ends can.
        let clashes = kept
            .range(..finding.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > finding.start);
        if !clashes {
            kept.insert(finding.start, finding);
        }
    }

    // Overlaps are settled before the allow-list is applied, so allowing a charity's email
    // address also silences the digits inside it.
    let allowed = Allowed::new(allowed);
    kept.into_values().filter(|f| !allowed.covers(f)).collect()
}

/// True when ten digits pass the NHS modulus-11 check.
pub fn is_valid_nhs_number(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() != 10 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = bytes[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, weight)| u32::from(d - b'0') * weight)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        // No NHS number is issued with this remainder, so it cannot be one.
        10 => return false,
        c => c,
    };
    check == u32::from(bytes[9] - b'0')
}

/// The allow-list, normalised once per scan so each finding is a set look-up.
struct Allowed {
    numbers: HashSet<String>,
    emails: HashSet<String>,
    postcodes: HashSet<String>,
}

impl Allowed {
    fn new(allowed: &[String]) -> Self {
        let keep = |s: String| (!s.is_empty()).then_some(s);
        Allowed {
            numbers: allowed
                .iter()
                .filter_map(|a| keep(normalise_number(a)))
                .collect(),
            emails: allowed
                .iter()
                .filter_map(|a| keep(normalise_email(a)))
                .collect(),
            postcodes: allowed
                .iter()
                .filter_map(|a| keep(normalise_postcode(a)))
                .collect(),
        }
    }

    fn covers(&self, finding: &Finding) -> bool {
        match finding.kind {
            DataKind::NhsNumber | DataKind::Phone => {
                self.numbers.contains(&normalise_number(&finding.text))
            }
            DataKind::Email => self.emails.contains(&normalise_email(&finding.text)),
            DataKind::Postcode => self.postcodes.contains(&normalise_postcode(&finding.text)),
        }
    }
}

/// Digits only, with the international +44 (or 0044) written as the national 0, so that
/// "+44 (0)20 7946 0958", "+44 20 7946 0958" and "020 7946 0958" are the same number.
fn normalise_number(s: &str) -> String {
    let s = s.trim();
    let (international, rest) = match s.strip_prefix("+44").or_else(|| s.strip_prefix("0044")) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if international && !digits.is_empty() && !digits.starts_with('0') {
        format!("0{digits}")
    } else {
        digits
    }
}

fn normalise_email(s: &str) -> String {
    s.trim().to_lowercase()
}

fn normalise_postcode(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

fn finding(text: &str, kind: DataKind, start: usize, end: usize) -> Finding {
    Finding {
        kind,
        start,
        end,
        text: text[start..end].to_string(),
    }
}

/// Whether the digits ending just before `pos` carry on. Checked by hand because the regex
/// crate has no look-around; a decimal point with a digit behind it counts, so the digits of
/// "3.1415926535" are not taken for a number of their own.
fn continues_before(text: &str, pos: usize) -> bool {
    let mut before = text[..pos].chars().rev();
    match before.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.') => before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The other side of [`continues_before`].
fn continues_after(text: &str, pos: usize) -> bool {
    let mut after = text[pos..].chars();
    match after.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.') => after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn emails(text: &str, out: &mut Vec<Finding>) {
    out.extend(
        EMAIL
            .find_iter(text)
            .map(|m| finding(text, DataKind::Email, m.start(), m.end())),
    );
}

/// Ten digits together, or in the 3-3-4 groups printed on NHS letters and cards. Working from
/// whole runs of digits means a number inside a longer run is never a candidate.
fn nhs_numbers(text: &str, out: &mut Vec<Finding>) {
    let runs: Vec<(usize, usize)> = DIGITS
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let single_separator = |from: usize, to: usize| {
        let mut gap = text[from..to].chars();
        gap.next().is_some_and(is_group_separator) && gap.next().is_none()
    };
    for (k, &(start, end)) in runs.iter().enumerate() {
        let end = match (end - start, runs.get(k + 1), runs.get(k + 2)) {
            (10, _, _) => end,
            (3, Some(&(s2, e2)), Some(&(s3, e3)))
                if e2 - s2 == 3
                    && e3 - s3 == 4
                    && single_separator(end, s2)
                    && single_separator(e2, s3) =>
            {
                e3
            }
            _ => continue,
        };
        let digits: String = text[start..end]
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        if !continues_before(text, start)
            && !continues_after(text, end)
            && is_valid_nhs_number(&digits)
        {
            out.push(finding(text, DataKind::NhsNumber, start, end));
        }
    }
}

/// The characters of `space!()` and `dash!()`, for checks made outside a regex; keep the two
/// in step so a number is grouped the same way for every kind.
fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}' | '\u{202F}' | '-' | '\u{2010}' | '\u{2011}' | '\u{2013}'
    )
}

/// The UK numbering plan, on a number already normalised to start with 0.
fn is_uk_phone(digits: &str) -> bool {
    let len = digits.len();
    match digits.as_bytes() {
        [b'0', b'7', ..] => len == 11,
        [b'0', b'1' | b'2' | b'3' | b'8', ..] => (10..=11).contains(&len),
        _ => false,
    }
}

fn phones(text: &str, out: &mut Vec<Finding>) {
    for caps in PHONE_RUN.captures_iter(text) {
        let run = caps.get(0).expect("group 0 always matches");
        let intl = caps.name("intl");
        let body = intl.map_or(run.start(), |m| m.end());
        let groups: Vec<(usize, usize)> = DIGITS
            .find_iter(&text[body..run.end()])
            .map(|g| (body + g.start(), body + g.end()))
            .collect();

        let mut i = 0;
        while i < groups.len() {
            let international = i == 0 && intl.is_some();
            let start = if international {
                run.start()
            } else {
                groups[i].0
            };
            let first = &text[groups[i].0..groups[i].1];
            // A national number opens with a dialling code of at least three digits (020,
            // 0161, 07700). Requiring that keeps dates typed as "01 02 2025" from adding up to
            // ten digits.
            let opens = international || (first.starts_with('0') && first.len() >= 3);
            let end = if opens && !continues_before(text, start) {
                // No UK number has more than 11 digits, which also keeps a long run of digit
                // groups from costing more than a few steps per group. Nobody writes a lone
                // digit as a group of a phone number, so "0800 123 456 7 days" stops before
                // the 7.
                let mut digits = 0;
                let within: Vec<usize> = groups[i..]
                    .iter()
                    .enumerate()
                    .take_while(|(n, g)| {
                        digits += g.1 - g.0;
                        digits <= 11 && (*n == 0 || g.1 - g.0 > 1)
                    })
                    .map(|(_, g)| g.1)
                    .collect();
                // Longest first, so "0161 496 0000" is not cut short at "0161 496 000".
                within.into_iter().rev().find(|&end| {
                    !continues_after(text, end) && is_uk_phone(&normalise_number(&text[start..end]))
                })
            } else {
                None
            };
            match end {
                Some(end) => {
                    let (start, end) = balance_brackets(text, start, end);
                    out.push(finding(text, DataKind::Phone, start, end));
                    i += groups[i..].iter().take_while(|g| g.1 <= end).count();
                }
                None => i += 1,
            }
        }
    }
}

/// Takes in the bracket that pairs with one inside the number, so "(020) 7946 0958" is
/// reported whole rather than as "020) 7946 0958".
fn balance_brackets(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let span = &text[start..end];
    let opens = span.matches('(').count();
    let closes = span.matches(')').count();
    if closes > opens && text[..start].ends_with('(') {
        start -= 1;
    } else if opens > closes && text[end..].starts_with(')') {
        end += 1;
    }
    (start, end)
}

fn postcodes(text: &str, out: &mut Vec<Finding>) {
    for caps in POSTCODE.captures_iter(text) {
        let m = caps.get(0).expect("group 0 always matches");
        let ordinal = caps
            .name("inward")
            .is_some_and(|inward| is_lowercase_ordinal(inward.as_str()));
        // A colour such as #e8f2ef in inline HTML, or an escape such as \u00ed, has a glued
        // postcode's shape.
        let code = text[..m.start()].ends_with(['#', '\\']);
        if !ordinal && !code {
            out.push(finding(text, DataKind::Postcode, m.start(), m.end()));
        }
    }
}

/// What a log, an annotation or a run summary may show of a finding: enough for the writer to
/// recognise which one is meant, never enough to use it. Each character keeps its place (a
/// hidden one becomes "•", a separator stays), so columns and carets still line up.
///
/// - phone numbers keep their first 3 and last 2 digits: `07700 900123` → `077•• ••••23`;
/// - email addresses keep the first character of the name and of the domain, and the
///   ending after the last dot: `jo.bloggs@example.org` → `j•.••••••@e••••••.org`;
/// - postcodes keep their first 2 and last character: `M5 4WT` → `M5 ••T`;
/// - NHS numbers keep nothing but their grouping: `943 476 5919` → `••• ••• ••••`, since
///   even a few digits of one narrow down a person and nothing else needs them.
pub fn mask(kind: DataKind, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let hidden = |keep: &dyn Fn(usize) -> bool| -> String {
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if keep(i) || !c.is_alphanumeric() {
                    c
                } else {
                    '•'
                }
            })
            .collect()
    };
    match kind {
        DataKind::Phone => {
            let digits: Vec<usize> = (0..chars.len())
                .filter(|&i| chars[i].is_ascii_digit())
                .collect();
            let n = digits.len();
            hidden(&|i| {
                digits
                    .iter()
                    .position(|&d| d == i)
                    .is_some_and(|k| k < 3 || k + 2 >= n)
            })
        }
        DataKind::NhsNumber => hidden(&|_| false),
        DataKind::Postcode => {
            let n = chars.len();
            hidden(&|i| i < 2 || i + 1 == n)
        }
        DataKind::Email => {
            let at = chars.iter().position(|&c| c == '@').unwrap_or(0);
            let dot = chars.iter().rposition(|&c| c == '.').unwrap_or(chars.len());
            hidden(&|i| i == 0 || i == at + 1 || i >= dot)
        }
    }
}

/// `text` with every piece of personal data in it masked (see [`mask`]), for any output a
/// person other than the writer may read. Linear in `text`, as [`scan`] is.
pub fn mask_all(text: &str) -> std::borrow::Cow<'_, str> {
    let found = scan(text, &[]);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2 * found.len());
    let mut at = 0;
    for f in &found {
        out.push_str(&text[at..f.start]);
        out.push_str(&mask(f.kind, &f.text));
        at = f.end;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// "Y10 2nd", "PS5 1st": a code followed by an ordinal has a postcode's shape. Postcodes are
/// rarely typed with an inward code that is exactly a lower-case ordinal, so those are skipped.
fn is_lowercase_ordinal(inward: &str) -> bool {
    matches!(
        inward,
        "1st" | "2nd" | "3rd" | "0th" | "4th" | "5th" | "6th" | "7th" | "8th" | "9th"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(DataKind, &str)> {
        scan(text, &[])
            .into_iter()
            .map(|f| {
                assert_eq!(&text[f.start..f.end], f.text, "span and text disagree");
                (f.kind, &text[f.start..f.end])
            })
            .collect()
    }

    fn kinds(text: &str, kind: DataKind) -> Vec<&str> {
        found(text)
            .into_iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| t)
            .collect()
    }

    fn allow(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn describe_and_code() {
        assert_eq!(DataKind::NhsNumber.describe(), "an NHS number");
        assert_eq!(DataKind::Email.describe(), "an email address");
        assert_eq!(DataKind::Phone.describe(), "a phone number");
        assert_eq!(DataKind::Postcode.describe(), "a postcode");
        assert_eq!(DataKind::NhsNumber.code(), "personal-nhs-number");
        assert_eq!(DataKind::Email.code(), "personal-email");
        assert_eq!(DataKind::Phone.code(), "personal-phone");
        assert_eq!(DataKind::Postcode.code(), "personal-postcode");
    }

    #[test]
    fn nhs_checksum() {
        assert!(is_valid_nhs_number("9434765919"));
        assert!(is_valid_nhs_number("4010232137"));
        // Same numbers with the check digit changed.
        assert!(!is_valid_nhs_number("9434765918"));
        assert!(!is_valid_nhs_number("4010232138"));
        // Remainder 1 gives check digit 0 (11 - 0 → 0 is the other special case).
        assert!(is_valid_nhs_number("0000000000"));
        // 123456789 gives a check digit of 10: never valid, whatever the last digit.
        for last in '0'..='9' {
            assert!(!is_valid_nhs_number(&format!("123456789{last}")));
        }
        assert!(!is_valid_nhs_number("943476591"));
        assert!(!is_valid_nhs_number("94347659190"));
        assert!(!is_valid_nhs_number("943 476 5919"));
        assert!(!is_valid_nhs_number("94347659a9"));
        assert!(!is_valid_nhs_number(""));
    }

    #[test]
    fn nhs_numbers_flagged_only_when_valid() {
        assert_eq!(
            found("My number is 9434765919."),
            [(DataKind::NhsNumber, "9434765919")]
        );
        assert_eq!(
            found("NHS 4010232137"),
            [(DataKind::NhsNumber, "4010232137")]
        );
        assert_eq!(found("My number is 9434765918."), []);
        assert_eq!(found("ref 4010232138"), []);
        assert_eq!(found("ref 1234567891"), []);
    }

    #[test]
    fn nhs_numbers_spaced_and_hyphenated() {
        assert_eq!(
            found("card: 943 476 5919"),
            [(DataKind::NhsNumber, "943 476 5919")]
        );
        assert_eq!(
            found("card: 943-476-5919!"),
            [(DataKind::NhsNumber, "943-476-5919")]
        );
        assert_eq!(
            found("card: 401\u{a0}023\u{a0}2137"),
            [(DataKind::NhsNumber, "401\u{a0}023\u{a0}2137")]
        );
        assert_eq!(found("card: 943 476 5918"), []);
        // Grouped the wrong way is not how NHS numbers are written.
        assert_eq!(found("card: 9434 765 919"), []);
    }

    #[test]
    fn nhs_numbers_not_inside_longer_runs() {
        assert_eq!(found("19434765919"), []);
        assert_eq!(found("94347659190"), []);
        assert_eq!(found("order 123943476591900"), []);
        assert_eq!(found("1943 476 5919"), []);
        assert_eq!(found("943 476 59190"), []);
        assert_eq!(found("pi is 3.9434765919"), []);
        // A rejected candidate does not hide a real one right after it.
        assert_eq!(
            found("12 9434765919"),
            [(DataKind::NhsNumber, "9434765919")]
        );
    }

    #[test]
    fn nhs_wins_over_phone() {
        // 0169771237 is a ten-digit 01 number and also passes the NHS check.
        assert_eq!(
            found("call 0169771237"),
            [(DataKind::NhsNumber, "0169771237")]
        );
        // 0800123456 fails the NHS check, so it is a phone number.
        assert_eq!(found("call 0800123456"), [(DataKind::Phone, "0800123456")]);
    }

    #[test]
    fn mobiles() {
        for number in [
            "07700 900123",
            "07700900123",
            "07700-900-123",
            "07700 900 123",
            "0770 090 0123",
        ] {
            let text = format!("Text me on {number} any time");
            assert_eq!(found(&text), [(DataKind::Phone, number)], "{text}");
        }
        // A trailing lone digit is not part of the number.
        assert_eq!(
            found("call 0800 123 456 7 days a week"),
            [(DataKind::Phone, "0800 123 456")]
        );
        assert_eq!(
            found("07700 900123 5 times"),
            [(DataKind::Phone, "07700 900123")]
        );
        // Ten digits is one short of a mobile.
        assert_eq!(found("07700 90012"), []);
        // Twelve digits in one run is not a phone number.
        assert_eq!(found("077009001234"), []);
    }

    #[test]
    fn landlines() {
        for number in [
            "020 7946 0958",
            "0161 496 0000",
            "01632 960123",
            "0808 2000 247",
            "0800 123 456",
            "(020) 7946 0958",
            "(0161) 496 0000",
            "020-7946-0958",
            "0300\u{a0}123\u{a0}3393",
            "0161 – 496 – 0000",
        ] {
            let text = format!("Ring {number}.");
            assert_eq!(found(&text), [(DataKind::Phone, number)], "{text}");
        }
        // 04, 05, 06 and 09 are outside what the scanner looks for.
        assert_eq!(found("ring 0400 123 4567"), []);
    }

    #[test]
    fn international_forms() {
        for number in [
            "+44 7700 900123",
            "+447700900123",
            "+44 (0)20 7946 0958",
            "+44(0)20 7946 0958",
            "+44 20 7946 0958",
            "+44-161-496-0000",
            "0044 7700 900123",
        ] {
            let text = format!("(abroad: {number})");
            assert_eq!(found(&text), [(DataKind::Phone, number)], "{text}");
        }
    }

    #[test]
    fn two_numbers_in_one_run_of_digits() {
        assert_eq!(
            found("020 7946 0958 0161 496 0000"),
            [
                (DataKind::Phone, "020 7946 0958"),
                (DataKind::Phone, "0161 496 0000")
            ]
        );
        assert_eq!(
            found("07700900123,07700900456"),
            [
                (DataKind::Phone, "07700900123"),
                (DataKind::Phone, "07700900456")
            ]
        );
    }

    #[test]
    fn short_numbers_years_and_dates_are_not_phones() {
        for text in [
            "Samaritans on 116 123, any time.",
            "I rang 999, then 111.",
            "Text SHOUT to 85258.",
            "In 2025 things changed.",
            "Between 2014 and 2025.",
            "On 01/02/2025 at 10:30.",
            "On 01-02-2025 at 10:30.",
            "On 01 02 2025 10:30.",
            "It cost £1,200,000 in 2019.",
            "Reference 0123 45.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            found("Write to jo.bloggs+stories@example.co.uk today"),
            [(DataKind::Email, "jo.bloggs+stories@example.co.uk")]
        );
        assert_eq!(
            found("[mail](mailto:Jo@Example.org)."),
            [(DataKind::Email, "Jo@Example.org")]
        );
        assert_eq!(
            found("zażółć@example.pl"),
            [(DataKind::Email, "zażółć@example.pl")]
        );
        // An email address containing a phone number is one finding, the email.
        assert_eq!(
            found("07700900123@example.com"),
            [(DataKind::Email, "07700900123@example.com")]
        );
        for text in [
            "Follow @handle for more.",
            "Find us @mindcharity.",
            "me@localhost",
            "a@b.c",
            "email me @ gmail",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn postcodes() {
        for code in [
            "M5 4WT", "SW1A 1AA", "EH1 1YZ", "LU1 2AB", "OL6 7SP", "M54WT", "sw1a1aa", "m5 4wt",
            "Ec1V 9hX", "W1A 0AX", "B33 8TH",
        ] {
            let text = format!("I lived at {code}, near the park.");
            assert_eq!(found(&text), [(DataKind::Postcode, code)], "{text}");
        }
    }

    #[test]
    fn postcode_non_matches() {
        for text in [
            "Somewhere in M5 near Salford.",
            "The SW1A area.",
            "I took B12 and vitamin D.",
            "A4 paper, M25 traffic.",
            "She was in Y10 2nd set.",
            "We met at 5PM on the M6.",
            "Covid19 changed it all.",
            "XM5 4WT is not a code",
            "M5 4WTX is not either",
            "Q1 1AA starts with Q",
            "M5 4CI has a barred inward letter",
            "Hello World and Everyone",
            "<span style=\"color: #e8f2ef\">",
            "caf\\u00e9",
        ] {
            assert_eq!(
                kinds(text, DataKind::Postcode),
                Vec::<&str>::new(),
                "{text}"
            );
        }
    }

    #[test]
    fn allowed_is_matched_after_normalising() {
        let helpline = allow(&["0808 2000 247"]);
        assert_eq!(scan("Call 0808 2000 247 now", &helpline), []);
        assert_eq!(scan("Call 08082000247 now", &helpline), []);
        assert_eq!(scan("Call 0808-2000-247 now", &helpline), []);
        assert_eq!(scan("Call +44 808 2000 247 now", &helpline), []);
        // Only that number: another is still reported.
        let other = scan("Call 0808 2000 248", &helpline);
        assert_eq!(other.len(), 1);
        assert_eq!(other[0].text, "0808 2000 248");

        let intl = allow(&["+44 (0)20 7946 0958"]);
        assert_eq!(scan("Ring 020 7946 0958", &intl), []);

        let nhs = allow(&["943-476-5919"]);
        assert_eq!(scan("9434765919", &nhs), []);

        let email = allow(&["Info@Example.ORG"]);
        assert_eq!(scan("mail info@example.org", &email), []);
        assert_eq!(scan("mail INFO@EXAMPLE.ORG", &email), []);
        assert_eq!(scan("mail help@example.org", &email).len(), 1);

        let postcode = allow(&["sw1a1aa"]);
        assert_eq!(scan("at SW1A 1AA", &postcode), []);
        assert_eq!(scan("at Sw1a1aA", &postcode), []);
        assert_eq!(scan("at SW1A 2AA", &postcode).len(), 1);

        // Allowing a string of one kind does not allow a different string that happens to
        // normalise to nothing.
        assert_eq!(scan("07700 900123", &allow(&["", "+44", "n/a"])).len(), 1);
    }

    #[test]
    fn byte_offsets_with_multibyte_text_before() {
        let text = "Zażółć 07700 900123 i gęślą jaźń M5 4WT, ✉ jo@example.com";
        let findings = scan(text, &[]);
        assert_eq!(findings.len(), 3);

        let phone = &findings[0];
        assert_eq!(phone.kind, DataKind::Phone);
        assert_eq!(phone.start, "Zażółć ".len());
        assert_eq!(phone.start, 11);
        assert_eq!(phone.end, phone.start + "07700 900123".len());
        assert_eq!(phone.text, "07700 900123");

        let postcode = &findings[1];
        assert_eq!(postcode.kind, DataKind::Postcode);
        assert_eq!(&text[postcode.start..postcode.end], "M5 4WT");

        let email = &findings[2];
        assert_eq!(email.kind, DataKind::Email);
        assert_eq!(&text[email.start..email.end], "jo@example.com");
    }

    #[test]
    fn results_sorted_by_position() {
        let text = "Email jo@example.com, postcode LU1 2AB, NHS 9434765919, \
                    mobile 07700 900123, then sam@example.org and EH1 1YZ.";
        let findings = scan(text, &[]);
        let kinds: Vec<DataKind> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                DataKind::Email,
                DataKind::Postcode,
                DataKind::NhsNumber,
                DataKind::Phone,
                DataKind::Email,
                DataKind::Postcode,
            ]
        );
        assert!(findings.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn ordinary_story_prose_is_quiet() {
        let story = "\
In March 2019 I finally went to my GP. It was a Tuesday, 14 May, and my appointment was \
at 10:30; I waited until 11:05. She said waiting lists were 14–25 days for the first call \
and 18 weeks for therapy. Funding had been cut by £3.4 million, and referrals rose from \
66% to 81% between 2014/15 and 2023-24. I rang 111 twice, and 999 once, on 01/02/2020. \
The Samaritans (116 123) listened for 45 minutes. By 2021 I was on 20mg, then 40 mg. \
I'm 27, I was in Year 10 at the time, living on the 3rd floor of flat 12B. \
My score went from 21 to 9 out of 27. The A1 1st junction, the M6 and the B12 jab. \
Now I volunteer 2-3 days a week, and tweet @hopeful_me. On 1.5.2022 I ran 10,000 steps.";
        assert_eq!(found(story), []);
    }

    #[test]
    fn masks_keep_only_what_recognises_a_value() {
        assert_eq!(mask(DataKind::Phone, "07700 900123"), "077•• ••••23");
        assert_eq!(mask(DataKind::Phone, "+44 7700 900123"), "+44 7••• ••••23");
        assert_eq!(
            mask(DataKind::Email, "jo.bloggs@example.org"),
            "j•.••••••@e••••••.org"
        );
        assert_eq!(mask(DataKind::Postcode, "M5 4WT"), "M5 ••T");
        assert_eq!(mask(DataKind::NhsNumber, "943 476 5919"), "••• ••• ••••");
        assert_eq!(
            mask_all("ring 07700 900123 or jo@example.com at M5 4WT"),
            "ring 077•• ••••23 or j•@e••••••.com at M5 ••T"
        );
        assert_eq!(mask_all("nothing here"), "nothing here");
    }

    #[test]
    fn empty_text() {
        assert_eq!(scan("", &[]), []);
    }
}
