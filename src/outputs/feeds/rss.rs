//! RSS 2.0 with `atom:link rel=self`, `content:encoded`, permalink guids, RFC 2822 dates,
//! categories, and the cover as an enclosure and as Media RSS `media:content`.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use rss::extension::{Extension, ExtensionMap};
use rss::{Category, Channel, Enclosure, Guid, Item};

use super::items::Items;
use super::{FORMATS, Feed, site_description};
use crate::outputs::BuildContext;

const MEDIA_NAMESPACE: &str = "http://search.yahoo.com/mrss/";

pub(super) fn write(
    context: &BuildContext<'_>,
    feed: &Feed<'_>,
    items: &Items<'_>,
    newest: Option<Timestamp>,
) -> Vec<u8> {
    let config = &context.site.config;
    let entries: Vec<Item> = items.of(feed).map(rss_item).collect();
    let mut channel = Channel {
        title: feed.title.clone(),
        link: config.absolute(&feed.page),
        description: site_description(context.site, feed.lang),
        language: Some(feed.lang.to_owned()),
        last_build_date: feed.updated(newest).map(rfc2822),
        generator: Some("bayan".to_owned()),
        items: entries,
        atom_ext: Some(rss::extension::atom::AtomExtension {
            links: vec![rss::extension::atom::Link {
                href: config.absolute(&feed.path(FORMATS[0].0)),
                rel: "self".to_owned(),
                mime_type: Some(FORMATS[0].1.to_owned()),
                ..Default::default()
            }],
        }),
        ..Default::default()
    };
    if channel.items.iter().any(|i| !i.extensions.is_empty()) {
        channel
            .namespaces
            .insert("media".to_owned(), MEDIA_NAMESPACE.to_owned());
    }
    channel.namespaces.insert(
        "atom".to_owned(),
        rss::extension::atom::NAMESPACE.to_owned(),
    );
    let mut bytes = channel.write_to(Vec::new()).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn rss_item(item: &super::items::Item) -> Item {
    let mut extensions = ExtensionMap::new();
    if let Some(cover) = &item.cover {
        let content = Extension {
            name: "media:content".to_owned(),
            value: None,
            attrs: BTreeMap::from([
                ("url".to_owned(), cover.url.clone()),
                ("type".to_owned(), cover.mime.to_owned()),
                ("medium".to_owned(), "image".to_owned()),
                ("fileSize".to_owned(), cover.length.to_string()),
            ]),
            children: BTreeMap::new(),
        };
        extensions.insert(
            "media".to_owned(),
            BTreeMap::from([("content".to_owned(), vec![content])]),
        );
    }
    Item {
        title: Some(item.title.clone()),
        link: Some(item.url.clone()),
        // RSS readers take <description> as HTML: the plain-text summary is escaped for it.
        description: item
            .summary
            .as_deref()
            .map(|s| quick_xml::escape::escape(s).into_owned()),
        guid: Some(Guid {
            value: item.url.clone(),
            permalink: true,
        }),
        pub_date: Some(rfc2822(item.date)),
        content: item.content.clone(),
        categories: item
            .categories
            .iter()
            .map(|c| Category {
                name: c.name.clone(),
                domain: Some(c.url.clone()),
            })
            .collect(),
        enclosure: item.cover.as_ref().map(|cover| Enclosure {
            url: cover.url.clone(),
            length: cover.length.to_string(),
            mime_type: cover.mime.to_owned(),
        }),
        extensions,
        ..Default::default()
    }
}

/// `Sun, 12 May 2024 00:00:00 +0000`: RSS dates are RFC 2822, given in UTC.
fn rfc2822(instant: Timestamp) -> String {
    jiff::fmt::rfc2822::to_string(&instant.to_zoned(TimeZone::UTC)).unwrap_or_default()
}
