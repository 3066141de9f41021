//! Publishing a file kept in the cache folder that is no longer there.

use super::files::read;
use crate::messages::Speech;
use crate::stored::Stored;

#[test]
fn a_share_card_gone_from_the_cache_is_an_error_naming_it_with_the_fix() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join(".bayan-cache/images/made/0123.png");
    let error = read(&Stored::Disk(missing.clone())).expect_err("nothing to read");
    let problem = error.diagnostic();
    assert_eq!(problem.code(), "W105");
    assert_eq!(problem.path, missing);
    let hint = problem.hint_in(Speech::English).expect("a hint");
    assert!(hint.contains("delete .bayan-cache"), "{hint}");
}

#[test]
fn a_file_in_memory_is_published_as_it_is() {
    let bytes: std::sync::Arc<[u8]> = b"<p>kept</p>".as_slice().into();
    let stored = Stored::Memory(bytes);
    let published = read(&stored).expect("in memory");
    assert_eq!(&*published, b"<p>kept</p>");
}
