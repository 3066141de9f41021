//! What a story translation looks like inside a feed, computed once per build however many
//! feeds carry it: absolute links, dates in both feed formats, categories, the cover.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use rayon::prelude::*;

use super::super::BuildContext;
use super::super::shortcodes::{self, Target};
use crate::config::FeedContent;
use crate::model::{Story, Translation};
use crate::render::views::ViewBuilder;
use crate::urls;

/// One taxonomy term of an item.
pub(crate) struct Category {
    pub name: String,
    /// Absolute URL of the term's page.
    pub url: String,
    /// The taxonomy's name in the item's language ("Sectors").
    pub taxonomy: String,
}

/// The cover as an enclosure.
pub(crate) struct Cover {
    pub url: String,
    pub length: usize,
    pub mime: &'static str,
}

/// A story translation ready for any feed format.
pub(crate) struct Item {
    pub title: String,
    pub url: String,
    /// A tag URI that survives renames listed in `aliases`.
    pub id: String,
    pub date: Timestamp,
    pub summary: Option<String>,
    /// The body with absolute links; `None` when feeds carry summaries only.
    pub content: Option<String>,
    pub categories: Vec<Category>,
    pub cover: Option<Cover>,
    /// The same story in the other languages: (language, absolute URL).
    pub translations: Vec<(String, String)>,
    pub lang: String,
}

/// Items by (slug, language).
pub(crate) struct Items<'a> {
    by_key: HashMap<(&'a str, &'a str), Item>,
}

impl<'a> Items<'a> {
    /// The items of `feeds`.
    pub(super) fn new(context: &BuildContext<'a>, feeds: &[&super::Feed<'a>]) -> Self {
        let mut wanted: Vec<(&'a Story, &'a Translation)> = feeds
            .iter()
            .flat_map(|f| f.entries.iter().copied())
            .collect();
        wanted.sort_by(|a, b| (&a.0.slug, &a.1.lang).cmp(&(&b.0.slug, &b.1.lang)));
        wanted.dedup_by(|a, b| a.0.slug == b.0.slug && a.1.lang == b.1.lang);
        let by_key = wanted
            .par_iter()
            .map(|(story, translation)| {
                let key = (story.slug.as_str(), translation.lang.as_str());
                (key, item(context, story, translation))
            })
            .collect();
        Items { by_key }
    }

    /// The items of `feed`, newest first.
    pub(super) fn of<'i>(&'i self, feed: &'i super::Feed<'_>) -> impl Iterator<Item = &'i Item> {
        feed.entries.iter().filter_map(|(story, translation)| {
            self.by_key
                .get(&(story.slug.as_str(), translation.lang.as_str()))
        })
    }
}

fn item(context: &BuildContext<'_>, story: &Story, translation: &Translation) -> Item {
    let config = &context.site.config;
    let lang = translation.lang.as_str();
    let path = urls::story(lang, &story.slug);
    let url = config.absolute(&path);
    let views = ViewBuilder {
        config,
        locale: context.renderer.locale(lang),
    };
    let lists = translation.terms();
    let mut categories = Vec::new();
    for (taxonomy, ids) in lists {
        for id in ids {
            let term = views.term(taxonomy, id);
            categories.push(Category {
                name: term.name.text.to_owned(),
                url: config.absolute(&urls::term(lang, taxonomy, id)),
                taxonomy: context
                    .renderer
                    .locale(lang)
                    .text(taxonomy.key())
                    .to_owned(),
            });
        }
    }
    let cover = translation.cover.as_ref().and_then(|name| {
        let asset = story.assets.iter().find(|a| &a.name == name)?;
        Some(Cover {
            url: config.absolute(&urls::story_asset(lang, &story.slug, name)),
            length: asset.bytes.len(),
            mime: image_type(name),
        })
    });
    let content = match config.feeds.content {
        FeedContent::Full => {
            // A broken shortcode template is reported by the story's page; the feed keeps the text.
            let body = shortcodes::expand(
                context,
                views.locale,
                &translation.body_html,
                Target::Feed,
                Some(&shortcodes::Beside::story(context, story, lang)),
            )
            .unwrap_or(std::borrow::Cow::Borrowed(&translation.body_html));
            Some(absolute_html(&body, &origin(config), &url))
        }
        FeedContent::Summary => None,
    };
    Item {
        title: translation.title.clone(),
        id: tag_uri(context, story, translation),
        date: translation.date,
        summary: translation.summary.clone(),
        content,
        categories,
        cover,
        translations: story
            .translations
            .iter()
            .filter(|t| t.lang != lang)
            .map(|t| {
                (
                    t.lang.clone(),
                    config.absolute(&urls::story(&t.lang, &story.slug)),
                )
            })
            .collect(),
        lang: lang.to_owned(),
        url,
    }
}

/// `tag:example.org,2024-05-12:/en/stories/darfur-schools/`: the host, the story's date and its
/// first address. A story renamed with its old address first in `aliases` keeps its id.
fn tag_uri(context: &BuildContext<'_>, story: &Story, translation: &Translation) -> String {
    let config = &context.site.config;
    let host = config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or(&config.base_url)
        .split('/')
        .next()
        .unwrap_or_default();
    let day = translation
        .date
        .to_zoned(TimeZone::fixed(config.utc_offset))
        .date();
    let prefix = format!("/{}/stories/", translation.lang);
    let first_address = translation
        .aliases
        .iter()
        .find(|a| a.starts_with(&prefix))
        .cloned()
        .unwrap_or_else(|| urls::story(&translation.lang, &story.slug));
    format!("tag:{host},{day}:{first_address}")
}

/// `https://example.org` of `https://example.org/news`.
pub(crate) fn origin(config: &crate::config::Config) -> String {
    config.base_url[..config.base_url.len() - config.base_path.len()].to_owned()
}

/// Makes the rooted links of a body absolute: `href="/x"` -> `href="https://host/x"`, and
/// `href="#n"` -> `href="<page>#n"`, so the HTML works inside a feed reader.
pub(crate) fn absolute_html(html: &str, origin: &str, page: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        let attribute = before[..before.len() - 2]
            .rsplit([' ', '\n', '\t'])
            .next()
            .unwrap_or("");
        let is_link = matches!(attribute, "href" | "src");
        if is_link && after.starts_with('/') && !after.starts_with("//") {
            out.push_str(origin);
        } else if is_link && after.starts_with('#') {
            out.push_str(page);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The media type of an image file, by extension.
fn image_type(name: &str) -> &'static str {
    match name
        .rsplit('.')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("avif") => "image/avif",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::absolute_html;

    #[test]
    fn rooted_links_become_absolute() {
        let html = r##"<a href="/news/en/x/">x</a> <img src="/news/a.jpg" alt="/no"> <a href="#n1">1</a> <a href="https://o.org/">o</a>"##;
        assert_eq!(
            absolute_html(html, "https://e.org", "https://e.org/news/en/s/"),
            r##"<a href="https://e.org/news/en/x/">x</a> <img src="https://e.org/news/a.jpg" alt="/no"> <a href="https://e.org/news/en/s/#n1">1</a> <a href="https://o.org/">o</a>"##
        );
    }
}
