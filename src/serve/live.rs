//! The site as the preview currently serves it: the last good output tree, the problems of the
//! last build if it failed, and a version that changes on every build so pages know to reload.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::ServeEvent;
use crate::diagnostic::Diagnostics;
use crate::outputs::OutputTree;
use crate::{BuildCache, BuildOptions, render_site_cached};

/// One moment of the preview.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot {
    /// The last site that built without errors (empty before the first).
    pub tree: Arc<OutputTree>,
    /// Why the last build failed, when it did.
    pub error: Option<Arc<Diagnostics>>,
    pub version: u64,
}

pub(crate) struct LiveSite {
    options: BuildOptions,
    cache: BuildCache,
    state: Mutex<Snapshot>,
    changed: Condvar,
}

impl LiveSite {
    pub(crate) fn new(options: BuildOptions) -> Self {
        LiveSite {
            cache: BuildCache::with_image_dir(options.image_cache.clone()),
            options,
            state: Mutex::new(Snapshot {
                tree: Arc::new(OutputTree::default()),
                error: None,
                version: 0,
            }),
            changed: Condvar::new(),
        }
    }

    /// The site folder being previewed.
    pub(crate) fn root(&self) -> &std::path::Path {
        &self.options.root
    }

    pub(crate) fn snapshot(&self) -> Snapshot {
        self.state
            .lock()
            .map(|s| s.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    /// Builds again; keeps the last good tree when the new build fails.
    pub(crate) fn rebuild(&self, report: &dyn Fn(ServeEvent)) {
        let started = Instant::now();
        let result = render_site_cached(&self.options, &self.cache);
        let (tree, error, warnings, files) = match result {
            Ok(built) => (
                Some(Arc::new(built.tree)),
                None,
                built.warnings,
                built.rendered,
            ),
            Err(problems) => (None, Some(Arc::new(problems)), Diagnostics::default(), 0),
        };
        let failure = error.clone();
        let mut replaced = None;
        if let Ok(mut state) = self.state.lock() {
            if let Some(tree) = tree {
                replaced = Some(std::mem::replace(&mut state.tree, tree));
            }
            state.error = error;
            state.version += 1;
        }
        self.changed.notify_all();
        // The old site is let go of after the pages are told to reload, not before.
        drop(replaced);
        report(ServeEvent::Built {
            millis: started.elapsed().as_millis(),
            files,
            warnings,
            failure,
        });
    }

    /// Waits until the version differs from `seen`, or `timeout` passes; returns the snapshot.
    pub(crate) fn wait_for_change(&self, seen: u64, timeout: Duration) -> Snapshot {
        let Ok(state) = self.state.lock() else {
            return self.snapshot();
        };
        match self
            .changed
            .wait_timeout_while(state, timeout, |s| s.version == seen)
        {
            Ok((state, _)) => state.clone(),
            Err(poisoned) => poisoned.into_inner().0.clone(),
        }
    }
}
