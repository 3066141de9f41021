//! Where journalists subscribe: `/feeds.opml` with every feed, titled in its language, and a
//! `/{l}/feeds/` page listing the feeds by topic with copyable addresses (no script needed).

use std::fmt::Write;

use quick_xml::escape::escape;
use serde::Serialize;

use super::chrome::PageInfo;
use super::feeds::{FORMATS, Feed, FeedKind};
use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::Diagnostics;
use crate::model::changes::Inputs;
use crate::render::views::FeedLink;
use crate::urls::{Taxonomy, percent_decode};

pub(crate) struct Subscriptions;

#[derive(Serialize)]
struct FeedsView {
    groups: Vec<FeedGroup>,
    opml_url: String,
}

#[derive(Serialize)]
struct FeedGroup {
    heading: String,
    /// A topic's feeds, shown closed: a site has hundreds of them.
    collapsed: bool,
    feeds: Vec<FeedEntry>,
}

#[derive(Serialize)]
struct FeedEntry {
    title: String,
    /// The page the feed follows.
    page_url: String,
    formats: Vec<FeedFormat>,
}

/// One format of a feed, with its address as a reader reads it: Arabic letters, not `%D8%A3`.
#[derive(Serialize)]
struct FeedFormat {
    #[serde(flatten)]
    link: FeedLink,
    address: String,
}

/// The site path of the feeds page in `lang`.
pub(crate) fn feeds_page(lang: &str) -> String {
    format!("/{lang}/feeds/")
}

impl Generator for Subscriptions {
    fn name(&self) -> &'static str {
        "subscriptions"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let config = &context.site.config;
        let mut results = Vec::new();
        for locale in context.renderer.locales() {
            let lang = locale.language.code.as_str();
            let path = feeds_page(lang);
            let mine: Vec<&Feed<'_>> = context.feeds.iter().filter(|f| f.lang == lang).collect();
            let entry = |feed: &Feed<'_>| FeedEntry {
                title: feed.label.clone(),
                page_url: config.link(&feed.page),
                formats: feed
                    .links(config)
                    .into_iter()
                    .map(|link| FeedFormat {
                        address: percent_decode(&link.url),
                        link,
                    })
                    .collect(),
            };
            let mut groups = vec![FeedGroup {
                heading: locale.text("site_feeds").to_owned(),
                collapsed: false,
                feeds: mine
                    .iter()
                    .filter(|f| !matches!(f.kind, FeedKind::Term(..)))
                    .map(|f| entry(f))
                    .collect(),
            }];
            for taxonomy in Taxonomy::ALL {
                let feeds: Vec<FeedEntry> = mine
                    .iter()
                    .filter(|f| matches!(f.kind, FeedKind::Term(t, _) if t == taxonomy))
                    .map(|f| entry(f))
                    .collect();
                if !feeds.is_empty() {
                    groups.push(FeedGroup {
                        heading: locale.text(taxonomy.key()).to_owned(),
                        collapsed: true,
                        feeds,
                    });
                }
            }
            let translations: Vec<(String, String)> = config
                .languages
                .iter()
                .map(|l| (l.code.clone(), feeds_page(&l.code)))
                .collect();
            let mut page = context.frame(PageInfo {
                lang,
                path: &path,
                title: locale.text("feeds").to_owned(),
                description: Some(locale.text("feeds_intro").to_owned()),
                translations: translations.clone(),
                social: None,
            });
            page.insert(
                "feeds",
                &FeedsView {
                    groups,
                    opml_url: config.link("/feeds.opml"),
                },
            );
            results.push(
                context
                    .page("feeds.html", &page, &path, format!("feeds page ({lang})"))
                    .map(|file| file.in_sitemap(&path, translations, None)),
            );
        }
        let mut files = gather(results)?;
        files.push(OutputFile::new(
            "feeds.opml".to_owned(),
            opml(context).into_bytes(),
            "feeds.opml",
        ));
        Ok(files)
    }
}

/// OPML 2.0: one outline per language, one entry per feed (its RSS address).
fn opml(context: &BuildContext<'_>) -> String {
    let config = &context.site.config;
    let title = config.title_in_every_language();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>{}</title>\n  </head>\n  <body>\n",
        escape(title.as_str())
    );
    for locale in context.renderer.locales() {
        let lang = locale.language.code.as_str();
        let name = locale.text("language_name");
        let _ = writeln!(
            xml,
            "    <outline text=\"{0}\" title=\"{0}\" language=\"{1}\">",
            escape(name),
            escape(lang)
        );
        let groups: [(String, Option<Taxonomy>); 5] = [
            (locale.text("site_feeds").to_owned(), None),
            (locale.text("sectors").to_owned(), Some(Taxonomy::Sectors)),
            (
                locale.text("countries").to_owned(),
                Some(Taxonomy::Countries),
            ),
            (locale.text("sdgs").to_owned(), Some(Taxonomy::Sdgs)),
            (locale.text("tags").to_owned(), Some(Taxonomy::Tags)),
        ];
        for (heading, taxonomy) in groups {
            let feeds: Vec<&Feed<'_>> = context
                .feeds
                .iter()
                .filter(|f| f.lang == lang)
                .filter(|f| match (f.kind, taxonomy) {
                    (FeedKind::Term(t, _), Some(wanted)) => t == wanted,
                    (FeedKind::Term(..), None) | (_, Some(_)) => false,
                    (_, None) => true,
                })
                .collect();
            if feeds.is_empty() {
                continue;
            }
            let _ = writeln!(
                xml,
                "      <outline text=\"{0}\" title=\"{0}\">",
                escape(heading.as_str())
            );
            for feed in feeds {
                let _ = writeln!(
                    xml,
                    "        <outline type=\"rss\" version=\"RSS2\" text=\"{0}\" title=\"{0}\" language=\"{1}\" xmlUrl=\"{2}\" htmlUrl=\"{3}\"/>",
                    escape(feed.title.as_str()),
                    escape(lang),
                    escape(config.absolute(&feed.path(FORMATS[0].0)).as_str()),
                    escape(config.absolute(&feed.page).as_str()),
                );
            }
            xml.push_str("      </outline>\n");
        }
        xml.push_str("    </outline>\n");
    }
    xml.push_str("  </body>\n</opml>\n");
    xml
}
