//! What the `bayan` command line accepts: its commands, their arguments and their help.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "bayan",
    version,
    about = "Build a bilingual Arabic/English news site from markdown stories"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
    /// The language of bayan's messages [default: site.yaml's `messages:`, else the locale
    /// (LC_ALL, LC_MESSAGES, LANG)].
    #[arg(long, global = true, value_enum)]
    pub(crate) messages: Option<MessagesArg>,
}

/// A language bayan speaks.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum MessagesArg {
    Ar,
    En,
}

impl From<MessagesArg> for bayan::Speech {
    fn from(arg: MessagesArg) -> Self {
        match arg {
            MessagesArg::Ar => bayan::Speech::Arabic,
            MessagesArg::En => bayan::Speech::English,
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Build the site into the output folder.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site, replaced on every build [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// Publish at this address instead of site.yaml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include stories and pages marked `draft: true` (pages get noindex).
        #[arg(long)]
        drafts: bool,
        /// Include stories and press kits still under embargo, each with a banner giving its
        /// release time; the whole site gets noindex. For review before release, never to publish.
        #[arg(long)]
        preview: bool,
    },
    /// Check every story, page and link without writing anything; exit 1 on errors.
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Check drafts too, as if they were published.
        #[arg(long)]
        drafts: bool,
        /// Check stories under embargo too.
        #[arg(long)]
        preview: bool,
    },
    /// Preview the site: build it in memory, serve it, rebuild and reload pages on every change.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; the default lets only this computer connect.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Include drafts in the preview.
        #[arg(long)]
        drafts: bool,
        /// Include stories and press kits still under embargo, with their release time.
        #[arg(long)]
        preview: bool,
        /// Open the preview in the web browser.
        #[arg(long)]
        open: bool,
    },
    /// List what is not published yet: drafts, embargoes and when they end, stories dated
    /// later, stories missing a translation. The last line names the next embargo's end.
    Status {
        #[command(flatten)]
        site: SiteArgs,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Create a working bilingual site in a new folder.
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
    },
    /// Explain a message by its code (`bayan explain S101`): what it means, an example and the
    /// fix. Without a code, list the codes.
    Explain { code: Option<String> },
    /// Add content to the site.
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
}

#[derive(Subcommand)]
pub(crate) enum NewCommand {
    /// Create content/stories/<slug>/ with a draft file for every site language.
    Story {
        /// The story's headline, in English or Arabic (`"Qatar opens 12 schools"`), from which
        /// its address name is made; or the address name itself (`school-meals`).
        title: String,
        /// The address name, when it should not be made from the title (needed for a title in
        /// Arabic letters): lowercase letters, digits and hyphens.
        #[arg(long)]
        slug: Option<String>,
        /// The site folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create content/pages/<slug>.<lang>.md, a draft for every site language.
    Page(NewArgs),
    /// Create content/projects/<id>.yaml, which builds as it is.
    Project(NewArgs),
    /// Create content/indicators/<id>.yaml, without figures (add yours).
    Indicator(NewArgs),
    /// Add a partner to content/partners.yaml.
    Partner(NewArgs),
}

/// What `new page|project|indicator|partner` takes.
#[derive(clap::Args)]
pub(crate) struct NewArgs {
    /// Its id, which is also its address: lowercase letters, digits and hyphens (`school-meals`).
    pub(crate) id: String,
    /// Its title, in English or Arabic; the other languages get one to replace.
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// The site folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub(crate) root: PathBuf,
}

#[derive(clap::Args)]
pub(crate) struct SiteArgs {
    /// The site folder (holding site.yaml and content/).
    #[arg(long, default_value = ".")]
    pub(crate) root: PathBuf,
    /// Judge embargoes at this instant (RFC 3339, e.g. 2024-05-13T09:00:00+03:00).
    #[arg(long)]
    pub(crate) now: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}
