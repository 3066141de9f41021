//! The `bayan` command line: parses arguments, runs the library, prints what happened.
//! Exit codes: 0 ok, 1 content errors, 2 usage errors.

use std::path::PathBuf;
use std::process::ExitCode;

use bayan::config::Overrides;
use bayan::diagnostic::Diagnostics;
use bayan::model::Reason;
use bayan::{BuildError, BuildOptions};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "bayan",
    version,
    about = "Build a bilingual Arabic/English news site from markdown stories"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site, replaced on every build [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// Publish at this address instead of site.yaml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include stories and pages marked `draft: true` (pages get noindex).
        #[arg(long)]
        drafts: bool,
        /// Judge embargoes at this instant (RFC 3339, e.g. 2024-05-13T09:00:00+03:00).
        #[arg(long)]
        now: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            now,
        } => {
            let now = match now.map(|n| n.parse::<jiff::Timestamp>()) {
                None => None,
                Some(Ok(instant)) => Some(instant),
                Some(Err(_)) => {
                    eprintln!(
                        "error: --now must be an instant with its timezone, like 2024-05-13T09:00:00+03:00"
                    );
                    return ExitCode::from(2);
                }
            };
            if base_url
                .as_deref()
                .is_some_and(|url| !bayan::config::is_base_url(url))
            {
                eprintln!(
                    "error: --base-url must be the http(s) address the site is published at, like https://example.org/"
                );
                return ExitCode::from(2);
            }
            let output = output.unwrap_or_else(|| root.join("public"));
            let options = BuildOptions {
                root,
                output,
                overrides: Overrides { base_url },
                drafts,
                now,
            };
            build(&options)
        }
    }
}

fn build(options: &BuildOptions) -> ExitCode {
    match bayan::build(options) {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            println!(
                "Built {} pages ({}, {} files) into {} in {} ms{}",
                report.tree.page_count(),
                count(report.stories, "story", "stories"),
                report.tree.len(),
                options.output.display(),
                report.elapsed.as_millis(),
                match report.warnings.warning_count() {
                    0 => String::new(),
                    n => format!(", with {}", count(n, "warning", "warnings")),
                }
            );
            if !report.withheld.is_empty() {
                println!("Not published in this build:");
                for held in &report.withheld {
                    let why = match &held.reason {
                        Reason::Draft => "draft (build with --drafts to preview it)".to_owned(),
                        Reason::Embargo { until } => {
                            format!("under embargo until {until}; build again after that time")
                        }
                    };
                    println!("  {} ({}): {why}", held.slug, held.lang);
                }
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(diagnostics)) => {
            print_diagnostics(&diagnostics);
            let errors = diagnostics.error_count();
            eprintln!(
                "\nThe site was not built: {errors} {} to fix. The previous output, if any, is unchanged.",
                if errors == 1 { "problem" } else { "problems" }
            );
            ExitCode::from(1)
        }
        Err(BuildError::Publish(error)) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// "1 story", "2 stories".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn print_diagnostics(diagnostics: &Diagnostics) {
    for diagnostic in diagnostics.iter() {
        eprintln!("{diagnostic}\n");
    }
}
