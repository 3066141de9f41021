//! The live preview: builds the site in memory, serves it on loopback, watches the sources and
//! rebuilds on every change, telling open pages to reload. The same pipeline as `build` (so the
//! preview cannot drift from the published site), and nothing is written but the cache of made
//! images (`.bayan-cache/`, shared with builds): only the
//! in-memory tree is served, so no request can reach a file outside it.

mod http;
mod live;
mod request;
mod server;
mod streams;
mod watch;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::BuildOptions;
use crate::diagnostic::Diagnostics;
pub(crate) use live::LiveSite;

/// What the preview reports to the person running it.
#[derive(Debug)]
pub enum ServeEvent {
    /// The server listens here.
    Listening(SocketAddr),
    /// A build finished: how long it took, how many files it made, and the problems it found
    /// (`ok` false on errors).
    Built {
        millis: u128,
        files: usize,
        /// The build's warnings, when it succeeded.
        warnings: Diagnostics,
        /// Why it failed, when it did.
        failure: Option<Arc<Diagnostics>>,
    },
}

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: std::net::IpAddr,
    pub port: u16,
}

/// Serves until the process ends. `report` receives every [`ServeEvent`].
pub fn serve(
    options: ServeOptions,
    report: impl Fn(ServeEvent) + Send + Sync + 'static,
) -> std::io::Result<()> {
    let report: Arc<dyn Fn(ServeEvent) + Send + Sync> = Arc::new(report);
    let server = server::Server::bind(SocketAddr::new(options.bind, options.port))?;
    let address = server.address()?;
    let mut build = options.build.clone();
    // Links must lead to the preview, not to the published address.
    build.overrides.base_url = Some(format!("http://{address}/"));
    let site = Arc::new(LiveSite::new(build));
    site.rebuild(&*report);
    report(ServeEvent::Listening(address));
    let _watcher = watch::start(Arc::clone(&site), Arc::clone(&report))?;
    let streams = streams::Streams::start(Arc::clone(&site))?;
    server.run(Arc::new(move |request, mut connection| {
        if !http::addressed_here(&request) {
            let _ = http::misaddressed().send(&mut connection, request.head_only);
        } else if http::is_event_stream(&request) {
            streams.open(connection, &site);
        } else {
            let _ = http::answer(&request, &site).send(&mut connection, request.head_only);
        }
    }))
}

/// How long the watcher waits for a burst of saves to end before rebuilding. An editor's save
/// (write, or write and rename) takes a few milliseconds; more would only delay the preview.
const DEBOUNCE: Duration = Duration::from_millis(50);
