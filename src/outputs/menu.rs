//! The main menu: the site's sections gathered under a few entries, so the menu holds one row
//! on a laptop in both languages. A group opens as a `<details>` disclosure, which works
//! without a script; a group of one is shown as its one link.

use super::BuildContext;
use super::subscriptions::feeds_page;
use crate::render::Locale;
use crate::render::views::NavItem;
use crate::urls::{self, Taxonomy};

/// A menu entry before it is made a link: its label (interface text, or a page's title) and path.
struct Entry {
    label: String,
    path: String,
}

impl BuildContext<'_> {
    /// The menu of the page at `page_path` in `locale`'s language.
    pub(crate) fn menu(&self, locale: &Locale, page_path: &str) -> Vec<NavItem> {
        let lang = locale.language.code.as_str();
        let data = &self.site.data;
        let entry = |key: &str, path: String| Entry {
            label: locale.text(key).to_owned(),
            path,
        };
        let our_work: Vec<Entry> = [
            (!data.projects.is_empty()).then(|| entry("projects", urls::projects(lang))),
            (!data.indicators.is_empty()).then(|| entry("indicators", urls::indicators(lang))),
            (!data.partners.is_empty()).then(|| entry("partners", urls::partners(lang))),
        ]
        .into_iter()
        .flatten()
        .collect();
        let themes = Taxonomy::ALL
            .into_iter()
            .map(|t| entry(t.key(), urls::taxonomy(lang, t)))
            .collect();
        let media = vec![
            entry("newsroom", urls::press(lang)),
            entry("feeds", feeds_page(lang)),
        ];
        let pages = self
            .site
            .pages
            .iter()
            .filter_map(|page| {
                page.translation(lang).map(|t| Entry {
                    label: t.title.clone(),
                    path: urls::page(lang, &page.slug),
                })
            })
            .collect();
        let groups = [
            ("stories", vec![entry("stories", urls::stories(lang))]),
            ("menu_our_work", our_work),
            ("menu_themes", themes),
            ("menu_media", media),
            ("search", vec![entry("search", urls::search(lang))]),
            ("menu_more", pages),
        ];
        groups
            .into_iter()
            .filter_map(|(key, entries)| self.menu_item(locale.text(key), entries, page_path))
            .collect()
    }

    /// One top-level entry: the link itself when `entries` holds one, else a group of them.
    fn menu_item(&self, label: &str, entries: Vec<Entry>, page_path: &str) -> Option<NavItem> {
        let config = &self.site.config;
        let mut links: Vec<NavItem> = entries
            .into_iter()
            .map(|e| NavItem {
                current: page_path.starts_with(&e.path),
                url: config.link(&e.path),
                label: e.label,
                children: Vec::new(),
            })
            .collect();
        match links.len() {
            0 => None,
            1 => links.pop(),
            _ => Some(NavItem {
                label: label.to_owned(),
                url: String::new(),
                current: links.iter().any(|l| l.current),
                children: links,
            }),
        }
    }
}
