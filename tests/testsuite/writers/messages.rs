//! bayan speaks to writers in Arabic or English: chosen by `--messages`, `messages:` in
//! site.yaml or the locale, each problem with a code that `bayan explain` explains.

use std::ffi::OsString;

use crate::harness::{Run, Site, bayan_command, bayan_in};

/// A site with one problem of each common kind: a misspelt key, curly quotes from Word, a
/// translation saved as `.txt`, an image whose name has a space.
fn broken_site() -> Site {
    let site = Site::fixture("minimal");
    site.remove("content/stories/hello/index.ar.md");
    site.write(
        "content/stories/hello/index.ar.md.txt",
        "---\ntitle: \"مرحبا\"\n---\nنص.\n",
    );
    site.write(
        "content/stories/hello/index.en.md",
        "---\ntitel: \"Hello\"\ndate: 2024-05-12\nsummary: “The first story.”\n---\n![Pupils](opening photo.jpg)\n",
    );
    site
}

/// `bayan check` of `site` with the locale `lang` and more arguments.
fn check(site: &Site, lang: &str, args: &[&str]) -> Run {
    let mut all: Vec<OsString> = vec!["check".into(), "--root".into(), site.root().into()];
    all.extend(args.iter().map(OsString::from));
    let mut command = bayan_command();
    command.env("LANG", lang);
    bayan_in(command, &all, &site.output())
}

#[test]
fn a_broken_site_reads_whole_in_english_and_in_arabic() {
    let site = broken_site();
    let english = check(&site, "C.UTF-8", &[]).fails_with(1);
    insta::assert_snapshot!("broken_site_english", english.stderr);
    let arabic = check(&site, "C.UTF-8", &["--messages", "ar"]).fails_with(1);
    insta::assert_snapshot!("broken_site_arabic", arabic.stderr);
}

#[test]
fn the_locale_chooses_and_site_yaml_and_the_option_fix_the_language() {
    let site = broken_site();
    check(&site, "ar_QA.UTF-8", &[])
        .fails_with(1)
        .stderr_lacks("unknown key")
        .stderr_has("خطأ[Y010]: مفتاح غير معروف `titel`")
        .stderr_has("الحل: هل تقصد `title`؟");
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{yaml}messages: ar\n"));
    check(&site, "en_GB.UTF-8", &[])
        .fails_with(1)
        .stderr_has("خطأ[Y010]");
    check(&site, "ar_QA.UTF-8", &["--messages", "en"])
        .fails_with(1)
        .stderr_has("error[Y010]: unknown key `titel`");
}

#[test]
fn a_language_bayan_does_not_speak_in_site_yaml_is_an_error_at_its_line() {
    let site = Site::fixture("minimal");
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = yaml.lines().count() + 1;
    site.write("site.yaml", &format!("{yaml}messages: fr\n"));
    site.build()
        .fails_with(1)
        .reports(
            "site.yaml",
            line,
            "error",
            "`messages: fr` is not a language",
        )
        .stderr_has("write `messages: ar` for Arabic or `messages: en` for English");
}

#[test]
fn check_json_gives_each_problem_its_code_and_words_in_the_chosen_language() {
    let site = broken_site();
    let run = check(&site, "C.UTF-8", &["--format", "json", "--messages", "ar"]).fails_with(1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let problems = report["problems"].as_array().unwrap();
    let unknown = problems
        .iter()
        .find(|p| p["code"] == "Y010")
        .expect("the unknown key");
    assert_eq!(unknown["line"], 2);
    assert_eq!(unknown["message"], "مفتاح غير معروف `titel`");
    assert_eq!(unknown["hint"], "هل تقصد `title`؟");
    let codes: Vec<&str> = problems.iter().filter_map(|p| p["code"].as_str()).collect();
    for code in ["N003", "Y004", "L007"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
}

#[test]
fn explain_gives_the_explanation_of_a_code_in_both_languages() {
    let explain = |args: &[&str]| {
        let all: Vec<OsString> = args.iter().map(OsString::from).collect();
        bayan_in(bayan_command(), &all, std::path::Path::new("."))
    };
    let english = explain(&["explain", "N003"]).success();
    assert!(
        english
            .stdout
            .starts_with("N003: A story's text under a name bayan does not read\n")
    );
    assert!(english.stdout.contains("index.ar.md.txt"), "{english}");
    let arabic = explain(&["explain", "n003", "--messages", "ar"]).success();
    assert!(
        arabic
            .stdout
            .contains("الحل: غيّر اسم الملف إلى index.ar.md."),
        "{arabic}"
    );
    let list = explain(&["explain"]).success();
    assert!(
        list.stdout.contains("  Y004  Curly quotes around a value"),
        "{list}"
    );
    explain(&["explain", "Z999"])
        .fails_with(2)
        .stderr_has("`Z999` is not a code of bayan's messages");
}

#[test]
fn summaries_count_in_arabic_plural_forms() {
    let site = Site::fixture("minimal");
    let mut command = bayan_command();
    command.env("LANG", "ar_QA.UTF-8");
    let all: Vec<OsString> = ["build", "--root"]
        .iter()
        .map(OsString::from)
        .chain([site.root().into(), "--output".into(), site.output().into()])
        .collect();
    let run = bayan_in(command, &all, &site.output()).success();
    // Computed from the output itself: the count and the form Arabic gives it.
    let stories = std::fs::read_dir(site.root().join("content/stories"))
        .unwrap()
        .count();
    let expected = match stories {
        1 => "خبر واحد".to_owned(),
        2 => "خبران".to_owned(),
        n @ 3..=10 => format!("{n} أخبار"),
        n => panic!("the fixture has {n} stories"),
    };
    assert!(run.stdout.starts_with("بُني الموقع: "), "{run}");
    assert!(run.stdout.contains(&expected), "{expected} in {run}");
}

#[test]
fn init_new_and_the_output_folder_speak_arabic_with_codes() {
    let site = Site::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    let arabic = |args: &[&str]| {
        let all: Vec<OsString> = ["--messages", "ar"]
            .iter()
            .chain(args)
            .map(OsString::from)
            .collect();
        bayan_in(bayan_command(), &all, &site.output())
    };
    let headline = arabic(&["new", "story", "وجبات مدرسية", "--root", &root])
        .fails_with(2)
        .stderr_has("الحل: أضف اسمًا بالخيار --slug");
    // A mistake in the command names no file: the line begins with the label.
    assert!(
        headline.stderr.starts_with("خطأ[U003]: "),
        "{}",
        headline.stderr
    );
    arabic(&["init", &root])
        .fails_with(1)
        .stderr_has("خطأ[U001]: هذا المجلد ليس فارغًا");
    let foreign = site.scratch().join("someone-else");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
    arabic(&[
        "build",
        "--root",
        &root,
        "--output",
        foreign.to_str().unwrap(),
    ])
    .fails_with(1)
    .stderr_has("خطأ[W100]: لم يُنشئ bayan هذا المجلد")
    .stderr_has("--output DIR");
    assert_eq!(
        std::fs::read_to_string(foreign.join("notes.txt")).unwrap(),
        "mine"
    );
}
