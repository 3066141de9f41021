use super::*;

#[test]
fn reads_both_shortcodes_with_any_quotes() {
    assert_eq!(
        parse("{{ indicator(id=\"schools-built\", view=\"chart\") }}"),
        Ok(Shortcode::Indicator {
            id: "schools-built".to_owned(),
            view: IndicatorView::Chart
        })
    );
    assert_eq!(
        parse("{{project(id=“darfur-schools”)}}"),
        Ok(Shortcode::Project {
            id: "darfur-schools".to_owned()
        })
    );
    assert_eq!(
        parse("{{ indicator(id='x') }}"),
        Ok(Shortcode::Indicator {
            id: "x".to_owned(),
            view: IndicatorView::Figure
        })
    );
}

#[test]
fn mistakes_are_explained() {
    let message = |text: &str| parse(text).unwrap_err().said().to_string();
    assert!(message("{{ chart(id=\"x\") }}").contains("no shortcode `chart`"));
    assert!(message("{{ indicator(view=\"chart\") }}").contains("needs an id"));
    assert!(message("{{ indicator(id=\"x\", view=\"pie\") }}").contains("`pie`"));
    assert!(message("{{ project(id=\"x\", size=\"big\") }}").contains("no option `size`"));
    assert!(message("{{ indicator(id=x) }}").contains("quotes"));
    assert!(message("{{ indicator(id=\"x\", year=2024) }}").contains("no option `year`"));
}

#[test]
fn hints_fit_the_mistake() {
    let hint = |text: &str| parse(text).unwrap_err().hint().to_string();
    assert_eq!(
        hint("{{ indicater(id=\"x\") }}"),
        "did you mean `indicator`?"
    );
    assert!(hint("{{ chart(id=\"x\") }}").starts_with("the shortcodes are indicator,"));
    assert!(hint("{{ indicator(view=\"chart\") }}").contains("content/indicators/"));
    assert!(hint("{{ project() }}").contains("content/projects/"));
    assert_eq!(
        hint("{{ project(id=“darfur) }}"),
        "put it in quotes: id=\"darfur\""
    );
}

#[test]
fn image_descriptions_survive_any_text() {
    let image = Shortcode::Image {
        name: "class.jpg".to_owned(),
        alt: "Pupils -- <b>& more</b> --> end: 2".to_owned(),
    };
    let html = format!("<p>{image}</p>");
    assert_eq!(html.matches("-->").count(), 1);
    assert_eq!(markers(&html)[0].1, image);
}

#[test]
fn markers_round_trip() {
    let shortcode = Shortcode::Indicator {
        id: "a-b".to_owned(),
        view: IndicatorView::Progress,
    };
    let html = format!("<p>x</p>{shortcode}<p>y</p>");
    let found = markers(&html);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, shortcode);
    assert_eq!(&html[found[0].0.clone()], shortcode.to_string());
}
