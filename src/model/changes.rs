//! What changed between two builds of the same site, for the live preview: the parts of the
//! model an edit touched ([`Inputs`]), so that only the generators reading those parts run again.
//!
//! Every structure is taken apart field by field, without `..`: a field added to the model
//! does not compile here until someone decides which part of the site it belongs to.

use std::collections::BTreeSet;

use super::{Page, Site, Story, Translation, Visibility};

/// A story translation, as (slug, language).
pub(crate) type TranslationId = (String, String);

/// Parts of the model a generator reads and an edit can change. The configuration and the
/// theme are not among them: every generator reads those, and a change to either rebuilds all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Inputs(u16);

impl Inputs {
    pub(crate) const NOTHING: Inputs = Inputs(0);
    /// The body of story translations (and the links in it).
    pub(crate) const STORY_TEXT: Inputs = Inputs(1);
    /// Titles and summaries of story translations.
    pub(crate) const STORY_TITLES: Inputs = Inputs(1 << 1);
    /// Dates of stories.
    pub(crate) const STORY_DATES: Inputs = Inputs(1 << 2);
    /// What stories are about: sectors, countries, goals, tags, partners, projects, indicators.
    pub(crate) const STORY_TERMS: Inputs = Inputs(1 << 3);
    /// A story's cover, the files beside it and their notes.
    pub(crate) const STORY_MEDIA: Inputs = Inputs(1 << 4);
    /// How a story is published: press release, embargo, draft mark, old addresses, which
    /// stories and translations exist, and which are held back.
    pub(crate) const STORY_RELEASE: Inputs = Inputs(1 << 5);
    /// Everything about stories.
    pub(crate) const STORIES: Inputs = Inputs(0b11_1111);
    /// Everything about stories but their text: what lists, cards and links show of them.
    pub(crate) const STORY_OUTLINE: Inputs = Inputs(0b11_1110);
    /// Standalone pages (about, contact...).
    pub(crate) const PAGES: Inputs = Inputs(1 << 6);
    /// Projects, indicators and partners.
    pub(crate) const DATA: Inputs = Inputs(1 << 7);
    /// The site's own static files.
    pub(crate) const STATIC_FILES: Inputs = Inputs(1 << 8);
    /// What frames every page: the menu (pages' titles, which data sections exist), the logo,
    /// and the fingerprints of the stylesheet and scripts (static files).
    pub(crate) const CHROME: Inputs = Inputs(1 << 9);

    pub(crate) const fn and(self, other: Inputs) -> Inputs {
        Inputs(self.0 | other.0)
    }

    /// Whether the two share a part.
    pub(crate) fn meets(self, other: Inputs) -> bool {
        self.0 & other.0 != 0
    }

    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn add_if(&mut self, changed: bool, part: Inputs) {
        if changed {
            *self = self.and(part);
        }
    }
}

/// What an edit changed, when the live preview can rebuild part of the site for it.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Changes {
    pub inputs: Inputs,
    /// The translations whose body changed.
    pub texts: BTreeSet<TranslationId>,
}

/// The parts of the model that differ between `before` and `after`, or `None` when the
/// configuration or what the build was asked to show (drafts, embargoes) differs, which
/// rebuilds everything.
pub(crate) fn between(before: &Site, after: &Site) -> Option<Changes> {
    let Site {
        config,
        stories,
        pages,
        data,
        static_files,
        brand,
        visibility,
        withheld,
    } = after;
    // `now` acts only through what it lets through, which the stories and `withheld` show.
    let Visibility {
        now: _,
        drafts,
        embargoed,
        live,
    } = visibility;
    if *config != before.config
        || *drafts != before.visibility.drafts
        || *embargoed != before.visibility.embargoed
        || *live != before.visibility.live
    {
        return None;
    }
    let mut changes = Changes::default();
    let inputs = &mut changes.inputs;
    inputs.add_if(*pages != before.pages, Inputs::PAGES);
    inputs.add_if(*data != before.data, Inputs::DATA);
    inputs.add_if(*static_files != before.static_files, Inputs::STATIC_FILES);
    inputs.add_if(
        *brand != before.brand
            || *static_files != before.static_files
            || menu_of_pages(pages) != menu_of_pages(&before.pages)
            || data.sections() != before.data.sections(),
        Inputs::CHROME,
    );
    inputs.add_if(
        *withheld != before.withheld
            || (*embargoed && held_back(before) != held_back(after))
            || stories.len() != before.stories.len(),
        Inputs::STORY_RELEASE,
    );
    for (old, new) in before.stories.iter().zip(stories) {
        compare_stories(old, new, &mut changes);
    }
    Some(changes)
}

/// What the menu shows of the pages: their addresses and titles, in order.
fn menu_of_pages(pages: &[Page]) -> Vec<(&str, &str, &str)> {
    pages
        .iter()
        .flat_map(|p| {
            p.translations
                .iter()
                .map(|t| (p.slug.as_str(), t.lang.as_str(), t.title.as_str()))
        })
        .collect()
}

fn compare_stories(before: &Story, after: &Story, changes: &mut Changes) {
    let Story {
        slug,
        translations,
        assets,
        image_notes,
    } = after;
    let inputs = &mut changes.inputs;
    if *slug != before.slug || translations.len() != before.translations.len() {
        // Another story or translation stands here: all that is known of it is new.
        *inputs = inputs.and(Inputs::STORIES);
        return;
    }
    inputs.add_if(
        *assets != before.assets || *image_notes != before.image_notes,
        Inputs::STORY_MEDIA,
    );
    for (old, new) in before.translations.iter().zip(translations) {
        let edited = compare_translations(old, new);
        if edited.meets(Inputs::STORY_TEXT) {
            changes.texts.insert((slug.clone(), new.lang.clone()));
        }
        changes.inputs = changes.inputs.and(edited);
    }
}

/// In a preview showing embargoed stories, which translations carry the embargo banner: the
/// clock alone can lift one.
fn held_back(site: &Site) -> Vec<bool> {
    site.stories
        .iter()
        .flat_map(|s| &s.translations)
        .map(|t| site.visibility.under_embargo(t.embargo))
        .collect()
}

/// The parts of a story that differ between two versions of one translation.
fn compare_translations(before: &Translation, after: &Translation) -> Inputs {
    let Translation {
        lang,
        title,
        summary,
        date,
        body_html,
        markdown,
        cover,
        sectors,
        countries,
        sdgs,
        tags,
        tags_lang,
        partners,
        projects,
        indicators,
        embargo,
        // Read by `bayan status` and `check` only; no page shows it.
        translation_checked: _,
        press,
        aliases,
        source,
        draft,
        // Links are checked again on every build, against the whole site.
        links: _,
    } = after;
    let mut inputs = Inputs::NOTHING;
    inputs.add_if(
        *body_html != before.body_html || *markdown != before.markdown,
        Inputs::STORY_TEXT,
    );
    inputs.add_if(
        *title != before.title || *summary != before.summary,
        Inputs::STORY_TITLES,
    );
    inputs.add_if(*date != before.date, Inputs::STORY_DATES);
    inputs.add_if(
        *sectors != before.sectors
            || *countries != before.countries
            || *sdgs != before.sdgs
            || *tags != before.tags
            || *tags_lang != before.tags_lang
            || *partners != before.partners
            || *projects != before.projects
            || *indicators != before.indicators,
        Inputs::STORY_TERMS,
    );
    inputs.add_if(*cover != before.cover, Inputs::STORY_MEDIA);
    inputs.add_if(
        *lang != before.lang
            || *embargo != before.embargo
            || *press != before.press
            || *aliases != before.aliases
            || *source != before.source
            || *draft != before.draft,
        Inputs::STORY_RELEASE,
    );
    inputs
}
