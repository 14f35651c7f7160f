//! The impact page's charts, built from outcomes a storybook could hold, honest or hostile.

mod common;
use common::*;

fn with_outcomes(outcomes: &str) -> Book {
    let b = Book::with_config(&format!("{CONFIG}outcomes:\n{outcomes}"));
    b.story("one", &format!("site: salford\n{GIVEN}"), "Words.");
    b
}

/// Every drawn bar's share of its track, in page order.
fn lengths(page: &str) -> Vec<f64> {
    page.split("data-length=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[test]
fn percentages_are_drawn_on_one_scale_from_0_to_100() {
    let b = with_outcomes(
        "  - { label: \"Close friend\", before: 66, after: 81, unit: \"%\" }\n  - { label: \"Leisure\", before: 26, after: 48, unit: \"%\" }\n  - { label: \"Waiting\", before: 12, after: 3, unit: \"weeks\" }\n",
    );
    assert_eq!(b.build(&[]).0, 0);
    let page = read(&b.path("site/impact/index.html"));
    // 48% is drawn as 48% of the track, not as long as 81%; weeks on a stated 0–20 scale;
    // then the counts: one story of 1 for Networks, Salford; none for Access, Luton.
    assert_eq!(
        lengths(&page),
        [66.0, 81.0, 26.0, 48.0, 60.0, 15.0, 100.0, 0.0, 100.0, 0.0]
    );
    assert!(page.contains("<span>0%</span><span>100%</span>"), "{page}");
    assert!(page.contains("<span>0 weeks</span><span>20 weeks</span>"));
    assert!(page.contains("<th scope=\"row\">Leisure</th><td>26%</td><td>48%</td>"));
}

#[test]
fn figures_that_no_honest_bar_can_show_are_given_in_words_and_markup_stays_text() {
    let b = with_outcomes(concat!(
        "  - { label: \"Volunteers <script>alert(1)</script>\", before: 100, after: 140, unit: \"%\" }\n",
        "  - { label: \"Change\", before: -4, after: 2, unit: \"<b>points</b>\" }\n",
        "  - { label: \"Huge\", before: 1, after: 1.7e308, unit: \"people\" }\n",
    ));
    assert_eq!(b.build(&[]).0, 0);
    let page = read(&b.path("site/impact/index.html"));
    assert!(!page.contains("<script>alert") && !page.contains("<b>points"));
    assert!(page.contains("100% before, 140% after"), "{page}");
    // Only the two count charts are drawn.
    assert_eq!(lengths(&page), [100.0, 0.0, 100.0, 0.0]);
}

#[test]
fn a_figure_that_is_not_a_number_is_a_located_error() {
    let b = with_outcomes("  - label: \"Close friend\"\n    before: .nan\n    after: 81\n");
    let (code, err) = b.build(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("[outcome-value]") && err.contains("storybook.yaml:14:5"),
        "{err}"
    );
    assert!(err.contains("plain numbers"), "{err}");
}
