//! Taxonomy pages: the index of each taxonomy (`/{l}/sectors/`) and one paginated list per term
//! (`/{l}/sectors/<id>/`), for sectors, countries, SDGs and tags.

use rayon::prelude::*;
use serde::Serialize;

use super::chrome::PageInfo;
use super::listing::Term;
use super::lists::{PaginatedList, paginate};
use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::changes::Inputs;
use crate::render::Locale;
use crate::render::views::{TermLink, ViewBuilder, reading_order};
use crate::urls::{self, Taxonomy};

pub(crate) struct TermPages;

#[derive(Serialize)]
struct TermsView<'a> {
    heading: &'a str,
    key: &'static str,
    terms: Vec<TermEntry<'a>>,
}

#[derive(Serialize)]
struct TermEntry<'a> {
    #[serde(flatten)]
    link: TermLink<'a>,
    /// Everything filed under the term, as a number.
    count: String,
    /// The same in words, each kind in its plural form: "3 stories · 2 projects".
    counted: String,
}

impl Generator for TermPages {
    fn name(&self) -> &'static str {
        "term pages"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let config = &context.site.config;
        let mut results = Vec::new();
        let mut jobs = Vec::new();
        for locale in context.renderer.locales() {
            let lang = locale.language.code.as_str();
            let views = ViewBuilder { config, locale };
            for taxonomy in Taxonomy::ALL {
                let index = urls::taxonomy(lang, taxonomy);
                let terms: Vec<_> = context.listing.terms(lang, taxonomy).collect();
                let mut entries: Vec<(&str, TermEntry<'_>)> = terms
                    .iter()
                    .map(|term| {
                        let entry = TermEntry {
                            link: views.term_written_in(taxonomy, term.id, Some(term.written_in)),
                            count: locale.formatter.integer(
                                (term.stories.len() + term.projects.len() + term.indicators.len())
                                    as i64,
                            ),
                            counted: counted(locale, term),
                        };
                        (term.id, entry)
                    })
                    .collect();
                entries.sort_by(|(a, x), (b, y)| {
                    reading_order(taxonomy, (a, x.link.name.text), (b, y.link.name.text))
                });
                let entries: Vec<TermEntry<'_>> = entries.into_iter().map(|(_, e)| e).collect();
                let heading = locale.text(taxonomy.key());
                let alternates: Vec<(String, String)> = config
                    .languages
                    .iter()
                    .map(|l| (l.code.clone(), urls::taxonomy(&l.code, taxonomy)))
                    .collect();
                let mut page = context.frame(PageInfo {
                    lang,
                    path: &index,
                    title: heading.to_owned(),
                    description: None,
                    translations: alternates.clone(),
                    social: None,
                });
                page.insert(
                    "terms",
                    &TermsView {
                        heading,
                        key: taxonomy.key(),
                        terms: entries,
                    },
                );
                results.push(
                    context
                        .page(
                            "terms.html",
                            &page,
                            &index,
                            format!("{taxonomy} index ({lang})"),
                        )
                        .map(|file| file.in_sitemap(&index, alternates, None)),
                );

                jobs.extend(terms.into_iter().map(|term| (locale, taxonomy, term)));
            }
        }
        let term_pages: Vec<_> = jobs
            .par_iter()
            .flat_map_iter(|(locale, taxonomy, term)| term_page(context, locale, *taxonomy, term))
            .collect();
        results.extend(term_pages);
        gather(results)
    }
}

/// The paginated list of one term's stories.
fn term_page(
    context: &BuildContext<'_>,
    locale: &Locale,
    taxonomy: Taxonomy,
    term: &Term<'_>,
) -> Vec<Result<OutputFile, Diagnostic>> {
    let config = &context.site.config;
    let lang = locale.language.code.as_str();
    let views = ViewBuilder { config, locale };
    let link = views.term_written_in(taxonomy, term.id, Some(term.written_in));
    let first = urls::term(lang, taxonomy, term.id);
    let translations: Vec<(String, String)> = config
        .languages
        .iter()
        .filter(|l| context.listing.has_term(&l.code, taxonomy, term.id))
        .map(|l| (l.code.clone(), urls::term(&l.code, taxonomy, term.id)))
        .collect();
    let heading = match &link.number {
        Some(number) => format!("{} {number}: {}", locale.text("goal"), link.name.text),
        None => link.name.text.to_owned(),
    };
    paginate(
        context,
        PaginatedList {
            lang,
            first: &first,
            heading,
            intro: None,
            entries: &term.stories,
            translations: &translations,
            template: "list.html",
            origin: format!("{taxonomy} term {} ({lang})", term.id),
            projects: &term.projects,
            indicators: &term.indicators,
        },
    )
}

/// What `term` holds in words, the kinds it has none of left out: "3 stories · 2 projects".
/// A line may break between the kinds, never inside one ("مشروع" at the end of a line and
/// "واحد" on the next): their spaces do not break.
fn counted(locale: &Locale, term: &Term<'_>) -> String {
    [
        ("stories_count", term.stories.len()),
        ("projects_count", term.projects.len()),
        ("indicators_count", term.indicators.len()),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(key, n)| locale.count(key, n).replace(' ', "\u{a0}"))
    .collect::<Vec<_>>()
    .join(" · ")
}
