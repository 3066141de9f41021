//! The `bayan` command line: parses arguments, runs the library, prints what happened.
//! Exit codes: 0 ok, 1 content errors, 2 usage errors.

mod cli;
mod console;
mod explain;
mod progress_bar;
mod report;
mod scaffolding;

use std::path::PathBuf;
use std::process::ExitCode;

use bayan::Diagnostics;
use bayan::Overrides;
use bayan::Speech;
use bayan::said;
use bayan::{BuildOptions, BuildReport};
use clap::Parser;
use cli::{Cli, Command, Format, NewArgs, NewCommand, SiteArgs};
use console::{errln, outln};
use report::{fail, print_diagnostics, print_withheld, say, warnings_suffix, withheld_json};
use serde_json::json;

/// A build allocates and frees millions of small strings and template values on every thread;
/// with mimalloc a build of 5,000 IATI activities took a sixth less time than with glibc's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A usage error: printed, exit code 2.
struct Usage(String);

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
    report::set_speech(chosen_speech(&cli));
    let result = match cli.command {
        Command::Build {
            site,
            output,
            base_url,
            drafts,
            preview,
        } => options(&site, output, base_url, (drafts, preview)).map(|options| {
            // Builds keep cleaned images between runs; `check` and `serve` write nothing.
            let image_cache = Some(site.root.join(".bayan-cache").join("images"));
            build(&BuildOptions {
                image_cache,
                ..options
            })
        }),
        Command::Check {
            site,
            format,
            drafts,
            preview,
        } => options(&site, None, None, (drafts, preview)).map(|options| check(&options, format)),
        Command::Serve {
            site,
            port,
            bind,
            drafts,
            preview,
            open,
        } => options(&site, None, None, (drafts, preview)).map(|build| {
            // The preview writes nothing but the cache of made images, shared with builds.
            let build = BuildOptions {
                image_cache: Some(site.root.join(".bayan-cache").join("images")),
                live: true,
                ..build
            };
            serve(bayan::ServeOptions { build, bind, port }, open)
        }),
        Command::Status { site, format } => options(&site, None, None, (false, false))
            .map(|options| report::status(&options, format)),
        Command::Init { dir } => Ok(scaffolding::init(&dir)),
        Command::Explain { code } => Ok(explain::explain(code.as_deref())),
        Command::New { what } => Ok(scaffolding::new(what)),
    };
    result.unwrap_or_else(|Usage(message)| {
        errln!("{}: {message}", say(said!("label-error")));
        ExitCode::from(2)
    })
}

/// The language to speak: `--messages`, else site.yaml's `messages:`, else the locale.
fn chosen_speech(cli: &Cli) -> Speech {
    if let Some(speech) = cli.messages {
        return speech.into();
    }
    let root = match &cli.command {
        Command::Build { site, .. }
        | Command::Check { site, .. }
        | Command::Serve { site, .. }
        | Command::Status { site, .. } => Some(site.root.as_path()),
        Command::New {
            what:
                NewCommand::Story { root, .. }
                | NewCommand::Page(NewArgs { root, .. })
                | NewCommand::Project(NewArgs { root, .. })
                | NewCommand::Indicator(NewArgs { root, .. })
                | NewCommand::Partner(NewArgs { root, .. }),
        } => Some(root.as_path()),
        Command::Init { .. } | Command::Explain { .. } => None,
    };
    root.and_then(bayan::messages_of)
        .unwrap_or_else(|| Speech::from_locale(|name| std::env::var(name).ok()))
}

fn options(
    site: &SiteArgs,
    output: Option<PathBuf>,
    base_url: Option<String>,
    (drafts, embargoed): (bool, bool),
) -> Result<BuildOptions, Usage> {
    let now = match &site.now {
        None => None,
        Some(text) => Some(
            text.parse::<jiff::Timestamp>()
                .map_err(|_| Usage(say(said!("usage-now"))))?,
        ),
    };
    if base_url
        .as_deref()
        .is_some_and(|url| !bayan::is_base_url(url))
    {
        return Err(Usage(say(said!("usage-base-url"))));
    }
    Ok(BuildOptions {
        // A preview never shares the public site's folder.
        output: output.unwrap_or_else(|| {
            site.root.join(if drafts || embargoed {
                "preview"
            } else {
                "public"
            })
        }),
        root: site.root.clone(),
        overrides: Overrides { base_url },
        drafts,
        embargoed,
        live: false,
        now,
        image_cache: None,
    })
}

fn build(options: &BuildOptions) -> ExitCode {
    let result = match progress_bar::TerminalProgress::for_stderr() {
        Some(progress) => bayan::build_with_progress(options, &progress),
        None => bayan::build(options),
    };
    match result {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            let built = say(said!(
                "summary-built",
                pages = report.tree.page_count(),
                feeds = report.tree.feed_count(),
                stories = report.stories,
                files = report.tree.len(),
                output = options.output.display().to_string(),
                millis = report.elapsed.as_millis() as u64,
            ));
            outln!("{built}{}", warnings_suffix(&report.warnings));
            let (encoded, reused) = report.images;
            if encoded + reused > 0 {
                outln!(
                    "{}",
                    say(said!("summary-images", encoded = encoded, reused = reused))
                );
            }
            print_withheld(&report.withheld);
            if options.drafts || options.embargoed {
                let output = options.output.display().to_string();
                outln!("{}", say(said!("summary-preview", output = output)));
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(error, true),
    }
}

fn check(options: &BuildOptions, format: Format) -> ExitCode {
    // Translations older than their original are found from the sources' history, which a
    // build does not read.
    let stale: Diagnostics = bayan::status(options)
        .map(|status| status.stale.iter().map(|s| s.diagnostic()).collect())
        .unwrap_or_default();
    let with_stale = |mut found: Diagnostics| {
        found.extend(stale.clone());
        found.sorted()
    };
    let result = match bayan::render_site(options) {
        Ok(mut report) => {
            report.warnings = with_stale(std::mem::take(&mut report.warnings));
            Ok(report)
        }
        Err(found) => Err(with_stale(found)),
    };
    if let Format::Json = format {
        let (problems, report): (&Diagnostics, Option<&BuildReport>) = match &result {
            Ok(report) => (&report.warnings, Some(report)),
            Err(diagnostics) => (diagnostics, None),
        };
        let withheld: Vec<serde_json::Value> = report
            .map(|r| r.withheld.iter().map(withheld_json).collect())
            .unwrap_or_default();
        let document = json!({
            "ok": !problems.has_errors(),
            "errors": problems.error_count(),
            "warnings": problems.warning_count(),
            "pages": report.map(|r| r.tree.page_count()),
            "problems": problems.iter().map(|d| d.record(report::speech())).collect::<Vec<_>>(),
            "withheld": withheld,
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&document).unwrap_or_default()
        );
        return if problems.has_errors() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    match result {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            outln!(
                "{}{}",
                say(said!("summary-no-errors", pages = report.tree.page_count())),
                warnings_suffix(&report.warnings)
            );
            print_withheld(&report.withheld);
            ExitCode::SUCCESS
        }
        Err(error) => fail(error, false),
    }
}

fn serve(options: bayan::ServeOptions, open: bool) -> ExitCode {
    use bayan::ServeEvent;
    let result = bayan::serve(options, move |event| match event {
        ServeEvent::Listening(address) => {
            let address = format!("http://{address}/");
            outln!("{}", say(said!("serve-listening", address = &address)));
            if open {
                open_browser(&address);
            }
        }
        ServeEvent::Built {
            millis,
            files,
            warnings,
            failure: None,
        } => {
            print_diagnostics(&warnings);
            outln!(
                "{}",
                say(said!("serve-built", millis = millis as u64, files = files))
            );
        }
        ServeEvent::Built {
            failure: Some(failure),
            ..
        } => {
            print_diagnostics(&failure);
            errln!("{}", say(said!("serve-failed")));
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            errln!(
                "{}: {}\n  {}: {}",
                say(said!("label-error")),
                say(said!("serve-cannot-start", detail = error.to_string())),
                say(said!("label-hint")),
                say(said!("serve-cannot-start-hint"))
            );
            ExitCode::from(1)
        }
    }
}

/// Opens `url` in the default browser, if the system says how.
fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .spawn()
        .is_err()
    {
        errln!("{}", say(said!("open-in-browser", url = url)));
    }
}
