//! Problems in project and partner files (content/projects/<id>.yaml, content/partners.yaml)
//! read in Arabic as in English, each with its code, its hint, and an explanation from
//! `bayan explain`.

use super::{check, explain, problems_in};
use crate::harness::{NOW, Site};

const WELLS: &str = "content/projects/village-wells.yaml";
const PARTNERS: &str = "content/partners.yaml";

/// A project still `ongoing` after its end, with a funder whose role is mistyped and a budget in
/// a currency that does not exist; a partner of a type bayan does not know.
fn broken_site() -> Site {
    let site = Site::fixture("data");
    let wells = std::fs::read_to_string(site.root().join(WELLS)).unwrap();
    site.write(
        WELLS,
        &format!(
            "{}organisations:\n  - {{partner: undp, role: funder}}\n",
            wells
                .replace("end: 2025-12-31", "end: 2024-12-31")
                .replace("currency: USD", "currency: USS")
        ),
    );
    let partners = std::fs::read_to_string(site.root().join(PARTNERS)).unwrap();
    site.write(PARTNERS, &partners.replace("type: ngo", "type: charity"));
    site
}

#[test]
fn project_problems_read_in_arabic_with_their_codes_and_hints() {
    let site = broken_site();
    let arabic = check(&site, &["--now", NOW, "--messages", "ar"])
        .fails_with(1)
        .stderr_lacks("unknown currency")
        .stderr_lacks("but its status is")
        .reports(
            WELLS,
            3,
            "تنبيه",
            "تنبيه[D025]: انتهى المشروع في 2024-12-31 لكن حالته ما زالت `ongoing`",
        )
        .stderr_has("الحل: اكتب `status: completed`، أو صحّح `end` إن مُدِّد المشروع")
        .reports(WELLS, 10, "خطأ", "خطأ[D036]: عملة غير معروفة `USS`")
        .stderr_has("الحل: هل تقصد `USD`؟ تُكتب العملات برموزها المكوّنة من ثلاثة أحرف (ISO 4217)")
        .reports(WELLS, 14, "خطأ", "خطأ[D030]: دور منظمة غير معروف `funder`")
        .stderr_has("الحل: هل تقصد `funding`؟")
        .reports(
            PARTNERS,
            9,
            "خطأ",
            "خطأ[D011]: نوع شريك غير معروف `charity`",
        )
        .stderr_has("الحل: اكتب إحدى هذه الكلمات: un-agency، multilateral،");
    insta::assert_snapshot!(
        "broken_projects_arabic",
        problems_in(&arabic, &["content/projects/", PARTNERS])
    );
    let english = check(&site, &["--now", NOW])
        .fails_with(1)
        .reports(
            WELLS,
            3,
            "warning",
            "warning[D025]: the project ended on 2024-12-31 but its status is `ongoing`",
        )
        .stderr_has("hint: write `status: completed`, or correct `end` if the project was extended")
        .reports(WELLS, 10, "error", "error[D036]: unknown currency `USS`")
        .reports(
            WELLS,
            14,
            "error",
            "error[D030]: unknown organisation role `funder`",
        )
        .stderr_has("hint: did you mean `funding`?");
    insta::assert_snapshot!(
        "broken_projects_english",
        problems_in(&english, &["content/projects/", PARTNERS])
    );
}

#[test]
fn explain_tells_what_an_ongoing_project_past_its_end_means() {
    let english = explain(&["D025"]).success();
    assert!(
        english
            .stdout
            .starts_with("D025: An ongoing project whose end date has passed\n"),
        "{english}"
    );
    assert!(english.stdout.contains("status: completed"), "{english}");
    let arabic = explain(&["d036", "--messages", "ar"]).success();
    assert!(
        arabic.stdout.starts_with("D036: عملة لا يعرفها bayan\n"),
        "{arabic}"
    );
    assert!(arabic.stdout.contains("الحل: `currency: QAR`"), "{arabic}");
    let list = explain(&[]).success();
    assert!(
        list.stdout
            .contains("  D040  A key written for a project imported from IATI"),
        "{list}"
    );
}
