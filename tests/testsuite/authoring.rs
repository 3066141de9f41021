//! The writer's commands: `init` makes a site that builds, `new story` adds drafts that build,
//! `check` validates without writing and reports as text or JSON.

use std::ffi::OsString;
use std::fs;

use crate::harness::{Site, Tree, bayan};

fn run(args: &[&str], output: &std::path::Path) -> crate::harness::Run {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    bayan(&args, output)
}

#[test]
fn init_makes_a_site_that_builds_in_both_languages() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("mysite");
    let out = dir.join("public");
    run(&["init", dir.to_str().unwrap()], &out)
        .success()
        .stdout_has("Created a bilingual site");
    let tree = run(&["build", "--root", dir.to_str().unwrap()], &out)
        .success()
        .tree();
    assert_eq!(
        tree.page("/ar/stories/welcome/").lang_dir(),
        ("ar".to_owned(), "rtl".to_owned())
    );
    assert_eq!(
        tree.page("/en/stories/welcome/").text("h1"),
        "Our newsroom is open"
    );
    assert!(tree.has("/en/about/"));
    // A project and an indicator, shown in the story through a shortcode.
    assert_eq!(
        tree.page("/ar/projects/school-rehabilitation/").text("h1"),
        "إعادة تأهيل المدارس"
    );
    assert!(tree.has("/en/indicators/classrooms-repaired/"));
    assert_eq!(tree.page("/ar/stories/welcome/").count(".prose svg"), 1);
}

#[test]
fn init_refuses_a_folder_with_files() {
    let scratch = tempfile::tempdir().unwrap();
    fs::write(scratch.path().join("notes.txt"), "mine").unwrap();
    let before = Tree::read(scratch.path());
    run(&["init", scratch.path().to_str().unwrap()], scratch.path())
        .fails_with(1)
        .stderr_has("not empty");
    Tree::read(scratch.path()).assert_same(&before);
}

#[test]
fn new_story_creates_a_draft_per_language_that_builds() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    run(
        &["new", "story", "school-meals", "--root", &root],
        &site.output(),
    )
    .success();
    let en =
        fs::read_to_string(site.root().join("content/stories/school-meals/index.en.md")).unwrap();
    assert!(en.contains("title: \"School meals\""), "{en}");
    assert!(en.contains("choose from: education, health"), "{en}");
    assert!(
        site.root()
            .join("content/stories/school-meals/index.ar.md")
            .is_file()
    );
    let run_ = site.build().success();
    assert!(run_.stdout.contains("school-meals (en): draft"), "{run_}");
    assert!(!run_.tree().has("/en/stories/school-meals/"));
    // The Arabic file has Arabic placeholders, not the English ones.
    let ar =
        fs::read_to_string(site.root().join("content/stories/school-meals/index.ar.md")).unwrap();
    assert!(ar.contains("title: \"عنوان الخبر\""), "{ar}");
    assert!(ar.contains("اكتب نص الخبر هنا."), "{ar}");
    assert!(!ar.contains("Write the story here"), "{ar}");
    // A preview shows the placeholders with a warning; publishing them is an error.
    let drafts = site.build_with(&["--drafts"]).success();
    assert_eq!(
        drafts.tree().page("/ar/stories/school-meals/").text("h1"),
        "عنوان الخبر"
    );
    let warned = "content/stories/school-meals/index.ar.md:6:1: warning[S008]: the story still holds the placeholder text";
    assert!(drafts.stderr.contains(warned), "{drafts}");
    for lang in ["en", "ar"] {
        let path = format!("content/stories/school-meals/index.{lang}.md");
        let text = fs::read_to_string(site.root().join(&path)).unwrap();
        site.write(
            &path,
            &text.replace("draft: true   # remove this line to publish\n", ""),
        );
    }
    site.build()
        .fails_with(1)
        .reports(
            "content/stories/school-meals/index.en.md",
            9,
            "error",
            "the story still holds the placeholder text “Write the story here.”",
        )
        .reports(
            "content/stories/school-meals/index.ar.md",
            2,
            "error",
            "the title is still the placeholder “عنوان الخبر”",
        );
}

#[test]
fn new_story_refuses_bad_slugs_and_existing_stories() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    run(
        &[
            "new",
            "story",
            "Meals",
            "--slug",
            "School Meals",
            "--root",
            &root,
        ],
        &site.output(),
    )
    .fails_with(2)
    .stderr_has("`school-meals`");
    run(
        &["new", "story", "وجبات مدرسية", "--root", &root],
        &site.output(),
    )
    .fails_with(2)
    .stderr_has("add one with --slug");
    run(&["new", "story", "hello", "--root", &root], &site.output())
        .fails_with(1)
        .stderr_has("not empty");
}

#[test]
fn check_writes_nothing_and_exits_by_errors() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    let before = site.snapshot();
    run(&["check", "--root", &root], &site.output())
        .success()
        .stdout_has("No errors");
    site.snapshot().assert_same(&before);
    site.write(
        "content/stories/hello/index.en.md",
        "---\ntitel: x\ndate: 2024-05-12\n---\n[gone](../gone/)\n",
    );
    let failed = run(
        &["check", "--root", &root, "--format", "json"],
        &site.output(),
    )
    .fails_with(1);
    let report: serde_json::Value = serde_json::from_str(&failed.stdout).expect("JSON output");
    assert_eq!(report["ok"], false);
    assert!(report["errors"].as_u64().unwrap() >= 1);
    let problem = &report["problems"][0];
    assert_eq!(problem["path"], "content/stories/hello/index.en.md");
    assert_eq!(problem["line"], 2);
    assert_eq!(problem["message"], "unknown key `titel`");
    assert_eq!(problem["hint"], "did you mean `title`?");
    assert!(!site.output().exists());
}

#[test]
fn check_lists_upcoming_embargoes_in_json() {
    let site = Site::fixture("minimal").with_file(
        "content/stories/later/index.en.md",
        "---\ntitle: Later\ndate: 2024-05-12\nembargo: 2030-05-13T09:00:00+03:00\n---\nText.\n",
    );
    let root = site.root().to_str().unwrap().to_owned();
    let out = run(
        &[
            "check",
            "--root",
            &root,
            "--format",
            "json",
            "--now",
            "2026-01-01T00:00:00Z",
        ],
        &site.output(),
    )
    .success();
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report["withheld"][0]["reason"], "embargo");
    assert_eq!(report["withheld"][0]["slug"], "later");
}

#[test]
fn status_lists_what_is_not_published_and_when_the_next_embargo_ends() {
    let site = Site::fixture("drafts_embargo")
        .with_file(
            "content/stories/later/index.en.md",
            "---\ntitle: \"Later\"\nsummary: \"Dated ahead.\"\ndate: 2026-02-01\n---\nText.\n",
        )
        .with_file(
            "content/stories/later/index.ar.md",
            "---\ntitle: \"لاحقاً\"\nsummary: \"مؤرخ.\"\n---\nنص.\n",
        );
    let root = site.root().to_str().unwrap().to_owned();
    let args = ["status", "--root", &root, "--now", crate::harness::NOW];
    let text = run(&args, &site.output()).success();
    // The embargo as the fixture writes it, read here on its own.
    let embargoed = fs::read_to_string(
        site.root()
            .join("content/stories/quokka-embargo/index.en.md"),
    )
    .unwrap();
    let until: jiff::Timestamp = embargoed
        .lines()
        .find_map(|l| l.strip_prefix("embargo: "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(
        text.stdout
            .contains("Under embargo (1):\n  quokka-embargo (en, ar): published at"),
        "{text}"
    );
    assert!(
        text.stdout.contains("Drafts (1):\n  zebra-draft (en, ar)"),
        "{text}"
    );
    assert!(
        text.stdout
            .contains("Published now though dated later, with no embargo (1):\n  later (en, ar)"),
        "{text}"
    );
    assert_eq!(
        text.stdout.lines().last(),
        Some(format!("next-lift: {until}").as_str()),
        "{text}"
    );
    let json = run(&[&args[..], &["--format", "json"]].concat(), &site.output()).success();
    let document: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(document["next_lift"], until.to_string());
    assert_eq!(document["drafts"][0]["slug"], "zebra-draft");
    assert_eq!(
        document["embargoed"][0]["langs"],
        serde_json::json!(["en", "ar"])
    );
    assert!(!site.output().exists(), "status wrote files");
}

#[test]
fn new_story_takes_a_headline_and_makes_its_address_from_it() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    run(
        &[
            "new",
            "story",
            "Qatar opens 12 \"new\" schools",
            "--root",
            &root,
        ],
        &site.output(),
    )
    .success();
    let folder = site
        .root()
        .join("content/stories/qatar-opens-12-new-schools");
    let en = fs::read_to_string(folder.join("index.en.md")).unwrap();
    assert!(
        en.contains(r#"title: "Qatar opens 12 \"new\" schools""#),
        "{en}"
    );
    run(
        &[
            "new",
            "story",
            "قطر تفتتح مدارس",
            "--slug",
            "schools",
            "--root",
            &root,
        ],
        &site.output(),
    )
    .success();
    let folder = site.root().join("content/stories/schools");
    let ar = fs::read_to_string(folder.join("index.ar.md")).unwrap();
    assert!(ar.contains("title: \"قطر تفتتح مدارس\""), "{ar}");
    let en = fs::read_to_string(folder.join("index.en.md")).unwrap();
    assert!(en.contains("title: \"Schools\""), "{en}");
    // Both build as drafts, headlines and all.
    let drafts = site.build_with(&["--drafts"]).success().tree();
    assert_eq!(
        drafts
            .page("/en/stories/qatar-opens-12-new-schools/")
            .text("h1"),
        "Qatar opens 12 \"new\" schools"
    );
    assert_eq!(
        drafts.page("/ar/stories/schools/").text("h1"),
        "قطر تفتتح مدارس"
    );
}

#[test]
fn new_page_project_indicator_and_partner_write_files_that_build() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    let out = site.output();
    let new = |args: &[&str]| {
        let mut all = vec!["new"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--root", &root]);
        run(&all, &out)
    };
    new(&["page", "contact-us"])
        .success()
        .stdout_has("content/pages/contact-us.en.md")
        .stdout_has("content/pages/contact-us.ar.md");
    new(&["project", "school-meals", "--title", "School meals in Gaza"]).success();
    new(&[
        "indicator",
        "girls-enrolled",
        "--title",
        "الفتيات الملتحقات بالمدارس",
    ])
    .success();
    new(&["partner", "wfp", "--title", "World Food Programme"]).success();
    new(&["partner", "unhcr"]).success();

    // The Arabic names `new` could not know stay placeholders: a preview shows them and warns...
    let preview = site
        .build_with(&["--drafts"])
        .success()
        .stderr_has("content/projects/school-meals.yaml:3:")
        .stderr_has("warning[D004]: the name is still the placeholder “اسم المشروع”")
        .stderr_has("content/pages/contact-us.ar.md:2:1: warning[P003]");
    let drafts = preview.tree();
    assert_eq!(
        drafts.page("/ar/projects/school-meals/").text("h1"),
        "اسم المشروع"
    );
    assert_eq!(drafts.page("/en/contact-us/").text("h1"), "Contact us");
    assert_eq!(drafts.page("/ar/contact-us/").text("h1"), "عنوان الصفحة");
    // ...and a build that publishes refuses them, one error at each.
    let refused = site.build().fails_with(1);
    assert_eq!(
        refused.stderr.matches("error[D004]").count(),
        3,
        "{refused}"
    );
    // The page is a draft: published by a preview only, then refused while it holds the
    // placeholder text.
    for lang in ["en", "ar"] {
        let path = site
            .root()
            .join(format!("content/pages/contact-us.{lang}.md"));
        let text = fs::read_to_string(&path).unwrap();
        fs::write(
            &path,
            text.replace("draft: true   # remove this line to publish\n", ""),
        )
        .unwrap();
    }
    site.build()
        .fails_with(1)
        .stderr_has("content/pages/contact-us.en.md:5:1: error[P002]")
        .stderr_has("content/pages/contact-us.ar.md:2:1: error[P003]");

    // Written, they build.
    let write = |file: &str, from: &str, to: &str| {
        let path = site.root().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: {text}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    write(
        "content/projects/school-meals.yaml",
        "اسم المشروع",
        "وجبات مدرسية في غزة",
    );
    write(
        "content/partners.yaml",
        "ar: \"اسم الشريك\"",
        "ar: \"برنامج الأغذية العالمي\"",
    );
    write(
        "content/partners.yaml",
        "ar: \"اسم الشريك\"",
        "ar: \"المفوضية\"",
    );
    write(
        "content/pages/contact-us.en.md",
        "Write the story here.",
        "Write to us.",
    );
    write("content/pages/contact-us.ar.md", "عنوان الصفحة", "اتصل بنا");
    write(
        "content/pages/contact-us.ar.md",
        "اكتب نص الخبر هنا.",
        "راسلونا.",
    );
    let tree = site.build().success().tree();
    assert_eq!(
        tree.page("/en/projects/school-meals/").text("h1"),
        "School meals in Gaza"
    );
    assert_eq!(
        tree.page("/ar/projects/school-meals/").text("h1"),
        "وجبات مدرسية في غزة"
    );
    // A title in Arabic goes to the Arabic page; English gets one made from the id.
    assert_eq!(
        tree.page("/ar/indicators/girls-enrolled/").text("h1"),
        "الفتيات الملتحقات بالمدارس"
    );
    assert_eq!(
        tree.page("/en/indicators/girls-enrolled/").text("h1"),
        "Girls enrolled"
    );
    assert_eq!(
        tree.page("/en/partners/wfp/").text("h1"),
        "World Food Programme"
    );
    assert_eq!(tree.page("/ar/partners/unhcr/").text("h1"), "المفوضية");
    assert_eq!(tree.page("/ar/contact-us/").text("h1"), "اتصل بنا");
    // The new indicator has no figure: none is invented for it.
    let yaml =
        fs::read_to_string(site.root().join("content/indicators/girls-enrolled.yaml")).unwrap();
    assert!(
        yaml.lines()
            .all(|line| line.starts_with('#') || !line.contains("value")),
        "{yaml}"
    );

    // Nothing is overwritten, and an id must be an address.
    new(&["partner", "wfp"])
        .fails_with(1)
        .stderr_has("there is already a partner `wfp`");
    new(&["project", "school-meals"])
        .fails_with(1)
        .stderr_has("this file already exists");
    new(&["page", "Contact Us"])
        .fails_with(2)
        .stderr_has("like `contact-us`");
}
