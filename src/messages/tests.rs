use std::collections::BTreeSet;

use super::*;

/// The messages of a catalogue: id, then the text of its value and attributes. Terms (`-pages`)
/// are a language's own means and left out.
fn entries(text: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once(" =") {
            Some((id, rest)) if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') => {
                entries.push((id.trim().to_owned(), rest.to_owned()));
            }
            _ => {
                if let Some(last) = entries.last_mut() {
                    last.1.push('\n');
                    last.1.push_str(line);
                }
            }
        }
    }
    entries.retain(|(id, _)| !id.starts_with('-'));
    entries
}

fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

fn attributes(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix('.'))
        .filter_map(|line| line.split_once(" =").map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn both_catalogues_parse() {
    for (name, english, arabic) in CATALOGUE {
        for (language, text) in [("en", english), ("ar", arabic)] {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("messages/{language}/{name}.ftl does not parse: {errors:?}");
            }
        }
    }
}

#[test]
fn no_id_is_written_twice() {
    for speech in [Speech::English, Speech::Arabic] {
        let mut seen = BTreeSet::new();
        for id in ids(speech) {
            assert!(
                seen.insert(id),
                "{speech:?}: `{id}` is in the catalogue twice"
            );
        }
    }
}

#[test]
fn arabic_says_everything_english_says_with_the_same_values() {
    for (name, english, arabic) in CATALOGUE {
        let english = entries(english);
        let arabic = entries(arabic);
        let english_ids: Vec<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
        let arabic_ids: Vec<&str> = arabic.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            english_ids, arabic_ids,
            "{name}.ftl lists other ids in Arabic"
        );
        for ((id, en), (_, ar)) in english.iter().zip(&arabic) {
            // Terms (`-pages`) may use other variables in each language's plural forms.
            let (en_vars, ar_vars) = (variables(en), variables(ar));
            assert_eq!(en_vars, ar_vars, "`{id}` takes other values in Arabic");
            assert_eq!(
                attributes(en),
                attributes(ar),
                "`{id}` has other attributes"
            );
        }
    }
}

#[test]
fn every_problem_has_an_explanation_and_every_code_used_exists() {
    for (id, text) in texts(Speech::English).flat_map(entries) {
        if is_problem_code(&id) {
            assert!(text.contains(".explain ="), "`{id}` has no `.explain`");
            assert!(text.contains(".title ="), "`{id}` has no `.title`");
        }
    }
    let known: BTreeSet<&str> = ids(Speech::English).into_iter().collect();
    let mut sources = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = sources.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                sources.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for used in text.split("said!(\"").skip(1) {
                let id = used.split('"').next().unwrap();
                assert!(
                    known.contains(id),
                    "{} says `{id}`, which the catalogue lacks",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn arabic_counts_take_their_plural_forms() {
    let problems = |n: usize| crate::said!("summary-problems", count = n).say(Speech::Arabic);
    assert_eq!(problems(1), "مشكلة واحدة");
    assert_eq!(problems(2), "مشكلتان");
    assert_eq!(problems(7), "7 مشكلات");
    assert_eq!(problems(11), "11 مشكلةً");
    assert_eq!(problems(100), "100 مشكلة");
    let english = |n: usize| crate::said!("summary-problems", count = n).say(Speech::English);
    assert_eq!(english(1), "1 problem");
    assert_eq!(english(7), "7 problems");
}

#[test]
fn the_locale_variables_choose_in_posix_order() {
    let from = |pairs: &'static [(&str, &str)]| {
        Speech::from_locale(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    };
    assert_eq!(from(&[("LANG", "ar_QA.UTF-8")]), Speech::Arabic);
    assert_eq!(
        from(&[("LANG", "ar_QA.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]),
        Speech::English
    );
    assert_eq!(
        from(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ar_EG")]),
        Speech::Arabic
    );
    assert_eq!(from(&[("LC_ALL", ""), ("LANG", "ar")]), Speech::Arabic);
    assert_eq!(from(&[("LANG", "fr_FR.UTF-8")]), Speech::English);
    assert_eq!(from(&[]), Speech::English);
}

#[test]
fn arabic_hundreds_take_the_form_of_their_last_two_digits() {
    let problems = |n: usize| crate::said!("summary-problems", count = n).say(Speech::Arabic);
    assert_eq!(problems(299), "299 مشكلةً");
    assert_eq!(problems(103), "103 مشكلات");
    assert_eq!(problems(111), "111 مشكلةً");
    assert_eq!(problems(200), "200 مشكلة");
}

#[test]
fn plurals_are_chosen_by_the_unicode_rules_not_by_fluent_s_selector() {
    for speech in [Speech::English, Speech::Arabic] {
        for placeable in texts(speech).flat_map(|text| text.split("{ $").skip(1)) {
            let after_name = placeable.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
            assert!(
                !after_name.starts_with(" ->"),
                "{speech:?}: select with PLURAL($n): {placeable}"
            );
        }
    }
}
