//! Dates a writer sets ahead, meaning the story to wait for them.

use crate::harness::Site;

const EN: &str = "content/stories/hello/index.en.md";

#[test]
fn a_future_date_without_an_embargo_is_warned_about_at_its_line() {
    let site = Site::fixture("minimal");
    // The tests' clock is 2026-01-01.
    site.write(
        EN,
        "---\ntitle: \"Hello\"\nsummary: \"First.\"\ndate: 2026-03-01\n---\nText.\n",
    );
    site.build()
        .success()
        .reports(
            EN,
            4,
            "warning",
            "the story's date is in the future, but nothing holds it back",
        )
        .stderr_has("add `embargo:`");
    site.write(
        EN,
        "---\ntitle: \"Hello\"\nsummary: \"First.\"\ndate: 2026-03-01\nembargo: 2026-03-01T09:00:00+03:00\n---\nText.\n",
    );
    site.build().success().stderr_lacks("in the future");
    site.write(
        EN,
        "---\ntitle: \"Hello\"\nsummary: \"First.\"\ndate: 2025-12-31\n---\nText.\n",
    );
    site.build().success().stderr_lacks("in the future");
}
