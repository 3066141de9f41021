//! Addresses that one piece of content could take from another.

use crate::harness::Site;

const PUBLIC: &str = "content/stories/public-story/index.en.md";

fn public_story_with_alias(alias: &str) -> String {
    format!(
        "---\ntitle: \"Public story\"\ndate: 2024-05-01\naliases: [\"{alias}\"]\n---\nPublished text.\n"
    )
}

#[test]
fn an_alias_cannot_take_the_address_of_a_story_held_back() {
    for (alias, held) in [
        ("/en/stories/quokka-embargo/", "under embargo until"),
        ("/en/stories/quokka-embargo/old.html", "under embargo until"),
        ("/ar/stories/zebra-draft/", "a draft"),
    ] {
        let site =
            Site::fixture("drafts_embargo").with_file(PUBLIC, &public_story_with_alias(alias));
        site.build()
            .fails_with(1)
            .stderr_has(&format!(
                "{PUBLIC}: error[O001]: the alias {alias} is the address of the story"
            ))
            .stderr_has(held);
    }
    // Any other old address still redirects.
    let site = Site::fixture("drafts_embargo").with_file(
        PUBLIC,
        &public_story_with_alias("/en/stories/quokka-embargo-old/"),
    );
    let out = site.build().success().tree();
    assert!(out.has("/en/stories/quokka-embargo-old/"));
}
