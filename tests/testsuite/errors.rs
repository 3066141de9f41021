//! Errors for writers: `path:line:col:` of the file itself, plain words, a hint, every problem
//! of a build in one run, and exit codes 1 (content) and 2 (usage).

use std::ffi::OsString;

use crate::harness::{Site, bayan};

const EN: &str = "content/stories/hello/index.en.md";
const AR: &str = "content/stories/hello/index.ar.md";

fn story(front_matter: &str) -> String {
    format!("---\n{front_matter}---\nText.\n")
}

#[test]
fn malformed_front_matter_points_at_the_line_of_the_file() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\nsectors: [education]\nsummary: a: b\n"),
    );
    site.build()
        .fails_with(1)
        .reports(
            EN,
            5,
            "error",
            "a colon inside this value confuses the front matter",
        )
        .stderr_has(" 5 | summary: a: b");
    assert!(!site.output().exists());
}

#[test]
fn broken_translation_does_not_blame_the_other() {
    // The date is in the English file; a syntax error there must not make the Arabic file
    // "have no date".
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\nsummary: a: b\n"),
    );
    site.build()
        .fails_with(1)
        .reports(
            EN,
            4,
            "error",
            "a colon inside this value confuses the front matter",
        )
        .stderr_lacks(AR)
        .stderr_has("1 problem");
}

#[test]
fn bad_date_is_reported_once_at_its_line() {
    let site = Site::fixture("minimal")
        .with_file(EN, &story("title: \"Hello world\"\ndate: 12/05/2024\n"));
    site.build()
        .fails_with(1)
        .reports(EN, 3, "error", "`12/05/2024` is not a date")
        .stderr_lacks("has no `date`")
        .stderr_has("1 problem");
}

#[test]
fn duplicate_key_is_explained_in_plain_words() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\ntitle: \"Again\"\n"),
    );
    site.build()
        .fails_with(1)
        .reports(EN, 4, "error", "title")
        .stderr_lacks("DuplicateKeyPolicy");
}

#[test]
fn unknown_front_matter_key_is_named_with_the_nearest_valid_one() {
    let site = Site::fixture("minimal")
        .with_file(EN, &story("date: 2024-05-12\ntitel: \"Hello world\"\n"));
    site.build()
        .fails_with(1)
        .reports(EN, 3, "error", "unknown key `titel`")
        .stderr_has("did you mean `title`?");
}

#[test]
fn message_shows_the_source_line_a_caret_and_a_hint() {
    let site = Site::fixture("minimal").with_file(AR, &story("titel: \"مرحبا بالعالم\"\n"));
    let run = site.build().fails_with(1);
    let expected = "content/stories/hello/index.ar.md:2:1: error[Y010]: unknown key `titel`\n 2 | titel: \"مرحبا بالعالم\"\n   | ^\n  hint: did you mean `title`?\n";
    assert!(run.stderr.starts_with(expected), "{run}");
}

#[test]
fn unknown_site_yaml_key_is_named_with_the_nearest_valid_one() {
    let site = Site::fixture("minimal").with_file(
        "site.yaml",
        "title: \"Minimal Newsroom\"\nbase_url: \"https://example.org/\"\ndescripton: \"A site\"\n",
    );
    site.build()
        .fails_with(1)
        .reports("site.yaml", 3, "error", "unknown key `descripton`")
        .stderr_has("did you mean `description`?");
}

#[test]
fn every_broken_file_is_reported_in_one_run() {
    let site = Site::fixture("minimal")
        .with_file(AR, &story("titel: \"مرحبا بالعالم\"\n"))
        .with_file(
            "content/stories/second/index.en.md",
            &story("title: \"Second\"\ndate: 2024-05-12\nsummary: a: b\n"),
        )
        .with_file(
            "content/stories/third/index.ar.md",
            &story("title: \"الثالث\"\ndate: 2024-05-12\nsectors: [helth]\n"),
        )
        .with_file(
            "content/pages/about.en.md",
            &story("title: \"About\"\nwieght: 2\n"),
        );
    site.build()
        .fails_with(1)
        .reports(AR, 2, "error", "unknown key `titel`")
        .reports(
            "content/stories/second/index.en.md",
            4,
            "error",
            "a colon inside this value confuses the front matter",
        )
        .reports(
            "content/stories/third/index.ar.md",
            4,
            "error",
            "unknown sector `helth`",
        )
        .reports(
            "content/pages/about.en.md",
            3,
            "error",
            "unknown key `wieght`",
        )
        .stderr_has("4 problems");
}

#[test]
fn unknown_sector_suggests_the_nearest() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\nsectors: [health, educaton]\n"),
    );
    site.build()
        .fails_with(1)
        .reports(EN, 4, "error", "unknown sector `educaton`")
        .stderr_has("did you mean `education`?");
}

#[test]
fn unknown_country_code_is_an_error() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\ncountries: [SD, XX]\n"),
    );
    site.build()
        .fails_with(1)
        .reports(EN, 4, "error", "unknown country code `XX`");
}

#[test]
fn country_name_instead_of_code_gets_the_code_as_hint() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\ncountries: [Sudan]\n"),
    );
    site.build()
        .fails_with(1)
        .reports(EN, 4, "error", "`Sudan`")
        .stderr_has("`SD`");
}

#[test]
fn goal_outside_one_to_seventeen_is_an_error() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\nsdgs: [4, 18]\n"),
    );
    site.build().fails_with(1).reports(EN, 4, "error", "18");
}

#[test]
fn embargo_without_a_timezone_is_an_error() {
    let site = Site::fixture("minimal").with_file(
        EN,
        &story("title: \"Hello world\"\ndate: 2024-05-12\nembargo: 2024-05-13T09:00:00\n"),
    );
    site.build()
        .fails_with(1)
        .reports(EN, 4, "error", "embargo");
}

#[test]
fn story_without_a_date_is_an_error() {
    let site = Site::fixture("minimal")
        .with_file(EN, &story("title: \"Hello world\"\n"))
        .with_file(AR, &story("title: \"مرحبا بالعالم\"\n"));
    site.build()
        .fails_with(1)
        .stderr_has(EN)
        .stderr_has("`date`");
}

#[test]
fn missing_site_yaml_is_explained() {
    let site = Site::fixture("minimal");
    std::fs::remove_file(site.root().join("site.yaml")).unwrap();
    site.build().fails_with(1).stderr_has("site.yaml");
}

#[test]
fn failed_build_says_nothing_was_built() {
    let site = Site::fixture("minimal").with_file(EN, &story("titel: \"x\"\n"));
    site.build().fails_with(1).stderr_has("not built");
}

fn usage(args: &[&str]) -> crate::harness::Run {
    let site = Site::fixture("minimal");
    let mut all: Vec<OsString> = args.iter().map(OsString::from).collect();
    all.extend(["--root".into(), site.root().as_os_str().to_owned()]);
    bayan(&all, &site.output())
}

#[test]
fn unknown_flag_is_a_usage_error() {
    usage(&["build", "--frobnicate"])
        .fails_with(2)
        .stderr_has("--frobnicate");
}

#[test]
fn bad_now_is_a_usage_error() {
    usage(&["build", "--now", "yesterday"])
        .fails_with(2)
        .stderr_has("--now");
    usage(&["build", "--now", "2024-05-13T09:00:00"]).fails_with(2);
}

#[test]
fn missing_command_is_a_usage_error() {
    bayan(&[], std::path::Path::new("public")).fails_with(2);
}

#[test]
fn help_is_not_an_error() {
    let run = bayan(
        &["build".into(), "--help".into()],
        std::path::Path::new("public"),
    );
    assert!(run.code == Some(0), "{run}");
    assert!(run.stdout.contains("--now"), "{run}");
}

#[test]
fn hostile_front_matter_never_crashes_the_build() {
    let cases = [
        "",
        "---",
        "---\n---\n",
        "\u{0}\u{1}binary\u{ff}",
        "---\ntitle: [[[[[[[[[[\n---\n",
        "---\ntitle: {en: x}\ndate: 2024-01-01\n---\n",
        "---\ntitle: x\ndate: 99999-99-99\n---\n",
        "---\ntitle: x\ndate: 2024-01-01\nsdgs: [99999999999999999999999]\n---\n",
        "---\ntitle: x\ndate: 2024-01-01\ntags: [[a], {b: c}]\n---\n",
        "---\ntitle: x\ndate: 2024-01-01\naliases: [\"/\\u0000/\"]\n---\n",
        "---\ntitle: x\ndate: 2024-01-01\ncover: \"\"\n---\n![](<>)\n[x](<javascript:alert(1)>)\n",
        "---\na: &a [*a, *a]\n---\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let run = Site::fixture("minimal")
            .with_file("content/stories/hello/index.en.md", text)
            .build();
        assert!(!run.stderr.contains("panicked"), "case {i} crashed:\n{run}");
        run.fails_with(1);
    }
}

#[test]
fn a_file_not_saved_as_utf8_is_explained_and_blames_no_other() {
    let site = Site::fixture("minimal");
    std::fs::write(
        site.root().join("content/stories/hello/index.en.md"),
        b"---\ntitle: \xff\xfe\n---\n",
    )
    .unwrap();
    site.build()
        .fails_with(1)
        .stderr_has(
            "index.en.md: error[F001]: cannot read the file: the file is not saved as UTF-8 text",
        )
        .stderr_lacks("index.ar.md");
}

#[test]
fn quoting_mistakes_are_explained_in_plain_words() {
    for (line, message, hint) in [
        (
            "title: \"He said \"yes\"\"",
            "the quoted text ends early",
            "single quotes",
        ),
        (
            "title: Project: phase two",
            "a colon inside this value",
            "double quotes",
        ),
        ("sdgs: [SDG5]", "a whole number is expected here", "digits"),
        (
            "draft: nope",
            "`true` or `false` is expected here",
            "true or false",
        ),
    ] {
        Site::fixture("minimal")
            .with_file(
                "content/stories/hello/index.en.md",
                &format!("---\ndate: 2024-05-12\n{line}\n---\nText.\n"),
            )
            .build()
            .fails_with(1)
            .reports("content/stories/hello/index.en.md", 3, "error", message)
            .stderr_has(hint);
    }
}

#[test]
fn bad_base_url_flag_is_a_usage_error() {
    Site::fixture("minimal")
        .build_with(&["--base-url", "foo"])
        .fails_with(2)
        .stderr_has("--base-url must be")
        .stderr_lacks("site.yaml");
}

#[test]
fn front_matter_and_body_problems_are_reported_in_one_run() {
    Site::fixture("local_files")
        .with_file(
            "content/stories/with-cover/index.en.md",
            "---\ntitel: x\ndate: 2024-05-12\n---\n![](class.jpg)\n",
        )
        .build()
        .fails_with(1)
        .reports(
            "content/stories/with-cover/index.en.md",
            2,
            "error",
            "unknown key `titel`",
        )
        .reports(
            "content/stories/with-cover/index.en.md",
            5,
            "error",
            "has no description",
        );
}

#[test]
fn a_story_without_summary_is_a_warning() {
    Site::fixture("minimal")
        .with_file(
            "content/stories/hello/index.en.md",
            "---\ntitle: Hello\ndate: 2024-05-12\n---\nText.\n",
        )
        .build()
        .success()
        .reports(
            "content/stories/hello/index.en.md",
            2,
            "warning",
            "the story has no summary",
        );
}

#[test]
fn every_unknown_key_of_a_file_is_reported_at_once() {
    Site::fixture("minimal")
        .with_file(
            "content/stories/hello/index.en.md",
            "---\ntitel: x\ndate: 2024-05-12\ncountry: [SD]\nsectros: [education]\n---\nText.\n",
        )
        .build()
        .fails_with(1)
        .reports(
            "content/stories/hello/index.en.md",
            2,
            "error",
            "unknown key `titel`",
        )
        .reports(
            "content/stories/hello/index.en.md",
            4,
            "error",
            "unknown key `country`",
        )
        .reports(
            "content/stories/hello/index.en.md",
            5,
            "error",
            "unknown key `sectros`",
        )
        .stderr_has("did you mean `countries`?");
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    use std::process::Stdio;
    let site = Site::fixture("minimal");
    let mut child = crate::harness::bayan_command()
        .args(["check", "--format", "json", "--root"])
        .arg(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // As `bayan check --format json | head -0` does: the reader closes before bayan writes.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
