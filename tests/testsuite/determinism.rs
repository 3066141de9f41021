//! The same sources and `--now` give byte-identical output.

use crate::harness::Site;

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::fixture("determinism");
    let first = site.scratch().join("first");
    let second = site.scratch().join("second");
    let a = site.build_to(&first, &[]).success().tree();
    let b = site.build_to(&second, &[]).success().tree();
    assert!(
        a.files.len() > 20,
        "the fixture builds a real site:\n{}",
        a.listing()
    );
    a.assert_same(&b);
}

#[test]
fn builds_from_different_folders_are_byte_identical() {
    let one = Site::fixture("determinism");
    let two = Site::fixture("determinism");
    let a = one.build().success().tree();
    let b = two.build().success().tree();
    a.assert_same(&b);
    let leaked: Vec<&str> = a.containing(&one.root().to_string_lossy());
    assert!(
        leaked.is_empty(),
        "the build folder's path leaked into {leaked:?}"
    );
}

#[test]
fn the_library_renders_the_same_tree_every_time() {
    let site = Site::fixture("determinism");
    let a = site.render(false).expect("the fixture renders");
    for _ in 0..3 {
        site.render(false)
            .expect("the fixture renders")
            .assert_same(&a);
    }
}

#[test]
fn cached_rebuilds_equal_clean_builds() {
    let site = crate::harness::Site::fixture("minimal");
    let options = bayan::BuildOptions {
        root: site.root().to_path_buf(),
        output: site.output(),
        overrides: bayan::Overrides::default(),
        drafts: false,
        embargoed: false,
        live: false,
        now: Some("2026-01-01T00:00:00Z".parse().unwrap()),
        image_cache: None,
    };
    let cache = bayan::BuildCache::default();
    let files = |report: bayan::BuildReport| -> Vec<(String, Vec<u8>)> {
        report
            .tree
            .files()
            .map(|(p, b)| (p.to_owned(), b.expect("a built file").to_vec()))
            .collect()
    };
    bayan::render_site_cached(&options, &cache).unwrap();
    // An edit with the same length as before, and a new story beside it.
    site.write(
        "content/stories/hello/index.en.md",
        "---\ntitle: \"Hello WORLD\"\ndate: 2024-05-12\nsummary: \"The first story.\"\nsectors: [education]\n---\nThe first story's text.\n",
    );
    site.write(
        "content/stories/second/index.en.md",
        "---\ntitle: Second\ndate: 2024-06-01\n---\nText.\n",
    );
    let cached = files(bayan::render_site_cached(&options, &cache).unwrap());
    let clean = files(bayan::render_site(&options).unwrap());
    assert_eq!(cached.len(), clean.len());
    for ((path, a), (_, b)) in cached.iter().zip(&clean) {
        assert_eq!(a, b, "{path} differs between a cached and a clean build");
    }
    assert!(
        cached
            .iter()
            .any(|(_, b)| String::from_utf8_lossy(b).contains("Hello WORLD"))
    );
}
