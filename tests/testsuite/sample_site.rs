//! Smoke test of the repository's own sample site: it builds, with its main pages. With
//! `reachable.rs`, the only test that reads the sample site; every other has its own fixture.

use crate::harness::build_sample;

#[test]
fn sample_site_builds() {
    let out = build_sample();
    for url in ["/", "/en/", "/ar/"] {
        assert!(out.has(url), "{url} is missing");
    }
    assert_eq!(
        out.page("/ar/").lang_dir(),
        ("ar".to_owned(), "rtl".to_owned())
    );
}
