//! Input that would make the output explode or the build crawl: caps with a clear error where a
//! writer's input would multiply files, and a cost that grows no faster than the input elsewhere.

use crate::harness::Site;

const STORY: &str = "content/stories/hello/index.en.md";

fn story(front: &str) -> String {
    format!("---\ntitle: \"Hello\"\ndate: 2024-05-12\n{front}\n---\nText.\n")
}

#[test]
fn a_title_of_a_hundred_thousand_characters_is_fitted_to_its_share_card() {
    let title: String = (0..20_000).map(|i| format!("w{i} ")).collect::<String>()[..100_000]
        .trim_end()
        .to_owned();
    let site = Site::fixture("minimal").with_file(
        STORY,
        &format!("---\ntitle: \"{title}\"\ndate: 2024-05-12\n---\nText.\n"),
    );
    let out = site.build().success().tree();
    let card = image::load_from_memory(out.bytes("/share/en/stories/hello.png")).unwrap();
    assert_eq!((card.width(), card.height()), (1200, 630));
    assert!(
        out.text("/en/stories/hello/").contains(&title),
        "the page keeps it whole"
    );
}

#[test]
fn a_story_takes_at_most_twenty_tags_each_short_enough_for_an_address() {
    let many: Vec<String> = (0..5000).map(|i| format!("tag{i}")).collect();
    let site =
        Site::fixture("minimal").with_file(STORY, &story(&format!("tags: [{}]", many.join(", "))));
    let run =
        site.build()
            .fails_with(1)
            .reports(STORY, 4, "error", "a story takes at most 20 tags");
    assert_eq!(
        run.stderr.matches("at most 20 tags").count(),
        1,
        "one error, not thousands"
    );

    let arabic = ["التعليم"; 18].join(" ");
    let site = Site::fixture("minimal").with_file(STORY, &story(&format!("tags: [\"{arabic}\"]")));
    site.build()
        .fails_with(1)
        .reports(STORY, 4, "error", "this tag is 143 characters long");
}

#[test]
fn an_alias_too_long_for_a_file_name_is_refused_at_once() {
    let long = "a".repeat(300);
    let site =
        Site::fixture("minimal").with_file(STORY, &story(&format!("aliases: [\"/en/{long}/\"]")));
    site.build()
        .fails_with(1)
        .stderr_has("too long to be a file name")
        .stderr_lacks("File name too long");
}
