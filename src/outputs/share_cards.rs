//! Share cards at `/share/{l}/<kind>/<id>.png` for every story, project and indicator in every
//! language, and `/share/{l}/site.png` for the other pages: what platforms show beside a link.
//! Each card is kept by the hash of what it says, so an unchanged card is never drawn again.

use std::sync::Arc;

use rayon::prelude::*;

use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::changes::Inputs;
use crate::model::data::indicator::Indicator;
use crate::model::data::project::Project;
use crate::model::{Story, Translation};
use crate::render::Locale;
use crate::render::card::{self, Card, Figure, Look};
use crate::render::views::{Text, ViewBuilder};
use crate::urls::Taxonomy;

pub(crate) struct ShareCards;

/// Where a card is published.
pub(crate) fn path(lang: &str, kind: &str, id: &str) -> String {
    format!("/share/{lang}/{kind}/{id}.png")
}

/// The card of pages that have none of their own.
pub(crate) fn site_path(lang: &str) -> String {
    format!("/share/{lang}/site.png")
}

/// What one card says, and where it goes.
struct Job {
    path: String,
    origin: String,
    site: String,
    kind: String,
    title: String,
    footer: String,
    figure: Option<(String, String, Option<f32>)>,
    rtl: bool,
    /// The photograph behind the text.
    backdrop: Option<Arc<[u8]>>,
}

impl Job {
    /// The card of the page `/{lang}/{folder}/{id}/`, of the kind named `kind` in the theme's
    /// strings ("story", "project", "indicator"), with its footer's parts joined.
    fn of(
        views: &ViewBuilder<'_>,
        (folder, kind, id): (&str, &str, &str),
        title: String,
        footer: Vec<Option<String>>,
    ) -> Self {
        let lang = views.lang();
        Job {
            path: path(lang, folder, id),
            origin: format!("share card of {kind} {id} ({lang})"),
            site: Text::of(&views.config.title, views.config, lang)
                .text
                .to_owned(),
            kind: views.locale.text(kind).to_owned(),
            title,
            footer: footer
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("  ·  "),
            figure: None,
            rtl: rtl(views.locale),
            backdrop: None,
        }
    }
}

/// Photographs behind cards need no more pixels than half the card's width: they are darkened
/// and softened behind the text.
const BACKDROP_WIDTH: u32 = card::WIDTH / 2;

impl Generator for ShareCards {
    fn name(&self) -> &'static str {
        "share cards"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut jobs = Vec::new();
        for locale in context.renderer.locales() {
            let views = ViewBuilder {
                config: &context.site.config,
                locale,
            };
            let lang = locale.language.code.as_str();
            jobs.push(site_card(context, locale));
            for (story, translation) in context.listing.stories(lang) {
                jobs.push(story_card(&views, story, translation));
            }
            for project in &context.site.data.projects {
                jobs.push(project_card(&views, project));
            }
            for indicator in &context.site.data.indicators {
                jobs.push(indicator_card(&views, indicator));
            }
        }
        let config = &context.site.config;
        let look = Look::new(&config.social, config.images.max_pixels);
        let files = jobs
            .par_iter()
            .map(|job| draw(context, &look, job))
            .collect();
        gather(files)
    }
}

fn draw(context: &BuildContext<'_>, look: &Look, job: &Job) -> Result<OutputFile, Diagnostic> {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"bayan-card-v4");
    hasher.update(look.key().as_bytes());
    if let Some(backdrop) = &job.backdrop {
        hasher.update(blake3::hash(backdrop).as_bytes());
    }
    for part in [&job.site, &job.kind, &job.title, &job.footer] {
        hasher.update(part.as_bytes());
        hasher.update(&[0]);
    }
    if let Some((value, label, progress)) = &job.figure {
        hasher.update(value.as_bytes());
        hasher.update(label.as_bytes());
        hasher.update(&progress.unwrap_or(-1.0).to_le_bytes());
    }
    hasher.update(&[u8::from(job.rtl)]);
    let key = hasher.finalize().to_hex().to_string();
    let bytes = context
        .store
        .made(&key, "png", || {
            card::png(&Card {
                site: &job.site,
                kind: &job.kind,
                title: &job.title,
                footer: &job.footer,
                figure: job.figure.as_ref().map(|(value, label, progress)| Figure {
                    value,
                    label,
                    progress: *progress,
                }),
                rtl: job.rtl,
                backdrop: job.backdrop.as_deref(),
                look,
            })
        })
        .map_err(|error| {
            Diagnostic::error_said(
                "content",
                crate::said!("W003", path = &job.path, detail = error),
            )
        })?;
    Ok(OutputFile::stored(
        job.path.trim_start_matches('/').to_owned(),
        bytes,
        job.origin.clone(),
    ))
}

fn rtl(locale: &Locale) -> bool {
    locale.language.direction == crate::config::Direction::Rtl
}

fn site_name(context: &BuildContext<'_>, lang: &str) -> String {
    Text::of(&context.site.config.title, &context.site.config, lang)
        .text
        .to_owned()
}

fn site_card(context: &BuildContext<'_>, locale: &Locale) -> Job {
    let lang = locale.language.code.as_str();
    let config = &context.site.config;
    let description = config
        .description
        .as_ref()
        .map(|d| Text::of(d, config, lang).text.to_owned())
        .unwrap_or_default();
    Job {
        path: site_path(lang),
        origin: format!("share card of the site ({lang})"),
        site: config
            .base_url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .to_owned(),
        kind: locale.text("home").to_owned(),
        title: site_name(context, lang),
        footer: description,
        figure: None,
        rtl: rtl(locale),
        backdrop: context
            .site
            .brand
            .share_image
            .as_ref()
            .map(|image| Arc::clone(image.at_least(BACKDROP_WIDTH))),
    }
}

fn story_card(views: &ViewBuilder<'_>, story: &Story, translation: &Translation) -> Job {
    let (date, _) = views.date(translation);
    let sector = translation
        .sectors
        .first()
        .map(|id| views.term(Taxonomy::Sectors, id).name.text.to_owned());
    let backdrop = translation
        .cover
        .as_ref()
        .and_then(|cover| story.image(cover))
        .map(|image| Arc::clone(image.at_least(BACKDROP_WIDTH)));
    Job {
        backdrop,
        ..Job::of(
            views,
            ("stories", "story", &story.slug),
            translation.title.clone(),
            vec![Some(date), sector],
        )
    }
}

fn project_card(views: &ViewBuilder<'_>, project: &Project) -> Job {
    let card = views.project_card(project);
    let countries: Vec<&str> = card.countries.iter().take(3).map(|c| c.name.text).collect();
    let footer = [
        Some(card.status.label.to_owned()),
        (!countries.is_empty()).then(|| countries.join(views.locale.text("list_comma"))),
        card.budgets.first().cloned(),
    ];
    Job::of(
        views,
        ("projects", "project", &project.id),
        card.title.text.to_owned(),
        footer.into(),
    )
}

fn indicator_card(views: &ViewBuilder<'_>, indicator: &Indicator) -> Job {
    let card = views.indicator_card(indicator);
    let figure = card.latest.as_ref().map(|latest| {
        // A short unit stands beside the figure; a long one goes with the label.
        let (value, label) = match &card.unit {
            Some(unit) if unit.text.chars().count() <= 12 => (
                format!("{latest} {}", unit.text),
                card.title.text.to_owned(),
            ),
            // First, so that a long title cut short never takes the unit with it.
            Some(unit) => (
                latest.clone(),
                format!("{} — {}", unit.text, card.title.text),
            ),
            None => (latest.clone(), card.title.text.to_owned()),
        };
        let progress = indicator.progress().map(|p| p.done.clamp(0.0, 1.0) as f32);
        (value, label, progress)
    });
    let footer = [
        card.progress.as_ref().map(|p| p.status.label.to_owned()),
        card.latest_year.clone(),
    ];
    Job {
        figure,
        ..Job::of(
            views,
            ("indicators", "indicator", &indicator.id),
            card.title.text.to_owned(),
            footer.into(),
        )
    }
}
