//! What changed between two builds of the same site, for the live preview: when only the text
//! of some story translations changed, only the files showing that text need rendering again.
//!
//! Every structure is taken apart field by field, without `..`: a field added to the model
//! does not compile here until someone decides whether it can change without a full rebuild.

use std::collections::BTreeSet;

use super::{Site, Story, Translation, Visibility};

/// A story translation, as (slug, language).
pub(crate) type TranslationId = (String, String);

/// The translations whose body alone differs between `before` and `after`, or `None` when
/// anything else differs (configuration, pages, the set of stories, a title, a date, a file
/// beside a story...), which needs a full build.
pub(crate) fn edited_bodies(before: &Site, after: &Site) -> Option<BTreeSet<TranslationId>> {
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
    let same = *config == before.config
        && *pages == before.pages
        && *data == before.data
        && *static_files == before.static_files
        && *brand == before.brand
        && *drafts == before.visibility.drafts
        && *embargoed == before.visibility.embargoed
        && *live == before.visibility.live
        && (!*embargoed || held_back(before) == held_back(after))
        && *withheld == before.withheld
        && stories.len() == before.stories.len();
    if !same {
        return None;
    }
    let mut edited = BTreeSet::new();
    for (old, new) in before.stories.iter().zip(stories) {
        let Story {
            slug,
            translations,
            assets,
            image_notes,
        } = new;
        if *slug != old.slug
            || *assets != old.assets
            || *image_notes != old.image_notes
            || translations.len() != old.translations.len()
        {
            return None;
        }
        for (old, new) in old.translations.iter().zip(translations) {
            if body_only(old, new)? {
                edited.insert((slug.clone(), new.lang.clone()));
            }
        }
    }
    Some(edited)
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

/// `Some(true)` when only the body (and the links in it) differ, `Some(false)` when nothing
/// does, `None` when anything else does.
fn body_only(before: &Translation, after: &Translation) -> Option<bool> {
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
    let same_outline = *lang == before.lang
        && *title == before.title
        && *summary == before.summary
        && *date == before.date
        && *cover == before.cover
        && *sectors == before.sectors
        && *countries == before.countries
        && *sdgs == before.sdgs
        && *tags == before.tags
        && *tags_lang == before.tags_lang
        && *partners == before.partners
        && *projects == before.projects
        && *indicators == before.indicators
        && *embargo == before.embargo
        && *press == before.press
        && *aliases == before.aliases
        && *source == before.source
        && *draft == before.draft;
    let body_changed = *body_html != before.body_html || *markdown != before.markdown;
    if same_outline && body_changed && press.is_some() {
        // A press release's text is also in its kit page and archive: build everything.
        return None;
    }
    same_outline.then_some(body_changed)
}
