//! The `bayan` command line: parses arguments, runs the library, prints what happened.
//! Exit codes: 0 ok, 1 content errors, 2 usage errors.

mod cli;
mod progress_bar;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bayan::config::Overrides;
use bayan::diagnostic::Diagnostics;
use bayan::{BuildError, BuildOptions, BuildReport};
use clap::Parser;
use cli::{Cli, Command, Format, NewCommand, SiteArgs};
use report::{count, fail, print_diagnostics, print_withheld, warnings_suffix, withheld_json};
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
            serve(bayan::serve::ServeOptions { build, bind, port }, open)
        }),
        Command::Status { site, format } => options(&site, None, None, (false, false))
            .map(|options| report::status(&options, format)),
        Command::Init { dir } => Ok(init(&dir)),
        Command::New {
            what: NewCommand::Story { title, slug, root },
        } => Ok(new_story(&root, &title, slug.as_deref())),
    };
    result.unwrap_or_else(|Usage(message)| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    })
}

fn options(
    site: &SiteArgs,
    output: Option<PathBuf>,
    base_url: Option<String>,
    (drafts, embargoed): (bool, bool),
) -> Result<BuildOptions, Usage> {
    let now = match &site.now {
        None => None,
        Some(text) => Some(text.parse::<jiff::Timestamp>().map_err(|_| {
            Usage(
                "--now must be an instant with its timezone, like 2024-05-13T09:00:00+03:00"
                    .to_owned(),
            )
        })?),
    };
    if base_url
        .as_deref()
        .is_some_and(|url| !bayan::config::is_base_url(url))
    {
        return Err(Usage(
            "--base-url must be the http(s) address the site is published at, like https://example.org/".to_owned(),
        ));
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
            println!(
                "Built {} pages and {} feeds ({}, {} files) into {} in {} ms{}",
                report.tree.page_count(),
                report.tree.feed_count(),
                count(report.stories, "story", "stories"),
                report.tree.len(),
                options.output.display(),
                report.elapsed.as_millis(),
                warnings_suffix(&report.warnings)
            );
            let (encoded, reused) = report.images;
            if encoded + reused > 0 {
                println!(
                    "Images: {} cleaned of camera and place data, {} unchanged since the last build",
                    encoded, reused
                );
            }
            print_withheld(&report.withheld);
            if options.drafts || options.embargoed {
                println!(
                    "This is a preview: it may hold drafts and stories under embargo, and asks search engines to stay away. Do not publish {}; build without --drafts and --preview for the public site.",
                    options.output.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(error, true),
    }
}

fn check(options: &BuildOptions, format: Format) -> ExitCode {
    // Translations older than their original are found from the sources' history, which a
    // build does not read.
    let stale: Diagnostics = bayan::status::status(options)
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
        Err(BuildError::Content(found)) => Err(BuildError::Content(with_stale(found))),
        Err(other) => Err(other),
    };
    if let Format::Json = format {
        let (problems, report): (&Diagnostics, Option<&BuildReport>) = match &result {
            Ok(report) => (&report.warnings, Some(report)),
            Err(BuildError::Content(diagnostics)) => (diagnostics, None),
            Err(BuildError::Publish(error)) => {
                eprintln!("{error}");
                return ExitCode::from(1);
            }
        };
        let withheld: Vec<serde_json::Value> = report
            .map(|r| r.withheld.iter().map(withheld_json).collect())
            .unwrap_or_default();
        let document = json!({
            "ok": !problems.has_errors(),
            "errors": problems.error_count(),
            "warnings": problems.warning_count(),
            "pages": report.map(|r| r.tree.page_count()),
            "problems": problems.iter().map(|d| d.record()).collect::<Vec<_>>(),
            "withheld": withheld,
        });
        println!(
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
            println!(
                "No errors: {} pages would be built{}",
                report.tree.page_count(),
                warnings_suffix(&report.warnings)
            );
            print_withheld(&report.withheld);
            ExitCode::SUCCESS
        }
        Err(error) => fail(error, false),
    }
}

fn serve(options: bayan::serve::ServeOptions, open: bool) -> ExitCode {
    use bayan::serve::ServeEvent;
    let result = bayan::serve::serve(options, move |event| match event {
        ServeEvent::Listening(address) => {
            println!("Serving the site at http://{address}/ (press Ctrl+C to stop)");
            if open {
                open_browser(&format!("http://{address}/"));
            }
        }
        ServeEvent::Built {
            millis,
            files,
            ok: true,
            report,
        } => {
            eprint!("{report}");
            println!("Built in {millis} ms ({files} files updated)");
        }
        ServeEvent::Built {
            ok: false, report, ..
        } => {
            eprint!("{report}");
            eprintln!(
                "The site could not be built: fix the problem and save; the preview rebuilds by itself and keeps showing the last version that built."
            );
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "error: cannot start the preview: {error}\n  hint: another program may use the port; try --port 0"
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
        eprintln!("Open {url} in your browser.");
    }
}

fn init(dir: &Path) -> ExitCode {
    match bayan::scaffold::init(dir) {
        Ok(files) => {
            println!(
                "Created a bilingual site in {} ({} files).",
                dir.display(),
                files.len()
            );
            println!(
                "Next: run `bayan serve --root {}` to preview it, and edit {}/site.yaml.",
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

fn new_story(root: &Path, title: &str, slug: Option<&str>) -> ExitCode {
    let mut diagnostics = Diagnostics::default();
    let Some(config) = bayan::config::load(root, &Overrides::default(), &mut diagnostics) else {
        print_diagnostics(&diagnostics);
        return ExitCode::from(1);
    };
    match bayan::scaffold::new_story(&config, title, slug, jiff::Timestamp::now()) {
        Ok(files) => {
            for file in &files {
                println!("Created {}", file.display());
            }
            println!(
                "The story is a draft: preview it with `bayan serve --drafts`, check it with `bayan check --drafts`, and remove the `draft: true` lines to publish it."
            );
            ExitCode::SUCCESS
        }
        Err(
            error @ (bayan::scaffold::ScaffoldError::BadSlug { .. }
            | bayan::scaffold::ScaffoldError::NoSlug),
        ) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}
