//! A donor's activity file as it often arrives: an amount without its currency, shares that do
//! not make 100, a document link that is not a web address; and a project file naming the
//! activity with a typing mistake. Each problem reads in Arabic with its code, and `bayan
//! explain` explains the codes.

use super::{check, explain};
use crate::harness::Site;

const ACTIVITIES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity xml:lang="en" default-currency="">
  <iati-identifier>QA-CRA-2024-WELLS</iati-identifier>
  <title><narrative>Wells for Kanem</narrative><narrative xml:lang="ar">آبار لكانم</narrative></title>
  <activity-status code="2"/>
  <reporting-org ref="QA-CRA" type="22"><narrative>Qatar Red Crescent</narrative></reporting-org>
  <activity-date type="2" iso-date="2024-01-15"/>
  <recipient-country code="TD" percentage="60"/>
  <recipient-country code="NE" percentage="30"/>
  <budget>
   <period-start iso-date="2024-01-01"/>
   <period-end iso-date="2024-12-31"/>
   <value value-date="2024-01-01">250000</value>
  </budget>
  <document-link url="www.qrcs.org.qa/kanem.pdf" format="application/pdf">
   <title><narrative>Report</narrative></title>
  </document-link>
 </iati-activity>
</iati-activities>
"#;

fn site() -> Site {
    Site::fixture("minimal")
        .with_file("content/iati/qrcs.xml", ACTIVITIES)
        .with_file("content/projects/kanem.yaml", "iati: QA-CRA-2024-WELL\n")
}

#[test]
fn a_donor_file_s_problems_read_in_arabic_with_their_codes() {
    let site = site();
    let arabic = check(&site, &["--messages", "ar"])
        .fails_with(1)
        .stderr_has("content/iati/qrcs.xml:14:4: خطأ[A028]: هذا المبلغ بلا عملة")
        .stderr_has(
            "الحل: أضف الخاصية currency=\"USD\" إلى <value>، أو الخاصية default-currency إلى النشاط",
        )
        .stderr_has("تنبيه[A041]: مجموع نسب الدول والمناطق المستفيدة هو 90، لا 100")
        .stderr_has("تنبيه[D003]: `www.qrcs.org.qa/kanem.pdf` ليس عنوانًا على الويب")
        .stderr_has("الحل: يبدأ رابط الوثيقة بـ https://")
        .stderr_has(
            "content/projects/kanem.yaml:1:7: خطأ[A047]: لا نشاط في content/iati/ بالمعرّف `QA-CRA-2024-WELL`",
        )
        .stderr_has("الحل: هل تقصد `QA-CRA-2024-WELLS`؟ اكتب المعرّف كما يكتبه ملف IATI")
        .stderr_lacks("no currency");
    insta::assert_snapshot!("iati_file_arabic", arabic.stderr);
    let english = check(&site, &[]).fails_with(1);
    insta::assert_snapshot!("iati_file_english", english.stderr);
}

#[test]
fn explain_explains_an_activity_file_s_codes() {
    let english = explain(&["A028"]).success();
    assert!(
        english
            .stdout
            .starts_with("A028: An amount without its currency\n"),
        "{english}"
    );
    assert!(
        english
            .stdout
            .contains("Fix: tell the publisher; until a corrected file comes"),
        "{english}"
    );
    let arabic = explain(&["a047", "--messages", "ar"]).success();
    assert!(
        arabic
            .stdout
            .starts_with("A047: ملف مشروع يذكر نشاطًا غير موجود\n"),
        "{arabic}"
    );
    assert!(arabic.stdout.contains("الحل: صحّح المعرّف"), "{arabic}");
    let list = explain(&[]).success();
    assert!(
        list.stdout
            .contains("  A002  An activity file that is broken XML"),
        "{list}"
    );
}
