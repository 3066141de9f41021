//! Search: the page in each language and the index it reads, which finds Arabic words however
//! they are written and never holds what is not published.

use bayan::search::hex;
use bayan::search::{normalise, shard_key};

use crate::harness::{Site, Tree};

fn json(out: &Tree, url: &str) -> serde_json::Value {
    serde_json::from_slice(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"))
}

/// The documents (as their addresses) the index files the word `query` under.
fn documents_for(out: &Tree, lang: &str, query: &str) -> Vec<String> {
    let word = normalise(query);
    let meta = json(out, &format!("/search/{lang}/meta.json"));
    let part_url = format!("/search/{lang}/terms/{}.json", hex(&shard_key(&word, 2)));
    if !out.has(&part_url) {
        return Vec::new();
    }
    let part = json(out, &part_url);
    let Some(stem) = part["w"][&word].as_u64() else {
        return Vec::new();
    };
    let bucket = meta["bucket"].as_u64().unwrap();
    let postings = part["s"][stem as usize].as_array().unwrap();
    let mut doc = 0;
    postings
        .chunks(2)
        .map(|pair| {
            doc += pair[0].as_u64().unwrap();
            let docs = json(out, &format!("/search/{lang}/docs/{}.json", doc / bucket));
            docs[(doc % bucket) as usize]["u"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn arabic_words_are_found_however_they_are_written() {
    let out = Site::fixture("rtl").build().success().tree();
    // The body says "افتُتحت المدارس" with a damma; the title "مدرسة" with teh marbuta.
    for query in ["افتتحت", "اِفْتُتِحَتْ", "المدارس", "مدرسة", "مدرسه", "مدرســة"]
    {
        assert_eq!(
            documents_for(&out, "ar", query),
            ["/ar/stories/schools/"],
            "{query}"
        );
    }
    assert!(documents_for(&out, "ar", "مستشفى").is_empty());
    // Each language has its own index.
    assert!(documents_for(&out, "en", "مدرسة").is_empty());
}

#[test]
fn the_search_page_works_without_javascript_too() {
    let out = Site::fixture("rtl").build().success().tree();
    let page = out.page("/ar/search/");
    assert_eq!(page.lang_dir(), ("ar".into(), "rtl".into()));
    assert_eq!(page.attr("form[role=search]", "data-index"), "/search/ar/");
    assert_eq!(page.attr("label[for=search-input]", "for"), "search-input");
    assert_eq!(page.attr("#search-input", "type"), "search");
    assert!(
        page.attr("script[src^='/js/search.js']", "src")
            .contains("?v=")
    );
    // Without the script, every story is listed by date.
    assert_eq!(page.attr("#all-stories a", "href"), "/ar/stories/schools/");
    assert!(
        out.page("/en/")
            .select("nav a")
            .iter()
            .any(|a| a.value().attr("href") == Some("/en/search/"))
    );
}

#[test]
fn drafts_and_embargoed_stories_are_never_indexed() {
    let site = Site::fixture("drafts_embargo");
    for args in [&[][..], &["--drafts", "--preview"][..]] {
        let out = site.build_with(args).success().tree();
        let indexed: String = out
            .files
            .iter()
            .filter(|(path, _)| path.starts_with("search/"))
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .collect();
        assert!(indexed.contains("Public story"), "{args:?}");
        for hidden in ["Quokka", "quokka", "Zebra", "zebra", "الكوكا", "الوحشي"] {
            assert!(!indexed.contains(hidden), "{hidden} indexed with {args:?}");
        }
    }
}
