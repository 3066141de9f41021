//! Every same-site address in every output leads somewhere: the links of pages, the items and
//! self links of feeds, the OPML, the sitemap, JSON feeds and search shards, and the pages inside
//! press-kit archives. A web server answers a request by decoding the path, so an address is
//! followed the same way, and a `#fragment` must name an element of the page it leads to.

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use scraper::{Html, Selector};

use crate::harness::{Site, Tree, build_sample};

/// An address found in an output, and the file it was found in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Address {
    found_in: String,
    target: String,
}

/// Where an address found in one file leads: a site path (decoded), with its fragment.
struct Resolved {
    path: String,
    fragment: Option<String>,
}

/// The addresses in `tree` that lead to no file or to a missing `#fragment`, one line each.
pub fn dead_ends(tree: &Tree, base_url: &str) -> Vec<String> {
    let mut addresses = BTreeSet::new();
    for (path, bytes) in &tree.files {
        addresses_in_file(path, bytes, base_url, &mut addresses);
    }
    let mut ids_of_pages = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    for address in addresses {
        let Some(resolved) = resolve(&address.found_in, &address.target, base_url) else {
            continue;
        };
        let Some(file) = file_of(tree, &resolved.path) else {
            problems.push(format!(
                "{} -> {} (no file)",
                address.found_in, address.target
            ));
            continue;
        };
        let Some(fragment) = resolved.fragment.filter(|f| !f.is_empty()) else {
            continue;
        };
        let ids = ids_of_pages
            .entry(file.clone())
            .or_insert_with(|| ids_in(&String::from_utf8_lossy(&tree.files[&file])));
        if !ids.contains(&percent_decode(&fragment)) {
            problems.push(format!(
                "{} -> {} (no element with that id)",
                address.found_in, address.target
            ));
        }
    }
    problems
}

fn addresses_in_file(path: &str, bytes: &[u8], base_url: &str, out: &mut BTreeSet<Address>) {
    if path.ends_with(".zip") {
        archive_dead_ends(path, bytes, base_url, out);
        return;
    }
    let text = String::from_utf8_lossy(bytes);
    let mut targets = Vec::new();
    if path.ends_with(".html") {
        let (page, structured) = without_structured_data(&text);
        targets.extend(absolute_mentions(&page, base_url));
        targets.extend(addresses_in_html(&page));
        for script in structured {
            let value: serde_json::Value = serde_json::from_str(&script)
                .unwrap_or_else(|e| panic!("/{path}: JSON-LD that is not JSON: {e}"));
            addresses_in_json(&value, base_url, &mut targets);
        }
    } else {
        targets.extend(absolute_mentions(&text, base_url));
    }
    if path.ends_with(".xml") || path.ends_with(".opml") {
        targets.extend(addresses_in_xml(&text, path));
    } else if path.ends_with(".json") {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("/{path} is not JSON: {e}"));
        addresses_in_json(&value, base_url, &mut targets);
    }
    out.extend(targets.into_iter().map(|target| Address {
        found_in: format!("/{path}"),
        target,
    }));
}

/// The press kit's archive: its pages' relative links lead inside the archive, and its absolute
/// site addresses into the site.
fn archive_dead_ends(path: &str, bytes: &[u8], base_url: &str, out: &mut BTreeSet<Address>) {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut inside = Tree {
        files: Default::default(),
    };
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("an archive entry");
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents).expect("read an entry");
        let name = entry.name().expect("an entry name").into_owned();
        inside.files.insert(name, contents);
    }
    for problem in dead_ends(&inside, "https://inside.invalid/") {
        out.insert(Address {
            found_in: format!("/{path}"),
            target: format!("inside the archive: {problem}"),
        });
    }
    for (name, contents) in &inside.files {
        for target in absolute_mentions(&String::from_utf8_lossy(contents), base_url) {
            out.insert(Address {
                found_in: format!("/{path}!{name}"),
                target,
            });
        }
    }
}

fn addresses_in_html(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut targets = Vec::new();
    let any = Selector::parse("*").expect("a selector");
    for element in document.select(&any) {
        let element = element.value();
        for attribute in ["href", "src", "action", "poster", "data-src", "xmlUrl"] {
            if let Some(value) = element.attr(attribute) {
                targets.push(value.to_owned());
            }
        }
        for attribute in ["srcset", "imagesrcset"] {
            if let Some(value) = element.attr(attribute) {
                targets.extend(
                    value
                        .split(',')
                        .filter_map(|candidate| candidate.split_whitespace().next())
                        .map(str::to_owned),
                );
            }
        }
    }
    targets
}

/// Attributes that hold addresses, and the escaped HTML of feed items.
fn addresses_in_xml(text: &str, path: &str) -> Vec<String> {
    let document = roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("/{path} is not XML: {e}"));
    let mut targets = Vec::new();
    for node in document.descendants() {
        for attribute in node.attributes() {
            if matches!(attribute.name(), "href" | "url" | "xmlUrl" | "htmlUrl") {
                targets.push(attribute.value().to_owned());
            }
        }
        if node.is_text() {
            let text = node.text().unwrap_or_default();
            if text.contains('<') {
                targets.extend(addresses_in_html(text));
            }
        }
    }
    targets
}

fn addresses_in_json(value: &serde_json::Value, base_url: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) if text.contains('<') => {
            out.extend(addresses_in_html(text));
        }
        serde_json::Value::String(text) if text.starts_with(base_url) => out.push(text.clone()),
        serde_json::Value::String(text)
            if text.starts_with('/') && !text.starts_with("//") && !text.contains(' ') =>
        {
            out.push(text.clone());
        }
        serde_json::Value::Array(items) => {
            for item in items {
                addresses_in_json(item, base_url, out);
            }
        }
        serde_json::Value::Object(fields) => {
            // A JSON-LD `@id` names a node of the graph; no page needs to answer it.
            for (_, item) in fields.iter().filter(|(key, _)| *key != "@id") {
                addresses_in_json(item, base_url, out);
            }
        }
        _ => {}
    }
}

/// A page without its JSON-LD scripts, and their texts: structured data is read as JSON.
fn without_structured_data(html: &str) -> (String, Vec<String>) {
    const OPEN: &str = "<script type=\"application/ld+json\">";
    let mut page = String::with_capacity(html.len());
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        page.push_str(&rest[..start]);
        let body = &rest[start + OPEN.len()..];
        let end = body.find("</script>").unwrap_or(body.len());
        scripts.push(body[..end].to_owned());
        rest = &body[end..];
    }
    page.push_str(rest);
    (page, scripts)
}

/// Absolute addresses of the site written anywhere in a text: sitemap `<loc>`, feed `<guid>`,
/// contact cards, the text version of a release.
fn absolute_mentions(text: &str, base_url: &str) -> Vec<String> {
    text.match_indices(base_url)
        .map(|(at, _)| {
            text[at..]
                .split(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | ')' | '&' | '\\')
                })
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// The site path an address leads to, or `None` when it leads off the site.
fn resolve(found_in: &str, target: &str, base_url: &str) -> Option<Resolved> {
    let target = target.trim();
    let base_path = base_url
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|at| &rest[at..]))
        .unwrap_or("/");
    let local = if let Some(rest) = target.strip_prefix(base_url) {
        format!("/{rest}")
    } else if target.starts_with("//") || target.contains(':') && !target.starts_with('/') {
        return None;
    } else if let Some(rest) = target.strip_prefix(base_path) {
        format!("/{rest}")
    } else if target.starts_with('/') {
        format!("/outside the site's folder {base_path}{target}")
    } else if let Some(fragment) = target.strip_prefix('#') {
        return Some(Resolved {
            path: found_in.to_owned(),
            fragment: Some(fragment.to_owned()),
        });
    } else {
        let folder = &found_in[..=found_in.rfind('/').unwrap_or(0)];
        format!("{folder}{target}")
    };
    let (path, fragment) = match local.split_once('#') {
        Some((path, fragment)) => (path.to_owned(), Some(fragment.to_owned())),
        None => (local, None),
    };
    let path = path.split('?').next().unwrap_or_default();
    Some(Resolved {
        path: normalise(&percent_decode(path)),
        fragment,
    })
}

/// `/a/b/../c/./` -> `/a/c/`.
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// The output file a web server answers `path` with.
fn file_of(tree: &Tree, path: &str) -> Option<String> {
    let trimmed = path.trim_start_matches('/');
    let candidates = if trimmed.is_empty() || trimmed.ends_with('/') {
        vec![format!("{trimmed}index.html")]
    } else {
        vec![trimmed.to_owned(), format!("{trimmed}/index.html")]
    };
    candidates
        .into_iter()
        .find(|file| tree.files.contains_key(file))
}

fn ids_in(html: &str) -> BTreeSet<String> {
    let document = Html::parse_document(html);
    let with_id = Selector::parse("[id], a[name]").expect("a selector");
    document
        .select(&with_id)
        .filter_map(|e| e.value().attr("id").or_else(|| e.value().attr("name")))
        .map(str::to_owned)
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn assert_no_dead_ends(tree: &Tree, base_url: &str) {
    let problems = dead_ends(tree, base_url);
    assert!(
        problems.is_empty(),
        "{} addresses lead nowhere:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_address_in_the_sample_site_leads_somewhere() {
    let tree = build_sample();
    assert_no_dead_ends(&tree, "https://example.org/");
}

#[test]
fn the_feeds_of_an_arabic_tag_are_where_its_page_says() {
    let site = Site::fixture("terms");
    let tree = site.build().success().tree();
    let page = tree.page("/ar/tags/منح/");
    let feed = page.one("link[rel=alternate][type='application/rss+xml'][href*=tags]");
    let href = feed.value().attr("href").expect("an address");
    assert!(
        tree.files.contains_key("ar/tags/منح/feed.xml"),
        "the feed is not beside its page:\n{}",
        tree.listing()
    );
    let encoded: Vec<&String> = tree
        .files
        .keys()
        .filter(|path| path.contains('%'))
        .collect();
    assert!(
        encoded.is_empty(),
        "files named with percent signs: {encoded:?}"
    );
    assert!(href.contains("/ar/tags/"), "{href}");
    assert_no_dead_ends(&tree, &base_url_of(&site));
}

fn base_url_of(site: &Site) -> String {
    let config = std::fs::read_to_string(site.root().join("site.yaml")).expect("site.yaml");
    let line = config
        .lines()
        .find_map(|line| line.strip_prefix("base_url:"))
        .expect("a base_url");
    line.trim().trim_matches('"').to_owned()
}

#[test]
fn every_address_in_the_fixture_sites_leads_somewhere() {
    for fixture in [
        "aliases",
        "arabic_only",
        "data",
        "feeds",
        "iati",
        "opensdg",
        "pagination",
        "rtl",
        "terms",
        "translations",
    ] {
        let site = Site::fixture(fixture);
        let tree = site.build().success().tree();
        let problems = dead_ends(&tree, &base_url_of(&site));
        assert!(
            problems.is_empty(),
            "{fixture}: {} addresses lead nowhere:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}
