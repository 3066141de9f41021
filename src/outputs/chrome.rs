//! The frame of every page: language and direction, menus, the language switcher and the
//! canonical and alternate links, built the same way for every page type.

use super::BuildContext;
use super::share_cards;
use crate::render::views::social::{self, Social, SocialImage};
use crate::render::views::{Chrome, LanguageLink, Logo, Text};
use crate::urls;

/// The page being framed.
pub(crate) struct PageInfo<'p> {
    pub lang: &'p str,
    /// Site path of the page, e.g. `/en/stories/`.
    pub path: &'p str,
    pub title: String,
    pub description: Option<String>,
    /// The same content in each language that has it: (language, site path).
    pub translations: Vec<(String, String)>,
    /// How the page shares, when more than its title (an image, an article's facts).
    pub social: Option<Social>,
}

/// A page that exists in every language of the site (lists, projects, indicators, partners).
pub(crate) struct EveryLanguage {
    pub context: tera::Context,
    pub path: String,
    pub alternates: Vec<(String, String)>,
}

impl EveryLanguage {
    /// Lists the cards of the stories that name this partner, project or indicator.
    pub(crate) fn list_stories_naming(
        &mut self,
        context: &BuildContext<'_>,
        lang: &str,
        what: crate::model::data::Referred,
        id: &str,
    ) {
        self.context
            .insert_value("stories", context.cards_naming(lang, what, id));
    }

    /// Offers links that share this page, titled `title`.
    pub(crate) fn offer_sharing(
        &mut self,
        context: &BuildContext<'_>,
        locale: &crate::render::Locale,
        title: &str,
    ) {
        let url = context.site.config.absolute(&self.path);
        self.context
            .insert("share", &social::share_links(locale, title, &url));
    }
}

impl BuildContext<'_> {
    /// The frame of a page found at `path_in(lang)` in every language.
    pub(crate) fn frame_everywhere(
        &self,
        lang: &str,
        path_in: impl Fn(&str) -> String,
        title: String,
        description: Option<String>,
        card: Option<(&str, &str)>,
    ) -> EveryLanguage {
        let path = path_in(lang);
        let social = card.map(|(kind, id)| {
            let image = self.card_image(&share_cards::path(lang, kind, id), &title);
            Social::new(&self.site.config, lang, title.clone(), Some(image), None)
        });
        let alternates: Vec<(String, String)> = self
            .site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), path_in(&l.code)))
            .collect();
        let context = self.frame(PageInfo {
            lang,
            path: &path,
            title,
            description,
            translations: alternates.clone(),
            social,
        });
        EveryLanguage {
            context,
            path,
            alternates,
        }
    }

    /// Renders a page made by [`BuildContext::frame_everywhere`], listed in the sitemap.
    pub(crate) fn render_everywhere(
        &self,
        template: &str,
        page: EveryLanguage,
        origin: String,
    ) -> Result<super::OutputFile, crate::diagnostic::Diagnostic> {
        self.page(template, &page.context, &page.path, origin)
            .map(|file| file.in_sitemap(&page.path, page.alternates, None))
    }

    /// A share card as the image a platform shows.
    pub(crate) fn card_image(&self, path: &str, alt: &str) -> SocialImage {
        SocialImage {
            url: self.site.config.absolute(path),
            width: crate::render::card::WIDTH,
            height: crate::render::card::HEIGHT,
            alt: alt.to_owned(),
            mime: "image/png",
        }
    }

    /// Links to this content in every site language, or to the language's home when missing.
    pub(crate) fn language_links(&self, translations: &[(String, String)]) -> Vec<LanguageLink> {
        let config = &self.site.config;
        config
            .languages
            .iter()
            .map(|language| {
                let found = translations.iter().find(|(lang, _)| *lang == language.code);
                let path = found.map_or_else(|| urls::home(&language.code), |(_, p)| p.clone());
                let locale = self.renderer.locale(&language.code);
                LanguageLink {
                    lang: language.code.clone(),
                    dir: language.direction,
                    name: locale.text("language_name").to_owned(),
                    read: locale.text("read_in_language").to_owned(),
                    url: config.link(&path),
                    absolute_url: config.absolute(&path),
                    exists: found.is_some(),
                }
            })
            .collect()
    }

    /// The published logo, as the header and the landing page show it.
    pub(crate) fn logo(&self) -> Option<Logo> {
        let config = &self.site.config;
        let file = config.press.logo.as_ref()?;
        let image = self.site.brand.logo.as_ref()?;
        Some(Logo {
            url: config.link(&urls::press_logo(&file.file_name)),
            width: image.width,
            height: image.height,
        })
    }

    /// A template context holding the page frame (`page`) and the interface strings (`t`).
    pub(crate) fn frame(&self, page: PageInfo<'_>) -> tera::Context {
        let mut context = tera::Context::new();
        let lang = page.lang;
        context.insert("page", &self.chrome(page));
        context.insert_value("t", self.renderer.locale(lang).strings_value.clone());
        context
    }

    fn chrome<'s>(&'s self, page: PageInfo<'_>) -> Chrome<'s> {
        let config = &self.site.config;
        let locale = self.renderer.locale(page.lang);
        let lang: &'s str = &locale.language.code;
        let site_title = Text::of(&config.title, config, lang);
        let title = if page.title.is_empty() || page.title == site_title.text {
            site_title.text.to_owned()
        } else {
            format!("{} — {}", page.title, site_title.text)
        };
        let site_description = config
            .description
            .as_ref()
            .map(|d| Text::of(d, config, lang));
        let description = page
            .description
            .or_else(|| site_description.as_ref().map(|d| d.text.to_owned()))
            .unwrap_or_default();
        let languages = self.language_links(&page.translations);
        let x_default = config
            .x_default(&page.translations)
            .map(|path| config.absolute(path));
        let nav = self.menu(locale, page.path);
        let feeds = self.feed_links.announced(lang, page.path);
        let social = page.social.unwrap_or_else(|| {
            let own_title = if page.title.is_empty() {
                site_title.text.to_owned()
            } else {
                page.title.clone()
            };
            let image = self.card_image(&share_cards::site_path(lang), site_title.text);
            Social::new(config, lang, own_title, Some(image), None)
        });
        Chrome {
            lang,
            feeds,
            feeds_url: config.link(&super::subscriptions::feeds_page(lang)),
            follow: self.feed_links.following(page.path),
            dir: locale.language.direction,
            title,
            description,
            canonical: config.absolute(page.path),
            site_title,
            site_description,
            home_url: config.link(&urls::home(lang)),
            logo: self.logo(),
            stylesheet: &self.stylesheet,
            share_script: &self.share_script,
            nav,
            languages,
            x_default,
            noindex: self.site.visibility.is_preview(),
            social,
        }
    }
}
