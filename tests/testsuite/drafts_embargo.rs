//! Drafts and embargoed stories never leak: not as pages, in lists, term pages, counts, the
//! landing page or aliases. `--drafts` shows drafts (with noindex); embargoes lift at their
//! instant, judged against `--now`.

use crate::harness::{Site, Tree};

/// Words only the draft `zebra-draft` or the embargoed `quokka-embargo` contain.
const SECRETS: [&str; 8] = [
    "zebra",
    "مسودة الحمار الوحشي",
    "quokka",
    "خبر الكوكا المحظور",
    "Chad",
    "تشاد",
    "Yemen",
    "اليمن",
];

/// Pages that exist only because of the draft or the embargoed story.
const SECRET_PAGES: [&str; 12] = [
    "/{l}/stories/zebra-draft/",
    "/{l}/stories/quokka-embargo/",
    "/{l}/news/zebra-old/",
    "/{l}/news/quokka-old/",
    "/{l}/countries/td/",
    "/{l}/countries/ye/",
    "/{l}/sdgs/13/",
    "/{l}/sdgs/14/",
    "/{l}/tags/zebra-tag/",
    "/{l}/tags/quokka-tag/",
    "/{l}/zebra-page/",
    "/{l}/zebra-page-old/",
];

fn assert_no_trace(out: &Tree, secrets: &[&str], pages: &[&str]) {
    for secret in secrets {
        let found = out.containing(secret);
        assert!(found.is_empty(), "{secret:?} leaked into {found:?}");
        let lower = secret.to_lowercase();
        let paths: Vec<&String> = out
            .files
            .keys()
            .filter(|p| p.to_lowercase().contains(&lower))
            .collect();
        assert!(paths.is_empty(), "{secret:?} leaked as {paths:?}");
    }
    for lang in ["en", "ar"] {
        for template in pages {
            let url = template.replace("{l}", lang);
            assert!(!out.has(&url), "{url} was published");
        }
    }
}

#[test]
fn drafts_and_embargoed_stories_leave_no_trace() {
    let out = Site::fixture("drafts_embargo").build().success().tree();
    assert!(out.has("/en/stories/public-story/"));
    assert_no_trace(&out, &SECRETS, &SECRET_PAGES);
}

#[test]
fn shared_terms_count_only_published_stories() {
    let out = Site::fixture("drafts_embargo").build().success().tree();
    for url in [
        "/en/",
        "/en/stories/",
        "/en/sectors/education/",
        "/en/countries/sd/",
        "/en/sdgs/4/",
        "/en/tags/shared-tag/",
    ] {
        assert_eq!(
            out.page(url).texts(".card-title a"),
            ["Public story"],
            "{url}"
        );
    }
    assert_eq!(
        out.page("/ar/tags/shared-tag/").texts(".card-title a"),
        ["خبر منشور"]
    );
    for url in ["/en/sectors/", "/en/countries/", "/en/sdgs/", "/en/tags/"] {
        assert_eq!(
            out.page(url).texts(".term-count"),
            ["1\u{a0}story"],
            "{url}"
        );
    }
    assert_eq!(
        out.page("/").texts("section[lang=en] .landing-stories a"),
        ["Public story"]
    );
}

#[test]
fn published_pages_are_indexable() {
    let out = Site::fixture("drafts_embargo").build().success().tree();
    for url in ["/", "/en/", "/ar/stories/public-story/"] {
        assert_eq!(out.page(url).count("meta[name=robots]"), 0, "{url}");
    }
}

#[test]
fn drafts_flag_publishes_drafts_with_noindex() {
    let out = Site::fixture("drafts_embargo")
        .build_with(&["--drafts"])
        .success()
        .tree();
    let draft = out.page("/en/stories/zebra-draft/");
    assert_eq!(draft.text("h1"), "Zebra draft headline");
    assert!(out.has("/ar/stories/zebra-draft/"));
    assert!(out.has("/en/news/zebra-old/"));
    assert!(out.has("/en/stories/zebra-draft/zebra-photo.jpg"));
    assert_eq!(out.page("/en/zebra-page/").text("h1"), "Zebra draft page");
    for url in [
        "/",
        "/en/",
        "/en/stories/zebra-draft/",
        "/ar/stories/public-story/",
    ] {
        assert_eq!(
            out.page(url).attr("meta[name=robots]", "content"),
            "noindex",
            "{url}"
        );
    }
    assert!(
        out.page("/en/tags/shared-tag/")
            .texts(".card-title a")
            .contains(&"Zebra draft headline".to_owned())
    );
}

#[test]
fn drafts_flag_does_not_lift_embargoes() {
    let out = Site::fixture("drafts_embargo")
        .build_with(&["--drafts"])
        .success()
        .tree();
    let embargoed: Vec<&str> = SECRET_PAGES
        .iter()
        .copied()
        .filter(|p| !p.contains("zebra") && !p.contains("td/") && !p.contains("13/"))
        .collect();
    assert_no_trace(
        &out,
        &["quokka", "خبر الكوكا المحظور", "Yemen", "اليمن"],
        &embargoed,
    );
}

#[test]
fn embargo_lifts_at_its_instant_in_every_language() {
    // The embargo is 2026-06-01T09:00:00+03:00, written in the English file only: the Arabic
    // translation shares it.
    let site = Site::fixture("drafts_embargo");
    let out = site
        .build_with(&["--now", "2026-06-01T06:00:00Z"])
        .success()
        .tree();
    assert_eq!(
        out.page("/en/stories/quokka-embargo/").text("h1"),
        "Quokka embargoed headline"
    );
    assert_eq!(
        out.page("/ar/stories/quokka-embargo/").text("h1"),
        "خبر الكوكا المحظور"
    );
    assert!(out.has("/en/news/quokka-old/"));
    assert!(out.has("/en/countries/ye/"));
    assert_eq!(
        out.page("/en/stories/").texts(".card-title a"),
        ["Quokka embargoed headline", "Public story"]
    );
}

#[test]
fn embargo_holds_until_its_instant_in_every_language() {
    let site = Site::fixture("drafts_embargo");
    let out = site
        .build_with(&["--now", "2026-06-01T08:59:59+03:00"])
        .success()
        .tree();
    assert_no_trace(
        &out,
        &["quokka", "خبر الكوكا المحظور"],
        &["/{l}/stories/quokka-embargo/", "/{l}/news/quokka-old/"],
    );
}

#[test]
fn a_draft_translation_holds_back_only_itself_and_the_build_says_so() {
    let site = Site::fixture("minimal")
        .with_file(
            "content/stories/hello/index.ar.md",
            "---\ntitle: \"مسودة\"\ndraft: true\n---\nنص.\n",
        )
        .with_file(
            "content/stories/later/index.en.md",
            "---\ntitle: Later\ndate: 2024-05-12\nembargo: 2030-05-13T09:00:00+03:00\n---\nText.\n",
        );
    let run = site.build().success();
    assert!(run.stdout.contains("hello (ar): draft"), "{run}");
    assert!(
        run.stdout
            .contains("later (en): under embargo until 2030-05-13 06:00 (UTC+00:00)"),
        "{run}"
    );
    let out = run.tree();
    assert!(out.has("/en/stories/hello/"));
    assert!(!out.has("/ar/stories/hello/"));
    assert!(out.containing("مسودة").is_empty());
}

/// Every file under `folder` (hidden ones included) whose bytes contain `needle`.
fn files_containing(folder: &std::path::Path, needle: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn a_preview_is_written_apart_from_the_public_site_and_says_so() {
    let site = Site::fixture("drafts_embargo");
    let args = |extra: &[&str]| {
        let mut all: Vec<std::ffi::OsString> = vec![
            "build".into(),
            "--root".into(),
            site.root().into(),
            "--now".into(),
            crate::harness::NOW.into(),
        ];
        all.extend(extra.iter().map(Into::into));
        all
    };
    let preview = site.root().join("preview");
    crate::harness::bayan(&args(&["--preview"]), &preview)
        .success()
        .stdout_has("This is a preview")
        .stdout_has("Do not publish");
    assert!(
        preview
            .join("en/stories/quokka-embargo/index.html")
            .is_file()
    );
    assert!(!site.output().exists(), "a preview went into public/");

    // The public site's folder never takes a preview, even when named.
    let public = site.output();
    crate::harness::bayan(&args(&[]), &public).success();
    crate::harness::bayan(
        &args(&["--drafts", "--output", public.to_str().unwrap()]),
        &public,
    )
    .fails_with(1)
    .stderr_has("this folder holds the public site")
    .stderr_has("leave out --output");
    assert!(files_containing(&public, "zebra").is_empty());
}

#[test]
fn a_public_build_over_a_preview_leaves_no_copy_of_it_behind() {
    let site = Site::fixture("drafts_embargo");
    let outputs = site.scratch().join("outputs");
    let folder = outputs.join("site");
    site.build_to(&folder, &["--preview", "--drafts"]).success();
    assert!(!files_containing(&outputs, "quokka").is_empty());
    site.build_to(&folder, &[]).success();
    // Neither the output nor anything beside it (the copy a build keeps to rebuild quickly)
    // holds an unpublished story any more.
    for secret in ["quokka", "zebra"] {
        let found = files_containing(&outputs, secret);
        assert!(found.is_empty(), "{secret} left in {found:?}");
    }
    site.build_to(&folder, &[]).success();
    assert!(
        outputs.join(".site.bayan-previous").is_dir(),
        "public builds still keep their copy to rebuild quickly"
    );
}
