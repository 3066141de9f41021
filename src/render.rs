//! The renderer: Tera templates from the theme, UI strings and the number/date formatter for
//! each language. Fourth stage of the pipeline; output generators call it with views.

pub(crate) mod card;
pub(crate) mod chart;
pub(crate) mod format;
pub(crate) mod html;
pub(crate) mod picture;
pub(crate) mod plural;
pub(crate) mod theme;
pub(crate) mod views;

use std::collections::BTreeMap;

use tera::{Context, Tera};

use crate::config::{Config, Language};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::said;
use format::Formatter;
use plural::{PluralForms, UiText};
use theme::Template;
pub(crate) use theme::Theme;

/// What a page in one language needs besides its own data.
#[derive(Debug)]
pub(crate) struct Locale {
    pub language: Language,
    pub formatter: Formatter,
    /// UI strings, already completed from the default language.
    pub strings: BTreeMap<String, String>,
    /// The UI strings that give a text per plural form.
    pub counted: BTreeMap<String, PluralForms>,
    /// The same strings as a template value, built once and shared by every page.
    pub strings_value: tera::Value,
}

impl Locale {
    /// A UI string, or its key when the theme lacks it (visible, never a crash). A string with
    /// plural forms gives its `other`.
    pub(crate) fn text<'s>(&'s self, key: &'s str) -> &'s str {
        match self.strings.get(key) {
            Some(text) => text,
            None => self.counted.get(key).map_or(key, |forms| &forms.other),
        }
    }

    /// The UI string `key` for `count`, in the plural form the language takes for it, the count
    /// in the page's digits for `{n}`: "١١ خبرًا", "2 stories". A string without plural forms
    /// is the same for every count.
    pub(crate) fn count(&self, key: &str, count: usize) -> String {
        match self.counted.get(key) {
            Some(forms) => self.formatter.count(forms, count),
            None => self
                .text(key)
                .replace("{n}", &self.formatter.integer(count as i64)),
        }
    }
}

pub(crate) struct Renderer {
    tera: Tera,
    locales: Vec<Locale>,
    /// Template name to the template, for error messages: its file and its lines.
    templates: BTreeMap<String, Template>,
}

impl Renderer {
    pub(crate) fn new(config: &Config, theme: &Theme) -> Result<Self, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let templates: Vec<(&str, &str)> = theme
            .templates
            .values()
            .map(|t| (t.name.as_str(), t.source.as_str()))
            .collect();
        if let Err(error) = tera.add_raw_templates(templates) {
            return Err(Diagnostics::from_iter(template_problems(
                &theme.templates,
                None,
                &error,
                |detail| said!("R003", detail = detail),
            )));
        }
        let default_code = &config.default_language().code;
        let fallback = theme
            .strings
            .get(default_code.as_str())
            .or_else(|| theme.strings.get("en"));
        let locales = config
            .languages
            .iter()
            .map(|language| {
                let mut all = fallback.cloned().unwrap_or_default();
                if let Some(own) = theme.strings.get(&language.code) {
                    all.extend(own.clone());
                }
                let mut strings = BTreeMap::new();
                let mut counted = BTreeMap::new();
                for (key, text) in all.clone() {
                    match text {
                        UiText::Plain(text) => {
                            strings.insert(key, text);
                        }
                        UiText::Counted(forms) => {
                            counted.insert(key, forms);
                        }
                    }
                }
                let months = (1..=12)
                    .map(|m| strings.get(&format!("month_{m}")).cloned())
                    .collect::<Option<Vec<String>>>();
                Locale {
                    language: language.clone(),
                    formatter: Formatter::new(language, months),
                    strings_value: tera::Value::from_serializable(&all),
                    strings,
                    counted,
                }
            })
            .collect();
        Ok(Renderer {
            tera,
            locales,
            templates: theme.templates.clone(),
        })
    }

    pub(crate) fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub(crate) fn locale(&self, code: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.language.code == code)
            .unwrap_or(&self.locales[0])
    }

    /// Renders `template` with `context`, naming the template file on failure.
    pub(crate) fn render(&self, template: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut bytes = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut bytes)
            .map(|()| bytes)
            .map_err(|error| {
                let mut problems =
                    template_problems(&self.templates, Some(template), &error, |detail| {
                        said!("R004", detail = detail)
                    });
                problems.swap_remove(0)
            })
    }
}

/// The problems of templates (R003, R004, said by `say` with their detail) in Tera's `error`:
/// each at the file and line Tera points to when it points to one (a template that `name`
/// includes or extends may be the one at fault), with Tera's own words, in English, as its
/// detail. Never empty.
fn template_problems(
    templates: &BTreeMap<String, Template>,
    name: Option<&str>,
    error: &tera::Error,
    say: fn(String) -> crate::messages::Said,
) -> Vec<Diagnostic> {
    let fallback = || {
        let text = error.to_string();
        name.and_then(|name| templates.get(name))
            .or_else(|| templates.values().find(|t| text.contains(&t.name)))
    };
    let at = |template: Option<&Template>, detail: String| {
        let path = template.map_or_else(
            || std::path::PathBuf::from(name.unwrap_or("themes")),
            |t| t.origin.clone(),
        );
        Diagnostic::error_said(path, say(with_causes(detail, error)))
    };
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let problem = match templates.get(report.filename()) {
                Some(template) => at(Some(template), report.message().to_owned())
                    .at_offset(&template.source, report.span().range.start),
                None => at(fallback(), report.message().to_owned()),
            };
            vec![problem]
        }
        _ => {
            let text = error.to_string();
            let drawn: Vec<Diagnostic> = read_reports(&text)
                .into_iter()
                .map(|(words, file, line, column)| match templates.get(file) {
                    Some(template) => {
                        at(Some(template), words.to_owned()).at(&template.source, line, column)
                    }
                    None => at(fallback(), words.to_owned()),
                })
                .collect();
            if drawn.is_empty() {
                vec![at(fallback(), text)]
            } else {
                drawn
            }
        }
    }
}

/// The problems Tera drew as text (when it checks the templates together), read back: each
/// `error: words` followed by ` --> template:line:column`.
fn read_reports(text: &str) -> Vec<(&str, &str, usize, usize)> {
    let mut found = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(words) = line.strip_prefix("error: ") else {
            continue;
        };
        let Some(place) = lines
            .peek()
            .and_then(|next| next.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = place.rsplitn(3, ':');
        if let (Some(column), Some(line), Some(file)) = (parts.next(), parts.next(), parts.next())
            && let (Ok(line), Ok(column)) = (line.parse(), column.parse())
        {
            found.push((words, file, line, column));
        }
    }
    found
}

/// Tera's words followed by the causes of its error, on one line.
fn with_causes(mut text: String, error: &tera::Error) -> String {
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::read_reports;

    #[test]
    fn the_problems_tera_drew_are_read_back_with_their_places() {
        let text = "error: Unknown filter `a`\n --> base.html:2:11\n  |\n2 | {{ x | a }}\n  |        ^\n\n\
                    error: Unknown filter `b`\n  --> partials/card.html:12:4\n   |\n12 | {{ x | b }}";
        assert_eq!(
            read_reports(text),
            [
                ("Unknown filter `a`", "base.html", 2, 11),
                ("Unknown filter `b`", "partials/card.html", 12, 4)
            ]
        );
        assert!(read_reports("Template 'x' not found").is_empty());
    }
}
