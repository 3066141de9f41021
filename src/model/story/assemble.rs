//! One story from its folder: each file checked, the keys the translations share inherited, what
//! may not be published yet held back, and the problems of the story as a whole reported at its
//! folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::check::{CacheForBuild, Checked, check_file_cached};
use super::{Markdown, PublishedFile, Story, Translation, assets};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{SourceFile, StorySource};
use crate::model::data::Reference;
use crate::model::fields::key_line;
use crate::model::unfinished::{self, Written};
use crate::model::{Reason, Visibility, Withheld};
use crate::said;

/// What every story of a build is checked against, and the caches it may use.
pub(crate) struct Inputs<'a> {
    pub config: &'a Config,
    pub checked: Option<&'a CacheForBuild<'a>>,
    pub visibility: Visibility,
}

/// A story file and what its front matter and body say.
type CheckedFile<'s> = (&'s SourceFile, Arc<Checked>);

/// The story of `source`, with the folder its problems are reported at; `None` when no
/// translation may be published now (each one held back is added to `withheld`).
pub(crate) fn assemble(
    inputs: &Inputs<'_>,
    source: StorySource,
    (withheld, references): (&mut Vec<Withheld>, &mut Vec<Reference>),
    problems: &mut Diagnostics,
) -> Option<(Story, PathBuf)> {
    let config = inputs.config;
    let files = check_files(inputs, &source, problems);
    references.extend(files.iter().flat_map(|(_, c)| c.references.iter().cloned()));
    // A file that could not be read, or a date that could not be understood, is reported where
    // it is written; the other translations are not blamed for what they would inherit.
    let mut date_reported = source.unreadable
        || files.len() < source.files.len()
        || files
            .iter()
            .any(|(_, c)| c.date_written && c.date.is_none());
    let mut translations = Vec::new();
    let mut published = Published::default();
    for (file, own) in &files {
        let Some(date) = shared(&files, own, |c| &c.date) else {
            // Reported once, at the default language's file, where the date belongs.
            if !date_reported {
                date_reported = true;
                problems
                    .push(Diagnostic::error_said(&file.path, said!("S002")).at(&file.text, 2, 1));
            }
            continue;
        };
        let Some(title) = own.title.clone() else {
            continue;
        };
        let embargo = shared(&files, own, |c| &c.embargo);
        check_release(file, own, &files, date, problems);
        // `draft` is each file's own: a translation can be unfinished while the other is out.
        let draft = own.draft.unwrap_or(false);
        if let Some(reason) = held_back(config, inputs.visibility, embargo, draft) {
            withheld.push(Withheld {
                slug: source.slug.clone(),
                lang: file.lang.clone(),
                reason,
            });
            continue;
        }
        check_finished(
            file,
            own,
            &title,
            date,
            embargo,
            inputs.visibility,
            problems,
        );
        let translation = translation(file, own, &files, title, date, embargo, draft);
        published.add(&translation, own);
        translations.push(translation);
    }
    if translations.is_empty() {
        return None;
    }
    if translations.iter().all(|t| t.press.is_none()) {
        // Only press kits offer the text as written: other stories let the file go.
        for translation in &mut translations {
            translation.markdown = Markdown::default();
        }
    }
    // Story-wide problems are reported at the story's folder.
    let folder = source.files[0]
        .path
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default();
    check_translated(config, &source, &translations, &folder, problems);
    check_unused_files(&source, &files, &folder, problems);
    let image_notes = published.notes(&source, &translations, &folder, problems);
    // Only files a published translation uses go out: nothing else in the folder can leak.
    let assets = source
        .assets
        .into_iter()
        .filter(|asset| published.assets.contains(&asset.name))
        .filter(|asset| assets::publishable(asset, &folder, problems))
        .map(PublishedFile::from)
        .collect();
    let story = Story {
        slug: source.slug,
        translations,
        assets,
        image_notes,
    };
    Some((story, folder))
}

/// The files of the story that could be read and checked, the default language's first: it is
/// the one the others inherit from first.
fn check_files<'s>(
    inputs: &Inputs<'_>,
    source: &'s StorySource,
    problems: &mut Diagnostics,
) -> Vec<CheckedFile<'s>> {
    let config = inputs.config;
    let asset_names: Vec<&str> = source.assets.iter().map(|a| a.name.as_str()).collect();
    let mut files: Vec<CheckedFile<'s>> = source
        .files
        .iter()
        .filter_map(|file| {
            let checked = check_file_cached(
                config,
                inputs.checked,
                &source.slug,
                file,
                &asset_names,
                problems,
            )?;
            Some((file, checked))
        })
        .collect();
    files.sort_by_key(|(file, _)| config.languages.iter().position(|l| l.code == file.lang));
    files
}

/// A key the translations share: this file's value, else the first other file's (default
/// language first).
fn shared<T: Clone>(
    files: &[CheckedFile<'_>],
    own: &Checked,
    key: impl Fn(&Checked) -> &Option<T>,
) -> Option<T> {
    key(own)
        .clone()
        .or_else(|| files.iter().find_map(|(_, other)| key(other).clone()))
}

/// Warns of an embargo that ends before the story's date, and of a press release whose quotes
/// and notes are written in another language's file only.
fn check_release(
    file: &SourceFile,
    own: &Checked,
    files: &[CheckedFile<'_>],
    date: Timestamp,
    problems: &mut Diagnostics,
) {
    if let Some(until) = own.embargo
        && until < date
    {
        problems.push(Diagnostic::warning_said(&file.path, said!("S003")).at(
            &file.text,
            key_line(&file.text, "embargo"),
            1,
        ));
    }
    if own.press.is_none()
        && let Some((other, press)) = files.iter().find_map(|(f, c)| Some((f, c.press.as_ref()?)))
        && (!press.quotes.is_empty() || press.notes.is_some())
    {
        let other = other
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        problems.push(
            Diagnostic::warning_said(&file.path, said!("S004", other = other)).at(&file.text, 2, 1),
        );
    }
}

/// Why a translation is not published in this build, if it is not.
fn held_back(
    config: &Config,
    visibility: Visibility,
    embargo: Option<Timestamp>,
    draft: bool,
) -> Option<Reason> {
    match embargo {
        Some(until) if until > visibility.now && !visibility.embargoed => Some(Reason::Embargo {
            until: until
                .to_zoned(TimeZone::fixed(config.utc_offset))
                .strftime("%Y-%m-%d %H:%M (UTC%:z)")
                .to_string(),
            at: until,
        }),
        _ if draft && !visibility.drafts => Some(Reason::Draft),
        _ => None,
    }
}

/// What a translation about to be published must not hold: the placeholder text of `bayan new`
/// (an error when publishing, a warning in a preview), a date in the future without an
/// embargo, no summary.
fn check_finished(
    file: &SourceFile,
    own: &Checked,
    title: &str,
    date: Timestamp,
    embargo: Option<Timestamp>,
    visibility: Visibility,
    problems: &mut Diagnostics,
) {
    let severity = unfinished::severity(visibility);
    for placeholder in
        unfinished::placeholders(Written::Story, &file.path, &file.text, title, severity)
    {
        problems.push(placeholder);
    }
    // Said where the date is written, not again in each translation that inherits it.
    if embargo.is_none()
        && own.date.is_some()
        && let Some(future) = unfinished::future_date(&file.path, &file.text, date, visibility.now)
    {
        problems.push(future);
    }
    if own.summary.is_none() {
        problems.push(Diagnostic::warning_said(&file.path, said!("S005")).at(&file.text, 2, 1));
    }
}

/// The published translation of `file`: its own texts, and the keys it shares with the others.
fn translation(
    file: &SourceFile,
    own: &Checked,
    files: &[CheckedFile<'_>],
    title: String,
    date: Timestamp,
    embargo: Option<Timestamp>,
    draft: bool,
) -> Translation {
    // Tags are words of a language: another file's tags are taken with the language they are
    // written in.
    let (tags, tags_lang) = match &own.tags {
        Some(tags) => (tags.clone(), file.lang.clone()),
        None => files
            .iter()
            .find_map(|(f, c)| c.tags.clone().map(|t| (t, f.lang.clone())))
            .unwrap_or_else(|| (Vec::new(), file.lang.clone())),
    };
    let list =
        |key: fn(&Checked) -> &Option<Vec<String>>| shared(files, own, key).unwrap_or_default();
    Translation {
        lang: file.lang.clone(),
        title,
        summary: own.summary.clone(),
        date,
        body_html: Arc::clone(&own.body_html),
        markdown: own.markdown.clone(),
        cover: shared(files, own, |c| &c.cover),
        sectors: list(|c| &c.sectors),
        countries: list(|c| &c.countries),
        sdgs: shared(files, own, |c| &c.sdgs).unwrap_or_default(),
        tags,
        tags_lang,
        partners: list(|c| &c.partners),
        projects: list(|c| &c.projects),
        indicators: list(|c| &c.indicators),
        embargo,
        translation_checked: own.translation_checked,
        press: shared(files, own, |c| &c.press),
        aliases: own.aliases.clone(),
        source: file.path.clone(),
        draft,
        links: own.links.clone(),
    }
}

/// Warns of a language of the site the story is not written in.
fn check_translated(
    config: &Config,
    source: &StorySource,
    translations: &[Translation],
    folder: &Path,
    problems: &mut Diagnostics,
) {
    let missing: Vec<&str> = config
        .language_codes()
        .filter(|code| !source.files.iter().any(|f| f.lang == *code))
        .collect();
    let Some(first) = missing.first() else {
        return;
    };
    let written: Vec<&str> = translations.iter().map(|t| t.lang.as_str()).collect();
    problems.push(Diagnostic::warning_said(
        folder,
        said!(
            "S006",
            missing = &missing,
            written = written,
            first = *first,
        ),
    ));
}

/// Warns of a file in the story's folder that no translation shows or links to.
fn check_unused_files(
    source: &StorySource,
    files: &[CheckedFile<'_>],
    folder: &Path,
    problems: &mut Diagnostics,
) {
    let used_anywhere = |name: &str| {
        files
            .iter()
            .any(|(_, c)| c.used_assets.contains(name) || c.cover.as_deref() == Some(name))
    };
    for asset in &source.assets {
        if !used_anywhere(&asset.name) {
            problems.push(Diagnostic::warning_said(
                folder.join(&asset.name),
                said!("S007"),
            ));
        }
    }
}

/// The files the published translations use, and the images they show as figures.
#[derive(Default)]
struct Published {
    assets: BTreeSet<String>,
    /// Images shown as figures, by language: each needs a description there.
    figures: Vec<(String, String)>,
}

impl Published {
    fn add(&mut self, translation: &Translation, own: &Checked) {
        self.assets.extend(translation.cover.iter().cloned());
        self.assets.extend(own.used_assets.iter().cloned());
        self.figures.extend(
            own.figures
                .iter()
                .map(|f| (translation.lang.clone(), f.clone())),
        );
    }

    /// What images.yaml says of the published images. Covers and figures are shown without a
    /// description in the text: readers who cannot see them need the one in images.yaml.
    fn notes(
        &self,
        source: &StorySource,
        translations: &[Translation],
        folder: &Path,
        problems: &mut Diagnostics,
    ) -> std::collections::BTreeMap<String, super::ImageNotes> {
        let shown: Vec<(&str, &str)> = translations
            .iter()
            .filter_map(|t| Some((t.lang.as_str(), t.cover.as_deref()?)))
            .chain(
                self.figures
                    .iter()
                    .map(|(lang, src)| (lang.as_str(), src.as_str())),
            )
            .collect();
        assets::published_notes(source, &self.assets, &shown, folder, problems)
    }
}
