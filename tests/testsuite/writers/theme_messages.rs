//! The problems of themes, templates and shortcodes read in Arabic too, each with its code, the
//! line it is at and its fix; `bayan explain` explains their codes.

use super::explain;
use crate::harness::Site;

/// The minimal site with a story template whose `{{ ... }}` lacks a brace on line 3.
fn broken_template() -> Site {
    Site::fixture("minimal").with_file(
        "themes/default/templates/story.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ story.title }</h1>\n{% endblock main %}\n",
    )
}

/// The minimal site with a story whose shortcodes are written wrong, the way writers do.
fn broken_shortcodes() -> Site {
    let site = Site::fixture("minimal");
    site.write(
        "content/stories/hello/index.en.md",
        "---\ntitle: \"Hello world\"\ndate: 2024-05-12\nsummary: \"The first story.\"\n---\n\
         The first story's text.\n\n\
         {{ project(id=darfur-schools) }}\n\n\
         {{ indicater(id=\"schools-built\") }}\n\n\
         {{ indicator(id=\"schools-built\", view=\"pie\") }}\n",
    );
    site.write(
        "content/stories/hello/index.ar.md",
        "---\ntitle: \"مرحبا\"\ndate: 2024-05-12\nsummary: \"الخبر الأول.\"\n---\nنص الخبر الأول.\n",
    );
    site
}

#[test]
fn a_broken_template_is_said_in_arabic_at_its_line() {
    broken_template()
        .build_with(&["--messages", "ar"])
        .fails_with(1)
        .stderr_has(
            "themes/default/templates/story.html:3:20: خطأ[R003]: تتعذّر قراءة القالب: Found `}` but expected }}.",
        )
        .stderr_has("الحل: صحّح صياغة القالب (Tera 2) في الموضع المشار إليه")
        .stderr_lacks("the template cannot be read");
}

#[test]
fn a_template_that_fails_on_a_page_names_the_value_in_either_language() {
    let site = Site::fixture("minimal").with_file(
        "themes/default/templates/story.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ content.title }}</h1>\n{% endblock main %}\n",
    );
    site.build_with(&["--messages", "ar"])
        .fails_with(1)
        .stderr_has("themes/default/templates/story.html:3:8: خطأ[R004]: تعذّر تطبيق القالب: Variable `content` is not defined")
        .stderr_has("الحل: قارن المتغيرات التي يستعملها القالب بتوثيق السمة في README");
    site.build().fails_with(1).reports(
        "themes/default/templates/story.html",
        3,
        "error",
        "the template failed: Variable `content` is not defined",
    );
}

#[test]
fn a_bad_shortcode_argument_is_said_in_arabic_with_its_fix() {
    broken_shortcodes()
        .build_with(&["--messages", "ar"])
        .fails_with(1)
        .stderr_has(
            "content/stories/hello/index.en.md:8:1: خطأ[M109]: القيمة darfur-schools للخيار `id` ليست بين علامتي تنصيص",
        )
        .stderr_has("الحل: ضعها بين علامتي تنصيص: id=\"darfur-schools\"")
        .stderr_has("خطأ[M108]: لا يوجد رمز قصير باسم `indicater`")
        .stderr_has("الحل: هل تقصد `indicator`؟")
        .stderr_has("خطأ[M106]: `pie` ليس طريقةً لعرض المؤشر")
        .stderr_lacks("is not in quotes");
}

#[test]
fn a_theme_that_does_not_exist_is_pointed_at_in_site_yaml() {
    let site = Site::fixture("minimal");
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = yaml.lines().count() + 1;
    site.write("site.yaml", &format!("{yaml}theme: ministry\n"));
    site.build_with(&["--messages", "ar"])
        .fails_with(1)
        .stderr_has(&format!(
            "site.yaml:{line}:8: خطأ[R001]: السمة `ministry` غير موجودة"
        ))
        .stderr_has("الحل: أنشئ المجلد themes/ministry/ بجانب site.yaml");
}

#[test]
fn the_whole_report_reads_in_both_languages() {
    let site = broken_shortcodes();
    let english = site.build().fails_with(1);
    insta::assert_snapshot!("theme_shortcodes_english", english.stderr);
    let arabic = site.build_with(&["--messages", "ar"]).fails_with(1);
    insta::assert_snapshot!("theme_shortcodes_arabic", arabic.stderr);
    let site = broken_template();
    let english = site.build().fails_with(1);
    insta::assert_snapshot!("theme_template_english", english.stderr);
    let arabic = site.build_with(&["--messages", "ar"]).fails_with(1);
    insta::assert_snapshot!("theme_template_arabic", arabic.stderr);
}

#[test]
fn explain_explains_the_codes_of_themes_and_shortcodes() {
    let english = explain(&["R003"]).success();
    assert!(
        english
            .stdout
            .starts_with("R003: A template with a mistake in its syntax\n"),
        "{english}"
    );
    let arabic = explain(&["m109", "--messages", "ar"]).success();
    assert!(
        arabic
            .stdout
            .starts_with("M109: قيمة رمز قصير بلا علامتي تنصيص\n"),
        "{arabic}"
    );
    assert!(
        arabic
            .stdout
            .contains("الحل: {{ project(id=\"darfur-schools\") }}"),
        "{arabic}"
    );
    let list = explain(&[]).success();
    for line in [
        "  R001  A theme that does not exist",
        "  M108  A shortcode that does not exist",
        "  W003  A share card that cannot be drawn",
        "  C100  A logo or share image that cannot be published",
    ] {
        assert!(list.stdout.contains(line), "{line} in {list}");
    }
}
