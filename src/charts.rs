//! Bar charts for the impact page, worked out at build time and drawn by the theme (no script,
//! so they work without JavaScript and print).
//!
//! A chart is only honest when every bar in it is measured against the same stated scale that
//! starts at zero. So the one way to get a bar is through a [`Scale`]: it decides how long a
//! value is drawn, and refuses a value it cannot show truthfully (off the scale, negative, not
//! a number) rather than clamping it. A chart with such a value has no bars at all, and the page
//! shows its figures as words and in the table instead.

use serde::Serialize;

/// A chart the theme draws: bars against one scale from `scale_start` to `scale_end`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// Written under the bars so a reader knows where the scale starts and ends ("0%", "100%").
    pub scale_start: String,
    pub scale_end: String,
    pub bars: Vec<Bar>,
}

/// One bar. `length` is the share of the track it fills, 0 to 100, so the theme can draw it
/// as a percentage width and the drawing is proportional to the value by construction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    /// A count's name (a feature, a place); for an outcome, which figure it is (`before`,
    /// `after`, `result`), for the theme to word.
    pub label: String,
    /// The figure as a reader sees it, with its unit: "66%".
    pub value: String,
    pub length: f64,
    pub kind: BarKind,
}

/// What a bar stands for. Before and after are drawn differently (pattern, colour, position,
/// word), so they can be told apart without seeing colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BarKind {
    Before,
    After,
    Count,
}

/// The range bars are measured against: always from zero to `end`.
#[derive(Debug, Clone, PartialEq)]
struct Scale {
    end: f64,
    unit: String,
}

impl Scale {
    /// A share of people: 0 to 100, whatever the figures, so 48% is drawn half as long as 96%
    /// wherever it appears on the page.
    fn percent() -> Self {
        Scale {
            end: 100.0,
            unit: "%".into(),
        }
    }

    /// From zero to a round number at or above the largest value (1, 2 or 5 times a power of
    /// ten), shared by every bar in the chart. None when the values cannot all be drawn.
    fn fitting(values: &[f64], unit: &str) -> Option<Self> {
        let max = values.iter().copied().fold(0.0_f64, f64::max);
        if values.iter().any(|v| !v.is_finite() || *v < 0.0) {
            return None;
        }
        Some(Scale {
            end: round_up(max)?,
            unit: unit.to_string(),
        })
    }

    /// How much of the track `value` fills, or None when it is not on this scale.
    fn length(&self, value: f64) -> Option<f64> {
        (value.is_finite() && (0.0..=self.end).contains(&value)).then(|| value / self.end * 100.0)
    }

    /// Every bar through [`Scale::length`]; one value off the scale and there is no chart.
    fn chart(&self, rows: Vec<(String, f64, BarKind)>) -> Option<Chart> {
        let bars = rows
            .into_iter()
            .map(|(label, v, kind)| {
                Some(Bar {
                    length: self.length(v)?,
                    value: with_unit(v, &self.unit),
                    label,
                    kind,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Chart {
            scale_start: with_unit(0.0, &self.unit),
            scale_end: with_unit(self.end, &self.unit),
            bars,
        })
    }
}

/// The smallest of 1, 2, 5 or 10 times a power of ten that is at least `max` (1 for nothing).
fn round_up(max: f64) -> Option<f64> {
    if max <= 0.0 {
        return Some(1.0);
    }
    let power = 10_f64.powf(max.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|step| step * power)
        .find(|end| *end >= max)
        .filter(|end| end.is_finite() && *end > 0.0)
}

/// Counts (stories per feature or place): one shared scale for the whole chart.
pub fn counts(rows: &[(String, usize)]) -> Chart {
    let values: Vec<f64> = rows.iter().map(|r| r.1 as f64).collect();
    let rows = rows
        .iter()
        .map(|(label, n)| (label.clone(), *n as f64, BarKind::Count))
        .collect();
    Scale::fitting(&values, "")
        .and_then(|scale| scale.chart(rows))
        .expect("counts are finite and never negative, so they always fit their own scale")
}

/// A reported outcome: before and after, or a single result. Percentages go on 0 to 100; any
/// other unit on a scale from zero that fits both figures. None when there is nothing to draw
/// or a figure can't be drawn truthfully (a percentage over 100, a negative change).
pub fn outcome(before: Option<f64>, after: Option<f64>, unit: &str) -> Option<Chart> {
    let after = after?;
    let rows = match before {
        Some(b) => vec![
            ("before".to_string(), b, BarKind::Before),
            ("after".to_string(), after, BarKind::After),
        ],
        None => vec![("result".to_string(), after, BarKind::After)],
    };
    let scale = if unit.trim() == "%" {
        Scale::percent()
    } else {
        Scale::fitting(&rows.iter().map(|r| r.1).collect::<Vec<_>>(), unit.trim())?
    };
    scale.chart(rows)
}

/// A figure with its unit, as a reader writes it: "66%", but "14 days".
pub fn with_unit(v: f64, unit: &str) -> String {
    let unit = unit.trim();
    match unit.chars().next() {
        None => number(v),
        Some(c) if c.is_alphanumeric() => format!("{} {unit}", number(v)),
        Some(_) => format!("{}{unit}", number(v)),
    }
}

/// Whole numbers without a decimal point; others with one place.
pub fn number(v: f64) -> String {
    if v.is_finite() && v.abs() < 1e15 && (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else if v.is_finite() && v.abs() < 1e15 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lengths(c: &Chart) -> Vec<f64> {
        c.bars.iter().map(|b| b.length).collect()
    }

    #[test]
    fn percentages_are_drawn_on_0_to_100_whatever_the_pair() {
        let a = outcome(Some(26.0), Some(48.0), "%").unwrap();
        let b = outcome(Some(66.0), Some(81.0), "%").unwrap();
        assert_eq!(lengths(&a), [26.0, 48.0]);
        assert_eq!(lengths(&b), [66.0, 81.0]);
        assert_eq!(
            (a.scale_start.as_str(), a.scale_end.as_str()),
            ("0%", "100%")
        );
        assert_eq!(a.bars[0].kind, BarKind::Before);
        assert_eq!(a.bars[1].value, "48%");
        let single = outcome(None, Some(60.0), " % ").unwrap();
        assert_eq!(
            (single.bars[0].label.as_str(), single.bars[0].length),
            ("result", 60.0)
        );
    }

    #[test]
    fn figures_that_cannot_be_drawn_truthfully_get_no_chart() {
        for (b, a) in [
            (120.0, 150.0),
            (-5.0, 10.0),
            (f64::NAN, 10.0),
            (10.0, f64::INFINITY),
        ] {
            assert_eq!(outcome(Some(b), Some(a), "%"), None, "{b} {a} %");
        }
        assert_eq!(outcome(Some(-3.0), Some(2.0), "days"), None);
        assert_eq!(outcome(Some(1.0), Some(f64::MAX), "days"), None);
        assert_eq!(outcome(Some(3.0), None, "%"), None);
    }

    #[test]
    fn other_units_share_a_stated_scale_from_zero() {
        let c = outcome(Some(84.0), Some(20.0), "days").unwrap();
        assert_eq!(
            (c.scale_start.as_str(), c.scale_end.as_str()),
            ("0 days", "100 days")
        );
        assert_eq!(lengths(&c), [84.0, 20.0]);
        assert_eq!(c.bars[0].value, "84 days");
    }

    #[test]
    fn counts_share_one_round_scale() {
        let c = counts(&[
            ("Salford".into(), 7),
            ("Luton <&>".into(), 2),
            ("Bury".into(), 0),
        ]);
        assert_eq!(c.scale_end, "10");
        assert_eq!(lengths(&c), [70.0, 20.0, 0.0]);
        assert_eq!(
            c.bars[1].label, "Luton <&>",
            "escaping is the template's job"
        );
        assert_eq!(counts(&[("None yet".into(), 0)]).scale_end, "1");
        assert_eq!(counts(&[]).bars, []);
        assert_eq!(counts(&[("A".into(), 1000)]).scale_end, "1000");
        assert_eq!(counts(&[("A".into(), 3)]).scale_end, "5");
    }

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number(66.0), "66");
        assert_eq!(number(3.25), "3.2");
        assert_eq!(number(1e20), "100000000000000000000");
        assert_eq!(with_unit(14.0, "days"), "14 days");
        assert_eq!(with_unit(0.5, "%"), "0.5%");
        assert_eq!(with_unit(3.0, ""), "3");
    }
}
