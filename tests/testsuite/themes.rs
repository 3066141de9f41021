//! Themes and languages: a site's own theme folder overrides the built-in theme file by file,
//! and a language beyond English and Arabic works once it has its interface text.

use crate::harness::Site;

#[test]
fn a_site_template_overrides_the_built_in_one() {
    let out = Site::fixture("minimal")
        .with_file(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}{% block main %}<p class=\"custom\">{{ content.title }}</p>{% endblock main %}",
        )
        .with_file("content/pages/about.en.md", "---\ntitle: About us\n---\nText.\n")
        .build()
        .success()
        .tree();
    let page = out.page("/en/about/");
    assert_eq!(page.text("p.custom"), "About us");
    // Templates it does not override still come from the built-in theme.
    assert_eq!(out.page("/en/stories/hello/").text("h1"), "Hello world");
}

#[test]
fn a_broken_site_template_names_its_file() {
    Site::fixture("minimal")
        .with_file("themes/default/templates/story.html", "{% if %}")
        .build()
        .fails_with(1)
        .stderr_has("themes/default/templates/story.html");
}

#[test]
fn a_third_language_works_with_its_interface_text() {
    let out = Site::fixture("minimal")
        .with_file(
            "site.yaml",
            "title: {en: Newsroom, ar: غرفة الأخبار, fr: Salle de presse, ur: نیوز روم}\nbase_url: https://example.org/\nlanguages: [en, ar, fr, ur]\nsectors:\n  education: {en: Education, ar: التعليم, fr: Éducation, ur: تعلیم}\n",
        )
        .with_file(
            "themes/default/i18n/fr.yaml",
            "language_name: Français\nhome: Accueil\nstories: Actualités\n",
        )
        .with_file(
            "content/stories/hello/index.fr.md",
            "---\ntitle: Bonjour\nsummary: Le premier article.\n---\nTexte.\n",
        )
        .build()
        .success()
        .stderr_has("no interface text for `ur`")
        .tree();
    let fr = out.page("/fr/stories/hello/");
    assert_eq!(fr.lang_dir(), ("fr".to_owned(), "ltr".to_owned()));
    assert_eq!(fr.text("time"), "12 mai 2024");
    assert!(
        fr.texts("nav.main-nav a")
            .contains(&"Actualités".to_owned())
    );
    // Strings the French file lacks fall back to the default language's.
    assert!(fr.texts("nav.main-nav a").contains(&"Sectors".to_owned()));
    assert_eq!(fr.count("link[rel=alternate][hreflang=fr]:not([type])"), 1);
    let ur = out.page("/ur/");
    assert_eq!(ur.lang_dir(), ("ur".to_owned(), "rtl".to_owned()));
    assert_eq!(
        out.page("/en/stories/hello/")
            .count("link[hreflang=fr]:not([type])"),
        1
    );
}
