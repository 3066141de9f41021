//! Old URLs that must keep working after a rename: checked to be plain site paths, so that no
//! alias can write outside the output folder.

/// The output file for an alias path, or why the path cannot be used.
pub fn alias_file(path: &str) -> Result<String, &'static str> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err("write the old address as a path from the site root, like /en/news/old-title/");
    };
    let segments: Vec<&str> = rest.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        if segment.is_empty() && !last {
            return Err("remove the empty `//` part of the path");
        }
        if *segment == "." || *segment == ".." {
            return Err(
                "`.` and `..` are not allowed in an alias; write the full path from the site root",
            );
        }
        let ok = segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'%'));
        if !ok {
            return Err("use only ASCII letters, digits, `-`, `_`, `.` and `/` in an alias");
        }
    }
    if rest.is_empty() {
        return Err("the site root `/` cannot be an alias");
    }
    if path.ends_with('/') {
        Ok(format!("{rest}index.html"))
    } else if path.ends_with(".html") || path.ends_with(".htm") {
        Ok(rest.to_owned())
    } else {
        Ok(format!("{rest}/index.html"))
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
    fn escapes_are_refused() {
        for bad in [
            "/../etc/passwd",
            "en/x/",
            "/a//b/",
            "/",
            "/a/./b",
            "/<script>/",
        ] {
            assert!(alias_file(bad).is_err(), "{bad}");
        }
    }
}
