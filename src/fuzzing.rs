//! Entry points for `cargo fuzz` (the `fuzz/` folder): a small bilingual site with one file
//! holding the fuzzer's bytes, read and modelled as a build does, and the image cleaning path. Compiled only with the `fuzzing` feature. Whatever the bytes, a build must end
//! with output or diagnostics, never a panic.

use std::path::PathBuf;

use crate::Silent;
use crate::config::Overrides;
use crate::diagnostic::Diagnostics;
use crate::images::{Format, ImageStore, Recipe};
use crate::model::Visibility;

const SITE_YAML: &str = "title: {en: \"Fuzzed Newsroom\", ar: \"غرفة أخبار\"}\nbase_url: \"https://example.org/\"\nsectors:\n  education: {en: \"Education\", ar: \"التعليم\"}\n";
const STORY: &str = "---\ntitle: \"Hello\"\ndate: 2024-05-12\nsectors: [education]\n---\nText with a [link](../hello/).\n";
const INDICATOR: &str = "title: {en: \"Pupils\", ar: \"التلاميذ\"}\nunit: {en: pupils, ar: تلميذاً}\nbaseline: {year: 2019, value: 1000}\ntarget: {year: 2025, value: 1600}\n";

/// Reads and models a site whose file `path` (like `content/stories/x/index.en.md`) holds
/// `contents`; the rest of the site is a story, an indicator and site.yaml.
pub fn build_with(path: &str, contents: &[u8]) {
    thread_local! {
        static ROOT: PathBuf = {
            let root = std::env::temp_dir().join(format!("bayan-fuzz-{}", std::process::id()));
            let _ = std::fs::create_dir_all(&root);
            root
        };
    }
    ROOT.with(|root| {
        let _ = std::fs::remove_dir_all(root.join("content"));
        for (file, text) in [
            ("site.yaml", SITE_YAML),
            ("content/stories/hello/index.en.md", STORY),
            ("content/indicators/pupils.yaml", INDICATOR),
        ] {
            write(root, file, text.as_bytes());
        }
        write(root, path, contents);
        model_of(root);
    });
}

/// Reads and models the site at `root` as a build does, up to the pages: parsing and checking
/// is where input meets code, and drawing share cards for every input would slow the fuzzer
/// to a few runs a second.
fn model_of(root: &std::path::Path) {
    let mut diagnostics = Diagnostics::default();
    let Some(config) = crate::config::load(root, &Overrides::default(), &mut diagnostics) else {
        return;
    };
    let visibility = Visibility {
        now: jiff::Timestamp::from_second(1_767_225_600).unwrap_or_default(),
        drafts: true,
        embargoed: false,
        live: false,
    };
    let store = ImageStore::default();
    let site = crate::read_and_model(config, None, &store, visibility, &Silent, &mut diagnostics);
    drop(site);
}

fn write(root: &std::path::Path, path: &str, contents: &[u8]) {
    let target = root.join(path);
    if let Some(parent) = target.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(target, contents);
}

/// Cleans `bytes` as a published JPEG and PNG would be.
pub fn clean_image(bytes: &[u8]) {
    let store = ImageStore::default();
    let source: std::sync::Arc<[u8]> = bytes.into();
    let recipe = Recipe {
        widths: vec![32, 64],
        // Small enough for the fuzzer's memory limit; the cap itself is what is tested.
        max_pixels: 4_000_000,
        ..Recipe::default()
    };
    for format in [Format::Jpeg, Format::Png] {
        let _ = store.process(&source, format, &recipe);
    }
}
