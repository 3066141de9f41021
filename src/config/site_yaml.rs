//! Where a problem in site.yaml is reported (its line and column, with a hint), and how the
//! files it names are read: from the site folder, never outside it.

use std::path::Path;
use std::sync::Arc;

use serde_saphyr::Spanned;

use crate::diagnostic::Diagnostic;
use crate::messages::Said;

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

    /// An error from the catalogue at the place `value` was written; its hint is the message's.
    pub(crate) fn error_said<T>(&self, value: &Spanned<T>, message: Said) -> Diagnostic {
        Diagnostic::error_said(self.shown, message).at(
            self.text,
            value.referenced.line() as usize,
            value.referenced.column() as usize,
        )
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
        let path = root.join(relative);
        if leaves(root, &path) {
            return Err(self.error(
                file,
                format!(
                    "the {what} {:?} is a link to a file elsewhere, which bayan does not follow",
                    file.value
                ),
                "copy the file itself into the site folder and name the copy",
            ));
        }
        std::fs::read(&path).map(Arc::from).map_err(|error| {
            self.error(
                file,
                format!("cannot read the {what} {:?}: {error}", file.value),
                "check the file name; it is read from the site folder (the one holding site.yaml)",
            )
        })
    }

    /// The image named by `file` (a `what`: "logo", "share image"): a JPEG or PNG in the site
    /// folder of at most `max_pixels`, checked from its header; else an error at the name.
    pub(crate) fn read_image(
        &self,
        root: &Path,
        file: &Spanned<String>,
        what: &str,
        max_pixels: u64,
    ) -> Result<SourceImage, Diagnostic> {
        let Some(format) = crate::images::cleanable(&file.value) else {
            return Err(self.error(
                file,
                format!("the {what} {:?} is not a JPEG or PNG", file.value),
                "export it as PNG (drawings, logos with a transparent background) or JPEG (photographs) and name that file",
            ));
        };
        let first = Path::new(file.value.trim())
            .components()
            .find(|c| !matches!(c, std::path::Component::CurDir));
        if first == Some(std::path::Component::Normal("content".as_ref())) {
            return Err(self.error(
                file,
                format!(
                    "the {what} {:?} is a file of the site's content, published with it",
                    file.value
                ),
                "copy it to a folder of its own, like brand/: a story's photo may be under embargo, and its file can change with the story",
            ));
        }
        let bytes = self.read(root, file, what)?;
        crate::images::check_size(&bytes, max_pixels).map_err(|error| {
            self.error(
                file,
                format!("the {what} {:?}: {}", file.value, error.message()),
                &error.hint(),
            )
        })?;
        Ok(SourceImage { format, bytes })
    }
}

/// An image named in site.yaml, as read: it is cleaned of its metadata before it is published.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceImage {
    pub format: crate::images::Format,
    pub bytes: Arc<[u8]>,
}

/// Whether `path` is a link, or lies in a linked folder that leads out of `root`: a site
/// folder shared or downloaded must not publish files from elsewhere on the machine.
fn leaves(root: &Path, path: &Path) -> bool {
    if std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink()) {
        return true;
    }
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(root)) => !real.starts_with(root),
        _ => false,
    }
}
