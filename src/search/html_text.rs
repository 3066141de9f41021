//! The words of an HTML body, for the index: tags and comments out, entities read.

/// The text of an HTML body: tags and comments taken out, entities read, block ends spaced.
pub(crate) fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&decode(&rest[..start]));
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            after.find('>').map(|e| e + 1)
        };
        let Some(end) = end else {
            rest = "";
            break;
        };
        out.push(' ');
        rest = &after[end..];
    }
    out.push_str(&decode(rest));
    out
}

fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::text_of;

    #[test]
    fn bodies_are_read_as_text() {
        assert_eq!(
            text_of(
                "<p>Schools &amp; clinics</p><!--bayan:image:a.jpg:x > y--><p>in&#160;Darfur &#x41;</p>"
            ),
            " Schools & clinics   in\u{a0}Darfur A "
        );
        assert_eq!(text_of("a &lt; b &amp c"), "a < b &amp c");
    }
}
