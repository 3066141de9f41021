//! What search engines and news aggregators read of a page: schema.org JSON-LD. A story is a
//! `NewsArticle` linked to its translations, an indicator a `Dataset` with its downloads, and
//! the homes name the organisation and the site with its search. Built with serde_json from the
//! model, then written so that no writer's text can end the `<script>` element it sits in.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::ViewBuilder;
use super::social::SocialImage;
use crate::model::brand::Brand;
use crate::model::data::Indicator;
use crate::model::places;
use crate::model::{Story, Translation};
use crate::urls;

/// The parameter of the search page's address that `search.js` reads the query from.
const SEARCH_QUERY: &str = "q";

/// IATI organisation types (10 central government, 11 local government, 15 other public
/// sector) that schema.org calls a `GovernmentOrganization`.
const GOVERNMENT: [&str; 3] = ["10", "11", "15"];

/// The text of a page's `<script type="application/ld+json">`: one node with its `@context`,
/// or several in a `@graph`.
pub(crate) fn script(nodes: Vec<Value>) -> String {
    let document = match <[Value; 1]>::try_from(nodes) {
        Ok([Value::Object(mut node)]) => {
            node.insert("@context".to_owned(), json!("https://schema.org"));
            Value::Object(node)
        }
        Ok([node]) => node,
        Err(nodes) => json!({"@context": "https://schema.org", "@graph": nodes}),
    };
    escape_for_script(&document.to_string())
}

/// JSON that can sit inside `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`
/// (so neither `</script>` nor `<!--` can appear), and the line separators U+2028 and U+2029,
/// which older JavaScript parsers take for the end of a line, become escapes too. These
/// characters only occur inside JSON strings, where the escapes mean the same characters.
fn escape_for_script(json: &str) -> String {
    let mut safe = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            '\u{2028}' => safe.push_str("\\u2028"),
            '\u{2029}' => safe.push_str("\\u2029"),
            _ => safe.push(c),
        }
    }
    safe
}

impl ViewBuilder<'_> {
    /// The organisation that publishes the site (site.yaml's `iati: publisher:`, else the site
    /// itself), named in the page's language with its names in the others, its logo and its
    /// account on X.
    pub(crate) fn organisation(&self, brand: &Brand) -> Value {
        let config = self.config;
        let lang = self.lang();
        let default = &config.default_language().code;
        let names = config.publisher.as_ref().map_or(&config.title, |p| &p.name);
        let name = names.get(lang, default).text;
        let mut alternate: Vec<&str> = Vec::new();
        for other in config.language_codes().map(|l| names.get(l, default).text) {
            if other != name && !alternate.contains(&other) {
                alternate.push(other);
            }
        }
        let government = config
            .publisher
            .as_ref()
            .is_none_or(|p| GOVERNMENT.contains(&p.kind.as_str()));
        let mut node = json!({
            "@type": if government { "GovernmentOrganization" } else { "Organization" },
            "@id": config.absolute("/#organization"),
            "name": name,
            "url": config.absolute("/"),
        });
        if !alternate.is_empty() {
            node["alternateName"] = json!(alternate);
        }
        if let (Some(logo), Some(image)) = (&config.press.logo, &brand.logo) {
            node["logo"] = image_object(
                &config.absolute(&urls::press_logo(&logo.file_name)),
                image.width,
                image.height,
            );
        }
        if let Some(handle) = &config.social.handle {
            node["sameAs"] = json!([format!("https://x.com/{}", handle.trim_start_matches('@'))]);
        }
        node
    }

    /// The site in the page's language, with the search page as its `SearchAction`.
    pub(crate) fn website(&self) -> Value {
        let config = self.config;
        let lang = self.lang();
        let home = config.absolute(&urls::home(lang));
        let search = config.absolute(&urls::search(lang));
        json!({
            "@type": "WebSite",
            "@id": format!("{home}#website"),
            "url": home,
            "name": self.text(&config.title).text,
            "inLanguage": lang,
            "publisher": {"@id": config.absolute("/#organization")},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": format!("{search}?{SEARCH_QUERY}={{search_term_string}}"),
                },
                "query-input": "required name=search_term_string",
            },
        })
    }

    /// A story as a `NewsArticle`, by and from `organisation`. `card` is its share card. The
    /// original is the translation in the first of the site's languages that has one; it lists
    /// the others (`workTranslation`) and they point back at it (`translationOfWork`).
    pub(crate) fn news_article(
        &self,
        story: &Story,
        translation: &Translation,
        organisation: &Value,
        card: Option<&SocialImage>,
    ) -> Value {
        let config = self.config;
        let url = |t: &Translation| config.absolute(&urls::story(&t.lang, &story.slug));
        let reference = |t: &Translation| json!({"@type": "NewsArticle", "@id": url(t), "url": url(t), "inLanguage": t.lang});
        let cover = translation.cover.as_deref().and_then(|name| {
            let image = story.image(name)?;
            let path = urls::story_asset(&translation.lang, &story.slug, name);
            Some(image_object(
                &config.absolute(&path),
                image.width,
                image.height,
            ))
        });
        let card = card.map(|c| image_object(&c.url, c.width, c.height));
        let mut node = json!({
            "@type": "NewsArticle",
            "@id": url(translation),
            "url": url(translation),
            "mainEntityOfPage": {"@type": "WebPage", "@id": url(translation)},
            "headline": translation.title,
            "datePublished": self.instant(translation.date),
            // Front matter has no date of change (`translation_checked` says the translation
            // still matches, not that it changed), so the story is as it was published.
            "dateModified": self.instant(translation.date),
            "inLanguage": translation.lang,
            "image": cover.into_iter().chain(card).collect::<Vec<_>>(),
            "author": organisation,
            "publisher": organisation,
            "isAccessibleForFree": true,
        });
        if let Some(summary) = &translation.summary {
            node["description"] = json!(summary);
        }
        let sections: Vec<&str> = translation
            .sectors
            .iter()
            .filter_map(|id| config.sectors.get(id))
            .map(|name| self.text(name).text)
            .collect();
        if !sections.is_empty() {
            node["articleSection"] = json!(sections);
        }
        if !translation.tags.is_empty() {
            node["keywords"] = json!(translation.tags);
        }
        match story.translations.split_first() {
            Some((original, others)) if original.lang == translation.lang && !others.is_empty() => {
                node["workTranslation"] = others.iter().map(reference).collect();
            }
            Some((original, _)) if original.lang != translation.lang => {
                node["translationOfWork"] = reference(original);
            }
            _ => {}
        }
        node
    }

    /// An indicator as a `Dataset`: its page, its CSV and JSON downloads, the years its values
    /// span, the goals it measures as keywords and the site's licence for its data. Its source,
    /// when named, made it.
    pub(crate) fn dataset(&self, indicator: &Indicator, organisation: &Value) -> Value {
        let config = self.config;
        let lang = self.lang();
        let url = config.absolute(&urls::indicator(lang, &indicator.id));
        let download = |extension: &str, format: &str| {
            json!({
                "@type": "DataDownload",
                "encodingFormat": format,
                "contentUrl": config.absolute(&urls::indicator_data(&indicator.id, extension)),
            })
        };
        let creator = indicator.source.as_ref().map_or_else(
            || organisation.clone(),
            |source| {
                let mut creator =
                    json!({"@type": "Organization", "name": self.text(&source.name).text});
                if let Some(url) = &source.url {
                    creator["url"] = json!(url);
                }
                creator
            },
        );
        let mut node = json!({
            "@type": "Dataset",
            "@id": url,
            "url": url,
            "name": self.text(&indicator.title).text,
            "identifier": indicator.id,
            "inLanguage": lang,
            "isAccessibleForFree": true,
            "creator": creator,
            "publisher": organisation,
            "distribution": [download("csv", "text/csv"), download("json", "application/json")],
        });
        if let Some(description) = indicator
            .description
            .as_ref()
            .or(indicator.sdg_target.as_ref())
        {
            node["description"] = json!(self.text(description).text);
        }
        if let Some(licence) = &config.indicator_licence {
            node["license"] = json!(licence);
        }
        if let Some(coverage) = temporal_coverage(indicator) {
            node["temporalCoverage"] = json!(coverage);
        }
        let keywords: Vec<String> = indicator
            .sdg
            .iter()
            .map(|code| format!("SDG {}", code.code))
            .chain(
                indicator
                    .sdgs
                    .iter()
                    .filter_map(|n| places::goal(i64::from(*n)))
                    .map(|goal| self.text(&goal.name).text.to_owned()),
            )
            .collect();
        if !keywords.is_empty() {
            node["keywords"] = json!(keywords);
        }
        node
    }

    /// An instant in ISO 8601 at the site's offset: `2024-05-12T00:00:00+03:00`.
    fn instant(&self, at: Timestamp) -> String {
        at.to_zoned(jiff::tz::TimeZone::fixed(self.config.utc_offset))
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }
}

fn image_object(url: &str, width: u32, height: u32) -> Value {
    json!({"@type": "ImageObject", "url": url, "width": width, "height": height})
}

/// The years the indicator's values span, as an ISO 8601 interval (`2015/2023`), or one year.
fn temporal_coverage(indicator: &Indicator) -> Option<String> {
    let periods = || {
        indicator
            .data
            .selections
            .iter()
            .flat_map(|s| &s.lines)
            .flat_map(|l| &l.observations)
            .map(|o| &o.period)
    };
    let first = periods().map(|p| p.start.div_euclid(12)).min()?;
    let last = periods().map(|p| (p.end - 1).div_euclid(12)).max()?;
    Some(if first == last {
        first.to_string()
    } else {
        format!("{first}/{last}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_can_end_the_script_element() {
        let title = "</script><script>alert(1)</script> <!-- a & b \u{2028}\u{2029}";
        let written = script(vec![json!({"headline": title})]);
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!written.contains(forbidden), "{forbidden:?} in {written}");
        }
        let read: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(read["headline"], title);
        assert_eq!(read["@context"], "https://schema.org");
    }

    #[test]
    fn several_nodes_are_one_graph() {
        let written = script(vec![json!({"@type": "A"}), json!({"@type": "B"})]);
        let read: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(read["@graph"][1]["@type"], "B");
    }
}
