//! Story files named as Windows and its editors name them.

use crate::harness::Site;

const AR_TEXT: &str =
    "---\ntitle: \"مرحبا بالعالم\"\nsummary: \"الخبر الأول.\"\n---\nنص الخبر الأول.\n";

#[test]
fn a_translation_named_in_capitals_or_with_txt_is_refused_with_its_right_name() {
    for (name, hint) in [
        (
            "index.ar.md.txt",
            "rename it to index.ar.md, without .txt at the end",
        ),
        ("Index.ar.md", "rename it to index.ar.md, in small letters"),
        ("index.AR.md", "rename it to index.ar.md, in small letters"),
    ] {
        let site = Site::fixture("minimal");
        site.remove("content/stories/hello/index.ar.md");
        let path = format!("content/stories/hello/{name}");
        site.write(&path, AR_TEXT);
        site.build()
            .fails_with(1)
            .stderr_has(&format!(
                "{path}: error[N003]: this looks like a story's text"
            ))
            .stderr_has(hint)
            .stderr_lacks("is not a story translation")
            .stderr_lacks("not one of the site's languages");
    }
    let site = Site::fixture("minimal").with_file("content/stories/hello/Index.ar.md", AR_TEXT);
    site.build()
        .fails_with(1)
        .stderr_has("index.ar.md is in this folder too");
}

#[test]
fn a_page_named_with_txt_or_a_capital_language_is_refused_with_its_right_name() {
    for (name, hint) in [
        (
            "about.en.md.txt",
            "rename it to about.en.md, without .txt at the end",
        ),
        (
            "about.EN.md",
            "rename it to about.en.md, with the language in small letters",
        ),
    ] {
        let site = Site::fixture("minimal");
        let path = format!("content/pages/{name}");
        site.write(
            &path,
            "---\ntitle: \"About\"\nsummary: \"Who we are.\"\n---\nText.\n",
        );
        site.build()
            .fails_with(1)
            .stderr_has(&format!("{path}: error[N009]: this looks like a page"))
            .stderr_has(hint)
            .stderr_lacks("is not a page and is ignored");
    }
}
