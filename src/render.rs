//! The renderer: Tera templates from the theme, UI strings and the number/date formatter for
//! each language. Fourth stage of the pipeline; output generators call it with views.

pub mod card;
pub mod chart;
pub mod format;
pub(crate) mod html;
pub(crate) mod picture;
pub mod theme;
pub mod views;

use std::collections::BTreeMap;

use tera::{Context, Tera};

use crate::config::{Config, Language};
use crate::diagnostic::{Diagnostic, Diagnostics};
use format::Formatter;
pub use theme::Theme;

/// What a page in one language needs besides its own data.
#[derive(Debug)]
pub struct Locale {
    pub language: Language,
    pub formatter: Formatter,
    /// UI strings, already completed from the default language.
    pub strings: BTreeMap<String, String>,
    /// The same strings as a template value, built once and shared by every page.
    pub strings_value: tera::Value,
}

impl Locale {
    /// A UI string, or its key when the theme lacks it (visible, never a crash).
    pub fn text<'s>(&'s self, key: &'s str) -> &'s str {
        self.strings.get(key).map_or(key, String::as_str)
    }
}

pub struct Renderer {
    tera: Tera,
    locales: Vec<Locale>,
    /// Template name to where it came from, for error messages.
    origins: BTreeMap<String, std::path::PathBuf>,
}

impl Renderer {
    pub fn new(config: &Config, theme: &Theme) -> Result<Self, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let templates: Vec<(&str, &str)> = theme
            .templates
            .values()
            .map(|t| (t.name.as_str(), t.source.as_str()))
            .collect();
        if let Err(error) = tera.add_raw_templates(templates) {
            let origin = theme
                .templates
                .values()
                .find(|t| error.to_string().contains(&t.name))
                .map_or_else(|| std::path::PathBuf::from("themes"), |t| t.origin.clone());
            return Err(Diagnostics::from_iter([Diagnostic::error(
                origin,
                format!("the template cannot be read: {}", error_text(&error)),
            )
            .with_hint(
                "fix the template syntax (Tera 2); the built-in theme's templates are examples",
            )]));
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
                let mut strings = fallback.cloned().unwrap_or_default();
                if let Some(own) = theme.strings.get(&language.code) {
                    strings.extend(own.clone());
                }
                let months = (1..=12)
                    .map(|m| strings.get(&format!("month_{m}")).cloned())
                    .collect::<Option<Vec<String>>>();
                Locale {
                    language: language.clone(),
                    formatter: Formatter::new(language, months),
                    strings_value: tera::Value::from_serializable(&strings),
                    strings,
                }
            })
            .collect();
        let origins = theme
            .templates
            .values()
            .map(|t| (t.name.clone(), t.origin.clone()))
            .collect();
        Ok(Renderer {
            tera,
            locales,
            origins,
        })
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn locale(&self, code: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.language.code == code)
            .unwrap_or(&self.locales[0])
    }

    /// Renders `template` with `context`, naming the template file on failure.
    pub fn render(&self, template: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut bytes = Vec::with_capacity(16 * 1024);
        self.tera.render_to(template, context, &mut bytes).map(|()| bytes).map_err(|error| {
            let origin = self.origins.get(template).cloned().unwrap_or_else(|| template.into());
            Diagnostic::error(origin, format!("the template failed: {}", error_text(&error)))
                .with_hint("check the variables the template uses against the theme documentation in the README")
        })
    }
}

/// Tera's error with its causes, on one line.
fn error_text(error: &tera::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
