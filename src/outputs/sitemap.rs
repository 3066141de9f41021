//! `sitemap.xml` for search engines: every indexable page with `xhtml:link` alternates for its
//! translations and `x-default`, and `lastmod`. Built from the finished output tree, so it lists
//! exactly what was written; past 50,000 addresses it becomes an index of numbered sitemaps.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::OutputFile;
use super::tree::SitemapEntry;
use crate::config::Config;
use crate::model::Site;

/// The most addresses one sitemap file may hold (sitemaps.org).
const MAX_URLS: usize = 50_000;

/// The sitemap files for the pages among `files`.
pub(super) fn files<'f>(
    site: &Site,
    files: impl Iterator<Item = &'f OutputFile>,
) -> Vec<OutputFile> {
    // A preview build with drafts is noindex everywhere: its sitemap lists nothing.
    let entries: Vec<&SitemapEntry> = if site.visibility.is_preview() {
        Vec::new()
    } else {
        files.filter_map(|f| f.sitemap.as_ref()).collect()
    };
    write(&site.config, &entries, MAX_URLS)
        .into_iter()
        .map(|(path, xml)| OutputFile::new(path, xml.into_bytes(), "sitemap"))
        .collect()
}

/// `sitemap.xml`, or an index of `sitemap-N.xml` when there are more than `limit` entries.
fn write(config: &Config, entries: &[&SitemapEntry], limit: usize) -> Vec<(String, String)> {
    if entries.len() <= limit {
        return vec![("sitemap.xml".to_owned(), urlset(config, entries))];
    }
    let mut files = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (n, chunk) in entries.chunks(limit).enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        let _ = writeln!(
            index,
            "  <sitemap><loc>{}</loc></sitemap>",
            escape(config.absolute(&format!("/{name}")))
        );
        files.push((name, urlset(config, chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".to_owned(), index));
    files
}

fn urlset(config: &Config, entries: &[&SitemapEntry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let _ = write!(
            xml,
            "  <url>\n    <loc>{}</loc>\n",
            escape(config.absolute(&entry.path))
        );
        if let Some(lastmod) = entry.lastmod {
            let _ = writeln!(
                xml,
                "    <lastmod>{}</lastmod>",
                lastmod.strftime("%Y-%m-%dT%H:%M:%SZ")
            );
        }
        if entry.alternates.len() > 1 {
            for (lang, path) in &entry.alternates {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape(lang.as_str()),
                    escape(config.absolute(path))
                );
            }
            if let Some(path) = config.x_default(&entry.alternates) {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape(config.absolute(path))
                );
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str) -> SitemapEntry {
        SitemapEntry {
            path: path.to_owned(),
            alternates: Vec::new(),
            lastmod: None,
        }
    }

    #[test]
    fn past_the_limit_the_sitemap_becomes_an_index() {
        let config = crate::config::tests::sample();
        let entries: Vec<SitemapEntry> = (0..5).map(|n| entry(&format!("/en/{n}/"))).collect();
        let refs: Vec<&SitemapEntry> = entries.iter().collect();
        let files = write(&config, &refs, 2);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        assert!(files[3].1.contains("<sitemapindex"));
        assert!(files[3].1.contains("https://example.org/sitemap-3.xml"));
        assert_eq!(files[2].1.matches("<url>").count(), 1);
        assert_eq!(write(&config, &refs, 5).len(), 1);
    }
}
