use std::path::Path;

use super::*;

fn html(body: &str, allow_html: bool) -> Rendered {
    let source = Source {
        path: Path::new("content/stories/s/index.en.md"),
        file_text: body,
        body,
        body_offset: 0,
    };
    let links = LinkContext {
        base_path: "/site",
        page_path: "/en/stories/s/".to_owned(),
        assets: Some(&["photo.jpg"]),
    };
    render(&source, &links, allow_html)
}

#[test]
fn arabic_headings_get_readable_unique_ids() {
    let out = html("## النتائج\n\n## النتائج\n\n## Custom {#mine}\n", false);
    assert!(out.html.contains(r#"<h2 id="النتائج">"#), "{}", out.html);
    assert!(out.html.contains(r#"<h2 id="النتائج-1">"#), "{}", out.html);
    assert!(out.html.contains(r#"<h2 id="mine">"#), "{}", out.html);
}

#[test]
fn colocated_image_becomes_a_marker_for_its_sizes() {
    let out = html("![Pupils & teachers -> here](photo.jpg)\n", false);
    assert_eq!(
        out.html.trim(),
        "<p><!--bayan:image:photo.jpg:Pupils &amp; teachers &#45;&gt; here--></p>",
    );
    assert!(out.problems.is_empty());
}

#[test]
fn missing_image_is_an_error_with_a_line() {
    let out = html("Intro\n\n![x](nope.jpg)\n", false);
    let problem = &out.problems[0];
    assert_eq!(problem.line(), Some(3));
    assert!(problem.message.contains("nope.jpg"));
}

#[test]
fn parent_paths_are_refused_for_images() {
    let out = html("![x](../../secret.jpg)\n", false);
    assert!(out.problems[0].message.contains("outside the story folder"));
}

#[test]
fn raw_html_is_sanitised_unless_allowed() {
    let body =
        "<script>alert(1)</script>\n\n<p onclick=\"x()\">Hi <a href=\"javascript:y()\">l</a></p>\n";
    let safe = html(body, false).html;
    assert!(!safe.contains("<script"), "{safe}");
    assert!(!safe.contains("onclick"), "{safe}");
    assert!(!safe.contains("javascript:"), "{safe}");
    assert!(html(body, true).html.contains("<script>"));
}

#[test]
fn javascript_links_in_markdown_are_errors() {
    let out = html("[x](javascript:alert(1))\n", false);
    assert!(!out.html.contains("javascript:"));
    assert_eq!(out.problems.len(), 1);
}

#[test]
fn extensions_are_on() {
    let out = html(
        "| a |\n|---|\n| b |\n\n~~x~~ \"q\"\n\n- [x] done\n\nNote[^1]\n\n[^1]: Foot.\n",
        false,
    );
    for needle in [
        "<table>",
        "<del>",
        "\u{201c}",
        "checkbox",
        "footnote-definition",
    ] {
        assert!(out.html.contains(needle), "{needle}: {}", out.html);
    }
}

#[test]
fn relative_links_are_resolved_against_the_page() {
    let out = html(
        "[a](../other/) [b](./) [c](../../../../x) [d](photo.jpg#top) [e](#notes)\n",
        false,
    );
    for href in [
        r#"href="/site/en/stories/other/""#,
        r#"href="/site/en/stories/s/""#,
        r#"href="/site/x""#,
        r#"href="/site/en/stories/s/photo.jpg#top""#,
        r##"href="#notes""##,
    ] {
        assert!(out.html.contains(href), "{href}: {}", out.html);
    }
}

#[test]
fn images_after_a_shortcode_are_found() {
    let out = html(
        "Text.\n\n{{ project(id=\"wells\") }}\n\n![Pupils](photo.jpg) and ![Class](photo.jpg)\n",
        false,
    );
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    assert!(
        out.html.contains("<!--bayan:project:wells-->"),
        "{}",
        out.html
    );
    assert!(
        out.html.contains("<!--bayan:image:photo.jpg:Pupils-->"),
        "{}",
        out.html
    );
    assert!(
        out.html.contains("<!--bayan:image:photo.jpg:Class-->"),
        "{}",
        out.html
    );
}
