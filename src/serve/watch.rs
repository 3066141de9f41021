//! Watches the site's sources (site.yaml, content/, themes/, static/) and rebuilds after each
//! burst of changes. Uses the system's file events, or polls when they are not available.
//! Only changes count: reading the files (which every build does) must not start a build.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{Event, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::{DEBOUNCE, LiveSite, ServeEvent};
use crate::config::CONFIG_FILE;

/// Starts watching; the watch runs as long as the returned watcher lives.
pub(super) fn start(
    site: Arc<LiveSite>,
    report: Arc<dyn Fn(ServeEvent) + Send + Sync>,
) -> std::io::Result<Box<dyn Watcher + Send>> {
    let root = site.root().to_path_buf();
    let (sender, receiver) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher: Box<dyn Watcher + Send> =
        match RecommendedWatcher::new(sender.clone(), notify::Config::default()) {
            Ok(watcher) => Box::new(watcher),
            Err(_) => Box::new(
                PollWatcher::new(
                    sender,
                    notify::Config::default().with_poll_interval(Duration::from_millis(500)),
                )
                .map_err(std::io::Error::other)?,
            ),
        };
    for (path, mode) in [
        (root.join(CONFIG_FILE), RecursiveMode::NonRecursive),
        (root.join("content"), RecursiveMode::Recursive),
        (root.join("themes"), RecursiveMode::Recursive),
        (root.join("static"), RecursiveMode::Recursive),
    ] {
        if path.exists() {
            watcher.watch(&path, mode).map_err(std::io::Error::other)?;
        }
    }
    std::thread::spawn(move || {
        while wait_for_changes(&receiver) {
            site.rebuild(&*report);
        }
    });
    Ok(watcher)
}

/// Blocks until a change arrives, then until the burst is over (no change for [`DEBOUNCE`]).
/// `false` when the watch has ended.
fn wait_for_changes(receiver: &Receiver<notify::Result<Event>>) -> bool {
    loop {
        match receiver.recv() {
            Ok(event) if is_change(&event) => break,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    loop {
        match receiver.recv_timeout(DEBOUNCE) {
            Ok(_) => {}
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// A created, changed or removed file, not an editor's swap file; errors count, to be safe.
fn is_change(event: &notify::Result<Event>) -> bool {
    match event {
        Ok(event) => {
            !matches!(event.kind, EventKind::Access(_))
                && event.paths.iter().any(|p| !is_editor_noise(p))
        }
        Err(_) => true,
    }
}

/// Swap and backup files editors write beside the real one.
fn is_editor_noise(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
}
