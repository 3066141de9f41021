//! Publishing: the output folder is replaced only by a successful build, only if bayan made it
//! (or it is empty), and holds exactly the rendered site.

use std::fs;

use crate::harness::{Site, Tree};

const BROKEN: &str = "---\ntitle: \"Hello world\"\ndate: 2024-05-12\nsummary: a: b\n---\nText.\n";

#[test]
fn failed_build_leaves_the_previous_output_untouched() {
    let site = Site::fixture("minimal");
    let before = site.build().success().tree();
    site.write("content/stories/hello/index.en.md", BROKEN);
    site.build()
        .fails_with(1)
        .stderr_has("content/stories/hello/index.en.md:4:");
    Tree::read(&site.output()).assert_same(&before);
    let leftovers: Vec<_> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("bayan") && name != ".bayan-cache")
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn rebuild_replaces_the_previous_output() {
    let site = Site::fixture("minimal");
    site.build().success();
    site.write(
        "content/stories/second/index.en.md",
        "---\ntitle: \"Second\"\ndate: 2024-06-01\n---\nText.\n",
    );
    let out = site.build().success().tree();
    assert!(out.has("/en/stories/second/"));
    fs::remove_dir_all(site.root().join("content/stories/second")).unwrap();
    let out = site.build().success().tree();
    assert!(
        !out.has("/en/stories/second/"),
        "a deleted story stays published"
    );
    assert!(out.has("/en/stories/hello/"));
}

#[test]
fn folder_not_made_by_bayan_is_refused_and_untouched() {
    let site = Site::fixture("minimal");
    fs::create_dir_all(site.output().join("photos")).unwrap();
    fs::write(site.output().join("notes.txt"), "my notes").unwrap();
    fs::write(site.output().join("photos/a.jpg"), "a photo").unwrap();
    let before = Tree::read(&site.output());
    site.build().fails_with(1).stderr_has("not made by bayan");
    Tree::read(&site.output()).assert_same(&before);
}

#[test]
fn file_in_place_of_the_output_folder_is_refused_and_untouched() {
    let site = Site::fixture("minimal");
    fs::write(site.output(), "not a folder").unwrap();
    site.build().fails_with(1);
    assert_eq!(fs::read(site.output()).unwrap(), b"not a folder");
}

#[test]
fn empty_existing_folder_is_accepted() {
    let site = Site::fixture("minimal");
    fs::create_dir_all(site.output()).unwrap();
    let out = site.build().success().tree();
    assert!(out.has("/index.html"));
    assert!(out.has("/en/stories/hello/"));
    assert!(out.has(".bayan-output"));
}

#[test]
fn output_is_exactly_the_rendered_tree_plus_the_marker() {
    let site = Site::fixture("minimal");
    let rendered = site.render(false).expect("the fixture renders");
    assert!(!site.output().exists(), "rendering in memory wrote files");
    let mut written = site.build().success().tree();
    assert!(written.files.remove(".bayan-output").is_some());
    written.assert_same(&rendered);
}

#[test]
fn build_never_modifies_the_sources() {
    let site = Site::fixture("minimal");
    let before = site.snapshot();
    site.build().success();
    let mut after = site.snapshot();
    // Besides its output, a build keeps only its cache of made images.
    after
        .files
        .retain(|path, _| !path.starts_with("public/") && !path.starts_with(".bayan-cache/"));
    after.assert_same(&before);
}

/// The folder a rebuild swaps out and reuses as the next build's staging folder.
fn spare(site: &Site) -> std::path::PathBuf {
    site.root().join(".public.bayan-previous")
}

#[test]
fn rebuilds_reuse_the_swapped_out_folder_and_repair_it() {
    let site = Site::fixture("minimal");
    site.build().success();
    site.build().success();
    assert!(spare(&site).join(".bayan-output").is_file());
    // Whatever happened to the spare copy, the next build publishes exactly the site.
    let page = spare(&site).join("en/stories/hello/index.html");
    fs::write(&page, "tampered").unwrap();
    fs::write(spare(&site).join("stray.txt"), "left over").unwrap();
    fs::create_dir_all(spare(&site).join("en/gone")).unwrap();
    // A folder where a page goes, and a file where a folder goes: pages written while the site
    // is made cannot go there, and are written once the way is clear.
    fs::remove_file(spare(&site).join("index.html")).unwrap();
    fs::create_dir_all(spare(&site).join("index.html/inside")).unwrap();
    assert!(spare(&site).join("css").is_dir());
    fs::remove_dir_all(spare(&site).join("css")).unwrap();
    fs::write(spare(&site).join("css"), "a file").unwrap();
    let expected = site.render(false).expect("the fixture renders");
    let mut out = site.build().success().tree();
    assert!(out.files.remove(".bayan-output").is_some());
    out.assert_same(&expected);
}

#[test]
fn the_tree_a_build_gives_back_reads_what_it_published() {
    let site = Site::fixture("minimal");
    site.build().success();
    site.write(
        "content/stories/hello/index.en.md",
        "---\ntitle: \"Hello again\"\ndate: 2024-05-12\n---\nChanged since the last build.\n",
    );
    // Its pages were written into the spare folder, which then became the output.
    let report = bayan::build(&site.options(false)).expect("the build succeeds");
    let written = Tree::read(&site.output());
    assert!(
        written
            .text("/en/stories/hello/")
            .contains("Changed since the last build")
    );
    for (path, bytes) in report.tree.files() {
        let bytes = bytes.unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(*bytes, *written.files[path], "{path}");
    }
}

#[test]
fn a_foreign_folder_where_the_spare_goes_is_refused_and_untouched() {
    let site = Site::fixture("minimal");
    site.build().success();
    fs::create_dir_all(spare(&site)).unwrap();
    fs::write(spare(&site).join("mine.txt"), "not bayan's").unwrap();
    site.build().fails_with(1).stderr_has("not made by bayan");
    assert_eq!(
        fs::read_to_string(spare(&site).join("mine.txt")).unwrap(),
        "not bayan's"
    );
}

#[test]
fn output_overlapping_the_sources_is_refused() {
    let site = Site::fixture("minimal");
    let before = site.snapshot();
    for output in [".", "content", "content/stories/out", "static/site"] {
        site.build_to(&site.root().join(output), &[])
            .fails_with(1)
            .stderr_has("would overlap the site's own files");
    }
    site.snapshot().assert_same(&before);
}

/// When each file of the cache folder was last written.
fn written_at(folder: &std::path::Path) -> Vec<(std::path::PathBuf, std::time::SystemTime)> {
    let mut files: Vec<_> = fs::read_dir(folder)
        .expect("the cache folder")
        .map(|entry| {
            let path = entry.expect("an entry").path();
            let modified = fs::metadata(&path).and_then(|m| m.modified());
            (path, modified.expect("a modification time"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_warm_build_writes_exactly_what_a_cold_build_writes_share_cards_from_the_cache_included() {
    let site = Site::fixture("data");
    let cold = site
        .build_to(&site.scratch().join("cold"), &[])
        .success()
        .tree();
    let made = site.root().join(".bayan-cache/images/made");
    let cached = Tree::read(&made);
    let cards: Vec<(&String, &Vec<u8>)> = cold
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("share/"))
        .collect();
    assert!(
        cards.len() > 4,
        "the fixture has share cards:\n{}",
        cold.listing()
    );
    for (path, bytes) in &cards {
        assert!(
            cached.files.values().any(|kept| kept == *bytes),
            "{path} is not kept in the cache folder"
        );
    }
    let before = written_at(&made);
    let warm = site
        .build_to(&site.scratch().join("warm"), &[])
        .success()
        .tree();
    assert_eq!(
        written_at(&made),
        before,
        "the warm build drew cards again instead of taking them from the cache"
    );
    warm.assert_same(&cold);
}
