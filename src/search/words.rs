//! The words of search documents: counted (normalised, scored by field) in parallel, and kept
//! between builds of the live preview so that an edit counts again only its own document.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap as HashMap;

use super::index::Document;
use super::normalise::{is_word_char, lightly, normalise_into};

/// A document's words, normalised, with their score and the word as written when it differs.
pub(super) type Words = HashMap<String, (Option<String>, u32)>;

/// What a document's words were counted from, and the words.
#[derive(Debug)]
struct Counted {
    fields: Vec<(String, u32)>,
    /// Shared with the story's checked text while its file is unchanged: compared by address
    /// first, so an unchanged body is not read again.
    body: Option<Arc<str>>,
    words: Arc<Words>,
}

impl Counted {
    fn counts(&self, document: &Document) -> bool {
        let same_body = match (&self.body, &document.body) {
            (Some(kept), Some(body)) => Arc::ptr_eq(kept, body) || kept == body,
            (None, None) => true,
            _ => false,
        };
        same_body && self.fields == document.fields
    }
}

/// The words of search documents from the last build, by language and address, with the text
/// they were counted from: an edit in the live preview counts again only its document.
#[derive(Debug, Default)]
pub(crate) struct WordCache {
    documents: Mutex<HashMap<(String, String), Counted>>,
}

impl WordCache {
    pub(super) fn words(&self, lang: &str, document: &Document) -> Arc<Words> {
        let key = (lang.to_owned(), document.url.clone());
        let kept = self.documents.lock().ok().and_then(|documents| {
            documents
                .get(&key)
                .filter(|kept| kept.counts(document))
                .map(|kept| Arc::clone(&kept.words))
        });
        if let Some(words) = kept {
            return words;
        }
        let words = Arc::new(count_words(document));
        if let Ok(mut documents) = self.documents.lock() {
            let counted = Counted {
                fields: document.fields.clone(),
                body: document.body.clone(),
                words: Arc::clone(&words),
            };
            documents.insert(key, counted);
        }
        words
    }
}

/// Each document's words, normalised, with their score and, when it differs, the word as
/// written (lightly normalised), which its stem is found from.
pub(super) fn count_words(document: &Document) -> Words {
    let mut scores: Words = HashMap::default();
    let mut add = |word: &str, written: Option<&str>, weight: u32| match scores.get_mut(word) {
        Some(entry) => entry.1 += weight,
        None => {
            let written = written.filter(|w| *w != word).map(str::to_owned);
            scores.insert(word.to_owned(), (written, weight));
        }
    };
    let mut searched = String::new();
    let body = document
        .body
        .as_deref()
        .map(|html| (super::html_text::text_of(html), 1));
    for (text, weight) in document.fields.iter().chain(body.iter()) {
        let light = lightly(text);
        for written in light
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            searched.clear();
            normalise_into(written, &mut searched);
            if searched.chars().all(is_word_char) {
                add(&searched, Some(written), *weight);
            } else {
                // Normalising split it (a ligature, a stray sign): each part alone.
                for word in searched
                    .split(|c: char| !is_word_char(c))
                    .filter(|w| !w.is_empty())
                {
                    add(word, None, *weight);
                }
            }
        }
    }
    scores
}
