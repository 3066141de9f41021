//! Old URLs that must keep working after a rename: checked to be plain site paths, so that no
//! alias can write outside the output folder. Arabic addresses work written either way, in
//! letters (`/ar/أخبار/`) or percent-encoded (`/ar/%D8%A3.../`).

/// The longest part of an alias between two `/`, in bytes: file systems refuse names of more than
/// 255 bytes, and the part may become `<part>.html`.
const LONGEST_SEGMENT: usize = 200;

/// The output file for an alias path, or why the path cannot be used (the catalogue's id
/// of the hint).
pub(crate) fn alias_file(path: &str) -> Result<String, &'static str> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err("alias-root-path");
    };
    if rest.is_empty() {
        return Err("alias-root");
    }
    let raw_segments: Vec<&str> = rest.split('/').collect();
    let mut segments = Vec::with_capacity(raw_segments.len());
    for (i, raw) in raw_segments.iter().enumerate() {
        let last = i + 1 == raw_segments.len();
        if raw.is_empty() {
            if last {
                continue;
            }
            return Err("alias-empty");
        }
        let segment = crate::urls::try_percent_decode(raw).ok_or("alias-percent")?;
        if segment == "." || segment == ".." {
            return Err("alias-dots");
        }
        if segment.len() > LONGEST_SEGMENT {
            return Err("alias-long");
        }
        let allowed = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '~');
        if !segment.chars().all(allowed) {
            return Err("alias-letters");
        }
        segments.push(segment);
    }
    let joined = segments.join("/");
    if path.ends_with('/') {
        Ok(format!("{joined}/index.html"))
    } else if path.ends_with(".html") || path.ends_with(".htm") {
        Ok(joined)
    } else {
        Ok(format!("{joined}/index.html"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_become_index_files() {
        assert_eq!(
            alias_file("/en/news/old/").unwrap(),
            "en/news/old/index.html"
        );
        assert_eq!(alias_file("/old.html").unwrap(), "old.html");
        assert_eq!(alias_file("/en/x").unwrap(), "en/x/index.html");
    }

    #[test]
    fn arabic_addresses_work_in_letters_or_encoded() {
        assert_eq!(alias_file("/ar/أخبار/").unwrap(), "ar/أخبار/index.html");
        assert_eq!(
            alias_file("/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/").unwrap(),
            "ar/أخبار/index.html"
        );
    }

    #[test]
    fn escapes_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/%2E%2E/etc/",
            "/a%2Fb/",
            "en/x/",
            "/a//b/",
            "/",
            "/a/./b",
            "/<script>/",
            "/a%ZZ/",
            "/a\\b/",
            "/a\u{0}b/",
        ] {
            let hint = alias_file(bad).expect_err(bad);
            assert!(
                crate::messages::ids(crate::messages::Speech::English).contains(&hint),
                "{bad}: the catalogue lacks `{hint}`"
            );
        }
    }
}
