//! The live-reload event streams, all held and fed by one thread. A tab keeps its stream open as
//! long as it shows the page; a thread for each let a few thousand connections exhaust the
//! machine and end the preview.

use std::io::Write;
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::LiveSite;
use super::request::Response;

/// More open streams than any writer's tabs need; beyond it, a stream is refused (the page
/// still shows, it only does not reload by itself).
const MOST_STREAMS: usize = 256;

/// How often an idle stream is sent a comment, which also finds connections that closed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

const HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";

/// The open streams.
pub(super) struct Streams {
    open: Mutex<Vec<TcpStream>>,
}

impl Streams {
    /// Starts the thread that tells every open stream of each new build.
    pub(super) fn start(site: Arc<LiveSite>) -> std::io::Result<Arc<Streams>> {
        let streams = Arc::new(Streams {
            open: Mutex::new(Vec::new()),
        });
        let feeding = Arc::clone(&streams);
        std::thread::Builder::new()
            .name("live-reload".into())
            .spawn(move || feeding.feed(&site))?;
        Ok(streams)
    }

    /// Opens a stream on `writer`, told the current version at once.
    pub(super) fn open(&self, mut writer: TcpStream, site: &LiveSite) {
        let Ok(mut open) = self.open.lock() else {
            return;
        };
        if open.len() >= MOST_STREAMS {
            drop(open);
            let _ = Response::new(503).send(&mut writer, false);
            return;
        }
        let first = format!("{HEAD}{}", version_event(site.snapshot().version));
        if writer
            .write_all(first.as_bytes())
            .and_then(|()| writer.flush())
            .is_ok()
        {
            open.push(writer);
        }
    }

    fn feed(&self, site: &LiveSite) {
        let mut seen = site.snapshot().version;
        loop {
            let snapshot = site.wait_for_change(seen, KEEP_ALIVE);
            let message = if snapshot.version == seen {
                ": ping\n\n".to_owned()
            } else {
                seen = snapshot.version;
                version_event(seen)
            };
            if let Ok(mut open) = self.open.lock() {
                open.retain_mut(|writer| {
                    writer
                        .write_all(message.as_bytes())
                        .and_then(|()| writer.flush())
                        .is_ok()
                });
            }
        }
    }
}

fn version_event(version: u64) -> String {
    format!("event: version\ndata: {version}\n\n")
}
