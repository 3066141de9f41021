//! What search engines and news aggregators read: schema.org JSON-LD on stories, press kits,
//! indicators, the homes and the landing page, and the landing page's Open Graph tags. Every
//! expected value is read from the fixture's own files.

use serde_json::Value;

use crate::harness::{Page, Site, Tree};

const BASE: &str = "https://example.org";

/// The fixture's file at `path` (inside the site), read as YAML: site.yaml, or a story's front
/// matter.
fn yaml(site: &Site, path: &str) -> Value {
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    let front = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split("\n---\n").next())
        .unwrap_or(&text);
    serde_saphyr::from_str(front).unwrap()
}

/// Every JSON-LD node of a page: each script parsed, a `@graph` opened.
fn nodes(page: &Page) -> Vec<Value> {
    page.select("script[type='application/ld+json']")
        .iter()
        .flat_map(|script| {
            let text: String = script.text().collect();
            let document: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e} in {text}", page.url));
            assert_eq!(document["@context"], "https://schema.org", "{}", page.url);
            match document.get("@graph") {
                Some(Value::Array(graph)) => graph.clone(),
                _ => vec![document],
            }
        })
        .collect()
}

/// The one node of `kind` on the page.
fn node(page: &Page, kind: &str) -> Value {
    let found: Vec<Value> = nodes(page)
        .into_iter()
        .filter(|n| n["@type"] == kind)
        .collect();
    assert_eq!(found.len(), 1, "{}: {found:?}", page.url);
    found.into_iter().next().unwrap()
}

/// The output path of an absolute URL of the site, checked to exist.
fn published(out: &Tree, url: &Value) -> String {
    let url = url.as_str().unwrap_or_else(|| panic!("not a URL: {url}"));
    let path = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("not absolute: {url}"));
    assert!(out.has(path), "{url} is not in the output");
    path.to_owned()
}

#[test]
fn every_page_that_has_json_ld_has_valid_json_ld() {
    let out = Site::fixture("structured_data").build().success().tree();
    let described: Vec<String> = out
        .pages()
        .filter(|page| !nodes(page).is_empty())
        .map(|page| page.url)
        .collect();
    for lang in ["ar", "en"] {
        for page in ["", "stories/schools/", "indicators/pupils-enrolled/"] {
            let url = format!("/{lang}/{page}index.html");
            assert!(described.contains(&url), "{url} not in {described:?}");
        }
    }
    assert!(described.contains(&"/index.html".to_owned()));
}

#[test]
fn a_story_is_a_news_article_linked_to_its_translations() {
    let site = Site::fixture("structured_data");
    let out = site.build().success().tree();
    let arabic = yaml(&site, "content/stories/schools/index.ar.md");
    let english = yaml(&site, "content/stories/schools/index.en.md");
    let config = yaml(&site, "site.yaml");
    let original = node(&out.page("/ar/stories/schools/"), "NewsArticle");
    let translation = node(&out.page("/en/stories/schools/"), "NewsArticle");

    assert_eq!(original["headline"], arabic["title"]);
    assert_eq!(original["description"], arabic["summary"]);
    assert_eq!(translation["headline"], english["title"]);
    // Written once, in the Arabic file, with its offset; the translation inherits it.
    for article in [&original, &translation] {
        assert_eq!(article["datePublished"], arabic["date"]);
        assert_eq!(article["dateModified"], arabic["date"]);
        assert_eq!(article["isAccessibleForFree"], true);
    }
    assert_eq!(
        (&original["inLanguage"], &translation["inLanguage"]),
        (&Value::from("ar"), &Value::from("en"))
    );
    let page = published(&out, &original["mainEntityOfPage"]["@id"]);
    assert_eq!(page, "/ar/stories/schools/");

    // The cover, at its published address and its real size, then the share card.
    let cover = &original["image"][0];
    let path = published(&out, &cover["url"]);
    assert!(path.ends_with(arabic["cover"].as_str().unwrap()));
    let decoded = image::load_from_memory(out.bytes(&path)).unwrap();
    assert_eq!(cover["width"], decoded.width());
    assert_eq!(cover["height"], decoded.height());
    published(&out, &original["image"][1]["url"]);

    // Author and publisher: the organisation, named in the page's language.
    let office = &config["iati"]["publisher"]["name"];
    assert_eq!(original["author"]["name"], office["ar"]);
    assert_eq!(translation["publisher"]["name"], office["en"]);
    assert_eq!(original["author"]["url"], format!("{BASE}/"));
    published(&out, &original["publisher"]["logo"]["url"]);

    // Arabic is the site's first language: its file is the original.
    assert_eq!(config["languages"][0], "ar");
    let translated = original["workTranslation"].as_array().unwrap();
    assert_eq!(translated.len(), 1);
    assert_eq!(
        published(&out, &translated[0]["url"]),
        "/en/stories/schools/"
    );
    assert_eq!(translated[0]["inLanguage"], "en");
    assert_eq!(
        published(&out, &translation["translationOfWork"]["url"]),
        "/ar/stories/schools/"
    );
    assert!(translation.get("workTranslation").is_none());
    assert!(original.get("translationOfWork").is_none());
}

#[test]
fn a_press_kit_describes_the_same_article() {
    let site = Site::fixture("structured_data").with_file(
        "content/stories/schools/index.ar.md",
        "---\ntitle: \"افتتاح المدارس\"\ndate: 2024-05-12\npress: {}\n---\nنص.\n",
    );
    let out = site.build().success().tree();
    let kit = node(&out.page("/ar/press/schools/"), "NewsArticle");
    let story = node(&out.page("/ar/stories/schools/"), "NewsArticle");
    assert_eq!(kit, story);
}

#[test]
fn an_indicator_is_a_dataset_with_its_downloads() {
    let site = Site::fixture("structured_data");
    let out = site.build().success().tree();
    let source = yaml(&site, "content/indicators/pupils-enrolled.yaml");
    let config = yaml(&site, "site.yaml");
    let csv = std::fs::read_to_string(site.root().join("content/indicators/pupils-enrolled.csv"))
        .unwrap();
    let years: Vec<u32> = csv
        .lines()
        .skip(1)
        .map(|row| row.split(',').next().unwrap().parse().unwrap())
        .collect();
    let (first, last) = (years.iter().min().unwrap(), years.iter().max().unwrap());

    for lang in ["ar", "en"] {
        let page = out.page(&format!("/{lang}/indicators/pupils-enrolled/"));
        let dataset = node(&page, "Dataset");
        assert_eq!(dataset["name"], source["title"][lang]);
        assert_eq!(dataset["description"], source["description"][lang]);
        assert_eq!(dataset["inLanguage"], lang);
        assert_eq!(dataset["identifier"], "pupils-enrolled");
        assert_eq!(
            published(&out, &dataset["url"]),
            format!("/{lang}/indicators/pupils-enrolled/")
        );
        assert_eq!(dataset["temporalCoverage"], format!("{first}/{last}"));
        assert_eq!(dataset["license"], config["indicators"]["license"]);
        assert_eq!(dataset["creator"]["name"], source["source"][lang]);
        assert_eq!(dataset["creator"]["url"], source["source"]["url"]);
        assert_eq!(dataset["publisher"]["@type"], "GovernmentOrganization");
        let code = source["sdg_indicator"].as_str().unwrap();
        assert!(
            dataset["keywords"]
                .as_array()
                .unwrap()
                .contains(&Value::from(format!("SDG {code}"))),
            "{}",
            dataset["keywords"]
        );

        let downloads = dataset["distribution"].as_array().unwrap();
        assert_eq!(downloads.len(), 2);
        for download in downloads {
            assert_eq!(download["@type"], "DataDownload");
            let path = published(&out, &download["contentUrl"]);
            let text = out.text(&path);
            match download["encodingFormat"].as_str().unwrap() {
                "text/csv" => {
                    assert!(path.ends_with(".csv"));
                    let header = text.trim_start_matches('\u{feff}').lines().next();
                    assert_eq!(header, csv.lines().next());
                }
                "application/json" => {
                    assert!(path.ends_with(".json"));
                    serde_json::from_str::<Value>(text).unwrap();
                }
                other => panic!("unexpected format {other}"),
            }
        }
    }
}

#[test]
fn a_hostile_title_stays_inside_its_script() {
    let title = "</script><script>alert(1)</script> <!-- \u{2028} & \u{2029} -->";
    let site = Site::fixture("structured_data").with_file(
        "content/stories/hostile/index.en.md",
        &format!(
            "---\ntitle: {}\ndate: 2024-05-13\nsummary: \"</script>\"\n---\nText.\n",
            serde_json::to_string(title).unwrap()
        ),
    );
    let out = site.build().success().tree();
    let page = out.page("/en/stories/hostile/");
    // Had the title ended the element, the parser would see a script of its own.
    assert_eq!(page.count("script[type='application/ld+json']"), 1);
    assert!(page.select("script").iter().all(|s| {
        let element = s.value();
        element.attr("src").is_some() || element.attr("type") == Some("application/ld+json")
    }));
    let script: String = page
        .one("script[type='application/ld+json']")
        .text()
        .collect();
    for written in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!script.contains(written), "{written:?} in {script}");
    }
    let article = node(&page, "NewsArticle");
    assert_eq!(article["headline"], title);
    assert_eq!(article["description"], "</script>");
}

#[test]
fn the_homes_name_the_organisation_and_the_search() {
    let site = Site::fixture("structured_data");
    let out = site.build().success().tree();
    let config = yaml(&site, "site.yaml");
    let office = &config["iati"]["publisher"]["name"];
    let search = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/js/search.js"),
    )
    .unwrap();
    let parameter = search
        .split("searchParams.get(\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let handle = config["social"]["handle"].as_str().unwrap();

    for (lang, other) in [("ar", "en"), ("en", "ar")] {
        let page = out.page(&format!("/{lang}/"));
        let organisation = node(&page, "GovernmentOrganization");
        assert_eq!(organisation["name"], office[lang]);
        assert_eq!(
            organisation["alternateName"],
            Value::from(vec![office[other].clone()])
        );
        assert_eq!(organisation["url"], format!("{BASE}/"));
        assert_eq!(
            published(&out, &organisation["logo"]["url"]),
            "/press/logo.png"
        );
        assert_eq!(
            organisation["sameAs"],
            Value::from(vec![format!(
                "https://x.com/{}",
                handle.trim_start_matches('@')
            )])
        );

        let website = node(&page, "WebSite");
        assert_eq!(website["name"], config["title"][lang]);
        assert_eq!(website["inLanguage"], lang);
        assert_eq!(website["publisher"]["@id"], organisation["@id"]);
        let action = &website["potentialAction"];
        assert_eq!(action["@type"], "SearchAction");
        let template = action["target"]["urlTemplate"].as_str().unwrap();
        let (address, query) = template.split_once('?').unwrap();
        assert_eq!(
            published(&out, &Value::from(address)),
            format!("/{lang}/search/")
        );
        assert_eq!(query, format!("{parameter}={{search_term_string}}"));
        assert_eq!(action["query-input"], "required name=search_term_string");
    }

    let landing = out.page("/");
    let organisation = node(&landing, "GovernmentOrganization");
    assert_eq!(organisation["name"], office["ar"]);
    let sites: Vec<Value> = nodes(&landing)
        .into_iter()
        .filter(|n| n["@type"] == "WebSite")
        .map(|n| n["inLanguage"].clone())
        .collect();
    assert_eq!(sites, vec![Value::from("ar"), Value::from("en")]);
}

#[test]
fn the_landing_page_shares_like_every_other_page() {
    let site = Site::fixture("structured_data");
    let out = site.build().success().tree();
    let config = yaml(&site, "site.yaml");
    let landing = out.page("/");
    let meta = |property: &str| landing.attr(&format!("meta[property='{property}']"), "content");
    let title = meta("og:title");
    for lang in ["ar", "en"] {
        assert!(
            title.contains(config["title"][lang].as_str().unwrap()),
            "{title}"
        );
        let description = config["description"][lang].as_str().unwrap();
        assert!(meta("og:description").contains(description));
    }
    assert_eq!(meta("og:url"), landing.attr("link[rel=canonical]", "href"));
    assert_eq!(meta("og:url"), format!("{BASE}/"));
    assert_eq!(meta("og:type"), "website");
    assert_eq!(meta("og:locale"), "ar_AR");
    assert_eq!(meta("og:locale:alternate"), "en_GB");
    published(&out, &Value::from(meta("og:image")));
    assert_eq!(
        landing.attr("meta[name='twitter:card']", "content"),
        "summary_large_image"
    );
}

#[test]
fn a_data_licence_must_be_an_address() {
    let site = Site::fixture("structured_data");
    let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = config
        .lines()
        .position(|l| l.starts_with("indicators:"))
        .unwrap()
        + 1;
    let written = config.replace("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0");
    site.with_file("site.yaml", &written)
        .build()
        .fails_with(1)
        .reports(
            "site.yaml",
            line,
            "error",
            "`indicators.license` is not a web address",
        );

    // Without one, datasets name no licence rather than a guessed one.
    let site = Site::fixture("structured_data");
    let written = config
        .lines()
        .filter(|l| !l.starts_with("indicators:"))
        .collect::<Vec<_>>()
        .join("\n");
    let out = site
        .with_file("site.yaml", &written)
        .build()
        .success()
        .tree();
    let dataset = node(&out.page("/en/indicators/pupils-enrolled/"), "Dataset");
    assert!(dataset.get("license").is_none(), "{dataset}");
}
