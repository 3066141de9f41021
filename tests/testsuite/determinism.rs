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
