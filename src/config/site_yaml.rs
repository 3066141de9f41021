//! Where a problem in site.yaml is reported (its line and column, with a hint), and how the
//! files it names are read: from the site folder, never outside it.

use std::path::Path;
use std::sync::Arc;

use serde_saphyr::Spanned;

use crate::diagnostic::Diagnostic;

/// site.yaml's text and the name it is shown by.
#[derive(Clone, Copy)]
pub(crate) struct SiteYaml<'a> {
    pub text: &'a str,
    pub shown: &'a Path,
}

impl SiteYaml<'_> {
    /// An error at the place `value` was written.
    pub(crate) fn error<T>(&self, value: &Spanned<T>, message: String, hint: &str) -> Diagnostic {
        Diagnostic::error(self.shown, message)
            .at(
                self.text,
                value.referenced.line() as usize,
                value.referenced.column() as usize,
            )
            .with_hint(hint)
    }

    /// The file named by `file` (a `what`: "font", "logo"), which must lie in the site folder
    /// `root`; else an error at the name.
    pub(crate) fn read(
        &self,
        root: &Path,
        file: &Spanned<String>,
        what: &str,
    ) -> Result<Arc<[u8]>, Diagnostic> {
        let relative = Path::new(file.value.trim());
        if relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(self.error(
                file,
                format!("the {what} {:?} is outside the site folder", file.value),
                "put the file in the site folder and name it from there, like brand/logo.png",
            ));
        }
        std::fs::read(root.join(relative))
            .map(Arc::from)
            .map_err(|error| {
                self.error(
                    file,
                    format!("cannot read the {what} {:?}: {error}", file.value),
                    "check the file name; it is read from the site folder (the one holding site.yaml)",
                )
            })
    }
}
