use super::*;

fn read_text(text: &str) -> (Option<IatiFile>, Diagnostics) {
    let mut problems = Diagnostics::default();
    let file = parse(
        text.as_bytes(),
        Path::new("a.xml"),
        Path::new("content/iati/a.xml"),
        &mut problems,
    );
    (file, problems)
}

#[test]
fn keeps_what_bayan_reads_and_skips_the_rest() {
    let (file, problems) = read_text(concat!(
        "<?xml version=\"1.0\"?>\r\n",
        "<iati-activities version=\"2.03\" xml:lang=\"fr\">\r\n",
        " <iati-activity default-currency=\"EUR\">\r\n",
        "  <iati-identifier> XM-1-2 </iati-identifier>\r\n",
        "  <location><name><narrative>Far</narrative></name></location>\r\n",
        "  <title><narrative>Water &amp; schools &#x2014; <![CDATA[1 < 2]]></narrative></title>\r\n",
        "  <transaction><transaction-type code=\"3\"/><provider-org><narrative>X</narrative></provider-org>\r\n",
        "   <value currency=\"USD\">10</value></transaction>\r\n",
        " </iati-activity>\r\n",
        "</iati-activities>\r\n",
    ));
    assert!(problems.is_empty(), "{problems:?}");
    let file = file.unwrap();
    assert_eq!(file.version.as_deref(), Some("2.03"));
    assert_eq!(file.lang.as_deref(), Some("fr"));
    let [activity] = file.activities.as_slice() else {
        panic!("one activity")
    };
    assert_eq!(activity.attribute("default-currency"), Some("EUR"));
    assert_eq!(activity.line, 3);
    let names: Vec<&str> = activity.children.iter().map(|c| c.name).collect();
    assert_eq!(names, ["iati-identifier", "title", "transaction"]);
    assert_eq!(activity.child("iati-identifier").unwrap().text, "XM-1-2");
    let title = activity.child("title").unwrap().child("narrative").unwrap();
    assert_eq!(title.text, "Water & schools \u{2014} 1 < 2");
    assert_eq!((title.line, title.column), (6, 10));
    let transaction = activity.child("transaction").unwrap();
    let parts: Vec<&str> = transaction.children.iter().map(|c| c.name).collect();
    assert_eq!(parts, ["transaction-type", "value"]);
    assert_eq!(transaction.child("value").unwrap().line, 8);
}

#[test]
fn broken_xml_is_reported_where_it_breaks() {
    let (file, problems) = read_text(
        "<iati-activities version=\"2.03\">\n <iati-activity>\n  <title></titel>\n</iati-activities>\n",
    );
    assert!(file.is_none());
    let problem = problems.iter().next().unwrap();
    assert!(problem.message.contains("not well-formed"), "{problem:?}");
    assert_eq!(problem.line(), Some(3));
}

#[test]
fn another_root_is_not_an_activity_file() {
    let (file, problems) = read_text("<iati-organisations version=\"2.03\"/>");
    assert!(file.is_none());
    assert!(
        problems
            .iter()
            .next()
            .unwrap()
            .message
            .contains("<iati-organisations>")
    );
}

#[test]
fn an_unknown_entity_is_reported() {
    let (_, problems) = read_text(
        "<iati-activities version=\"2.03\"><iati-activity><title><narrative>a &nbsp; b</narrative></title></iati-activity></iati-activities>",
    );
    assert!(
        problems.iter().any(|p| p.message.contains("&nbsp;")),
        "{problems:?}"
    );
}
