//! Invisible control characters, as text pasted from Word or a PDF brings them: refused at their
//! line in what the newsroom writes, left out of a donor's IATI file, and never in an XML output.

use std::path::Path;

use crate::harness::{Site, Tree};

const STORY: &str = "content/stories/hello/index.en.md";

/// NUL, vertical tab, form feed, escape and a non-character.
const INVISIBLE: [(char, &str); 5] = [
    ('\u{0}', "U+0000"),
    ('\u{b}', "U+000B"),
    ('\u{c}', "U+000C"),
    ('\u{1b}', "U+001B"),
    ('\u{fffe}', "U+FFFE"),
];

#[test]
fn control_characters_in_what_writers_write_are_refused_at_their_line() {
    let site = Site::fixture("minimal");
    for (c, code) in INVISIBLE {
        site.write(
            STORY,
            &format!("---\ntitle: \"Hello{c} world\"\ndate: 2024-05-12\n---\nText.\n"),
        );
        site.build()
            .fails_with(1)
            .reports(STORY, 2, "error", &format!("({code}) is in the text"))
            .stderr_lacks("\u{1b}")
            // Named once, not again in the YAML reader's words.
            .stderr_lacks("unexpected character")
            .stderr_has("1 problem to fix");
        site.write(
            STORY,
            &format!("---\ntitle: \"Hello\"\ndate: 2024-05-12\n---\nText\n\nand{c} more.\n"),
        );
        site.build()
            .fails_with(1)
            .reports(STORY, 7, "error", &format!("({code}) is in the text"));
    }
    let site = Site::fixture("minimal");
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write(
        "site.yaml",
        &yaml.replace("Minimal Newsroom", "Minimal\u{c} Newsroom"),
    );
    site.build()
        .fails_with(1)
        .reports("site.yaml", 1, "error", "page break (form feed) (U+000C)")
        .stderr_lacks("unexpected character");
    let site = Site::fixture("minimal").with_file(
        "content/partners.yaml",
        "unicef:\n  name: {en: \"UNICEF\u{b}\", ar: \"اليونيسف\"}\n",
    );
    site.build().fails_with(1).reports(
        "content/partners.yaml",
        2,
        "error",
        "vertical tab (U+000B)",
    );
}

#[test]
fn a_donor_file_with_control_characters_is_read_without_them_and_every_xml_output_parses() {
    let site = Site::fixture("iati");
    let file = "content/iati/nl-mfa-dgis-2.03.xml";
    let xml = std::fs::read_to_string(site.root().join(file)).unwrap();
    let dirty = xml.replacen(
        "<narrative>ICTJ 2013-2014</narrative>",
        "<narrative>ICTJ&#11; 2013\u{c}-2014</narrative>",
        1,
    );
    assert_ne!(dirty, xml);
    site.write(file, &dirty);
    let run = site.build().success();
    let run = run.reports(file, 9, "warning", "invisible control characters");
    let out = run.tree();
    assert!(
        out.containing("ICTJ 2013-2014").len() > 1,
        "the title is kept, cleaned"
    );
    every_xml_output_parses(&out);
}

/// Every feed, sitemap, OPML file, IATI export and SVG chart of `out` is well-formed XML.
pub fn every_xml_output_parses(out: &Tree) {
    let mut parsed = 0;
    for (path, bytes) in &out.files {
        let extension = Path::new(path).extension().and_then(|e| e.to_str());
        if !matches!(extension, Some("xml" | "opml" | "svg" | "atom" | "rss")) {
            continue;
        }
        let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        roxmltree::Document::parse_with_options(
            text,
            roxmltree::ParsingOptions {
                allow_dtd: true,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{path} is not well-formed XML: {e}"));
        parsed += 1;
    }
    assert!(parsed > 10, "only {parsed} XML files");
}
