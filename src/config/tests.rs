//! Unit tests of the configuration, and the sample configuration other tests use.

use super::resolve::parse_offset;
use super::*;

/// A bilingual configuration at https://example.org for unit tests.
pub(crate) fn sample() -> Config {
    Config {
        root: PathBuf::from("."),
        title: LocalizedText::from("Newsroom"),
        description: None,
        base_url: "https://example.org".to_owned(),
        base_path: String::new(),
        languages: vec![Language::new("en", None), Language::new("ar", None)],
        theme: "default".to_owned(),
        sectors: BTreeMap::new(),
        allow_html: false,
        utc_offset: Offset::UTC,
        hijri: false,
        stories_per_page: 20,
        feeds: Feeds {
            items: 20,
            content: FeedContent::Full,
        },
        images: crate::images::Recipe::default(),
        social: Social::default(),
        press: Press::default(),
        indicator_attributes: Vec::new(),
        indicator_licence: None,
        publish_hidden: Vec::new(),
        publisher: None,
        dac_sectors: BTreeMap::new(),
        messages: None,
    }
}

#[test]
fn base_url_parts() {
    assert_eq!(
        split_base_url("https://example.org/news/"),
        Some(("https://example.org/news".into(), "/news".into()))
    );
    assert_eq!(
        split_base_url("https://example.org"),
        Some(("https://example.org".into(), String::new()))
    );
    assert_eq!(split_base_url("example.org"), None);
}

#[test]
fn offsets() {
    assert_eq!(parse_offset("+03:00").unwrap().seconds(), 3 * 3600);
    assert_eq!(parse_offset("UTC"), Some(Offset::UTC));
    assert_eq!(parse_offset("Asia/Qatar"), None);
}
