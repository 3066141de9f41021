//! What bayan says to people, in English and Arabic: one Fluent catalogue per language
//! (`messages/en/`, `messages/ar/`, one file per kind of input), embedded in the binary. A problem is kept as a code and
//! its arguments and said in the reader's language only at the edge, so the same problem reads
//! in Arabic in the terminal and in the live preview of an Arabic page. Fluent knows each
//! language's plural forms: Arabic has six, and "7 نتائج" but "11 نتيجة" come from them.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules};

/// The language bayan speaks to the person running it (not a language of the site).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speech {
    #[default]
    English,
    Arabic,
}

impl Speech {
    /// What separates the items of a list: the Arabic comma faces the way Arabic is read.
    fn comma(self) -> &'static str {
        match self {
            Speech::English => ", ",
            Speech::Arabic => "\u{060C} ",
        }
    }

    /// `ar`, `en`, or a locale name such as `ar_QA.UTF-8` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let language = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "ar" => Some(Speech::Arabic),
            "en" | "c" | "posix" => Some(Speech::English),
            _ => None,
        }
    }

    /// The language the locale variables ask for, in POSIX order: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set decides; a language bayan does not speak gives
    /// English.
    pub fn from_locale(variable: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| variable(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Speech::from_tag(&value))
            .unwrap_or_default()
    }

    pub fn tag(self) -> &'static str {
        match self {
            Speech::English => "en",
            Speech::Arabic => "ar",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        self == Speech::Arabic
    }
}

/// One value a message is said with: text (a file name, a key) or a count, which picks the
/// plural form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(u64),
    /// Words of the catalogue, said in the same language as the message around them.
    Said(Box<Said>),
    /// Names or values listed one after another, separated by the comma of the language the
    /// message is said in (، in Arabic).
    List(Vec<String>),
}

impl<T: AsRef<str>> From<Vec<T>> for Arg {
    fn from(items: Vec<T>) -> Self {
        Arg::from(items.as_slice())
    }
}

impl<T: AsRef<str>> From<&Vec<T>> for Arg {
    fn from(items: &Vec<T>) -> Self {
        Arg::from(items.as_slice())
    }
}

impl<T: AsRef<str>> From<&[T]> for Arg {
    fn from(items: &[T]) -> Self {
        Arg::List(items.iter().map(|item| item.as_ref().to_owned()).collect())
    }
}

impl From<Said> for Arg {
    fn from(said: Said) -> Self {
        Arg::Said(Box::new(said))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

/// A message of the catalogue with the values it is said with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The catalogue's name for it: a problem's code (`S101`) or a word of the interface.
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// Which attribute of the message is said (`hint`), when not its value.
    pub attribute: Option<&'static str>,
}

/// A catalogue message with its values: `said!(id, file = name, count = n)`.
#[macro_export]
macro_rules! said {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Said {
            id: $id,
            args: vec![$((stringify!($name), $crate::Arg::from($value))),*],
            attribute: None,
        }
    };
}

impl Said {
    pub fn new(id: &'static str) -> Self {
        Said {
            id,
            args: Vec::new(),
            attribute: None,
        }
    }

    /// The same message's hint, with the same values.
    pub fn hint(self) -> Said {
        Said {
            attribute: Some("hint"),
            ..self
        }
    }

    /// The message in `speech`, from English when the Arabic catalogue lacks it.
    pub fn say(&self, speech: Speech) -> String {
        self.part(speech, self.attribute)
            .unwrap_or_else(|| self.id.to_owned())
    }

    /// One attribute of the message (`hint`, `explain`), when it has one.
    pub fn attribute(&self, speech: Speech, name: &str) -> Option<String> {
        self.part(speech, Some(name))
    }

    fn part(&self, speech: Speech, attribute: Option<&str>) -> Option<String> {
        [speech, Speech::English]
            .into_iter()
            .find_map(|speech| format(speech, self.id, attribute, &self.args))
    }
}

fn format(
    speech: Speech,
    id: &str,
    attribute: Option<&str>,
    args: &[(&'static str, Arg)],
) -> Option<String> {
    let bundle = bundle(speech);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(name) => message.get_attribute(name)?.value(),
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Count(count) => fluent_args.set(*name, FluentValue::from(*count)),
            Arg::Said(said) => fluent_args.set(*name, FluentValue::from(said.say(speech))),
            Arg::List(items) => {
                fluent_args.set(*name, FluentValue::from(items.join(speech.comma())))
            }
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

impl fmt::Display for Said {
    /// In English: the library's own messages (`Diagnostic::message`) are English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Speech::English))
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogue's files, in the order `bayan explain` lists their codes. Each is written once
/// per language, in `messages/en/` and `messages/ar/`, with the same ids and variables.
macro_rules! catalogue {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!("messages/en/", $name, ".ftl")),
            include_str!(concat!("messages/ar/", $name, ".ftl")),
        )),*]
    };
}

const CATALOGUE: &[(&str, &str, &str)] = catalogue!(
    "interface",
    "site",
    "files",
    "yaml",
    "stories",
    "pages",
    "data",
    "commands",
    "indicators",
    "theme",
    "iati",
    "projects",
);

/// The texts of the catalogue of `speech`, file by file.
fn texts(speech: Speech) -> impl Iterator<Item = &'static str> {
    CATALOGUE
        .iter()
        .map(move |(_, english, arabic)| match speech {
            Speech::English => *english,
            Speech::Arabic => *arabic,
        })
}

fn bundle(speech: Speech) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let [english, arabic] =
        BUNDLES.get_or_init(|| [make_bundle(Speech::English), make_bundle(Speech::Arabic)]);
    match speech {
        Speech::English => english,
        Speech::Arabic => arabic,
    }
}

/// A bundle of the embedded catalogue; its syntax is proved by the tests, so an entry the parser
/// could not read is only left out.
fn make_bundle(speech: Speech) -> Bundle {
    let tag = speech.tag();
    let language = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // A terminal shows isolation marks as stray boxes; the overlay isolates with HTML instead.
    bundle.set_use_isolating(false);
    let _ = bundle.add_function("PLURAL", move |positional, _| match positional.first() {
        Some(FluentValue::Number(number)) => {
            FluentValue::from(plural_category(speech, number.value))
        }
        _ => FluentValue::from("other"),
    });
    for text in texts(speech) {
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The cardinal plural rules of the language `tag`, from ICU4X's copy of the Unicode data.
/// (Fluent's own selector on a number drops the `n % 100` of the Arabic rules, so that 111 and
/// 103 took the form of 100: the catalogue selects with `PLURAL($n)` instead.)
fn plural_rules(tag: &str) -> Option<PluralRules> {
    let language: icu_locale_core::LanguageIdentifier = tag.parse().ok()?;
    PluralRules::try_new(language.into(), Default::default()).ok()
}

/// The name of the plural form of a count, as the catalogue's variants are keyed.
fn plural_category(speech: Speech, count: f64) -> &'static str {
    thread_local! {
        // ICU4X's rules are not shared between threads; each thread makes its own, once.
        static RULES: [Option<PluralRules>; 2] = [plural_rules("en"), plural_rules("ar")];
    }
    // Counts are whole and not negative; a fraction would need a decimal's operands.
    let count = count.max(0.0) as u64;
    let category = RULES.with(|rules| {
        rules[speech as usize]
            .as_ref()
            .map(|rules| rules.category_for(count))
    });
    match category.unwrap_or(PluralCategory::Other) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// Every message id of the catalogue of `speech`, in file order, for `bayan explain` and the
/// tests that keep the two catalogues alike.
pub fn ids(speech: Speech) -> Vec<&'static str> {
    texts(speech)
        .flat_map(str::lines)
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim()))
        .collect()
}

/// Whether `code` names a problem of the catalogue (a letter and three digits, like `S101`).
pub fn is_problem_code(code: &str) -> bool {
    let mut chars = code.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().count() == 3
        && chars.all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
