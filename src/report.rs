//! How the command line tells people what happened: problems, summaries, what was held back.

mod status;

use std::process::ExitCode;
use std::sync::OnceLock;

use bayan::Diagnostics;
use bayan::said;
use bayan::{Reason, Withheld};
use bayan::{Said, Speech};
use serde_json::json;

use crate::console::{errln, outln};
pub(crate) use status::status;

static SPEECH: OnceLock<Speech> = OnceLock::new();

/// Fixes the language of everything the command says; called once, before anything is said.
pub(crate) fn set_speech(speech: Speech) {
    let _ = SPEECH.set(speech);
}

/// The language the command speaks.
pub(crate) fn speech() -> Speech {
    SPEECH.get().copied().unwrap_or_default()
}

/// `said` in the command's language.
pub(crate) fn say(said: Said) -> String {
    said.say(speech())
}

/// Reports a failed build (`building`) or check, and gives the exit code.
pub(crate) fn fail(diagnostics: Diagnostics, building: bool) -> ExitCode {
    print_diagnostics(&diagnostics);
    let problems = say(said!("summary-problems", count = diagnostics.error_count()));
    let id = if building {
        "summary-not-built"
    } else {
        "summary-to-fix"
    };
    errln!("\n{}", say(said!(id, problems = problems)));
    ExitCode::from(1)
}

pub(crate) fn withheld_json(held: &Withheld) -> serde_json::Value {
    match &held.reason {
        Reason::Draft => json!({"slug": held.slug, "lang": held.lang, "reason": "draft"}),
        Reason::Embargo { until, .. } => {
            json!({"slug": held.slug, "lang": held.lang, "reason": "embargo", "until": until})
        }
    }
}

pub(crate) fn print_withheld(withheld: &[Withheld]) {
    if withheld.is_empty() {
        return;
    }
    outln!("{}", say(said!("summary-withheld")));
    for held in withheld {
        let why = say(match &held.reason {
            Reason::Draft => said!("withheld-draft"),
            Reason::Embargo { until, .. } => said!("withheld-embargo", until = until),
        });
        outln!("  {} ({}): {why}", held.slug, held.lang);
    }
}

pub(crate) fn warnings_suffix(warnings: &Diagnostics) -> String {
    match warnings.warning_count() {
        0 => String::new(),
        n => say(said!(
            "summary-with-warnings",
            warnings = say(said!("summary-warnings", count = n))
        )),
    }
}

pub(crate) fn print_diagnostics(diagnostics: &Diagnostics) {
    for diagnostic in diagnostics.iter() {
        errln!("{}\n", diagnostic.shown(speech()));
    }
}
