//! JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the feed's `language`.

use serde::Serialize;

use super::items::{Item, Items};
use super::{FORMATS, Feed, site_description};
use crate::outputs::BuildContext;

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    description: String,
    language: &'a str,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    date_published: String,
    tags: Vec<&'a str>,
    language: &'a str,
}

pub(super) fn write(context: &BuildContext<'_>, feed: &Feed<'_>, items: &Items) -> Vec<u8> {
    let config = &context.site.config;
    let json = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &feed.title,
        home_page_url: config.absolute(&feed.page),
        feed_url: config.absolute(&feed.path(FORMATS[2].0)),
        description: site_description(context.site, feed.lang),
        language: feed.lang,
        items: feed
            .entries
            .iter()
            .filter_map(|(story, translation)| items.get(story, translation))
            .map(json_item)
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&json).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn json_item(item: &Item) -> JsonItem<'_> {
    JsonItem {
        id: &item.id,
        url: &item.url,
        title: &item.title,
        content_html: item.content.as_deref(),
        // An item needs content: with summaries only, the summary (or title) is the text.
        content_text: item
            .content
            .is_none()
            .then(|| item.summary.as_deref().unwrap_or(&item.title)),
        summary: item.summary.as_deref(),
        image: item.cover.as_ref().map(|c| c.url.as_str()),
        date_published: item.date.to_string(),
        tags: item.categories.iter().map(|c| c.name.as_str()).collect(),
        language: &item.lang,
    }
}
