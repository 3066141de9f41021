//! Charts parsed back as XML: marks per point, mirroring, digits, escaping, odd inputs.

use super::*;
use crate::config::{Language, Numerals};
use roxmltree::{Document, Node};

/// A calendar year's value, labelled with `label` (the page's digits).
fn labelled(year: i32, label: &'static str, value: f64) -> Point<'static> {
    Point {
        start: year * 12,
        end: year * 12 + 12,
        label,
        value,
        flagged: false,
    }
}

fn at(year: i32, value: f64) -> Point<'static> {
    labelled(year, Box::leak(year.to_string().into_boxed_str()), value)
}

fn total() -> Vec<Point<'static>> {
    vec![
        at(2021, 40.0),
        at(2019, 12.0),
        at(2020, 15.0),
        at(2022, 100.0),
    ]
}

fn girls() -> Vec<Point<'static>> {
    vec![at(2019, 5.0), at(2020, 7.5), at(2021, 18.0)]
}

fn words(text: &str) -> Words<'_> {
    Words { text, lang: None }
}

fn both<'a>(total: &'a [Point<'a>], girls: &'a [Point<'a>]) -> [Series<'a>; 2] {
    [
        Series {
            label: words("Total"),
            points: total,
        },
        Series {
            label: words("Girls"),
            points: girls,
        },
    ]
}

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
        headline: true,
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
    assert!(
        root.attribute("viewBox")
            .is_some_and(|v| v.starts_with("0 0 400 ")),
        "{markup}"
    );
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

/// The points of series `n`, in time order.
fn points<'d>(document: &'d Document<'_>, n: usize) -> Vec<Node<'d, 'd>> {
    let group = &elements(document, "g", &format!("series series-{n}"))[0];
    group.children().filter(|c| c.has_tag_name("use")).collect()
}

#[test]
fn lines_draw_every_point() {
    let format = english();
    let (t, g) = (total(), girls());
    let markup = svg(&chart(ChartKind::Line, &both(&t, &g), &format));
    let document = parse(&markup);
    for (n, count) in [t.len(), g.len()].into_iter().enumerate() {
        assert_eq!(points(&document, n).len(), count);
        let group = &elements(&document, "g", &format!("series series-{n}"))[0];
        let line = group.children().find(|c| c.has_tag_name("polyline"));
        let pairs = line
            .and_then(|l| l.attribute("points"))
            .map(|p| p.split(' ').count());
        assert_eq!(pairs, Some(count));
    }
    // Each series has its own marker shape and dashes, not only its colour.
    let shapes: Vec<_> = (0..2)
        .map(|n| points(&document, n)[0].attribute("href").unwrap_or(""))
        .collect();
    assert_eq!(shapes, ["#schools-m0", "#schools-m1"]);
    let xs: Vec<f64> = points(&document, 0)
        .iter()
        .map(|p| number(*p, "x"))
        .collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
    assert!(year_x(&document, "2019") < year_x(&document, "2025"));
}

#[test]
fn target_line_sits_at_the_target_value() {
    let format = english();
    let (t, g) = (total(), girls());
    let markup = svg(&chart(ChartKind::Line, &both(&t, &g), &format));
    let document = parse(&markup);
    let target = &elements(&document, "line", "target")[0];
    assert_eq!(target.attribute("stroke-dasharray"), Some("6 4"));
    // The total reaches 100 in 2022, the target's value.
    let reached_y = number(points(&document, 0)[3], "y");
    assert_eq!(number(*target, "y1"), reached_y);
    assert_eq!(number(*target, "y2"), reached_y);
    let label = &elements(&document, "text", "target-label")[0];
    assert_eq!(label.text(), Some("Target 2025: 100"));
}

#[test]
fn baseline_has_its_own_marker_and_label() {
    let format = english();
    let (t, g) = (total(), girls());
    let markup = svg(&chart(ChartKind::Line, &both(&t, &g), &format));
    let document = parse(&markup);
    let baseline = &elements(&document, "g", "baseline")[0];
    assert!(baseline.children().any(|c| c.has_tag_name("path")));
    let label = baseline.children().find(|c| c.has_tag_name("text"));
    assert_eq!(label.and_then(|l| l.text()), Some("Baseline 2018: 10"));
}

#[test]
fn arabic_chart_is_mirrored_with_arabic_digits() {
    let format = arabic();
    let arabic_points = [labelled(2019, "٢٠١٩", 12.0), labelled(2022, "٢٠٢٢", 100.0)];
    let series = [Series {
        label: words("المجموع"),
        points: &arabic_points,
    }];
    let arabic_chart = Chart {
        title: "المدارس المبنية",
        labels: Labels {
            baseline: "خط الأساس",
            target: "الهدف",
        },
        baseline: Some(labelled(2018, "٢٠١٨", 10.0)),
        target: Some(labelled(2025, "٢٠٢٥", 100.0)),
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
    let t = total();
    let series = [Series {
        label: words("Total"),
        points: &t,
    }];
    let markup = svg(&chart(ChartKind::Line, &series, &latin));
    let document = parse(&markup);
    assert!(year_x(&document, "2018") < year_x(&document, "2025"));
    let value_labels = &elements(&document, "g", "axis axis-y")[0];
    let hundred = value_labels.children().find(|n| n.text() == Some("100"));
    assert!(hundred.is_some_and(|label| number(label, "x") < WIDTH / 2.0));
}

#[test]
fn a_label_runs_the_way_of_its_own_script_with_its_language() {
    let format = arabic();
    let (t, g) = (total(), girls());
    let series = [
        Series {
            label: words("الإجمالي"),
            points: &t,
        },
        Series {
            label: Words {
                text: "England, Female",
                lang: Some("en"),
            },
            points: &g,
        },
    ];
    let markup = svg(&Chart {
        rtl: true,
        ..chart(ChartKind::Line, &series, &format)
    });
    let document = parse(&markup);
    let labels = elements(&document, "text", "legend-label");
    assert_eq!(labels[0].attribute("direction"), Some("rtl"));
    assert_eq!(labels[1].attribute("direction"), None);
    let lang = labels[1].attribute(("http://www.w3.org/XML/1998/namespace", "lang"));
    assert_eq!(lang, Some("en"));
}

#[test]
fn periods_sit_where_they_fall_in_time() {
    let format = english();
    let quarters = [
        Point {
            start: 2016 * 12,
            end: 2016 * 12 + 3,
            label: "2016 Q1",
            value: 1.0,
            flagged: false,
        },
        Point {
            start: 2016 * 12 + 9,
            end: 2017 * 12,
            label: "2016 Q4",
            value: 2.0,
            flagged: true,
        },
        Point {
            start: 2017 * 12,
            end: 2017 * 12 + 3,
            label: "2017 Q1",
            value: 3.0,
            flagged: false,
        },
    ];
    let series = [Series {
        label: words("Total"),
        points: &quarters,
    }];
    let markup = svg(&Chart {
        baseline: None,
        target: None,
        ..chart(ChartKind::Line, &series, &format)
    });
    let document = parse(&markup);
    let xs: Vec<f64> = points(&document, 0)
        .iter()
        .map(|p| number(*p, "x"))
        .collect();
    // Q1 to Q4 is three quarters, Q4 to the next Q1 one.
    assert!(
        ((xs[1] - xs[0]) / (xs[2] - xs[1]) - 3.0).abs() < 0.05,
        "{xs:?}"
    );
    let flagged = points(&document, 0)[1];
    assert_eq!(flagged.attribute("class"), Some("point flagged"));
    assert_eq!(flagged.attribute("fill"), Some("#fff"));
    assert!(year_x(&document, "2016 Q4").is_finite());
}

#[test]
fn bars_stand_side_by_side() {
    let format = english();
    let (t, g) = (total(), girls());
    let series = both(&t, &g);
    for rtl in [false, true] {
        let markup = svg(&Chart {
            rtl,
            ..chart(ChartKind::Bar, &series, &format)
        });
        let document = parse(&markup);
        let mut first_in_2020 = Vec::new();
        for (n, count) in [t.len(), g.len()].into_iter().enumerate() {
            let group = &elements(&document, "g", &format!("series series-{n}"))[0];
            let bars: Vec<_> = group
                .children()
                .filter(|c| c.has_tag_name("rect"))
                .collect();
            assert_eq!(bars.len(), count);
            assert!(bars.iter().all(|b| number(*b, "width") >= THINNEST_BAR));
            first_in_2020.push(number(bars[1], "x"));
        }
        // The headline bar comes first in reading order.
        assert_eq!(first_in_2020[0] < first_in_2020[1], !rtl);
    }
}

#[test]
fn bars_too_thin_to_read_become_lines() {
    let format = english();
    let many: Vec<Point<'static>> = (1960..2021).map(|y| at(y, f64::from(y - 1950))).collect();
    let series: Vec<Series<'_>> = (0..6)
        .map(|_| Series {
            label: words("x"),
            points: &many,
        })
        .collect();
    let document_markup = svg(&chart(ChartKind::Bar, &series, &format));
    let document = parse(&document_markup);
    assert!(elements(&document, "rect", "bar").is_empty());
    assert_eq!(elements(&document, "polyline", "line").len(), 6);
}

#[test]
fn many_series_draw_a_chart_worth_with_a_legend_inside_the_drawing() {
    let format = english();
    let t = total();
    let long =
        "Total official development assistance to medical research and basic heath sectors, LDCs";
    let series: Vec<Series<'_>> = (0..20)
        .map(|_| Series {
            label: words(long),
            points: &t,
        })
        .collect();
    let markup = svg(&chart(ChartKind::Line, &series, &format));
    let document = parse(&markup);
    assert_eq!(elements(&document, "polyline", "line").len(), MOST_SERIES);
    let height: f64 = document
        .root_element()
        .attribute("viewBox")
        .and_then(|v| v.split(' ').nth(3))
        .and_then(|h| h.parse().ok())
        .unwrap_or(0.0);
    let plot_top = elements(&document, "line", "grid")
        .iter()
        .map(|l| number(*l, "y1"))
        .fold(f64::INFINITY, f64::min);
    for label in elements(&document, "text", "legend-label") {
        let (x, y) = (number(label, "x"), number(label, "y"));
        let width = label.text().unwrap_or("").chars().count() as f64 * CHAR_WIDTH;
        assert!(x - width >= -0.5 || x + width <= WIDTH + 0.5);
        assert!(
            (0.0..=WIDTH).contains(&x) && y > 0.0 && y < plot_top,
            "{x} {y}"
        );
        assert!(width <= WIDTH - 2.0 * EDGE, "{width}");
    }
    assert!(height > plot_top + PLOT_HEIGHT);
}

mod robustness;
