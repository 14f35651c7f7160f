//! Calendar dates as storytellers write them (`2025-06-01`).

use serde::{Serialize, Serializer};
use std::fmt;
use time::{Month, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

impl Date {
    /// Only `YYYY-MM-DD` of a day that exists: `2025-02-30` is a typo, not March.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        // Digits only: `-001-01-01` and `+999-01-01` parse as years, but nobody means them.
        let digits = [0, 1, 2, 3, 5, 6, 8, 9];
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits.iter().all(|&i| b[i].is_ascii_digit())
        {
            return None;
        }
        let year: i32 = s[0..4].parse().ok().filter(|&y| y >= 1000)?;
        let month: u8 = s[5..7].parse().ok()?;
        let day: u8 = s[8..10].parse().ok()?;
        let month = Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Today in UTC: consent review dates are days, and a build anywhere must agree on them.
    pub fn today() -> Date {
        Date(OffsetDateTime::now_utc().date())
    }

    pub fn iso(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month() as u8,
            self.0.day()
        )
    }

    /// Year, month (1–12) and day, for the interface's own date format.
    pub fn parts(&self) -> (i32, u8, u8) {
        (self.0.year(), self.0.month() as u8, self.0.day())
    }

    /// "1 June 2025": the British long form, unambiguous for every reader.
    pub fn display(&self) -> String {
        format!("{} {} {}", self.0.day(), self.0.month(), self.0.year())
    }

    /// Midnight UTC in RFC 3339, for feeds and sitemaps.
    pub fn rfc3339(&self) -> String {
        format!("{}T00:00:00Z", self.iso())
    }

    /// The day `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date(self.0 + time::Duration::days(n))
    }

    pub fn days_until(&self, other: Date) -> i64 {
        (other.0 - self.0).whole_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates() {
        assert_eq!(Date::parse("2024-02-29").unwrap().iso(), "2024-02-29");
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("2025-6-1").is_none());
        assert!(Date::parse("1 June 2025").is_none());
        assert_eq!(Date::parse("2025-06-01").unwrap().display(), "1 June 2025");
    }
}
