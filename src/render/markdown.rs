//! Markdown markup for annotated terms: GitHub-flavoured footnotes, or inline
//! HTML `<abbr title=…>`, with glossary text escaped so that it can only ever be
//! read as text.

use std::collections::HashSet;

use super::html::{push_attr, Gloss};

/// How annotated terms are marked up in Markdown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarkdownStyle {
    /// `nemawashi[^gl-nemawashi]` in the text and `[^gl-nemawashi]: …` at the
    /// end of the document (the default).
    #[default]
    Footnotes,
    /// `<abbr data-glossator="term" title="…">nemawashi</abbr>` around the term.
    Abbr,
}

/// Escapes glossary text for one line of Markdown prose: line breaks and runs of
/// white space become one space, every character that could start markup
/// (emphasis, code, links, images, HTML, references, tables, math,
/// strikethrough) is backslash-escaped, and so is anything that would make the
/// line's start a block marker.
pub(crate) fn escape_inline(s: &str) -> String {
    let mut collapsed = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !collapsed.is_empty() {
            collapsed.push(' ');
        }
        space = false;
        collapsed.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
    let mut out = String::with_capacity(collapsed.len() + 8);
    let mut chars = collapsed.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        let special = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '!' | '~' | '|' | '$' | '^'
        );
        let block_start = at_start && matches!(c, '#' | '-' | '+' | '=' | ':');
        if special || block_start {
            out.push('\\');
        }
        out.push(c);
        // `1.` or `1)` at the start of a line would open an ordered list.
        if at_start && c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                digits.push(d);
                chars.next();
            }
            out.push_str(&digits);
            if let Some(&p) = chars.peek() {
                if p == '.' || p == ')' {
                    out.push('\\');
                }
            }
        }
        at_start = false;
    }
    out
}

/// Picks footnote labels: `gl-<entry id>` when the id is made of letters,
/// digits, `-` and `_`, else `gl-<n>`; never one the document already uses
/// (labels are compared ignoring case, as Markdown does).
#[derive(Debug, Default)]
pub(crate) struct Labels {
    prefix: String,
    used: HashSet<String>,
}

impl Labels {
    pub fn new(prefix: &str, used: impl IntoIterator<Item = String>) -> Labels {
        Labels {
            prefix: prefix.to_string(),
            used: used.into_iter().map(|l| l.to_lowercase()).collect(),
        }
    }

    pub fn label(&mut self, entry_id: &str, number: usize) -> String {
        let safe = !entry_id.is_empty()
            && entry_id
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
        let base = if safe {
            format!("{}{entry_id}", self.prefix)
        } else {
            format!("{}{number}", self.prefix)
        };
        let mut label = base.clone();
        let mut n = 1;
        while self.used.contains(&label.to_lowercase()) {
            n += 1;
            label = format!("{base}-{n}");
        }
        self.used.insert(label.to_lowercase());
        label
    }
}

/// `[^label]: term — gloss` on one line.
pub(crate) fn footnote_definition(label: &str, gloss: &Gloss) -> String {
    format!(
        "[^{label}]: {} — {}",
        escape_inline(&gloss.term),
        escape_inline(&gloss.plain())
    )
}

/// The opening `<abbr>` tag for a term.
pub(crate) fn abbr_open(gloss: &Gloss) -> String {
    let mut out = String::from("<abbr data-glossator=\"term\" title=\"");
    push_attr(&mut out, &gloss.plain());
    out.push_str("\">");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escaping() {
        let cases = [
            ("plain words", "plain words"),
            ("a *b* _c_ `d`", "a \\*b\\* \\_c\\_ \\`d\\`"),
            ("<script>x</script>", "\\<script\\>x\\</script\\>"),
            ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
            ("&lt;b&gt;", "\\&lt;b\\&gt;"),
            ("line\nbreak\r\n  and   spaces ", "line break and spaces"),
            ("# heading", "\\# heading"),
            ("- item", "\\- item"),
            ("12. item", "12\\. item"),
            ("1955 system", "1955 system"),
            (
                "a|b ~~c~~ $x$ ![i]",
                "a\\|b \\~\\~c\\~\\~ \\$x\\$ \\!\\[i\\]",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(escape_inline(input), want, "input {input:?}");
        }
    }

    #[test]
    fn labels_are_unique_and_safe() {
        let mut labels = Labels::new("gl-", ["GL-NEMAWASHI".to_string()]);
        assert_eq!(labels.label("nemawashi", 1), "gl-nemawashi-2");
        assert_eq!(labels.label("sumo", 2), "gl-sumo");
        assert_eq!(labels.label("bad]id", 3), "gl-3");
        assert_eq!(labels.label("3", 4), "gl-3-2");
        assert_eq!(labels.label("根回し", 5), "gl-根回し");
    }
}
