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
    /// An error from the catalogue at the place `value` was written; its hint is the message's.
    pub(crate) fn error_said<T>(&self, value: &Spanned<T>, message: Said) -> Diagnostic {
        Diagnostic::error_said(self.shown, message).at(
            self.text,
            value.referenced.line() as usize,
            value.referenced.column() as usize,
        )
    }

    /// The file named by `file` (`what`, the catalogue's word for it: `what-font`), which must
    /// lie in the site folder `root`; else an error at the name.
    pub(crate) fn read(
        &self,
        root: &Path,
        file: &Spanned<String>,
        what: &'static str,
    ) -> Result<Arc<[u8]>, Diagnostic> {
        let name = format!("{:?}", file.value);
        let relative = Path::new(file.value.trim());
        if relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(self.error_said(
                file,
                crate::said!("C021", what = Said::new(what), file = &name),
            ));
        }
        let path = root.join(relative);
        if leaves(root, &path) {
            return Err(self.error_said(
                file,
                crate::said!("C022", what = Said::new(what), file = &name),
            ));
        }
        std::fs::read(&path).map(Arc::from).map_err(|error| {
            self.error_said(
                file,
                crate::said!(
                    "C023",
                    what = Said::new(what),
                    file = &name,
                    detail = crate::diagnostic::plain_io(&error),
                ),
            )
        })
    }

    /// The image named by `file` (`what`: `what-logo`, `what-share-image`): a JPEG or PNG in the
    /// site folder of at most `max_pixels`, checked from its header; else an error at the name.
    pub(crate) fn read_image(
        &self,
        root: &Path,
        file: &Spanned<String>,
        what: &'static str,
        max_pixels: u64,
    ) -> Result<SourceImage, Diagnostic> {
        let name = format!("{:?}", file.value);
        let Some(format) = crate::images::cleanable(&file.value) else {
            return Err(self.error_said(
                file,
                crate::said!("C024", what = Said::new(what), file = &name),
            ));
        };
        let first = Path::new(file.value.trim())
            .components()
            .find(|c| !matches!(c, std::path::Component::CurDir));
        if first == Some(std::path::Component::Normal("content".as_ref())) {
            return Err(self.error_said(
                file,
                crate::said!("C025", what = Said::new(what), file = &name),
            ));
        }
        let bytes = self.read(root, file, what)?;
        crate::images::check_size(&bytes, max_pixels).map_err(|error| {
            let said = error.said();
            self.error_said(
                file,
                crate::said!(
                    "C026",
                    what = Said::new(what),
                    file = &name,
                    detail = said.clone()
                ),
            )
            .with_hint_said(said.hint())
        })?;
        Ok(SourceImage { format, bytes })
    }
}

/// An image named in site.yaml, as read: it is cleaned of its metadata before it is published.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SourceImage {
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
