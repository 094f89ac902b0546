//! Undoing annotation: glossator's own markup removed from HTML and Markdown, so
//! that the document comes back byte for byte as it was before `annotate`.
//!
//! [`StripFormat`] is a [`Transform`], so a [`Batch`](crate::batch::Batch) strips
//! many files with the same atomic writes, `--in-place` backups and per-file
//! formats as annotation. HTML is stripped as it streams; Markdown is read whole
//! (its notes are at the end); text passes through unchanged.
//!
//! # Example
//!
//! ```
//! use glossator::document::markdown::{annotate_markdown, MarkdownOptions};
//! use glossator::document::strip::strip_markdown;
//! use glossator::{Annotator, Options};
//!
//! let annotator = Annotator::builtin()?;
//! let input = "Weeks of *nemawashi*.";
//! let (annotated, _warnings) =
//!     annotate_markdown(&annotator, input, &Options::new("en")?, &MarkdownOptions::new())?;
//! assert!(annotated.contains("[^gl-nemawashi]"));
//! assert_eq!(strip_markdown(&annotated), input);
//! # Ok::<(), glossator::Error>(())
//! ```

use std::borrow::Cow;
use std::io::{Read, Write};

use lol_html::html_content::Element;
use lol_html::{ElementContentHandlers, HtmlRewriter, Selector, Settings};

use crate::annotate::{Annotator, Options};
use crate::batch::{Done, Failure, Transform};
use crate::error::{Error, ErrorKind, Message};

/// What to strip an input as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StripFormat {
    /// HTML: elements glossator wrote (`data-glossator` = `term`, `name`, `tip`,
    /// `ref`, `notes`, `terms`, `style`) are removed, a term's text kept.
    Html,
    /// Markdown: footnote references `[^gl-…]` and the notes appended at the end,
    /// or `<abbr data-glossator="term" …>` and its `</abbr>`; see [`strip_markdown`].
    Markdown,
    /// Anything else: copied as it is.
    Text,
}

impl Transform for StripFormat {
    fn transform(
        &self,
        _annotator: &Annotator,
        _options: &Options,
        name: &str,
        text: &str,
        out: &mut dyn Write,
    ) -> Result<Done, Failure> {
        match self {
            StripFormat::Html => strip_html_stream(name, &mut text.as_bytes(), out),
            StripFormat::Markdown => out
                .write_all(strip_markdown(text).as_bytes())
                .map_err(Failure::Output),
            StripFormat::Text => out.write_all(text.as_bytes()).map_err(Failure::Output),
        }?;
        Ok(Done {
            matches: 0,
            warnings: Vec::new(),
        })
    }

    fn transform_stream(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        input: &mut dyn Read,
        out: &mut dyn Write,
    ) -> Result<Done, Failure> {
        match self {
            StripFormat::Html => strip_html_stream(name, input, out)?,
            StripFormat::Text => {
                std::io::copy(input, out).map_err(|e| copy_failure(name, e))?;
            }
            StripFormat::Markdown => {
                let mut bytes = Vec::new();
                input
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io_named(name, e))?;
                let text = crate::document::decode(name, bytes)?;
                return self.transform(annotator, options, name, &text, out);
            }
        }
        Ok(Done {
            matches: 0,
            warnings: Vec::new(),
        })
    }
}

/// A failed copy: reading the input names it; writing is the caller's stream.
fn copy_failure(name: &str, e: std::io::Error) -> Failure {
    // `io::copy` does not say which side failed; an input error is the more
    // useful report, and the output side reports again on its next write.
    Failure::Error(Error::io_named(name, e))
}

/// The values of `data-glossator` on elements glossator wrote around a term's
/// text (kept) and on those it added whole (removed).
const KEEP_CONTENT: &[&str] = &["term", "name"];
const REMOVE: &[&str] = &["tip", "ref", "notes", "terms", "style", "script"];

fn selector() -> Result<Selector, Error> {
    "[data-glossator]".parse::<Selector>().map_err(|e| {
        Error::new(
            ErrorKind::Input,
            Message::new("error-html-selector")
                .arg("selector", "[data-glossator]")
                .arg("detail", e),
        )
    })
}

/// Strips glossator's markup from an HTML page as it is read, writing the page
/// as it was before annotation. Bytes pass through as they are (no UTF-8 check:
/// nothing is decoded).
///
/// # Errors
///
/// [`Failure::Error`] when `input` cannot be read or `lol_html` cannot rewrite
/// the markup; [`Failure::Output`] when `out` fails.
pub fn strip_html_stream(
    name: &str,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let settings = Settings::new().append_element_content_handler((
        Cow::Owned(selector()?),
        ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
            match el.get_attribute("data-glossator").as_deref() {
                Some(v) if KEEP_CONTENT.contains(&v) => el.remove_and_keep_content(),
                Some(v) if REMOVE.contains(&v) => el.remove(),
                _ => {}
            }
            Ok(())
        }),
    ));
    let mut failed: Option<std::io::Error> = None;
    let mut rewriter = HtmlRewriter::new(settings, |c: &[u8]| {
        if failed.is_none() {
            if let Err(e) = out.write_all(c) {
                failed = Some(e);
            }
        }
    });
    let rewrite_error = |e: lol_html::errors::RewritingError| {
        Failure::Error(
            Error::new(
                ErrorKind::Input,
                Message::new("error-html-rewrite")
                    .arg("path", name)
                    .arg("detail", &e),
            )
            .with_source(e),
        )
    };
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure::Error(Error::io_named(name, e))),
        };
        rewriter.write(&buf[..n]).map_err(rewrite_error)?;
    }
    rewriter.end().map_err(rewrite_error)?;
    match failed {
        Some(e) => Err(Failure::Output(e)),
        None => Ok(()),
    }
}

/// Removes what `annotate` added to a Markdown document and gives back the
/// document as it was, byte for byte: the footnote references `[^gl-…]` whose
/// notes glossator appended, those notes with what separates them from the text
/// (a blank line; a closing fence for a code block the input left open), and
/// each `<abbr data-glossator="term" …>` with the `</abbr>` that closes it.
///
/// A document without glossator's markup comes back unchanged.
///
/// ```
/// use glossator::document::strip::strip_markdown;
///
/// let annotated = "Weeks of *nemawashi*[^gl-nemawashi].\n\n[^gl-nemawashi]: nemawashi — 根回し: Consensus.\n";
/// assert_eq!(strip_markdown(annotated), "Weeks of *nemawashi*.\n");
/// let abbr = r#"An <abbr data-glossator="term" title="相撲">sumo</abbr> bout, <abbr>NHK</abbr>."#;
/// assert_eq!(strip_markdown(abbr), "An sumo bout, <abbr>NHK</abbr>.");
/// ```
pub fn strip_markdown(annotated: &str) -> String {
    let (head, labels) = split_notes(annotated);
    let mut text = head.to_string();
    for label in &labels {
        text = text.replace(&format!("[^{label}]"), "");
    }
    strip_abbr(&text)
}

/// The document without glossator's notes and their separator, and the notes'
/// labels. `annotate` writes `text + "\n" + notes + "\n"` for a text that ends
/// with a line break, `text + "\n\n" + notes` for one that does not, and puts a
/// closing fence line right before the notes (no blank line) when the text ends
/// inside an open fenced code block; that is what is undone here.
fn split_notes(annotated: &str) -> (&str, Vec<String>) {
    let final_break = annotated.ends_with('\n');
    let body = annotated.strip_suffix('\n').unwrap_or(annotated);
    let mut labels = Vec::new();
    let mut start = None;
    let mut end = body.len();
    loop {
        let line_start = body[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &body[line_start..end];
        if !line.is_empty() {
            let Some(label) = note_label(line) else {
                break;
            };
            labels.push(label.to_string());
            start = Some(line_start);
        }
        if line_start == 0 {
            break;
        }
        end = line_start - 1;
    }
    let Some(start) = start else {
        return (annotated, Vec::new());
    };
    let head = &annotated[..start];
    let text = if head.is_empty() {
        head
    } else if let Some(rest) = head.strip_suffix("\n\n") {
        // A blank line before the notes.
        if final_break {
            &head[..head.len() - 1]
        } else {
            rest
        }
    } else {
        // A closing fence glossator added: drop its line, and the line break
        // added before it when the text did not end with one.
        let without = head.strip_suffix('\n').unwrap_or(head);
        let fence_start = without.rfind('\n').map_or(0, |i| i + 1);
        let before = &head[..fence_start];
        if final_break {
            before
        } else {
            before.strip_suffix('\n').unwrap_or(before)
        }
    };
    labels.reverse();
    (text, labels)
}

/// The label of a note line glossator writes, `[^gl-…]: …`.
fn note_label(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("[^")?;
    let (label, _) = rest.split_once("]: ")?;
    (label.starts_with("gl-") && !label.contains([']', ' '])).then_some(label)
}

/// Removes each `<abbr data-glossator="term" …>` and the first `</abbr>` after
/// it (glossator never annotates inside another `<abbr>`).
fn strip_abbr(text: &str) -> String {
    const OPEN: &str = "<abbr data-glossator=\"term\"";
    const CLOSE: &str = "</abbr>";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        let tag_end = rest[at..].find("\">").map(|i| at + i + 2);
        let close = tag_end.and_then(|e| rest[e..].find(CLOSE).map(|i| (e, e + i)));
        let Some((content_start, close_at)) = close else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str(&rest[content_start..close_at]);
        rest = &rest[close_at + CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_undone() {
        let note = "[^gl-a]: a — x";
        let cases = [
            // text, annotated
            ("t a\n", format!("t a[^gl-a]\n\n{note}\n")),
            ("t a", format!("t a[^gl-a]\n\n{note}")),
            ("t a\n\n", format!("t a[^gl-a]\n\n\n{note}\n")),
            (
                "t a\n```\ncode\n",
                format!("t a[^gl-a]\n```\ncode\n```\n{note}\n"),
            ),
            (
                "t a\n```\ncode",
                format!("t a[^gl-a]\n```\ncode\n```\n{note}"),
            ),
            (
                "t a\n```\ncode\n```\n",
                format!("t a[^gl-a]\n```\ncode\n```\n\n{note}\n"),
            ),
            (
                "t a\n```\ncode\n```",
                format!("t a[^gl-a]\n```\ncode\n```\n\n{note}"),
            ),
            ("no notes\n", "no notes\n".to_string()),
            ("", String::new()),
        ];
        for (text, annotated) in cases {
            assert_eq!(strip_markdown(&annotated), text, "{annotated:?}");
        }
    }

    #[test]
    fn only_our_abbr_and_references_go() {
        let annotated = "<abbr>A</abbr> <abbr data-glossator=\"term\" title=\"x &quot;y&quot;\">b</abbr> [^c] [^gl-d]\n\n[^gl-d]: d — z\n";
        assert_eq!(strip_markdown(annotated), "<abbr>A</abbr> b [^c] \n");
    }
}
