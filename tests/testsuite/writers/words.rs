//! Messages in a writer's words: no parser jargon, no hint that cannot be followed, and dates
//! typed in the digits of an Arabic keyboard.

use crate::harness::Site;

const EN: &str = "content/stories/hello/index.en.md";

#[test]
fn a_date_in_arabic_indic_digits_is_read() {
    let site = Site::fixture("minimal");
    site.write(
        EN,
        "---\ntitle: \"Hello\"\ndate: ٢٠٢٤-٠٥-١٢\nsummary: \"x\"\n---\nText.\n",
    );
    let tree = site.build().success().tree();
    let page = tree.page("/en/stories/hello/");
    let time = page.one("time[datetime]");
    assert!(
        time.value()
            .attr("datetime")
            .unwrap()
            .starts_with("2024-05-12"),
        "{:?}",
        time.value().attr("datetime")
    );
}

#[test]
fn parser_words_become_a_writers_words() {
    let site = Site::fixture("minimal");
    site.write(
        EN,
        "---\ntitle: \"Hello\"\ndate: 2024-05-12\nsummary x\n---\nText.\n",
    );
    site.build()
        .fails_with(1)
        .reports(
            EN,
            4,
            "error",
            "this line is not `key: value`: the colon after the key is missing",
        )
        .stderr_lacks("simple key");
    site.write(
        EN,
        "---\ntitle: \"Hello\"\ndate: 2024-05-12\nsummary: \"x\"\nsdgs: [٤]\n---\nText.\n",
    );
    site.build()
        .fails_with(1)
        .reports(EN, 5, "error", "a whole number is expected here")
        .stderr_has("the digits 0-9");
}

#[test]
fn a_rename_hint_never_names_a_folder_that_exists() {
    let site = Site::fixture("minimal");
    let text = std::fs::read_to_string(site.root().join(EN)).unwrap();
    site.write("content/stories/School Meals/index.en.md", &text);
    site.write("content/stories/school-meals/index.en.md", &text);
    site.build()
        .fails_with(1)
        .stderr_has("rename the folder `school-meals-2`")
        .stderr_lacks("rename the folder `school-meals`:");
}
