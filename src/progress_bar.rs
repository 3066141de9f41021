//! The build's progress on a terminal: a spinner while the site renders, bars while images are
//! cleaned and files written. Nothing is drawn when stderr is not a terminal (CI logs, pipes).

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use bayan::said;
use bayan::{Progress, Stage};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::report::say;

pub(crate) struct TerminalProgress {
    bar: Mutex<Option<ProgressBar>>,
}

impl TerminalProgress {
    /// A progress display, or `None` when stderr is not a terminal.
    pub(crate) fn for_stderr() -> Option<Self> {
        std::io::stderr().is_terminal().then(|| TerminalProgress {
            bar: Mutex::new(None),
        })
    }
}

impl Progress for TerminalProgress {
    fn start(&self, stage: Stage, total: u64) {
        let bar = match stage {
            Stage::Rendering => {
                let bar = ProgressBar::new_spinner().with_message(say(said!("progress-reading")));
                bar.enable_steady_tick(Duration::from_millis(100));
                bar
            }
            Stage::Waiting => {
                let bar = ProgressBar::new_spinner().with_message(say(said!("progress-waiting")));
                bar.enable_steady_tick(Duration::from_millis(100));
                bar
            }
            Stage::Images => counted(total, &say(said!("progress-images"))),
            Stage::Writing => counted(total, &say(said!("progress-writing"))),
        };
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(mut current) = self.bar.lock() {
            *current = Some(bar);
        }
    }

    fn advance(&self) {
        if let Ok(current) = self.bar.lock()
            && let Some(bar) = current.as_ref()
        {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Ok(mut current) = self.bar.lock()
            && let Some(bar) = current.take()
        {
            bar.finish_and_clear();
        }
    }
}

/// A bar counting `total` steps, each kind of work with its own label.
fn counted(total: u64, label: &str) -> ProgressBar {
    // Braces in a label would be read as the template's own.
    let label = label.replace(['{', '}'], "");
    let template = format!("{label} [{{bar:32}}] {{pos}}/{{len}}");
    ProgressBar::new(total).with_style(
        ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    )
}
