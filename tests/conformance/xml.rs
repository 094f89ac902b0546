//! Just enough XML to read the text content of the Lingo fixtures' `<text>` and
//! `<term>` elements: comments, processing instructions and CDATA sections are
//! understood; the five predefined entities and character references are
//! decoded; line ends are normalized as XML requires. Anything this does not
//! understand (a DOCTYPE, an element nested in a wanted one, a stray `&`) is an
//! error rather than a guess.

/// The text content of every `<name>` element, in document order.
///
/// # Errors
///
/// Malformed or unsupported input, with the byte offset (in the line-end
/// normalized document).
pub fn element_texts(doc: &str, name: &str) -> Result<Vec<String>, String> {
    // XML 1.0 §2.11: CR LF and lone CR become LF before parsing.
    let doc = doc.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    // The content of the wanted element we are in, if any.
    let mut current: Option<String> = None;
    let mut i = 0;
    while i < doc.len() {
        let rest = &doc[i..];
        if let Some(after) = rest.strip_prefix("<!--") {
            i += 4 + find(after, "-->", i)? + 3;
        } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let len = find(after, "]]>", i)?;
            if let Some(text) = current.as_mut() {
                text.push_str(&after[..len]);
            }
            i += 9 + len + 3;
        } else if let Some(after) = rest.strip_prefix("<?") {
            i += 2 + find(after, "?>", i)? + 2;
        } else if rest.starts_with("<!") {
            return Err(format!("offset {i}: unsupported markup declaration"));
        } else if let Some(after) = rest.strip_prefix("</") {
            let len = find(after, ">", i)?;
            if after[..len].trim_end() == name {
                match current.take() {
                    Some(text) => out.push(text),
                    None => return Err(format!("offset {i}: </{name}> without <{name}>")),
                }
            }
            i += 2 + len + 1;
        } else if let Some(after) = rest.strip_prefix('<') {
            let len = tag_len(after, i)?;
            let tag = &after[..len];
            let empty = tag.ends_with('/');
            let tag_name = tag
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            if current.is_some() {
                return Err(format!(
                    "offset {i}: element <{tag_name}> inside <{name}> is not supported"
                ));
            }
            if tag_name == name {
                if empty {
                    out.push(String::new());
                } else {
                    current = Some(String::new());
                }
            }
            i += 1 + len + 1;
        } else {
            let len = rest.find('<').unwrap_or(rest.len());
            if let Some(text) = current.as_mut() {
                text.push_str(&decode(&rest[..len], i)?);
            }
            i += len;
        }
    }
    match current {
        Some(_) => Err(format!("<{name}> is not closed")),
        None => Ok(out),
    }
}

/// The offset of `pat` in `s`, or an error naming the offset `at` where the
/// construct began.
fn find(s: &str, pat: &str, at: usize) -> Result<usize, String> {
    s.find(pat)
        .ok_or_else(|| format!("offset {at}: {pat:?} not found"))
}

/// The length of a start tag's inside (up to its `>`), skipping quoted
/// attribute values.
fn tag_len(s: &str, at: usize) -> Result<usize, String> {
    let mut quote: Option<char> = None;
    for (j, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Ok(j),
            (None, '<') => return Err(format!("offset {at}: '<' inside a tag")),
            (None, _) => {}
        }
    }
    Err(format!("offset {at}: tag not closed"))
}

/// Decodes the entity and character references of character data.
fn decode(s: &str, at: usize) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .ok_or_else(|| format!("offset {at}: '&' without ';'"))?;
        let name = &after[..semi];
        let c = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok()
                } else {
                    None
                };
                code.and_then(char::from_u32)
                    .ok_or_else(|| format!("offset {at}: unknown reference &{name};"))?
            }
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// PHP's `trim()`: strips spaces, tabs, line ends, NUL and vertical tab from both
/// ends.
pub fn php_trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r', '\0', '\u{0B}'])
}
