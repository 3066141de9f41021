//! `bayan init` and `bayan new`: what they wrote and what to do next, or why they wrote nothing.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bayan::Diagnostics;
use bayan::Overrides;
use bayan::said;

use crate::cli::NewCommand;
use crate::console::outln;
use crate::report::{print_diagnostics, say};

pub(crate) fn init(dir: &Path) -> ExitCode {
    match bayan::init_site(dir) {
        Ok(files) => {
            let dir = dir.display().to_string();
            outln!(
                "{}",
                say(said!("init-created", dir = &dir, files = files.len()))
            );
            outln!("{}", say(said!("init-next", dir = &dir)));
            ExitCode::SUCCESS
        }
        Err(error) => {
            print_diagnostics(&Diagnostics::from_iter([error.diagnostic()]));
            ExitCode::from(1)
        }
    }
}

fn new_story(root: &Path, title: &str, slug: Option<&str>) -> ExitCode {
    let Some(config) = site_config(root) else {
        return ExitCode::from(1);
    };
    let created = bayan::new_story(&config, title, slug, jiff::Timestamp::now());
    report_created(created, Some(said!("new-draft")))
}

/// `bayan new story|page|project|indicator|partner`.
pub(crate) fn new(what: NewCommand) -> ExitCode {
    use bayan::Content;
    let (content, args, next) = match what {
        NewCommand::Page(args) => (Content::Page, args, said!("new-page-draft")),
        NewCommand::Project(args) => (Content::Project, args, said!("new-project")),
        NewCommand::Indicator(args) => (Content::Indicator, args, said!("new-indicator")),
        NewCommand::Partner(args) => (Content::Partner, args, said!("new-partner")),
        NewCommand::Story { title, slug, root } => {
            return new_story(&root, &title, slug.as_deref());
        }
    };
    let Some(config) = site_config(&args.root) else {
        return ExitCode::from(1);
    };
    let created = bayan::new_content(&config, content, &args.id, args.title.as_deref());
    report_created(created, Some(next))
}

/// The site's configuration, or its problems printed.
fn site_config(root: &Path) -> Option<bayan::Config> {
    let mut diagnostics = Diagnostics::default();
    let config = bayan::load_config(root, &Overrides::default(), &mut diagnostics);
    if config.is_none() {
        print_diagnostics(&diagnostics);
    }
    config
}

/// Lists the files `bayan new` wrote and what to do next, or says why it wrote nothing.
fn report_created(
    created: Result<Vec<PathBuf>, bayan::ScaffoldError>,
    next: Option<bayan::Said>,
) -> ExitCode {
    match created {
        Ok(files) => {
            for file in &files {
                outln!(
                    "{}",
                    say(said!("new-created", file = file.display().to_string()))
                );
            }
            if let Some(next) = next {
                outln!("{}", say(next));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            print_diagnostics(&Diagnostics::from_iter([error.diagnostic()]));
            match error {
                // A name that cannot be an address is a mistake in the command itself.
                bayan::ScaffoldError::BadSlug { .. } | bayan::ScaffoldError::NoSlug => {
                    ExitCode::from(2)
                }
                _ => ExitCode::from(1),
            }
        }
    }
}
