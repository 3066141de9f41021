//! How the command line tells people what happened: problems, summaries, what was held back.

mod status;

use std::process::ExitCode;

use bayan::BuildError;
use bayan::diagnostic::Diagnostics;
use bayan::model::{Reason, Withheld};
use serde_json::json;
pub(crate) use status::status;

/// Reports a failed build (`building`) or check, and gives the exit code.
pub(crate) fn fail(error: BuildError, building: bool) -> ExitCode {
    match error {
        BuildError::Content(diagnostics) => {
            print_diagnostics(&diagnostics);
            let problems = count(diagnostics.error_count(), "problem", "problems");
            if building {
                eprintln!(
                    "\nThe site was not built: {problems} to fix. The previous output, if any, is unchanged."
                );
            } else {
                eprintln!("\n{problems} to fix.");
            }
        }
        BuildError::Publish(error) => eprintln!("{error}"),
    }
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
    println!("Not published in this build:");
    for held in withheld {
        let why = match &held.reason {
            Reason::Draft => "draft (build with --drafts to preview it)".to_owned(),
            Reason::Embargo { until, .. } => {
                format!("under embargo until {until}; build again after that time")
            }
        };
        println!("  {} ({}): {why}", held.slug, held.lang);
    }
}

pub(crate) fn warnings_suffix(warnings: &Diagnostics) -> String {
    match warnings.warning_count() {
        0 => String::new(),
        n => format!(", with {}", count(n, "warning", "warnings")),
    }
}

/// "1 story", "2 stories".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn print_diagnostics(diagnostics: &Diagnostics) {
    for diagnostic in diagnostics.iter() {
        eprintln!("{diagnostic}\n");
    }
}
