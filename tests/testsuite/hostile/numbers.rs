//! Figures too large to be true: refused at their line wherever they are written, so no total
//! can reach infinity and no progress can overflow.

use crate::harness::Site;

const CSV: &str = "content/indicators/pupils-enrolled.csv";
const PROJECT: &str = "content/projects/village-wells.yaml";

#[test]
fn implausible_figures_are_refused_in_csv_and_yaml_alike() {
    let site = Site::fixture("data");
    site.write(
        CSV,
        "Year,Sex,Value\n2018,,1000\n2019,,1e308\n2020,,-2e15\n2021,,999999999999999\n",
    );
    site.build()
        .fails_with(1)
        .reports(
            CSV,
            3,
            "error",
            "`1e308` is too large a value to show exactly",
        )
        .reports(CSV, 4, "error", "`-2e15` is too large a value")
        .stderr_lacks(&format!("{CSV}:5:"));

    let site = Site::fixture("data");
    let yaml = std::fs::read_to_string(site.root().join(PROJECT)).unwrap();
    site.write(PROJECT, &yaml.replace("amount: 1500000", "amount: 1.5e308"));
    site.build()
        .fails_with(1)
        .reports(PROJECT, 10, "error", "too large an amount to show exactly");

    let site = Site::fixture("data");
    let indicator = "content/indicators/pupils-enrolled.yaml";
    let yaml = std::fs::read_to_string(site.root().join(indicator)).unwrap();
    site.write(indicator, &yaml.replace("value: 1600}", "value: 1e300}"));
    site.build()
        .fails_with(1)
        .reports(indicator, 5, "error", "too large a value to show exactly");
}

#[test]
fn years_out_of_range_are_refused_in_csv_as_in_yaml() {
    let site = Site::fixture("data");
    site.write(CSV, "Year,Sex,Value\n0,,1000\n2147483648,,5\n2019,,7\n");
    site.build()
        .fails_with(1)
        .reports(CSV, 2, "error", "`0` is not a plausible year")
        .reports(CSV, 3, "error", "`2147483648` is not a plausible year");
}

#[test]
fn progress_far_past_a_target_is_written_in_full_not_cut_to_a_whole_number() {
    let site = Site::fixture("data");
    let indicator = "content/indicators/pupils-enrolled.yaml";
    let yaml = std::fs::read_to_string(site.root().join(indicator)).unwrap();
    // A target a thousandth above its baseline, and a plausible value far past it.
    site.write(indicator, &yaml.replace("value: 1600}", "value: 1000.001}"));
    site.write(CSV, "Year,Sex,Value\n2019,,1000\n2021,,999999999999999\n");
    let tree = site.build().success().tree();
    let text = tree.page("/en/indicators/pupils-enrolled/").text("main");
    let share = (999_999_999_999_999.0_f64 - 1000.0) / (1000.001 - 1000.0);
    let expected = format!("{}%", (share * 100.0).round());
    assert!(text.contains(&expected), "{expected} not in:\n{text}");
    assert!(!text.contains("9,223,372,036,854,775,807"), "{text}");
}
