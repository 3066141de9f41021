//! The index of one language: for every word met, the stem it belongs to; for every stem, the
//! documents it is in with a score. Words are filed in parts by their first letters (see
//! [`super::normalise::shard_key`]); a part grown too large is split by one more letter, so that
//! a query downloads little even on a site of thousands of stories. Documents are described in
//! small buckets fetched only for the results shown.

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::normalise::{normalise, shard_key};
pub(crate) use super::words::WordCache;
use super::words::{Words, count_words};

/// What a reader can find: a story, page, project or indicator in one language.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub url: String,
    pub title: String,
    pub summary: Option<String>,
    /// "Story", "Project", in the page's language.
    pub kind: String,
    /// As shown on pages.
    pub date: Option<String>,
    /// Searchable text with its weight: the title counts more than a word in the body.
    pub fields: Vec<(String, u32)>,
    /// The body as HTML, read for its words (weight 1) only when they are not known already.
    pub body: Option<Arc<str>>,
}

/// The conjunctions و and ف set off a word that starts with the article or a preposition
/// joined to it ("والتعليم", "فبالمدارس"), which the Snowball stemmer leaves on.
fn unattached(word: &str) -> String {
    for conjunction in ['و', 'ف'] {
        if let Some(rest) = word.strip_prefix(conjunction)
            && ["ال", "بال", "كال", "لل"]
                .iter()
                .any(|p| rest.starts_with(p))
        {
            return rest.to_owned();
        }
    }
    word.to_owned()
}

/// Documents read in parallel at a time.
const BATCH: usize = 512;
/// Documents a bucket describes.
pub(crate) const BUCKET: usize = 8;
/// A part of the index larger than this (in bytes) is split by a third letter.
const SPLIT_ABOVE: usize = 24_000;
/// The most documents kept for one stem, the best scored: a word in every story says little.
const MOST_POSTINGS: usize = 1_000;

/// The files of the index of `documents` (paths relative to the language's search folder).
pub(crate) fn build(
    lang: &str,
    documents: &[Document],
    cache: Option<&WordCache>,
) -> Vec<(String, Vec<u8>)> {
    let stemmer = stemmer_for(lang);
    let mut stem_of: HashMap<String, u32> = HashMap::default();
    let mut stem_ids: HashMap<String, u32> = HashMap::default();
    let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
    // Documents are read in parallel a batch at a time, so that only one batch's words are in
    // memory at once; stems are found once per word.
    for (batch, chunk) in documents.chunks(BATCH).enumerate() {
        let counted: Vec<Arc<Words>> = chunk
            .par_iter()
            .map(|d| match cache {
                Some(cache) => cache.words(lang, d),
                None => Arc::new(count_words(d)),
            })
            .collect();
        for (offset, scores) in counted.into_iter().enumerate() {
            let doc = u32::try_from(batch * BATCH + offset).unwrap_or(u32::MAX);
            for (word, (written, score)) in scores.iter() {
                let id = match stem_of.get(word) {
                    Some(id) => *id,
                    None => {
                        let stem = match &stemmer {
                            Some(s) => {
                                normalise(&s.stem(&unattached(written.as_deref().unwrap_or(word))))
                            }
                            None => word.clone(),
                        };
                        let next = u32::try_from(stem_ids.len()).unwrap_or(u32::MAX);
                        let id = *stem_ids.entry(stem).or_insert(next);
                        if id == next {
                            postings.push(Vec::new());
                        }
                        stem_of.insert(word.clone(), id);
                        id
                    }
                };
                // Documents come in order: a stem met again in this one adds to its last entry.
                let list = &mut postings[id as usize];
                match list.last_mut() {
                    Some((last, total)) if *last == doc => *total += score,
                    _ => list.push((doc, *score)),
                }
            }
        }
    }
    let mut vocabulary: BTreeMap<String, u32> = stem_of.into_iter().collect();
    // A query may be the stem itself ("مدرس" for "المدرسون"): it finds its stem too.
    for (stem, id) in &stem_ids {
        vocabulary.entry(stem.clone()).or_insert(*id);
    }
    let postings: Vec<Vec<(u32, u32)>> = postings.into_iter().map(best).collect();

    let mut parts: BTreeMap<String, Vec<(&str, u32)>> = BTreeMap::new();
    for (word, stem) in &vocabulary {
        parts
            .entry(shard_key(word, 2))
            .or_default()
            .push((word, *stem));
    }
    let mut files = Vec::new();
    let mut split = Vec::new();
    for (key, entries) in &parts {
        let whole = part_json(entries, &postings);
        if whole.len() <= SPLIT_ABOVE {
            files.push((format!("terms/{}.json", hex(key)), whole));
            continue;
        }
        split.push(hex(key));
        let mut longer: BTreeMap<String, Vec<(&str, u32)>> = BTreeMap::new();
        let mut short = Vec::new();
        for &(word, stem) in entries {
            if word.chars().count() >= 3 {
                longer
                    .entry(shard_key(word, 3))
                    .or_default()
                    .push((word, stem));
            } else {
                short.push((word, stem));
            }
        }
        files.push((
            format!("terms/{}.json", hex(key)),
            part_json(&short, &postings),
        ));
        for (longer_key, entries) in &longer {
            files.push((
                format!("terms/{}.json", hex(longer_key)),
                part_json(entries, &postings),
            ));
        }
    }
    for (index, bucket) in documents.chunks(BUCKET).enumerate() {
        let described: Vec<Described<'_>> = bucket
            .iter()
            .map(|d| Described {
                u: &d.url,
                t: &d.title,
                s: d.summary.as_deref(),
                k: &d.kind,
                d: d.date.as_deref(),
            })
            .collect();
        files.push((format!("docs/{index}.json"), to_json(&described)));
    }
    let meta = Meta {
        v: 1,
        bucket: BUCKET,
        docs: documents.len(),
        split,
    };
    files.push(("meta.json".to_owned(), to_json(&meta)));
    files
}

#[derive(Serialize)]
struct Meta {
    v: u32,
    bucket: usize,
    docs: usize,
    /// Keys (as [`hex`]) of the parts split by a third letter.
    split: Vec<String>,
}

/// A result as the page lists it.
#[derive(Serialize)]
struct Described<'a> {
    u: &'a str,
    t: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    s: Option<&'a str>,
    k: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<&'a str>,
}

/// One part: `w` maps each word to the position of its stem in `s`, which lists for each stem
/// its documents as (distance from the previous document, score) pairs.
#[derive(Serialize)]
struct Part<'a> {
    w: BTreeMap<&'a str, usize>,
    s: Vec<Vec<u32>>,
}

fn part_json(entries: &[(&str, u32)], postings: &[Vec<(u32, u32)>]) -> Vec<u8> {
    let mut local: BTreeMap<u32, usize> = BTreeMap::new();
    let mut part = Part {
        w: BTreeMap::new(),
        s: Vec::new(),
    };
    for &(word, stem) in entries {
        let next = local.len();
        let position = *local.entry(stem).or_insert(next);
        if position == next {
            let mut previous = 0;
            let mut encoded = Vec::with_capacity(postings[stem as usize].len() * 2);
            for &(doc, score) in &postings[stem as usize] {
                encoded.push(doc - previous);
                encoded.push(score);
                previous = doc;
            }
            part.s.push(encoded);
        }
        part.w.insert(word, position);
    }
    to_json(&part)
}

/// The best-scored documents of a stem, by document.
fn best(mut documents: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    if documents.len() > MOST_POSTINGS {
        documents.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        documents.truncate(MOST_POSTINGS);
        documents.sort_unstable();
    }
    documents
}

/// JSON with `<`, `>` and `&` escaped: a hostile title stays inert even if a file is opened as
/// a page.
fn to_json(value: &impl Serialize) -> Vec<u8> {
    let json = serde_json::to_string(value).unwrap_or_default();
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .into_bytes()
}

/// A key as file name: the code points of its letters in hexadecimal, safe on every server.
pub fn hex(key: &str) -> String {
    key.chars()
        .map(|c| format!("{:x}", u32::from(c)))
        .collect::<Vec<_>>()
        .join("-")
}

/// The Snowball stemmer of a language, if there is one.
fn stemmer_for(lang: &str) -> Option<Stemmer> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    let algorithm = match primary {
        "ar" => Algorithm::Arabic,
        "en" => Algorithm::English,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "de" => Algorithm::German,
        "pt" => Algorithm::Portuguese,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "ru" => Algorithm::Russian,
        "tr" => Algorithm::Turkish,
        "el" => Algorithm::Greek,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, body: &str) -> Document {
        Document {
            url: format!("/{title}/"),
            title: title.to_owned(),
            summary: None,
            kind: "Story".to_owned(),
            date: None,
            fields: vec![(title.to_owned(), 5)],
            body: Some(Arc::from(body)),
        }
    }

    fn part(files: &[(String, Vec<u8>)], key: &str) -> serde_json::Value {
        let name = format!("terms/{}.json", hex(key));
        let bytes = &files.iter().find(|(n, _)| *n == name).expect(&name).1;
        serde_json::from_slice(bytes).unwrap()
    }

    #[test]
    fn arabic_forms_of_a_word_share_a_stem_and_documents() {
        let files = build(
            "ar",
            &[
                doc("المدارس", "افتُتحت المدارسُ في دارفور"),
                doc("مدرسة", "والمدرسة الجديدة"),
            ],
            None,
        );
        let part = part(&files, "مد");
        let stem = |word: &str| part["w"][word].as_u64().unwrap_or_else(|| panic!("{word}"));
        // The article and the conjunction are set aside: the same part, the same stem.
        assert_eq!(stem("المدارس"), stem("مدارس"));
        assert_eq!(stem("والمدرسه"), stem("مدرسه"));
        // Document 1 holds it in its title (5) and, with the article and و, in its body (1).
        assert_eq!(part["s"][stem("مدرسه") as usize], serde_json::json!([1, 6]));
        // A broken plural is another stem: the light stemmer does not know مدارس is مدرسة's.
        assert_ne!(stem("مدارس"), stem("مدرسه"));
    }

    #[test]
    fn english_words_are_stemmed_and_scored_by_field() {
        let files = build(
            "en",
            &[doc("Schools", "school"), doc("Roads", "schooling")],
            None,
        );
        let part = part(&files, "sc");
        let stem = part["w"]["schools"].as_u64().unwrap();
        assert_eq!(part["w"]["school"].as_u64(), Some(stem));
        // Document 0 has it in the title (5) and body (1); document 1 in the body only.
        assert_eq!(part["s"][stem as usize], serde_json::json!([0, 6, 1, 1]));
    }

    #[test]
    fn large_parts_are_split_by_a_third_letter() {
        let documents: Vec<Document> = (0..1200)
            .map(|i| {
                doc(
                    &format!("qa{i}"),
                    &format!("qatar qatari qaboos{i} qanat{i}"),
                )
            })
            .collect();
        let files = build("en", &documents, None);
        // Counted again from a cache, the index is the same.
        let cache = WordCache::default();
        assert_eq!(build("en", &documents, Some(&cache)), files);
        assert_eq!(build("en", &documents, Some(&cache)), files);
        let meta: serde_json::Value =
            serde_json::from_slice(&files.iter().find(|(n, _)| n == "meta.json").unwrap().1)
                .unwrap();
        assert_eq!(meta["split"], serde_json::json!([hex("qa")]));
        for (name, bytes) in &files {
            assert!(bytes.len() < 60_000, "{name} is {} bytes", bytes.len());
        }
        assert!(
            files
                .iter()
                .any(|(n, _)| *n == format!("terms/{}.json", hex("qat")))
        );
    }
}
