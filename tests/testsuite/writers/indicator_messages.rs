//! Problems in indicator files (the YAML, its CSV figures, its Open SDG metadata) read in Arabic
//! as in English, each with its code, its hint, and an explanation from `bayan explain`.

use super::{check, explain, problems_in};
use crate::harness::Site;

const WELLS: &str = "content/indicators/wells-built.yaml";
const PUPILS: &str = "content/indicators/pupils-enrolled.csv";

/// An indicator whose target goes the wrong way, a CSV file with a thousands separator and a
/// word where a figure goes, and an SDG code that does not exist.
fn broken_site() -> Site {
    let site = Site::fixture("data");
    let wells = std::fs::read_to_string(site.root().join(WELLS)).unwrap();
    site.write(WELLS, &format!("direction: decrease\n{wells}"));
    let pupils = std::fs::read_to_string(site.root().join(PUPILS)).unwrap();
    site.write(
        PUPILS,
        &format!("{}\n2022,,1,200\n2023,Girls,twelve\n", pupils.trim_end()),
    );
    site.write(
        "content/indicators/under-five.yaml",
        "title: {en: \"Deaths under five\", ar: \"وفيات دون الخامسة\"}\nsdg_indicator: 3.2.9\n",
    );
    site
}

#[test]
fn indicator_problems_read_in_arabic_with_their_codes_and_hints() {
    let site = broken_site();
    let arabic = check(&site, &["--messages", "ar"])
        .fails_with(1)
        .stderr_lacks("the target is")
        .reports(
            WELLS,
            9,
            "خطأ",
            "خطأ[G010]: المستهدف أعلى من خط الأساس، لكن المؤشر يعدّ الانخفاض تقدّمًا (`direction: decrease`)",
        )
        .stderr_has("الحل: اكتب `direction: increase` إن كان الارتفاع هو التقدّم، أو راجع الأرقام")
        .reports(PUPILS, 11, "خطأ", "خطأ[G027]: في هذا السطر 4 خلايا، وفي السطر الأول 3")
        .stderr_has("الحل: اكتب الأعداد دون فواصل الآلاف (1100 لا 1,100)")
        .reports(PUPILS, 12, "خطأ", "خطأ[G030]: `twelve` ليس عددًا")
        .reports(
            "content/indicators/under-five.yaml",
            2,
            "خطأ",
            "خطأ[G002]: `3.2.9` ليس مؤشرًا عالميًّا من مؤشرات أهداف التنمية المستدامة",
        );
    insta::assert_snapshot!(
        "broken_indicators_arabic",
        problems_in(&arabic, &["content/indicators/"])
    );
    let english = check(&site, &[])
        .fails_with(1)
        .reports(
            WELLS,
            9,
            "error",
            "error[G010]: the target is higher than the baseline, but the indicator counts a fall as progress (`direction: decrease`)",
        )
        .stderr_has("hint: write `direction: increase` if a rise is progress, or check the numbers")
        .reports(PUPILS, 11, "error", "error[G027]: this line has 4 cells, the first line has 3");
    insta::assert_snapshot!(
        "broken_indicators_english",
        problems_in(&english, &["content/indicators/"])
    );
}

#[test]
fn explain_tells_what_a_target_on_the_wrong_side_of_the_baseline_means() {
    let english = explain(&["G010"]).success();
    assert!(
        english
            .stdout
            .starts_with("G010: A target on the wrong side of the baseline\n"),
        "{english}"
    );
    assert!(english.stdout.contains("direction: decrease"), "{english}");
    let arabic = explain(&["g019", "--messages", "ar"]).success();
    assert!(
        arabic.stdout.starts_with("G019: بيانات بلا إجمالي\n"),
        "{arabic}"
    );
    assert!(
        arabic
            .stdout
            .contains("أو اكتب `total: none` لنشر البيانات دون رقم رئيسي."),
        "{arabic}"
    );
    let list = explain(&[]).success();
    assert!(
        list.stdout
            .contains("  G027  A line with more or fewer cells than the columns"),
        "{list}"
    );
}
