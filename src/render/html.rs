//! HTML written by hand outside templates (pictures, snippets, shortcodes): text made safe in
//! element content and in double-quoted attributes alike.

pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
