//! Charts that must stay valid and readable whatever they are given: escaped words, odd and
//! empty inputs, the same bytes twice, compact coordinates, labels that do not collide.

use super::*;

#[test]
fn words_are_escaped() {
    let format = english();
    let title = r#"<script>alert("x")</script> & 'co'"#;
    let (t, g) = (total(), girls());
    let series = [
        Series {
            label: words("Girls & <boys>"),
            points: &g,
        },
        Series {
            label: words("\u{0}Boys\u{7}"),
            points: &t,
        },
    ];
    let markup = svg(&Chart {
        title,
        description: "A < B",
        ..chart(ChartKind::Line, &series, &format)
    });
    let document = parse(&markup);
    let root = document.root_element();
    assert_eq!(
        root.first_element_child().and_then(|t| t.text()),
        Some(title)
    );
    let description = root.children().nth(1).and_then(|d| d.text());
    assert_eq!(description, Some("A < B"));
    let legend = elements(&document, "text", "legend-label");
    let labels: Vec<_> = legend.iter().filter_map(|l| l.text()).collect();
    assert_eq!(labels, ["Girls & <boys>", "Boys"]);
}

#[test]
fn odd_inputs_still_give_a_valid_chart() {
    let format = arabic();
    let single = [at(2020, 15.0)];
    let equal = [at(2020, 3.0), at(2021, 3.0)];
    let zeros = [at(2020, 0.0), at(2021, 0.0)];
    let negative = [at(2020, -12.5), at(2023, 4.0)];
    let broken = [
        at(2020, f64::NAN),
        at(2021, f64::INFINITY),
        at(2022, f64::MAX),
        at(2023, -f64::MAX),
    ];
    let far_apart = [at(1900, 1e-9), at(2100, 1.0)];
    let empty_period = [Point {
        end: 2020 * 12,
        ..at(2020, 1.0)
    }];
    let inputs: [&[Point]; 8] = [
        &[],
        &single,
        &equal,
        &zeros,
        &negative,
        &broken,
        &far_apart,
        &empty_period,
    ];
    for kind in [ChartKind::Line, ChartKind::Bar] {
        for rtl in [false, true] {
            for points in inputs {
                let series = [
                    Series {
                        label: words(""),
                        points,
                    },
                    Series {
                        label: words("x"),
                        points: &[],
                    },
                ];
                for marks in [None, Some(at(2020, f64::NAN)), single.first().copied()] {
                    let odd = Chart {
                        baseline: marks,
                        target: marks,
                        rtl,
                        ..chart(kind, &series, &format)
                    };
                    parse(&svg(&odd));
                }
            }
        }
    }
}

#[test]
fn nothing_to_plot_leaves_only_title_and_description() {
    let format = english();
    let empty = Chart {
        baseline: None,
        target: None,
        ..chart(ChartKind::Line, &[], &format)
    };
    let markup = svg(&empty);
    let document = parse(&markup);
    assert_eq!(document.root_element().children().count(), 2);
}

#[test]
fn legend_only_for_several_series() {
    let format = english();
    let (t, g) = (total(), girls());
    let series = both(&t, &g);
    let markup = svg(&chart(ChartKind::Line, &series[..1], &format));
    assert!(elements(&parse(&markup), "g", "legend").is_empty());
    let markup = svg(&chart(ChartKind::Line, &series, &format));
    let document = parse(&markup);
    assert_eq!(elements(&document, "g", "swatch").len(), 2);
}

#[test]
fn same_input_same_bytes() {
    let format = arabic();
    let (t, g) = (total(), girls());
    let series = both(&t, &g);
    let chart = Chart {
        rtl: true,
        ..chart(ChartKind::Bar, &series, &format)
    };
    assert_eq!(svg(&chart), svg(&chart));
}

#[test]
fn coordinates_are_written_to_one_decimal_without_negative_zero() {
    use super::markup::coord;
    let written = |v: f64| coord(v).to_string();
    assert_eq!(written(12.0), "12");
    assert_eq!(written(12.34), "12.3");
    assert_eq!(written(-0.04), "0");
    assert_eq!(written(-0.5), "-0.5");
    assert_eq!(written(-12.56), "-12.6");
    assert_eq!(written(f64::NAN), "0");
    assert_eq!(written(f64::INFINITY), "0");
}

#[test]
fn period_labels_squeezed_by_a_distant_target_do_not_overlap() {
    let format = english();
    let values: Vec<Point<'static>> = (2020..=2024).map(|y| at(y, 60.0)).collect();
    let series = [Series {
        label: words("Total"),
        points: &values,
    }];
    for rtl in [false, true] {
        let mut squeezed = chart(ChartKind::Line, &series, &format);
        squeezed.baseline = None;
        squeezed.target = Some(at(2040, 40.0));
        squeezed.rtl = rtl;
        let markup = svg(&squeezed);
        let document = parse(&markup);
        let axis = &elements(&document, "g", "axis axis-x")[0];
        let mut spans: Vec<(f64, f64)> = axis
            .children()
            .filter(|n| n.has_tag_name("text"))
            .map(|label| {
                let half = markup::text_width(label.text().unwrap_or("")) / 2.0;
                let x = number(label, "x");
                (x - half, x + half)
            })
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert!(
            spans.windows(2).all(|w| w[0].1 <= w[1].0),
            "rtl {rtl}: labels overlap: {spans:?}"
        );
        assert!(
            year_x(&document, "2040").is_finite(),
            "the target year is named"
        );
        assert!(
            year_x(&document, "2024").is_finite(),
            "the latest value's year is named"
        );
    }
}
