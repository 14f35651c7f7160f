//! Bar charts drawn at build time as inline SVG: no script, nothing to download, and each one
//! described for screen readers (with the same numbers in a table beside it).

use pulldown_cmark_escape::escape_html;
use std::fmt::Write;

fn esc(s: &str) -> String {
    let mut out = String::new();
    escape_html(&mut out, s).expect("writing to a String cannot fail");
    out
}

/// One bar per row, labelled, longest bar = largest value. `id` must be unique on the page.
/// Bars and text use `currentColor`, so the chart follows the page's light or dark scheme.
pub fn bars(id: &str, title: &str, rows: &[(String, f64)], unit: &str) -> String {
    let row_h = 28.0;
    let label_w = 190.0;
    let bar_w = 300.0;
    let width = label_w + bar_w + 70.0;
    let height = row_h * rows.len().max(1) as f64 + 8.0;
    let max = rows.iter().map(|r| r.1).fold(0.0_f64, f64::max).max(1.0);
    let summary: Vec<String> = rows
        .iter()
        .map(|(l, v)| format!("{l}: {}{unit}", number(*v)))
        .collect();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(&summary.join("; ")),
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let w = if *value > 0.0 {
            (bar_w * value / max).max(2.0)
        } else {
            0.0
        };
        let _ = write!(
            svg,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" font-size=\"14\" fill=\"currentColor\">{}</text><rect x=\"{bx}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bh}\" rx=\"3\" fill=\"currentColor\" fill-opacity=\"0.75\"/><text x=\"{vx:.1}\" y=\"{ty}\" font-size=\"14\" fill=\"currentColor\">{}{}</text>",
            esc(label),
            number(*value),
            esc(unit),
            lx = label_w - 8.0,
            ty = y + 15.0,
            bx = label_w,
            bh = row_h - 8.0,
            vx = label_w + w + 6.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Whole numbers without a decimal point; others with one place.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_described() {
        let svg = bars(
            "c",
            "Stories by place",
            &[("Salford".into(), 4.0), ("Luton <&>".into(), 2.0)],
            "",
        );
        assert!(
            svg.contains("role=\"img\"")
                && svg.contains("<title id=\"c-t\">Stories by place</title>")
        );
        assert!(
            svg.contains("<desc id=\"c-d\">Salford: 4; Luton &lt;&amp;&gt;: 2</desc>"),
            "{svg}"
        );
        assert!(
            svg.contains("width=\"300.0\"") && svg.contains("width=\"150.0\""),
            "{svg}"
        );
        assert_eq!(number(66.0), "66");
        assert_eq!(number(3.25), "3.2");
    }
}
