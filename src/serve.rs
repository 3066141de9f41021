//! The live preview: builds the site in memory, serves it on loopback, watches the sources and
//! rebuilds on every change, telling open pages to reload. The same pipeline as `build` (so the
//! preview cannot drift from the published site), and nothing is written but the cache of made
//! images (`.bayan-cache/`, shared with builds): only the
//! in-memory tree is served, so no request can reach a file outside it.

mod http;
mod live;
mod streams;
mod watch;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::BuildOptions;
pub use live::{LiveSite, Snapshot};

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
        ok: bool,
        report: String,
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
    let server = tiny_http::Server::http((options.bind, options.port))
        .map_err(|error| std::io::Error::other(error.to_string()))?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| std::io::Error::other("the server has no IP address"))?;
    let mut build = options.build.clone();
    // Links must lead to the preview, not to the published address.
    build.overrides.base_url = Some(format!("http://{address}/"));
    let site = Arc::new(LiveSite::new(build));
    site.rebuild(&*report);
    report(ServeEvent::Listening(address));
    let _watcher = watch::start(Arc::clone(&site), Arc::clone(&report))?;
    let server = Arc::new(server);
    let streams = streams::Streams::start(Arc::clone(&site))?;
    let workers = (0..4)
        .map(|n| {
            let server = Arc::clone(&server);
            let site = Arc::clone(&site);
            let streams = Arc::clone(&streams);
            std::thread::Builder::new()
                .name(format!("preview-{n}"))
                .spawn(move || {
                    while let Ok(request) = server.recv() {
                        if !http::addressed_here(&request) {
                            http::refuse_misaddressed(request);
                        } else if http::is_event_stream(&request) {
                            streams.open(request, &site);
                        } else {
                            http::respond(request, &site);
                        }
                    }
                })
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}

/// How long the watcher waits for a burst of saves to end before rebuilding. An editor's save
/// (write, or write and rename) takes a few milliseconds; more would only delay the preview.
const DEBOUNCE: Duration = Duration::from_millis(50);
