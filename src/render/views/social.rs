//! How pages look when shared: Open Graph and Twitter card metadata in every page's head, and
//! share links (plain links: no third-party script, no tracking) on stories, projects and
//! indicators.

use serde::Serialize;

use crate::render::Locale;
use crate::urls::percent_encode;

/// What a platform shows when the page is shared.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Social {
    /// `article` for a story, `website` otherwise.
    pub kind: &'static str,
    /// The page's own title, without the site's name.
    pub title: String,
    /// `ar_AR`, `en_GB`: the forms platforms accept.
    pub locale: String,
    pub alternate_locales: Vec<String>,
    pub image: Option<SocialImage>,
    pub article: Option<Article>,
    /// `summary_large_image` when there is an image.
    pub card: &'static str,
    /// The site's account on X.
    pub handle: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SocialImage {
    /// Absolute URL.
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    pub mime: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Article {
    /// RFC 3339.
    pub published: String,
    pub section: Option<String>,
    pub tags: Vec<String>,
}

/// One way to share a page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ShareLink {
    pub network: &'static str,
    /// "Share on X", in the page's language.
    pub label: String,
    pub url: String,
}

impl Social {
    pub(crate) fn new(
        config: &crate::config::Config,
        lang: &str,
        title: String,
        image: Option<SocialImage>,
        article: Option<Article>,
    ) -> Self {
        Social {
            kind: if article.is_some() {
                "article"
            } else {
                "website"
            },
            title,
            locale: og_locale(lang),
            alternate_locales: config
                .language_codes()
                .filter(|l| *l != lang)
                .map(og_locale)
                .collect(),
            handle: config.social.handle.clone(),
            card: if image.is_some() {
                "summary_large_image"
            } else {
                "summary"
            },
            image,
            article,
        }
    }
}

/// The locale platforms know for a language: they reject country-specific forms they do not
/// list (`ar_QA`), so each language maps to its most widely accepted one.
pub(crate) fn og_locale(lang: &str) -> String {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or(lang)
        .to_ascii_lowercase();
    let known = match primary.as_str() {
        "ar" => "ar_AR",
        "en" => "en_GB",
        "fr" => "fr_FR",
        "es" => "es_ES",
        "de" => "de_DE",
        "ur" => "ur_PK",
        "fa" => "fa_IR",
        "tr" => "tr_TR",
        "ru" => "ru_RU",
        "zh" => "zh_CN",
        "pt" => "pt_PT",
        "id" => "id_ID",
        _ => return format!("{primary}_{}", primary.to_ascii_uppercase()),
    };
    known.to_owned()
}

/// Links that share the page at `url` with `title` on each platform, by email, and a button
/// to copy the address (`url` itself).
pub(crate) fn share_links(locale: &Locale, title: &str, url: &str) -> Vec<ShareLink> {
    let u = percent_encode(url);
    let t = percent_encode(title);
    let both = percent_encode(&format!("{title} {url}"));
    [
        ("x", format!("https://x.com/intent/post?text={t}&url={u}")),
        (
            "facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ),
        (
            "linkedin",
            format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ),
        ("whatsapp", format!("https://wa.me/?text={both}")),
        (
            "telegram",
            format!("https://t.me/share/url?url={u}&text={t}"),
        ),
        ("email", format!("mailto:?subject={t}&body={u}")),
        ("copy", url.to_owned()),
    ]
    .into_iter()
    .map(|(network, url)| ShareLink {
        network,
        label: locale.text(&format!("share_{network}")).to_owned(),
        url,
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_get_locales_they_accept() {
        assert_eq!(og_locale("ar"), "ar_AR");
        assert_eq!(og_locale("en"), "en_GB");
        assert_eq!(og_locale("sw"), "sw_SW");
    }
}
