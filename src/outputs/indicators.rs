//! Indicator pages `/{l}/indicators/<id>/` (chart, table, progress, source, downloads, embed
//! code), the dashboard `/{l}/indicators/` grouped by goal, and the minimal widget
//! `/embed/{l}/indicators/<id>/` that other sites show in an `<iframe>`.

use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, index_and_items};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::changes::Inputs;
use crate::model::data::Indicator;
use crate::model::data::Referred;
use crate::model::places;
use crate::render::Locale;
use crate::render::views::data::{IndicatorCard, IndicatorView};
use crate::render::views::structured_data;
use crate::render::views::{TermLink, ViewBuilder};
use crate::urls::{self, Taxonomy};

pub(crate) struct IndicatorPages;

#[derive(Serialize)]
struct Dashboard<'a> {
    heading: &'a str,
    groups: Vec<GoalGroup<'a>>,
}

/// The indicators of one goal; `goal` is `None` for those tied to no goal.
#[derive(Serialize)]
struct GoalGroup<'a> {
    goal: Option<TermLink<'a>>,
    items: Vec<IndicatorCard<'a>>,
}

impl Generator for IndicatorPages {
    fn name(&self) -> &'static str {
        "indicators"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let indicators = &context.site.data.indicators;
        index_and_items(
            context,
            indicators,
            |locale| dashboard(context, locale, indicators),
            |locale, indicator| {
                let views = ViewBuilder {
                    config: &context.site.config,
                    locale,
                };
                let partners = context
                    .site
                    .data
                    .partners_named(&indicator.partners)
                    .collect();
                // One view, chart included, for both the page and the widget.
                let view = views.indicator(indicator, partners);
                vec![
                    page(context, &views, indicator, &view),
                    embed(context, locale, indicator, &view),
                ]
            },
        )
    }
}

fn dashboard(
    context: &BuildContext<'_>,
    locale: &Locale,
    indicators: &[Indicator],
) -> Result<OutputFile, Diagnostic> {
    let lang = locale.language.code.as_str();
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let mut groups: Vec<GoalGroup<'_>> = (1..=17)
        .filter_map(places::goal)
        .map(|goal| GoalGroup {
            goal: Some(views.term(Taxonomy::Sdgs, goal.id)),
            items: indicators
                .iter()
                .filter(|i| i.sdgs.contains(&goal.number))
                .map(|i| views.indicator_card(i))
                .collect(),
        })
        .collect();
    groups.push(GoalGroup {
        goal: None,
        items: indicators
            .iter()
            .filter(|i| i.sdgs.is_empty())
            .map(|i| views.indicator_card(i))
            .collect(),
    });
    groups.retain(|g| !g.items.is_empty());
    let heading = locale.text("indicators");
    let mut page = context.frame_everywhere(lang, urls::indicators, heading.to_owned(), None, None);
    page.context
        .insert("dashboard", &Dashboard { heading, groups });
    context.render_everywhere(
        "indicators.html",
        page,
        format!("indicator dashboard ({lang})"),
    )
}

fn page(
    context: &BuildContext<'_>,
    views: &ViewBuilder<'_>,
    indicator: &Indicator,
    view: &IndicatorView<'_>,
) -> Result<OutputFile, Diagnostic> {
    let lang = views.lang();
    let data = &context.site.data;
    let mut page = context.frame_everywhere(
        lang,
        |l| urls::indicator(l, &indicator.id),
        view.card.title.text.to_owned(),
        view.description.as_ref().map(|d| d.text.to_owned()),
        Some(("indicators", &indicator.id)),
    );
    page.context.insert("indicator", view);
    let dataset = views.dataset(indicator, &views.organisation(&context.site.brand));
    page.context
        .insert("structured_data", &structured_data::script(vec![dataset]));
    page.context.insert("panels_script", &context.panels_script);
    page.context.insert_value(
        "projects",
        context.project_cards(
            lang,
            data.projects
                .iter()
                .filter(|p| p.indicators.contains(&indicator.id)),
        ),
    );
    page.offer_sharing(context, views.locale, view.card.title.text);
    page.list_stories_naming(context, lang, Referred::Indicator, &indicator.id);
    context
        .render_everywhere(
            "indicator.html",
            page,
            format!("indicator {} ({lang})", indicator.id),
        )
        .map(|file| file.with_source(&indicator.path))
}

/// The widget: chart, figure and progress, with a link to the full page; never indexed.
fn embed(
    context: &BuildContext<'_>,
    locale: &Locale,
    indicator: &Indicator,
    view: &IndicatorView<'_>,
) -> Result<OutputFile, Diagnostic> {
    let lang = locale.language.code.as_str();
    let path = urls::indicator_embed(lang, &indicator.id);
    let mut page = context.frame(super::chrome::PageInfo {
        lang,
        path: &path,
        title: view.card.title.text.to_owned(),
        description: None,
        translations: Vec::new(),
        social: None,
    });
    page.insert("indicator", view);
    page.insert(
        "full_url",
        &context
            .site
            .config
            .absolute(&urls::indicator(lang, &indicator.id)),
    );
    context.page(
        "embed.html",
        &page,
        &path,
        format!("indicator widget {} ({lang})", indicator.id),
    )
}
