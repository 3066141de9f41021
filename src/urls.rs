//! The site's URL scheme (SPEC section 4) in one place: every path a page links to or is
//! written at comes from here, so links and files cannot disagree.

use std::fmt;

use crate::slug::unicode_id;

/// The taxonomies stories are filed under, in menu order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Taxonomy {
    Sectors,
    Countries,
    Sdgs,
    Tags,
}

impl Taxonomy {
    pub(crate) const ALL: [Taxonomy; 4] = [
        Taxonomy::Sectors,
        Taxonomy::Countries,
        Taxonomy::Sdgs,
        Taxonomy::Tags,
    ];

    /// The path segment, also the UI-string key of its name.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Taxonomy::Sectors => "sectors",
            Taxonomy::Countries => "countries",
            Taxonomy::Sdgs => "sdgs",
            Taxonomy::Tags => "tags",
        }
    }
}

impl fmt::Display for Taxonomy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

pub(crate) fn home(lang: &str) -> String {
    format!("/{lang}/")
}

pub(crate) fn story(lang: &str, slug: &str) -> String {
    format!("/{lang}/stories/{slug}/")
}

pub(crate) fn story_asset(lang: &str, slug: &str, name: &str) -> String {
    format!("/{lang}/stories/{slug}/{name}")
}

/// Page `n` (1-based) of a paginated list whose first page is at `first`.
pub(crate) fn paginated(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_owned()
    } else {
        format!("{first}page/{n}/")
    }
}

pub(crate) fn stories(lang: &str) -> String {
    format!("/{lang}/stories/")
}

pub(crate) fn page(lang: &str, slug: &str) -> String {
    format!("/{lang}/{slug}/")
}

pub(crate) fn projects(lang: &str) -> String {
    format!("/{lang}/projects/")
}

pub(crate) fn project(lang: &str, id: &str) -> String {
    format!("/{lang}/projects/{id}/")
}

pub(crate) fn indicators(lang: &str) -> String {
    format!("/{lang}/indicators/")
}

pub(crate) fn indicator(lang: &str, id: &str) -> String {
    format!("/{lang}/indicators/{id}/")
}

/// The minimal page of an indicator that other sites show in an `<iframe>`.
pub(crate) fn indicator_embed(lang: &str, id: &str) -> String {
    format!("/embed/{lang}/indicators/{id}/")
}

/// Open data of an indicator: `extension` is `csv` or `json`.
pub(crate) fn indicator_data(id: &str, extension: &str) -> String {
    format!("/data/indicators/{id}.{extension}")
}

/// The search page.
pub(crate) fn search(lang: &str) -> String {
    format!("/{lang}/search/")
}

/// The newsroom.
pub(crate) fn press(lang: &str) -> String {
    format!("/{lang}/press/")
}

pub(crate) fn press_kit(lang: &str, slug: &str) -> String {
    format!("/{lang}/press/{slug}/")
}

/// The kit's archive, one for every language.
pub(crate) fn press_archive(slug: &str) -> String {
    format!("/press/{slug}.zip")
}

/// A media contact's card for address books.
pub(crate) fn press_contact(id: &str) -> String {
    format!("/press/contacts/{id}.vcf")
}

/// `logo.png` or `logo.jpg`.
pub(crate) fn press_logo(file_name: &str) -> String {
    format!("/press/{file_name}")
}

pub(crate) fn partners(lang: &str) -> String {
    format!("/{lang}/partners/")
}

pub(crate) fn partner(lang: &str, id: &str) -> String {
    format!("/{lang}/partners/{id}/")
}

pub(crate) fn taxonomy(lang: &str, taxonomy: Taxonomy) -> String {
    format!("/{lang}/{taxonomy}/")
}

/// The page of the term `id` (a sector id, country code, goal number or tag).
pub(crate) fn term(lang: &str, taxonomy: Taxonomy, id: &str) -> String {
    format!(
        "/{lang}/{taxonomy}/{}/",
        percent_encode(&term_key(taxonomy, id))
    )
}

/// The URL segment of a term: country codes in lower case, tags folded to an id.
pub(crate) fn term_key(taxonomy: Taxonomy, id: &str) -> String {
    match taxonomy {
        Taxonomy::Countries => id.to_ascii_lowercase(),
        Taxonomy::Tags => unicode_id(id),
        Taxonomy::Sectors | Taxonomy::Sdgs => id.to_owned(),
    }
}

/// The file a URL path is written to: `/en/` -> `en/index.html`.
pub(crate) fn file_for(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{}index.html", percent_decode(trimmed))
    } else {
        percent_decode(trimmed)
    }
}

/// Every byte but the unreserved ASCII ones written `%XX`: safe in a path segment or a query.
pub(crate) fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

/// `%D8%A3` sequences decoded into UTF-8 text; `None` when they are malformed.
pub(crate) fn try_percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Like [`try_percent_decode`], keeping a malformed address as written.
pub(crate) fn percent_decode(text: &str) -> String {
    try_percent_decode(text).unwrap_or_else(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_for_paths() {
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/en/stories/x/"), "en/stories/x/index.html");
        assert_eq!(file_for("/404.html"), "404.html");
    }

    #[test]
    fn arabic_terms_round_trip() {
        let url = term("ar", Taxonomy::Tags, "منح");
        assert_eq!(term("en", Taxonomy::Countries, "SD"), "/en/countries/sd/");
        assert_eq!(url, "/ar/tags/%D9%85%D9%86%D8%AD/");
        assert_eq!(file_for(&url), "ar/tags/منح/index.html");
        assert_eq!(paginated("/en/stories/", 2), "/en/stories/page/2/");
    }
}
