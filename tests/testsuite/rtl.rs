//! `<html lang dir>` on every kind of page: English left-to-right, Arabic right-to-left.

use crate::harness::Site;

/// The same page in each language, by URL template (`{l}` is the language).
const PAGES: [&str; 9] = [
    "/{l}/",
    "/{l}/stories/",
    "/{l}/stories/schools/",
    "/{l}/about/",
    "/{l}/sectors/",
    "/{l}/sectors/education/",
    "/{l}/countries/sd/",
    "/{l}/sdgs/4/",
    "/{l}/tags/schools/",
];

#[test]
fn every_page_says_its_language_and_direction() {
    let out = Site::fixture("rtl").build().success().tree();
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
        for template in PAGES {
            let url = template.replace("{l}", lang);
            assert_eq!(
                out.page(&url).lang_dir(),
                (lang.to_owned(), dir.to_owned()),
                "{url}"
            );
        }
    }
}

#[test]
fn arabic_story_page_shows_arabic_text_in_an_rtl_page() {
    let out = Site::fixture("rtl").build().success().tree();
    let page = out.page("/ar/stories/schools/");
    assert_eq!(page.text("h1"), "افتتاح اثنتي عشرة مدرسة");
    assert_eq!(page.attr("nav.language-switch a", "lang"), "en");
    assert_eq!(page.attr("nav.language-switch a", "dir"), "ltr");
}

#[test]
fn bilingual_root_pages_mark_each_column() {
    let out = Site::fixture("rtl").build().success().tree();
    for url in ["/", "/404.html"] {
        let page = out.page(url);
        assert_eq!(
            page.lang_dir(),
            ("en".to_owned(), "ltr".to_owned()),
            "{url}"
        );
        assert_eq!(page.attr("section[lang=en]", "dir"), "ltr", "{url}");
        assert_eq!(page.attr("section[lang=ar]", "dir"), "rtl", "{url}");
    }
}
