//! ZIP archives that are the same bytes for the same files: entries sorted by name, one fixed
//! timestamp and fixed permissions, so a rebuild does not change a download that did not change.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A ZIP of `files` (name, bytes), whatever order they come in, every file dated `modified`
/// (or 1980-01-01, ZIP's first day).
pub(crate) fn zip(
    files: &[(String, &[u8])],
    modified: Option<jiff::civil::Date>,
) -> zip::result::ZipResult<Vec<u8>> {
    let mut sorted: Vec<&(String, &[u8])> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let time = modified
        .and_then(|d| {
            DateTime::from_date_and_time(
                u16::try_from(d.year()).ok()?,
                u8::try_from(d.month()).ok()?,
                u8::try_from(d.day()).ok()?,
                0,
                0,
                0,
            )
            .ok()
        })
        .unwrap_or(DateTime::DEFAULT);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in sorted {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}
