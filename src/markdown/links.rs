//! Where a link or image in a body points once published: co-located files to their copy,
//! relative links resolved against the page, site paths under the base path, and nothing to a
//! scheme that could run code. Every internal link comes out rooted (`/news/en/...`), so feeds
//! can make it absolute.

use pulldown_cmark::CowStr;

use super::Source;
use crate::diagnostic::Diagnostic;
use crate::messages::Said;
use crate::said;

/// What a body's relative links are relative to.
pub(crate) struct LinkContext<'a> {
    /// The site's base path, e.g. `/news` or empty.
    pub base_path: &'a str,
    /// Site path of the page the body is published on, e.g. `/en/stories/x/`; its co-located
    /// files are published in the same folder.
    pub page_path: String,
    /// Names of the files beside the body; `None` where a body cannot have any (pages).
    pub assets: Option<&'a [&'a str]>,
}

/// A link that cannot be published as written.
pub(crate) struct LinkProblem {
    message: Said,
    /// A hint of its own, when the message's does not fit.
    hint: Option<Said>,
}

impl LinkProblem {
    fn new(message: Said) -> Self {
        LinkProblem {
            message,
            hint: None,
        }
    }

    pub(crate) fn into_diagnostic(self, source: &Source<'_>, offset: usize) -> Diagnostic {
        let problem =
            Diagnostic::error_said(source.path, self.message).at_offset(source.file_text, offset);
        match self.hint {
            Some(hint) => problem.with_hint_said(hint),
            None => problem,
        }
    }
}

const SAFE_SCHEMES: &[&str] = &["http:", "https:", "mailto:", "tel:"];

impl<'a> LinkContext<'a> {
    pub(crate) fn resolve_link<'u>(
        &self,
        url: &CowStr<'u>,
        allow_html: bool,
    ) -> Result<CowStr<'u>, LinkProblem> {
        if let Some(scheme) = scheme(url) {
            return if allow_html || SAFE_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()) {
                Ok(url.clone())
            } else {
                Err(LinkProblem::new(said!("L010", scheme = scheme)))
            };
        }
        if url.starts_with('#') || url.is_empty() {
            return Ok(url.clone());
        }
        if url.starts_with("//") {
            return Ok(CowStr::from(format!("https:{url}")));
        }
        if url.starts_with('/') {
            return Ok(CowStr::from(format!("{}{url}", self.base_path)));
        }
        let (path, suffix) = split_suffix(url);
        let resolved = join(&self.page_path, path);
        Ok(CowStr::from(format!(
            "{}{resolved}{suffix}",
            self.base_path
        )))
    }

    /// The site path (with fragment) a resolved link leads to, when it stays inside the site.
    pub(crate) fn internal_target(&self, resolved: &str) -> Option<String> {
        if resolved.starts_with('#') {
            return Some(format!("{}{resolved}", self.page_path));
        }
        let rest = resolved.strip_prefix(self.base_path)?;
        rest.starts_with('/').then(|| rest.to_owned())
    }

    /// The co-located file a link or image points at, if any.
    pub(crate) fn asset_of(&self, url: &str) -> Option<&'a str> {
        let (file, _) = split_suffix(url);
        self.assets?.iter().copied().find(|name| *name == file)
    }

    pub(crate) fn resolve_image<'u>(&self, url: &CowStr<'u>) -> Result<CowStr<'u>, LinkProblem> {
        if let Some(scheme) = scheme(url) {
            return if matches!(scheme.to_ascii_lowercase().as_str(), "http:" | "https:") {
                Err(LinkProblem::new(said!("L011", url = url.to_string())))
            } else {
                Err(LinkProblem::new(said!("L012", scheme = scheme)))
            };
        }
        if url.starts_with('/') && !url.contains("..") {
            return Ok(CowStr::from(format!("{}{url}", self.base_path)));
        }
        let (file, _) = split_suffix(url);
        let Some(assets) = self.assets else {
            return Err(LinkProblem::new(said!("L013", url = url.to_string())));
        };
        if let Some(name) = self.asset_of(file) {
            return Ok(CowStr::from(format!(
                "{}{}{name}",
                self.base_path, self.page_path
            )));
        }
        if file.contains('/') || file.contains("..") {
            return Err(LinkProblem::new(said!("L014", url = url.to_string())));
        }
        Err(LinkProblem {
            message: said!("L015", url = url.to_string()),
            hint: Some(if assets.is_empty() {
                said!("L015-add", file = file)
            } else {
                said!("L015-files", file = file, list = assets)
            }),
        })
    }
}

/// `base` (a folder path ending in `/`) joined with a relative `path`, `.` and `..` resolved.
fn join(base: &str, path: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    let ends_with_slash = path.is_empty() || path.ends_with('/');
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let mut joined = format!("/{}", parts.join("/"));
    if ends_with_slash && joined.len() > 1 {
        joined.push('/');
    }
    joined
}

/// `https:` of `https://x`, if the URL has a scheme.
fn scheme(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    let valid = candidate
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| &url[..=colon])
}

/// `photo.jpg` and `#x` of `photo.jpg#x`.
fn split_suffix(url: &str) -> (&str, &str) {
    let cut = url.find(['#', '?']).unwrap_or(url.len());
    (&url[..cut], &url[cut..])
}
