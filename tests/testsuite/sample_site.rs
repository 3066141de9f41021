//! Smoke test of the repository's own sample site: it builds, with its main pages. The only test
//! that reads the sample site; every other test has its own small fixture.

use std::ffi::OsString;
use std::path::Path;

use crate::harness::{NOW, bayan};

#[test]
fn sample_site_builds() {
    let scratch = tempfile::tempdir().unwrap();
    let output = scratch.path().join("public");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<OsString> = vec![
        "build".into(),
        "--root".into(),
        root.into(),
        "--output".into(),
        output.clone().into(),
        "--now".into(),
        NOW.into(),
    ];
    let out = bayan(&args, &output).success().tree();
    for url in ["/", "/en/", "/ar/"] {
        assert!(out.has(url), "{url} is missing");
    }
    assert_eq!(
        out.page("/ar/").lang_dir(),
        ("ar".to_owned(), "rtl".to_owned())
    );
}
