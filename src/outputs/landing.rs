//! The language-neutral files at the root: the bilingual landing page `/`, `404.html` in every
//! language, and `robots.txt`.

use serde::Serialize;
use tera::Context;

use super::share_cards;
use super::{BuildContext, Generator, OutputFile};
use crate::config::Direction;
use crate::diagnostic::Diagnostics;
use crate::model::changes::Inputs;
use crate::render::views::social::Social;
use crate::render::views::{LanguageLink, Logo, StoryCard, Text, ViewBuilder, structured_data};
use crate::urls;

/// How many headlines each language shows on the landing page.
const LANDING_STORIES: usize = 3;

pub(crate) struct Landing;
pub(crate) struct NotFound;

/// One language's column on a root page.
#[derive(Serialize)]
struct LanguageColumn<'a> {
    lang: &'a str,
    dir: Direction,
    site_title: Text<'a>,
    site_description: Option<Text<'a>>,
    home_url: String,
    stories: Vec<StoryCard<'a>>,
    t: &'a std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct RootPage<'a> {
    lang: &'a str,
    dir: Direction,
    title: String,
    /// The site's description in every language.
    description: Option<String>,
    canonical: String,
    stylesheet: &'a str,
    /// Above the columns, shared by the languages.
    logo: Option<Logo>,
    languages: Vec<LanguageLink>,
    columns: Vec<LanguageColumn<'a>>,
    noindex: bool,
    /// Open Graph and Twitter card metadata, as every other page has.
    social: Social,
}

fn root_page<'a>(context: &'a BuildContext<'_>, path: &str, with_stories: bool) -> RootPage<'a> {
    let config = &context.site.config;
    let default = config.default_language();
    let columns = context
        .renderer
        .locales()
        .iter()
        .map(|locale| {
            let lang = locale.language.code.as_str();
            let views = ViewBuilder { config, locale };
            LanguageColumn {
                lang,
                dir: locale.language.direction,
                site_title: Text::of(&config.title, config, lang),
                site_description: config
                    .description
                    .as_ref()
                    .map(|d| Text::of(d, config, lang)),
                home_url: config.link(&urls::home(lang)),
                stories: if with_stories {
                    context
                        .listing
                        .stories(lang)
                        .iter()
                        .take(LANDING_STORIES)
                        .map(|(s, t)| views.card(s, t))
                        .collect()
                } else {
                    Vec::new()
                },
                t: &locale.strings,
            }
        })
        .collect();
    let homes: Vec<(String, String)> = config
        .languages
        .iter()
        .map(|l| (l.code.clone(), urls::home(&l.code)))
        .collect();
    let title = config.title_in_every_language();
    let image = context.card_image(&share_cards::site_path(&default.code), &title);
    RootPage {
        lang: &default.code,
        dir: default.direction,
        social: Social::new(config, &default.code, title.clone(), Some(image), None),
        description: config.description.as_ref().map(|d| {
            config
                .languages
                .iter()
                .map(|l| d.get(&l.code, &default.code).text)
                .collect::<Vec<_>>()
                .join(" | ")
        }),
        title,
        canonical: config.absolute(path),
        stylesheet: &context.stylesheet,
        logo: context.logo(),
        languages: context.language_links(&homes),
        columns,
        noindex: context.site.visibility.is_preview(),
    }
}

impl Generator for Landing {
    fn name(&self) -> &'static str {
        "landing page"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut page = Context::new();
        page.insert("root", &root_page(context, "/", true));
        page.insert("structured_data", &structured_data(context));
        let newest = context.site.stories.first().map(|s| s.date());
        let landing = context
            .page("landing.html", &page, "/", "landing page")
            .map_err(|d| Diagnostics::from_iter([d]))?
            .in_sitemap("/", Vec::new(), newest);
        let robots = if context.site.visibility.is_preview() {
            "# A preview build (drafts or stories under embargo): keep it out of search engines.\nUser-agent: *\nDisallow: /\n".to_owned()
        } else {
            format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                context.site.config.absolute("/sitemap.xml")
            )
        };
        Ok(vec![
            landing,
            OutputFile::new("robots.txt".to_owned(), robots.into_bytes(), "robots.txt"),
        ])
    }
}

/// The organisation, named in the default language, and the site in every language with its
/// search.
fn structured_data(context: &BuildContext<'_>) -> String {
    let config = &context.site.config;
    let views = |locale| ViewBuilder { config, locale };
    let default = context.renderer.locale(&config.default_language().code);
    let organisation = views(default).organisation(&context.site.brand);
    let sites = context
        .renderer
        .locales()
        .iter()
        .map(|l| views(l).website());
    structured_data::script(std::iter::once(organisation).chain(sites).collect())
}

impl Generator for NotFound {
    fn name(&self) -> &'static str {
        "404 page"
    }

    fn reads(&self) -> Inputs {
        Inputs::CHROME
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut page = Context::new();
        let mut root = root_page(context, "/404.html", false);
        root.noindex = true;
        page.insert("root", &root);
        let file = context
            .page("404.html", &page, "/404.html", "404 page")
            .map_err(|d| Diagnostics::from_iter([d]))?;
        Ok(vec![file])
    }
}
