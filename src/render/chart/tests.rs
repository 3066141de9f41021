//! Charts parsed back as XML: marks per point, mirroring, digits, escaping, odd inputs.

use super::*;
use crate::config::{Language, Numerals};
use roxmltree::{Document, Node};

const fn at(year: i32, value: f64) -> Point {
    Point { year, value }
}

const TOTAL: [Point; 4] = [
    at(2021, 40.0),
    at(2019, 12.0),
    at(2020, 15.0),
    at(2022, 100.0),
];
const GIRLS: [Point; 3] = [at(2019, 5.0), at(2020, 7.5), at(2021, 18.0)];
const BOTH: [Series<'static>; 2] = [
    Series {
        label: "Total",
        points: &TOTAL,
    },
    Series {
        label: "Girls",
        points: &GIRLS,
    },
];

fn english() -> Formatter {
    Formatter::new(&Language::new("en", None), None)
}

fn arabic() -> Formatter {
    Formatter::new(&Language::new("ar", Some(Numerals::Arab)), None)
}

fn chart<'a>(kind: ChartKind, series: &'a [Series<'a>], format: &'a Formatter) -> Chart<'a> {
    Chart {
        kind,
        id: "schools",
        title: "Schools built",
        description: "Schools built each year, against the 2025 target.",
        series,
        baseline: Some(at(2018, 10.0)),
        target: Some(at(2025, 100.0)),
        labels: Labels {
            baseline: "Baseline",
            target: "Target",
        },
        format,
        rtl: false,
    }
}

/// Parses, and checks what every chart must be whatever its input.
fn parse(markup: &str) -> Document<'_> {
    assert!(
        !markup.contains("NaN") && !markup.contains("inf"),
        "{markup}"
    );
    let document = Document::parse(markup).unwrap_or_else(|e| panic!("{e}: {markup}"));
    let root = document.root_element();
    assert_eq!(root.attribute("viewBox"), Some("0 0 480 320"));
    assert_eq!(
        root.attribute("aria-labelledby"),
        Some("schools-title schools-desc")
    );
    let first: Vec<_> = root
        .children()
        .take(2)
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(first, ["title", "desc"]);
    for shape in document.descendants() {
        for size in ["width", "height", "r"] {
            let size = shape.attribute(size).and_then(|s| s.parse::<f64>().ok());
            assert!(size.is_none_or(|s| s >= 0.0), "{markup}");
        }
    }
    document
}

fn elements<'d>(document: &'d Document<'_>, tag: &str, class: &str) -> Vec<Node<'d, 'd>> {
    document
        .descendants()
        .filter(|n| n.has_tag_name(tag) && n.attribute("class") == Some(class))
        .collect()
}

fn number(node: Node<'_, '_>, attribute: &str) -> f64 {
    node.attribute(attribute)
        .and_then(|a| a.parse().ok())
        .unwrap_or(f64::NAN)
}

/// The x of the year label reading `year`.
fn year_x(document: &Document<'_>, year: &str) -> f64 {
    let axis = elements(document, "g", "axis axis-x");
    let label = axis[0].children().find(|n| n.text() == Some(year));
    label.map_or(f64::NAN, |label| number(label, "x"))
}

#[test]
fn lines_draw_every_point() {
    let format = english();
    let markup = svg(&chart(ChartKind::Line, &BOTH, &format));
    let document = parse(&markup);
    for (n, points) in [TOTAL.len(), GIRLS.len()].into_iter().enumerate() {
        let group = &elements(&document, "g", &format!("series series-{n}"))[0];
        let circles = group
            .children()
            .filter(|c| c.has_tag_name("circle"))
            .count();
        assert_eq!(circles, points);
        let line = group.children().find(|c| c.has_tag_name("polyline"));
        let pairs = line
            .and_then(|l| l.attribute("points"))
            .map(|p| p.split(' ').count());
        assert_eq!(pairs, Some(points));
    }
    let titles: Vec<_> = elements(&document, "circle", "point")
        .iter()
        .filter_map(|c| c.first_element_child().and_then(|t| t.text()))
        .collect();
    assert_eq!(
        titles[..4],
        ["2019: 12", "2020: 15", "2021: 40", "2022: 100"]
    );
    assert_eq!(titles[5], "2020: 7.5");
    assert!(year_x(&document, "2019") < year_x(&document, "2025"));
}

#[test]
fn target_line_sits_at_the_target_value() {
    let format = english();
    let markup = svg(&chart(ChartKind::Line, &BOTH, &format));
    let document = parse(&markup);
    let target = &elements(&document, "line", "target")[0];
    assert_eq!(target.attribute("stroke-dasharray"), Some("6 4"));
    // The total reaches 100 in 2022, the target's value.
    let reached = elements(&document, "circle", "point")
        .into_iter()
        .find(|c| c.first_element_child().and_then(|t| t.text()) == Some("2022: 100"));
    let reached_y = reached.map_or(f64::NAN, |c| number(c, "cy"));
    assert_eq!(number(*target, "y1"), reached_y);
    assert_eq!(number(*target, "y2"), reached_y);
    let label = &elements(&document, "text", "target-label")[0];
    assert_eq!(label.text(), Some("Target 2025: 100"));
}

#[test]
fn baseline_has_its_own_marker_and_label() {
    let format = english();
    let markup = svg(&chart(ChartKind::Line, &BOTH, &format));
    let document = parse(&markup);
    let baseline = &elements(&document, "g", "baseline")[0];
    assert!(baseline.children().any(|c| c.has_tag_name("path")));
    let label = baseline.children().find(|c| c.has_tag_name("text"));
    assert_eq!(label.and_then(|l| l.text()), Some("Baseline 2018: 10"));
}

#[test]
fn arabic_chart_is_mirrored_with_arabic_digits() {
    let format = arabic();
    let series = [Series {
        label: "المجموع",
        points: &TOTAL,
    }];
    let arabic_chart = Chart {
        title: "المدارس المبنية",
        labels: Labels {
            baseline: "خط الأساس",
            target: "الهدف",
        },
        rtl: true,
        ..chart(ChartKind::Line, &series, &format)
    };
    let markup = svg(&arabic_chart);
    let document = parse(&markup);
    assert!(year_x(&document, "٢٠١٨") > year_x(&document, "٢٠٢٥"));
    let value_labels = &elements(&document, "g", "axis axis-y")[0];
    let hundred = value_labels.children().find(|n| n.text() == Some("١٠٠"));
    assert!(hundred.is_some_and(|label| number(label, "x") > WIDTH / 2.0));
    let target = &elements(&document, "text", "target-label")[0];
    assert_eq!(target.text(), Some("الهدف ٢٠٢٥: ١٠٠"));
    assert_eq!(target.attribute("direction"), Some("rtl"));

    let latin = english();
    let markup = svg(&chart(ChartKind::Line, &series, &latin));
    let document = parse(&markup);
    assert!(year_x(&document, "2018") < year_x(&document, "2025"));
    let value_labels = &elements(&document, "g", "axis axis-y")[0];
    let hundred = value_labels.children().find(|n| n.text() == Some("100"));
    assert!(hundred.is_some_and(|label| number(label, "x") < WIDTH / 2.0));
}

#[test]
fn bars_stand_side_by_side() {
    let format = english();
    for rtl in [false, true] {
        let markup = svg(&Chart {
            rtl,
            ..chart(ChartKind::Bar, &BOTH, &format)
        });
        let document = parse(&markup);
        let mut first_in_2020 = Vec::new();
        for (n, points) in [TOTAL.len(), GIRLS.len()].into_iter().enumerate() {
            let group = &elements(&document, "g", &format!("series series-{n}"))[0];
            let bars: Vec<_> = group
                .children()
                .filter(|c| c.has_tag_name("rect"))
                .collect();
            assert_eq!(bars.len(), points);
            first_in_2020.push(number(bars[1], "x"));
        }
        // The headline bar comes first in reading order.
        assert_eq!(first_in_2020[0] < first_in_2020[1], !rtl);
    }
}

#[test]
fn words_are_escaped() {
    let format = english();
    let title = r#"<script>alert("x")</script> & 'co'"#;
    let series = [
        Series {
            label: "Girls & <boys>",
            points: &GIRLS,
        },
        Series {
            label: "\u{0}Boys\u{7}",
            points: &TOTAL,
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
    let far_apart = [at(i32::MIN, 1e-9), at(i32::MAX, 1.0)];
    let inputs: [&[Point]; 7] = [&[], &single, &equal, &zeros, &negative, &broken, &far_apart];
    for kind in [ChartKind::Line, ChartKind::Bar] {
        for rtl in [false, true] {
            for points in inputs {
                let series = [
                    Series { label: "", points },
                    Series {
                        label: "x",
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
    let markup = svg(&chart(ChartKind::Line, &BOTH[..1], &format));
    assert!(elements(&parse(&markup), "g", "legend").is_empty());
    let markup = svg(&chart(ChartKind::Line, &BOTH, &format));
    let document = parse(&markup);
    let legend = &elements(&document, "g", "legend")[0];
    assert_eq!(
        legend.children().filter(|c| c.has_tag_name("rect")).count(),
        2
    );
}

#[test]
fn same_input_same_bytes() {
    let format = arabic();
    let chart = Chart {
        rtl: true,
        ..chart(ChartKind::Bar, &BOTH, &format)
    };
    assert_eq!(svg(&chart), svg(&chart));
}
