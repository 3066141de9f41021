//! Atom 1.0 with `xml:lang`, the site as author, stable tag-URI ids, a `rel=alternate` link to
//! each entry's page and `rel=related` links, with `hreflang`, to its translations.

use atom_syndication::{Category, Content, Entry, Feed as AtomFeed, FixedDateTime, Link, Text};
use jiff::Timestamp;

use super::items::{Item, Items};
use super::{FORMATS, Feed, site_description};
use crate::outputs::BuildContext;

pub(super) fn write(
    context: &BuildContext<'_>,
    feed: &Feed<'_>,
    items: &Items<'_>,
    newest: Option<Timestamp>,
) -> Vec<u8> {
    let config = &context.site.config;
    let entries: Vec<Entry> = items.of(feed).map(entry).collect();
    let updated = feed.updated(newest);
    let atom = AtomFeed {
        title: Text::plain(feed.title.clone()),
        id: config.absolute(&feed.path(FORMATS[1].0)),
        updated: fixed(updated.unwrap_or(Timestamp::UNIX_EPOCH)),
        subtitle: Some(Text::plain(site_description(context.site, feed.lang))),
        links: vec![
            Link {
                href: config.absolute(&feed.path(FORMATS[1].0)),
                rel: "self".to_owned(),
                mime_type: Some(FORMATS[1].1.to_owned()),
                ..Default::default()
            },
            Link {
                href: config.absolute(&feed.page),
                rel: "alternate".to_owned(),
                mime_type: Some("text/html".to_owned()),
                hreflang: Some(feed.lang.to_owned()),
                ..Default::default()
            },
        ],
        generator: Some(atom_syndication::Generator {
            value: "bayan".to_owned(),
            ..Default::default()
        }),
        lang: Some(feed.lang.to_owned()),
        // Atom requires an author: the publishing site itself.
        authors: vec![atom_syndication::Person {
            name: crate::render::views::Text::of(&config.title, config, feed.lang)
                .text
                .to_owned(),
            uri: Some(config.absolute(&crate::urls::home(feed.lang))),
            ..Default::default()
        }],
        entries,
        ..Default::default()
    };
    let mut bytes = atom.write_to(Vec::new()).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn entry(item: &Item) -> Entry {
    let mut links = vec![Link {
        href: item.url.clone(),
        rel: "alternate".to_owned(),
        mime_type: Some("text/html".to_owned()),
        hreflang: Some(item.lang.clone()),
        ..Default::default()
    }];
    // Translations are `related`: readers take an entry's `alternate` link as the entry's own
    // page, and it must stay in the feed's language.
    links.extend(item.translations.iter().map(|(lang, url)| Link {
        href: url.clone(),
        rel: "related".to_owned(),
        mime_type: Some("text/html".to_owned()),
        hreflang: Some(lang.clone()),
        ..Default::default()
    }));
    if let Some(cover) = &item.cover {
        links.push(Link {
            href: cover.url.clone(),
            rel: "enclosure".to_owned(),
            mime_type: Some(cover.mime.to_owned()),
            length: Some(cover.length.to_string()),
            ..Default::default()
        });
    }
    Entry {
        title: Text::plain(item.title.clone()),
        id: item.id.clone(),
        updated: fixed(item.date),
        published: Some(fixed(item.date)),
        links,
        summary: item.summary.clone().map(Text::plain),
        content: item.content.clone().map(|html| Content {
            value: Some(html),
            content_type: Some("html".to_owned()),
            lang: Some(item.lang.clone()),
            ..Default::default()
        }),
        categories: item
            .categories
            .iter()
            .map(|c| Category {
                term: c.name.clone(),
                scheme: Some(c.url.clone()),
                label: Some(format!("{}: {}", c.taxonomy, c.name)),
            })
            .collect(),
        ..Default::default()
    }
}

/// An instant as Atom's date type (RFC 3339 in UTC).
fn fixed(instant: Timestamp) -> FixedDateTime {
    instant.to_string().parse().unwrap_or_default()
}
