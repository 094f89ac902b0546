//! Markdown documents: annotate the terms in the prose and splice the markup into
//! the source, which is never re-rendered — formatting, line breaks, reference
//! links and everything else stay exactly as written.
//!
//! The source is parsed with [`pulldown_cmark`] (GitHub-flavoured: tables,
//! footnotes, strikethrough, task lists, math, front matter) and only prose text
//! is matched: never code spans or blocks, link or image text, link URLs, bare
//! URLs and e-mail addresses (GitHub turns them into links), headings, HTML
//! blocks, front matter, or text inside inline HTML elements that the HTML
//! reader skips (`<a>`, `<code>`, `<kbd>`, `class="no-glossary"`,
//! `data-glossator="off"`, …). Each run of text is matched with its backslash
//! escapes and character references decoded, so `hiki&#8209;wake` is found.
//!
//! # Example
//!
//! ```
//! use glossator::document::markdown::{annotate_markdown, MarkdownOptions};
//! use glossator::{Annotator, Options};
//!
//! let annotator = Annotator::builtin()?;
//! let text = "# Nemawashi\n\nQuiet *nemawashi* came first; `nemawashi` is code.\n";
//! let (out, _) = annotate_markdown(&annotator, text, &Options::new("en")?, &MarkdownOptions::new())?;
//! assert!(out.starts_with(
//!     "# Nemawashi\n\nQuiet *nemawashi*[^gl-nemawashi] came first; `nemawashi` is code.\n\n[^gl-nemawashi]: nemawashi — 根回し, ねまわし: "
//! ));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options as CmarkOptions, Parser, Tag, TagEnd};

use crate::annotate::{Annotator, Options, Session};
use crate::batch::{Done, Failure, Transform};
use crate::error::{Result, Warning};
use crate::render::html::Gloss;
pub use crate::render::markdown::MarkdownStyle;
use crate::render::markdown::{abbr_open, footnote_definition, Labels};

/// Inline HTML elements whose text is left alone in Markdown, unless replaced
/// with [`MarkdownOptions::skip_tags`].
pub const DEFAULT_SKIP_TAGS: &[&str] = &[
    "a", "abbr", "dfn", "code", "pre", "kbd", "samp", "var", "h1", "h2", "h3", "h4", "h5", "h6",
    "button", "select", "option", "label", "script", "style", "template", "textarea", "title",
    "noscript", "iframe", "svg", "math",
];

/// How glossator marks up a Markdown document.
///
/// ```
/// use glossator::document::markdown::{MarkdownOptions, MarkdownStyle};
/// let options = MarkdownOptions::new().style(MarkdownStyle::Abbr).label_prefix("term-");
/// # let _ = options;
/// ```
#[derive(Clone, Debug)]
pub struct MarkdownOptions {
    style: MarkdownStyle,
    prefix: String,
    skip_tags: Vec<String>,
}

impl Default for MarkdownOptions {
    fn default() -> MarkdownOptions {
        MarkdownOptions {
            style: MarkdownStyle::default(),
            prefix: "gl-".to_string(),
            skip_tags: DEFAULT_SKIP_TAGS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl MarkdownOptions {
    /// Footnotes labelled `gl-<entry id>`, the default inline HTML skip list.
    pub fn new() -> MarkdownOptions {
        MarkdownOptions::default()
    }

    /// Footnotes or inline `<abbr>`.
    pub fn style(mut self, style: MarkdownStyle) -> MarkdownOptions {
        self.style = style;
        self
    }

    /// The prefix of footnote labels (`gl-` by default). Only letters, digits,
    /// `-` and `_` are kept.
    pub fn label_prefix(mut self, prefix: &str) -> MarkdownOptions {
        self.prefix = prefix
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
            .collect();
        self
    }

    /// Replaces the names of the inline HTML elements whose text is left alone.
    /// Elements with `class="no-glossary"` or a `data-glossator` attribute are
    /// always left alone.
    pub fn skip_tags<I, S>(mut self, tags: I) -> MarkdownOptions
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.skip_tags = tags
            .into_iter()
            .map(|t| t.into().to_ascii_lowercase())
            .collect();
        self
    }
}

fn cmark_options() -> CmarkOptions {
    CmarkOptions::ENABLE_TABLES
        | CmarkOptions::ENABLE_FOOTNOTES
        | CmarkOptions::ENABLE_STRIKETHROUGH
        | CmarkOptions::ENABLE_TASKLISTS
        | CmarkOptions::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | CmarkOptions::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | CmarkOptions::ENABLE_MATH
        | CmarkOptions::ENABLE_GFM
}

// ---------------------------------------------------------------------------
// Inline and block HTML: which elements are open

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// The HTML elements open at the current point of the Markdown, as far as the
/// HTML fragments seen so far tell.
#[derive(Debug, Default)]
struct HtmlStack {
    open: Vec<(String, bool)>,
}

impl HtmlStack {
    fn skipping(&self) -> bool {
        self.open.iter().any(|(_, skip)| *skip)
    }

    /// Reads the tags of one HTML fragment.
    fn feed(&mut self, html: &str, skip_tags: &[String]) {
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            rest = &rest[lt..];
            if let Some(comment) = rest.strip_prefix("<!--") {
                match comment.find("-->") {
                    Some(end) => rest = &comment[end + 3..],
                    None => return,
                }
                continue;
            }
            let closing = rest.starts_with("</");
            let name_at = if closing { 2 } else { 1 };
            let name: String = rest[name_at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_ascii_lowercase();
            if name.is_empty() || !rest[name_at..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                rest = &rest[1..];
                continue;
            }
            let (attrs, end) = tag_end(&rest[name_at + name.len()..]);
            rest = &rest[(name_at + name.len() + end).min(rest.len())..];
            if closing {
                if let Some(i) = self.open.iter().rposition(|(n, _)| *n == name) {
                    self.open.truncate(i);
                }
                continue;
            }
            if VOID.contains(&name.as_str()) || attrs.trim_end().ends_with('/') {
                continue;
            }
            let lower = attrs.to_ascii_lowercase();
            let skip = skip_tags.contains(&name)
                || lower.contains("data-glossator")
                || lower.contains("no-glossary");
            // Bounded: a page with thousands of unclosed tags gains nothing more.
            if self.open.len() < 1024 {
                self.open.push((name, skip));
            }
        }
    }
}

/// The attributes of a tag and the length up to and including its `>`,
/// respecting quoted values.
fn tag_end(s: &str) -> (&str, usize) {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return (&s[..i], i + 1),
            _ => {}
        }
    }
    (s, s.len())
}

// ---------------------------------------------------------------------------
// Runs of prose text

/// One text event (or soft line break) of a run, with where it is in the source.
#[derive(Debug)]
struct Unit {
    /// Start in the run's decoded text.
    at: usize,
    len: usize,
    src: Range<usize>,
    /// Where an insertion before this unit goes: before a backslash escape that
    /// the event's range leaves out.
    before: usize,
    /// Whether the decoded text is the source slice (else the unit is one piece:
    /// a character reference, an escape, a line break).
    literal: bool,
}

#[derive(Debug, Default)]
struct Run {
    text: String,
    units: Vec<Unit>,
    /// Emphasis-like elements opening right before the run (outermost first) and
    /// closing right after it (innermost first): their source ranges.
    lead: Vec<Range<usize>>,
    trail: Vec<Range<usize>>,
}

impl Run {
    fn start_of(&self, d: usize) -> Option<usize> {
        let i = self.units.partition_point(|u| u.at <= d).checked_sub(1)?;
        let u = &self.units[i];
        if d == u.at {
            Some(u.before)
        } else if u.literal && d < u.at + u.len {
            Some(u.src.start + (d - u.at))
        } else {
            None
        }
    }

    fn end_of(&self, d: usize) -> Option<usize> {
        let i = self.units.partition_point(|u| u.at < d).checked_sub(1)?;
        let u = &self.units[i];
        if d == u.at + u.len {
            Some(u.src.end)
        } else if u.literal && d < u.at + u.len {
            Some(u.src.start + (d - u.at))
        } else {
            None
        }
    }
}

fn is_inline_wrapper(tag: &Tag<'_>) -> bool {
    matches!(tag, Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
}

fn is_inline_wrapper_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough
    )
}

/// Spans of the text that GitHub turns into links by themselves: URLs starting
/// `http://`, `https://`, `ftp://`, `www.`, `mailto:`, `xmpp:`, and e-mail
/// addresses.
fn bare_links(text: &str) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let lower = text.to_ascii_lowercase();
    let ends_at = |from: usize| {
        text[from..]
            .find(|c: char| c.is_whitespace() || c == '<')
            .map_or(text.len(), |i| from + i)
    };
    for (i, _) in text.char_indices() {
        let starts_word = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "*_~(\"'".contains(c));
        if !starts_word {
            continue;
        }
        let rest = &lower[i..];
        if ["http://", "https://", "ftp://", "www.", "mailto:", "xmpp:"]
            .iter()
            .any(|p| rest.starts_with(p))
        {
            spans.push(i..ends_at(i));
        }
    }
    for (at, _) in text.match_indices('@') {
        let local = |c: char| c.is_ascii_alphanumeric() || ".+-_".contains(c);
        let domain = |c: char| c.is_ascii_alphanumeric() || ".-_".contains(c);
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|&(_, c)| domain(c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        if start < at && text[at + 1..end].contains('.') {
            spans.push(start..end);
        }
    }
    spans.sort_by_key(|r| r.start);
    spans
}

/// The pieces of `0..len` outside `spans`.
fn outside(len: usize, spans: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for s in spans {
        if s.start > at {
            pieces.push(at..s.start);
        }
        at = at.max(s.end);
    }
    if at < len {
        pieces.push(at..len);
    }
    pieces
}

/// One concept annotated in the document: its footnote label and gloss.
#[derive(Debug)]
struct Concept {
    entry: crate::EntryId,
    label: String,
    gloss: Gloss,
}

struct Splicer<'a, 's> {
    source: &'s str,
    style: MarkdownStyle,
    session: Session<'a>,
    labels: Labels,
    concepts: Vec<Concept>,
    /// (source offset, text to insert there), in the order made.
    inserts: Vec<(usize, String)>,
}

impl Splicer<'_, '_> {
    fn run(&mut self, run: &Run) {
        if run.units.is_empty() {
            return;
        }
        let links = bare_links(&run.text);
        for piece in outside(run.text.len(), &links) {
            let annotations = self.session.annotate(&run.text[piece.clone()], piece.start);
            for a in &annotations {
                let range = a.range();
                let (Some(mut s), Some(mut e)) = (run.start_of(range.start), run.end_of(range.end))
                else {
                    continue;
                };
                if s >= e || e > self.source.len() {
                    continue;
                }
                let Some(gloss) = Gloss::new(a, &run.text[range.clone()]) else {
                    continue;
                };
                let at_start = range.start == 0;
                let at_end = range.end == run.text.len();
                let concept = match self.concepts.iter().position(|c| c.entry == gloss.entry) {
                    Some(i) => i,
                    None => {
                        let label = self.labels.label(&gloss.entry_id, self.concepts.len() + 1);
                        self.concepts.push(Concept {
                            entry: gloss.entry,
                            label,
                            gloss: gloss.clone(),
                        });
                        self.concepts.len() - 1
                    }
                };
                match self.style {
                    MarkdownStyle::Footnotes => {
                        // After the closing delimiters of an emphasis the term
                        // ends, so that they stay next to a letter.
                        if at_end {
                            if let Some(last) = run.trail.last() {
                                e = last.end;
                            }
                        }
                        let label = &self.concepts[concept].label;
                        self.inserts.push((e, format!("[^{label}]")));
                    }
                    MarkdownStyle::Abbr => {
                        // A term that is the whole of an emphasis is wrapped
                        // with its delimiters.
                        let k = run.lead.len().min(run.trail.len());
                        if at_start && at_end && k > 0 {
                            s = run.lead[run.lead.len() - k].start;
                            e = run.trail[k - 1].end;
                        }
                        self.inserts.push((s, abbr_open(&gloss)));
                        self.inserts.push((e, "</abbr>".to_string()));
                    }
                }
            }
        }
    }
}

/// Annotates a Markdown document; see the [module](self) documentation. Returns
/// the annotated document and the warnings (definitions missing or taken from a
/// fallback language).
///
/// With [`MarkdownStyle::Footnotes`] each annotated occurrence gets a reference
/// `[^gl-<entry>]` right after it (after the closing `*` when the term ends an
/// emphasis), and the definitions are appended after a blank line at the end.
/// With [`MarkdownStyle::Abbr`] the term is wrapped in
/// `<abbr data-glossator="term" title="…">`. Nothing else changes: removing
/// those insertions gives back the input byte for byte.
///
/// # Errors
///
/// None at present; the `Result` leaves room for limits.
///
/// # Example
///
/// ```
/// use glossator::document::markdown::{annotate_markdown, MarkdownOptions, MarkdownStyle};
/// use glossator::{Annotator, Options};
///
/// let annotator = Annotator::builtin()?;
/// let md = MarkdownOptions::new().style(MarkdownStyle::Abbr);
/// let (out, _) = annotate_markdown(&annotator, "A [link to sumo](https://x/sumo) and **sumo**.", &Options::new("en")?, &md)?;
/// assert!(out.starts_with(r#"A [link to sumo](https://x/sumo) and <abbr data-glossator="term" title="相撲, すもう, sumō: "#));
/// assert!(out.ends_with("\">**sumo**</abbr>."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annotate_markdown(
    annotator: &Annotator,
    input: &str,
    options: &Options,
    markdown: &MarkdownOptions,
) -> Result<(String, Vec<Warning>)> {
    splice(annotator, input, options, markdown).map(|(out, warnings, _)| (out, warnings))
}

/// A Markdown document as one input of a [`Batch`](crate::batch::Batch):
/// annotated by [`annotate_markdown`] with these options.
impl Transform for MarkdownOptions {
    fn transform(
        &self,
        annotator: &Annotator,
        options: &Options,
        _name: &str,
        text: &str,
        out: &mut dyn Write,
    ) -> std::result::Result<Done, Failure> {
        let (annotated, warnings, matches) = splice(annotator, text, options, self)?;
        out.write_all(annotated.as_bytes())
            .map_err(Failure::Output)?;
        Ok(Done { matches, warnings })
    }
}

/// [`annotate_markdown`], also returning the number of terms annotated.
fn splice(
    annotator: &Annotator,
    input: &str,
    options: &Options,
    markdown: &MarkdownOptions,
) -> Result<(String, Vec<Warning>, usize)> {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(input, cmark_options())
        .into_offset_iter()
        .collect();
    let used = events.iter().filter_map(|(e, _)| match e {
        Event::FootnoteReference(l) | Event::Start(Tag::FootnoteDefinition(l)) => {
            Some(l.to_string())
        }
        _ => None,
    });
    let mut splicer = Splicer {
        source: input,
        style: markdown.style,
        session: annotator.session(options),
        labels: Labels::new(&markdown.prefix, used),
        concepts: Vec::new(),
        inserts: Vec::new(),
    };
    let mut html = HtmlStack::default();
    // Depth inside elements whose text is never annotated.
    let mut skip_depth = 0usize;
    let mut run = Run::default();
    let mut fence: Option<String> = None;
    let mut open_fence: Option<String> = None;
    for (i, (event, range)) in events.iter().enumerate() {
        let prose = skip_depth == 0 && !html.skipping();
        match event {
            Event::Text(text) if prose => {
                if run.units.is_empty() {
                    run.lead = events[..i]
                        .iter()
                        .rev()
                        .take_while(|(e, _)| matches!(e, Event::Start(t) if is_inline_wrapper(t)))
                        .map(|(_, r)| r.clone())
                        .collect();
                    run.lead.reverse();
                }
                let src = range.clone();
                let literal = input.get(src.clone()) == Some(text.as_ref());
                let escaped = src.start > 0
                    && input.as_bytes()[src.start - 1] == b'\\'
                    && text.starts_with(|c: char| c.is_ascii_punctuation());
                run.units.push(Unit {
                    at: run.text.len(),
                    len: text.len(),
                    before: if escaped { src.start - 1 } else { src.start },
                    src,
                    literal,
                });
                run.text.push_str(text);
            }
            Event::SoftBreak if prose && !run.units.is_empty() => {
                run.units.push(Unit {
                    at: run.text.len(),
                    len: 1,
                    before: range.start,
                    src: range.clone(),
                    literal: false,
                });
                run.text.push('\n');
            }
            _ => {
                if !run.units.is_empty() {
                    run.trail = events[i..]
                        .iter()
                        .take_while(|(e, _)| matches!(e, Event::End(t) if is_inline_wrapper_end(t)))
                        .map(|(_, r)| r.clone())
                        .collect();
                    splicer.run(&run);
                    run = Run::default();
                }
                match event {
                    Event::Start(tag) => {
                        let skipped = match tag {
                            Tag::Heading { .. }
                            | Tag::Link { .. }
                            | Tag::Image { .. }
                            | Tag::CodeBlock(_)
                            | Tag::MetadataBlock(_)
                            | Tag::HtmlBlock => true,
                            Tag::FootnoteDefinition(_) => {
                                markdown.style == MarkdownStyle::Footnotes
                            }
                            _ => false,
                        };
                        if skipped || skip_depth > 0 {
                            skip_depth += 1;
                        }
                        if let Tag::CodeBlock(kind) = tag {
                            fence = match kind {
                                CodeBlockKind::Fenced(_) => fence_of(&input[range.clone()]),
                                CodeBlockKind::Indented => None,
                            };
                        }
                    }
                    Event::End(tag) => {
                        skip_depth = skip_depth.saturating_sub(1);
                        // A top-level fenced code block still open at the end of
                        // the input would swallow the notes.
                        if *tag == TagEnd::CodeBlock
                            && i + 1 == events.len()
                            && range.end == input.len()
                            && !closes_fence(&input[range.clone()], fence.as_deref())
                        {
                            open_fence = fence.take();
                        }
                    }
                    Event::Html(h) | Event::InlineHtml(h) => html.feed(h, &markdown.skip_tags),
                    _ => {}
                }
            }
        }
    }
    if !run.units.is_empty() {
        splicer.run(&run);
    }
    let Splicer {
        session,
        concepts,
        mut inserts,
        ..
    } = splicer;
    // One reference per term, or an opening and a closing tag.
    let matches = match markdown.style {
        MarkdownStyle::Footnotes => inserts.len(),
        MarkdownStyle::Abbr => inserts.len() / 2,
    };
    inserts.sort_by_key(|(at, _)| *at);
    let mut out = String::with_capacity(input.len() + inserts.len() * 24 + concepts.len() * 160);
    let mut last = 0;
    for (at, text) in &inserts {
        out.push_str(&input[last..*at]);
        out.push_str(text);
        last = *at;
    }
    out.push_str(&input[last..]);
    if markdown.style == MarkdownStyle::Footnotes && !concepts.is_empty() {
        // What separates the notes from the text tells `strip_markdown` how the
        // text ended: a blank line, or a closing fence line right before the
        // notes; the output ends with a line break only when the input did.
        if let Some(fence) = open_fence {
            // Close a code block left open at the end, or the notes would be code.
            if !input.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&fence);
            out.push('\n');
        } else if !input.is_empty() {
            out.push_str(if input.ends_with('\n') { "\n" } else { "\n\n" });
        }
        for (i, c) in concepts.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(&footnote_definition(&c.label, &c.gloss));
        }
        if input.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok((out, session.finish(), matches))
}

/// The opening fence of a fenced code block (its characters, without the info
/// string).
fn fence_of(block: &str) -> Option<String> {
    let line = block.trim_start_matches([' ', '\t']);
    let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    Some(line.chars().take_while(|&x| x == c).collect())
}

/// Whether the last line of a fenced code block is its closing fence.
fn closes_fence(block: &str, fence: Option<&str>) -> bool {
    let Some(fence) = fence else {
        return true;
    };
    let body = block.trim_end_matches(['\n', '\r']);
    if !body.contains('\n') {
        return false;
    }
    let last = body.rsplit('\n').next().unwrap_or("").trim();
    let c = fence.chars().next().unwrap_or('`');
    last.len() >= fence.len() && last.chars().all(|x| x == c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_links_are_found() {
        let text =
            "see https://x.org/nemawashi, (www.example.com) or a.b@example.jp; not@all x.www.y";
        let spans: Vec<&str> = bare_links(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            spans,
            [
                "https://x.org/nemawashi,",
                "www.example.com)",
                "a.b@example.jp"
            ]
        );
    }

    #[test]
    fn html_stack_tracks_skipped_elements() {
        let skip: Vec<String> = DEFAULT_SKIP_TAGS.iter().map(|s| s.to_string()).collect();
        let mut stack = HtmlStack::default();
        stack.feed("<span class=\"no-glossary\">", &skip);
        assert!(stack.skipping());
        stack.feed("<span><br/><img src='a>b'>", &skip);
        assert!(stack.skipping());
        stack.feed("</span>", &skip);
        assert!(stack.skipping());
        stack.feed("</span><!-- <a> -->", &skip);
        assert!(!stack.skipping());
        stack.feed("<kbd>", &skip);
        assert!(stack.skipping());
        stack.feed("</kbd>", &skip);
        assert!(!stack.skipping());
    }

    #[test]
    fn fences() {
        assert_eq!(fence_of("```rust\nx\n```\n").as_deref(), Some("```"));
        assert_eq!(fence_of("  ~~~~\nx").as_deref(), Some("~~~~"));
        assert!(closes_fence("```\nx\n```\n", Some("```")));
        assert!(!closes_fence("```\nx\n", Some("```")));
        assert!(!closes_fence("````\nx\n```", Some("````")));
    }
}
