//! HTML documents: annotate the terms in a page's text, streaming, and leave every
//! other byte exactly as it was.
//!
//! The page is read by [`lol_html`], a streaming rewriter: only text nodes are
//! looked at, each text node is gathered whole (the parser hands text over in
//! chunks split anywhere, even inside a word or an entity) up to a cap, its
//! character references are decoded for matching (`hiki&#8209;wake`, `&amp;`,
//! `&nbsp;`), and the markup is spliced into the raw text at the places the
//! matches map back to. Tags, attributes, comments and the text of `<script>`,
//! `<style>`, `<template>`, `<textarea>` and `<title>` are never touched; text
//! inside the elements of [`DEFAULT_SKIP`] (links, code, headings, buttons,
//! existing annotations, anything marked `data-glossator="off"` or
//! `class="no-glossary"`, …) is left alone.
//!
//! Everything glossator adds carries a `data-glossator` attribute, so
//! [`strip_html`] gives back the input byte for byte.
//!
//! A page held whole in memory ([`annotate_html`], or a file of up to 1 MiB in a
//! [batch](crate::batch)) and no larger than [`HtmlOptions::max_text_len`], in
//! which no term occurs anywhere (character references decoded), is copied
//! through without parsing, unless a stylesheet is to be added: a text node is
//! a piece of the page between `>` and `<`, so a term in it is also a term in
//! the whole page. Most pages of an archive use no term of a small glossary,
//! and parsing was most of the time spent on them. Pages read as a stream are
//! always parsed, so that output starts before the input ends.
//!
//! # Example
//!
//! ```
//! use glossator::document::html::{annotate_html, strip_html, HtmlOptions, HtmlStyle};
//! use glossator::{Annotator, Options};
//!
//! let annotator = Annotator::builtin()?;
//! let page = r#"<html lang="en"><body><p>Long <b>nemawashi</b> came first;
//! <a href="/n">nemawashi</a>, then the vote.</p></body></html>"#;
//! let options = Options::new("en")?;
//! let html = HtmlOptions::new().style(HtmlStyle::Footnotes);
//! let (out, warnings) = annotate_html(&annotator, page, &options, &html)?;
//! assert!(warnings.is_empty());
//! assert!(out.contains(r##"<b>nemawashi<sup class="glossator-ref" data-glossator="ref" data-glossator-entry="nemawashi"><a href="#gl-note-1" id="gl-ref-1" role="doc-noteref">1</a></sup></b>"##));
//! assert!(out.contains(r#"<li id="gl-note-1" data-glossator-entry="nemawashi">"#));
//! assert!(out.contains(r#"<a href="/n">nemawashi</a>"#));
//! assert_eq!(strip_html(&out)?, page);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::sync::OnceLock;

use lol_html::errors::RewritingError;
use lol_html::html_content::{ContentType, DocumentEnd, Element, EndTag, TextChunk, TextType};
use lol_html::{
    DocumentContentHandlers, ElementContentHandlers, HandlerResult, HtmlRewriter, MemorySettings,
    Selector, Settings,
};

use crate::annotate::{Annotator, Options, Session};
use crate::batch::{Done, Failure, Transform};
use crate::error::{Error, ErrorKind, Message, Result, Warning};
use crate::render::html::{clean_prefix, Gloss, HtmlMarkup, Labels, MarkupSettings};
pub use crate::render::html::{HtmlStyle, TermElement};

/// The elements whose text is never annotated unless the list is replaced with
/// [`HtmlOptions::skip_only`]: links, code, headings, controls, raw-text and
/// embedded content, existing annotations (`abbr`, `dfn`, anything glossator
/// wrote), and anything marked `data-glossator="off"` or `class="no-glossary"`.
pub const DEFAULT_SKIP: &[&str] = &[
    "a",
    "abbr",
    "dfn",
    "code",
    "pre",
    "kbd",
    "samp",
    "var",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "button",
    "select",
    "option",
    "label",
    "script",
    "style",
    "template",
    "textarea",
    "title",
    "head",
    "noscript",
    "iframe",
    "svg",
    "math",
    "[data-glossator]",
    ".no-glossary",
];

/// The tooltip CSS shipped as `assets/glossator.css`, for pages that include it
/// themselves or through [`HtmlOptions::stylesheet`].
pub const STYLESHEET: &str = include_str!("../../assets/glossator.css");

/// The default cap on the size of one text node, in bytes of source.
pub const DEFAULT_MAX_TEXT_LEN: usize = 1 << 20;

/// How glossator marks up an HTML page.
///
/// ```
/// use glossator::document::html::{HtmlOptions, HtmlStyle, TermElement};
///
/// let options = HtmlOptions::new()
///     .style(HtmlStyle::Tooltip)
///     .term_element(TermElement::Abbr)
///     .skip("aside")
///     .container("article")
///     .terms_list(true)
///     .id_prefix("term-");
/// # let _ = options;
/// ```
#[derive(Clone, Debug)]
pub struct HtmlOptions {
    style: HtmlStyle,
    element: TermElement,
    skip: Vec<String>,
    container: Option<String>,
    terms_list: bool,
    max_text_len: usize,
    id_prefix: String,
    page_lang: Option<String>,
    heading_level: u8,
    stylesheet: bool,
    focusable: bool,
    its: bool,
    script: Option<String>,
}

impl Default for HtmlOptions {
    fn default() -> HtmlOptions {
        HtmlOptions {
            style: HtmlStyle::default(),
            element: TermElement::default(),
            skip: DEFAULT_SKIP.iter().map(|s| s.to_string()).collect(),
            container: None,
            terms_list: false,
            max_text_len: DEFAULT_MAX_TEXT_LEN,
            id_prefix: "gl-".to_string(),
            page_lang: None,
            heading_level: 2,
            stylesheet: false,
            focusable: false,
            its: false,
            script: None,
        }
    }
}

impl HtmlOptions {
    /// Tooltips on `<dfn>`, the default skip list, notes at the end of `<body>`.
    pub fn new() -> HtmlOptions {
        HtmlOptions::default()
    }

    /// Tooltips or footnotes.
    pub fn style(mut self, style: HtmlStyle) -> HtmlOptions {
        self.style = style;
        self
    }

    /// `<dfn>` or `<abbr>` around a term with a tooltip.
    pub fn term_element(mut self, element: TermElement) -> HtmlOptions {
        self.element = element;
        self
    }

    /// Adds a CSS selector (`aside`, `.sidebar`, `[lang=ja]`, `figure > figcaption`)
    /// to the elements whose text is left alone.
    pub fn skip(mut self, selector: impl Into<String>) -> HtmlOptions {
        self.skip.push(selector.into());
        self
    }

    /// Replaces the list of skipped elements, [`DEFAULT_SKIP`] included. Keep
    /// `script`, `style`, `template` and `textarea` in it only if you mean to:
    /// their text is never annotated anyway.
    pub fn skip_only<I, S>(mut self, selectors: I) -> HtmlOptions
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.skip = selectors.into_iter().map(Into::into).collect();
        self
    }

    /// Annotates only inside the elements matching `selector` (`article`,
    /// `main`, `#content`), and appends the notes and the terms list at the end
    /// of each. Without a container the whole page is annotated and the notes go
    /// at the end of `<body>` (or of the document when it has no `</body>`).
    pub fn container(mut self, selector: impl Into<String>) -> HtmlOptions {
        self.container = Some(selector.into());
        self
    }

    /// Appends a "terms in this article" list after the notes. With
    /// [`HtmlStyle::Tooltip`] on terms that are not
    /// [focusable](HtmlOptions::focusable_terms), the list is always written:
    /// it is where keyboard users, and readers without CSS, find the
    /// definitions.
    pub fn terms_list(mut self, yes: bool) -> HtmlOptions {
        self.terms_list = yes;
        self
    }

    /// The largest text node accepted, in bytes of source (1 MiB by default);
    /// a longer one is an error, so memory stays bounded on any input.
    pub fn max_text_len(mut self, bytes: usize) -> HtmlOptions {
        self.max_text_len = bytes;
        self
    }

    /// The prefix of every `id` glossator writes (`gl-` by default: `gl-tip-1`,
    /// `gl-note-1`, `gl-ref-1`). Only ASCII letters, digits, `-` and `_` are
    /// kept.
    pub fn id_prefix(mut self, prefix: &str) -> HtmlOptions {
        self.id_prefix = clean_prefix(prefix);
        self
    }

    /// The page's language when it has no `<html lang>`: definitions in another
    /// language get a `lang` attribute. When neither is known, every definition
    /// gets one.
    pub fn page_lang(mut self, lang: impl Into<String>) -> HtmlOptions {
        self.page_lang = Some(lang.into());
        self
    }

    /// The level of the headings of the notes and the terms list (`2` for
    /// `<h2>`, the default; clamped to 1–6).
    pub fn heading_level(mut self, level: u8) -> HtmlOptions {
        self.heading_level = level.clamp(1, 6);
        self
    }

    /// Puts each term with a tooltip in the tab order (`tabindex="0"`), so that
    /// keyboard users open its definition by moving to it; by default terms
    /// are not focusable (a page with 40 terms would get 40 tab stops) and the
    /// definitions are listed at the end instead (see
    /// [`HtmlOptions::terms_list`]).
    ///
    /// ```
    /// use glossator::document::html::{annotate_html, HtmlOptions};
    /// use glossator::{Annotator, Options};
    ///
    /// let annotator = Annotator::builtin()?;
    /// let html = HtmlOptions::new().page_lang("en").focusable_terms(true);
    /// let (out, _) = annotate_html(&annotator, "<p>sumo</p>", &Options::new("en")?, &html)?;
    /// assert!(out.contains(r#"<dfn class="glossator-term" data-glossator="name" tabindex="0" aria-describedby="gl-tip-1">sumo</dfn>"#));
    /// assert!(!out.contains("glossator-terms"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn focusable_terms(mut self, yes: bool) -> HtmlOptions {
        self.focusable = yes;
        self
    }

    /// Marks each term with the W3C ITS 2.0 terminology attributes
    /// (`its-term="yes"`, `its-term-info-ref` pointing at its tooltip or its
    /// note), so that CAT tools and other processors recognize glossed terms.
    /// With footnotes, the term gets a `<span>` of its own to carry them.
    ///
    /// ```
    /// use glossator::document::html::{annotate_html, HtmlOptions, HtmlStyle};
    /// use glossator::{Annotator, Options};
    ///
    /// let annotator = Annotator::builtin()?;
    /// let html = HtmlOptions::new().page_lang("en").style(HtmlStyle::Footnotes).its_terms(true);
    /// let (out, _) = annotate_html(&annotator, "<p>sumo</p>", &Options::new("en")?, &html)?;
    /// assert!(out.starts_with(r##"<p><span data-glossator="name" its-term="yes" its-term-info-ref="#gl-note-1">sumo</span><sup"##));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn its_terms(mut self, yes: bool) -> HtmlOptions {
        self.its = yes;
        self
    }

    /// Loads the tooltip script `assets/glossator.js` from `url` (as the page
    /// will see it, `/static/glossator.js`), with a `<script src defer
    /// data-glossator="script">` at the end of `<head>` (or the start of
    /// `<body>` when there is no `</head>`): never inline script, so pages keep
    /// working under a Content Security Policy that allows only script files.
    ///
    /// ```
    /// use glossator::document::html::{annotate_html, HtmlOptions};
    /// use glossator::{Annotator, Options};
    ///
    /// let annotator = Annotator::builtin()?;
    /// let html = HtmlOptions::new().script("/static/glossator.js");
    /// let page = "<html><head></head><body><p>sumo</p></body></html>";
    /// let (out, _) = annotate_html(&annotator, page, &Options::new("en")?, &html)?;
    /// assert!(out.starts_with(r#"<html><head><script src="/static/glossator.js" defer data-glossator="script"></script></head>"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn script(mut self, url: impl Into<String>) -> HtmlOptions {
        self.script = Some(url.into());
        self
    }

    /// Puts the tooltip CSS ([`STYLESHEET`]) in a `<style data-glossator="style">`
    /// at the end of `<head>`, or at the start of `<body>` when there is no
    /// `</head>`.
    pub fn stylesheet(mut self, yes: bool) -> HtmlOptions {
        self.stylesheet = yes;
        self
    }
}

// ---------------------------------------------------------------------------
// Character references

/// Text with its character references decoded, and the map from decoded
/// offsets back to the raw text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    /// One per reference: (decoded start, raw start, decoded length, raw length).
    refs: Vec<(usize, usize, usize, usize)>,
}

impl Decoded {
    /// The raw offset where a match starting at decoded offset `d` starts, or
    /// `None` inside a reference.
    pub fn raw_start(&self, d: usize) -> Option<usize> {
        let i = self.refs.partition_point(|r| r.0 <= d);
        let Some(&(ds, rs, dl, rl)) = i.checked_sub(1).map(|i| &self.refs[i]) else {
            return Some(d);
        };
        if d >= ds + dl {
            Some(rs + rl + (d - ds - dl))
        } else if d == ds {
            Some(rs)
        } else {
            None
        }
    }

    /// The raw offset where a match ending at decoded offset `d` ends, or `None`
    /// inside a reference.
    pub fn raw_end(&self, d: usize) -> Option<usize> {
        let i = self.refs.partition_point(|r| r.0 < d);
        let Some(&(ds, rs, dl, rl)) = i.checked_sub(1).map(|i| &self.refs[i]) else {
            return Some(d);
        };
        if d >= ds + dl {
            Some(rs + rl + (d - ds - dl))
        } else {
            None
        }
    }
}

fn named_references() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (e.entity.trim_start_matches('&'), e.characters))
            .collect()
    })
}

/// The longest named reference name is 31 characters plus `;`.
const MAX_NAME: usize = 32;

/// Windows-1252 stand-ins for numeric references to C1 controls (WHATWG HTML,
/// "numeric character reference end state").
fn c1_replacement(n: u32) -> Option<char> {
    const TABLE: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let i = n.checked_sub(0x80)? as usize;
    TABLE.get(i).and_then(|&c| char::from_u32(c))
}

/// Decodes one reference at the start of `s` (which starts with `&`), as the
/// HTML parser does in element text: the decoded text and the raw length.
fn reference(s: &str) -> Option<(Cow<'static, str>, usize)> {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (hex, digits_at) = match bytes.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let digits = bytes[digits_at..]
            .iter()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let mut value: u32 = 0;
        for &b in &bytes[digits_at..digits_at + digits] {
            let d = (b as char).to_digit(16).unwrap_or(0);
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
        }
        let mut len = digits_at + digits;
        if bytes.get(len) == Some(&b';') {
            len += 1;
        }
        let c = match value {
            0 => '\u{FFFD}',
            0x80..=0x9F => c1_replacement(value).unwrap_or('\u{FFFD}'),
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((Cow::Owned(c.to_string()), len));
    }
    let table = named_references();
    let name_len = bytes[1..]
        .iter()
        .take(MAX_NAME)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    if bytes.get(1 + name_len) == Some(&b';') {
        if let Some(&chars) = table.get(&s[1..2 + name_len]) {
            return Some((Cow::Borrowed(chars), name_len + 2));
        }
    }
    // Legacy references without `;` (`&amp`, `&copy`): the longest one that
    // prefixes the name.
    (1..=name_len)
        .rev()
        .find_map(|n| table.get(&name[..n]).map(|&c| (Cow::Borrowed(c), n + 1)))
}

/// Decodes the character references of raw element text.
pub(crate) fn decode_text(raw: &str) -> Decoded {
    if !raw.contains('&') {
        return Decoded {
            text: raw.to_string(),
            refs: Vec::new(),
        };
    }
    let mut out = Decoded {
        text: String::with_capacity(raw.len()),
        refs: Vec::new(),
    };
    let mut last = 0;
    let mut search = 0;
    while let Some(found) = raw[search..].find('&') {
        let at = search + found;
        match reference(&raw[at..]) {
            Some((chars, len)) => {
                out.text.push_str(&raw[last..at]);
                out.refs.push((out.text.len(), at, chars.len(), len));
                out.text.push_str(&chars);
                last = at + len;
                search = last;
            }
            None => search = at + 1,
        }
    }
    out.text.push_str(&raw[last..]);
    out
}

// ---------------------------------------------------------------------------
// Annotation

fn input_error(message: Message) -> Error {
    Error::new(ErrorKind::Input, message)
}

fn parse_selector(selector: &str) -> Result<Selector> {
    selector.parse::<Selector>().map_err(|e| {
        input_error(
            Message::new("error-html-selector")
                .arg("selector", selector)
                .arg("detail", e),
        )
    })
}

fn write_error(name: &str, err: io::Error) -> Error {
    Error::new(
        ErrorKind::Io,
        Message::new("error-html-write")
            .arg("path", name)
            .arg_message("reason", Message::new("io-other").arg("reason", &err)),
    )
    .with_source(err)
}

/// The per-text-node state of a run: the session (first-occurrence policy), the
/// text node being gathered.
struct TextState<'a> {
    session: Option<Session<'a>>,
    buf: String,
    start: usize,
    removed: bool,
    /// Terms marked up so far.
    matches: usize,
}

impl TextState<'_> {
    /// The annotated form of one whole raw text node, or `None` when nothing in
    /// it is annotated.
    fn annotate(&mut self, raw: &str, markup: &mut HtmlMarkup) -> Option<String> {
        let session = self.session.as_mut()?;
        let decoded = decode_text(raw);
        let annotations = session.annotate(&decoded.text, 0);
        let mut out = String::new();
        let mut last = 0;
        for a in &annotations {
            let range = a.range();
            let (Some(s), Some(e)) = (decoded.raw_start(range.start), decoded.raw_end(range.end))
            else {
                continue;
            };
            if s < last || e > raw.len() || s >= e {
                continue;
            }
            let Some(gloss) = Gloss::new(a, &decoded.text[range]) else {
                continue;
            };
            out.push_str(&raw[last..s]);
            markup.term(&mut out, &raw[s..e], gloss);
            self.matches += 1;
            last = e;
        }
        if last == 0 {
            return None;
        }
        out.push_str(&raw[last..]);
        Some(out)
    }
}

/// Annotates an HTML page held in memory; see the [module](self) documentation.
/// Returns the annotated page and the warnings (definitions missing or taken
/// from a fallback language).
///
/// # Errors
///
/// A selector in `html` that `lol_html` cannot use, a text node longer than
/// [`HtmlOptions::max_text_len`], or markup that `lol_html` cannot rewrite
/// unambiguously (all of kind [`ErrorKind::Input`]).
///
/// # Example
///
/// ```
/// use glossator::document::html::{annotate_html, HtmlOptions};
/// use glossator::{Annotator, Options};
///
/// let annotator = Annotator::builtin()?;
/// let (out, _) = annotate_html(
///     &annotator,
///     "<p>hiki&#8209;wake</p>",
///     &Options::new("en")?,
///     &HtmlOptions::new().page_lang("en"),
/// )?;
/// assert!(out.starts_with(concat!(
///     r#"<p><span class="glossator" data-glossator="term" data-glossator-entry="hiki-wake">"#,
///     r#"<dfn class="glossator-term" data-glossator="name" aria-describedby="gl-tip-1">hiki&#8209;wake</dfn>"#,
///     r#"<span class="glossator-tip" data-glossator="tip" id="gl-tip-1" role="tooltip" hidden>引き分け, ひきわけ: "#,
/// )));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annotate_html(
    annotator: &Annotator,
    input: &str,
    options: &Options,
    html: &HtmlOptions,
) -> Result<(String, Vec<Warning>)> {
    let mut out = Vec::with_capacity(input.len() + input.len() / 8);
    let (warnings, _) = rewrite(
        annotator,
        "<input>",
        Source::Page(input),
        &mut out,
        options,
        html,
    )?;
    let out = match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    Ok((out, warnings))
}

/// Annotates an HTML page read from `input` and written to `output` as it goes:
/// memory stays bounded by [`HtmlOptions::max_text_len`] and `lol_html`'s own
/// buffers, whatever the size of the page. `name` stands for the input in
/// messages. Returns the warnings.
///
/// # Errors
///
/// As [`annotate_html`]; also input that cannot be read or is not UTF-8, and
/// output that cannot be written (kind [`ErrorKind::Io`], with the
/// [`io::Error`] as the error's `source()`, so a broken pipe can be told apart).
///
/// # Example
///
/// ```
/// use glossator::document::html::{annotate_html_stream, HtmlOptions, HtmlStyle};
/// use glossator::{Annotator, Options};
///
/// let annotator = Annotator::builtin()?;
/// let page = "<body><p>Kasumigaseki and nemawashi.</p></body>";
/// let mut out = Vec::new();
/// let html = HtmlOptions::new().style(HtmlStyle::Footnotes).page_lang("en");
/// annotate_html_stream(&annotator, "page.html", &mut page.as_bytes(), &mut out, &Options::new("en")?, &html)?;
/// let out = String::from_utf8(out)?;
/// assert!(out.contains(r#"<li id="gl-note-2" data-glossator-entry="nemawashi">"#));
/// assert!(out.ends_with("</section></body>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annotate_html_stream(
    annotator: &Annotator,
    name: &str,
    input: &mut dyn Read,
    output: &mut dyn Write,
    options: &Options,
    html: &HtmlOptions,
) -> Result<Vec<Warning>> {
    rewrite(
        annotator,
        name,
        Source::Reader(input),
        output,
        options,
        html,
    )
    .map(|(warnings, _)| warnings)
}

/// [`annotate_html_stream`], also returning the number of terms marked up.
fn rewrite(
    annotator: &Annotator,
    name: &str,
    source: Source<'_>,
    output: &mut dyn Write,
    options: &Options,
    html: &HtmlOptions,
) -> Result<(Vec<Warning>, usize)> {
    let skip: Vec<Selector> = html
        .skip
        .iter()
        .map(|s| parse_selector(s))
        .collect::<Result<_>>()?;
    let container = html.container.as_deref().map(parse_selector).transpose()?;
    let page_lang = html
        .page_lang
        .as_deref()
        .map(crate::l10n::parse_language)
        .transpose()?;
    let has_container = container.is_some();
    let input: &mut dyn Read = match source {
        Source::Reader(reader) => reader,
        Source::Page(page)
            if page.len() <= html.max_text_len
                && !html.stylesheet
                && html.script.is_none()
                && !has_term(annotator, page) =>
        {
            output
                .write_all(page.as_bytes())
                .and_then(|()| output.flush())
                .map_err(|e| write_error("<output>", e))?;
            return Ok((Vec::new(), 0));
        }
        Source::Page(page) => &mut page.as_bytes(),
    };
    let markup = Rc::new(RefCell::new(HtmlMarkup::new(MarkupSettings {
        style: html.style,
        element: html.element,
        prefix: html.id_prefix.clone(),
        terms_list: html.terms_list || (html.style == HtmlStyle::Tooltip && !html.focusable),
        focusable: html.focusable,
        its: html.its,
        heading_level: html.heading_level,
        labels: Labels::for_lang(options.lang()),
        // Until `<html lang>` says otherwise; when nothing says, every definition
        // is marked with its language, which is never wrong.
        page_lang: page_lang.clone(),
    })));
    let text_state = Rc::new(RefCell::new(TextState {
        session: Some(annotator.session(options)),
        buf: String::new(),
        start: 0,
        removed: false,
        matches: 0,
    }));
    let failure: Rc<RefCell<Option<Error>>> = Rc::new(RefCell::new(None));
    let skipped = Rc::new(Cell::new(false));
    let scoped = Rc::new(Cell::new(false));
    let depth = Rc::new(Cell::new(0usize));
    let head = head_elements(html);
    let style_written = Rc::new(Cell::new(head.is_empty()));

    let mut settings = Settings::new()
        .with_memory_settings(
            MemorySettings::new()
                .with_max_allowed_memory_usage(html.max_text_len.saturating_mul(4).max(16 << 20)),
        )
        .with_strict(true);

    // Page language: `<html lang>` unless given.
    if page_lang.is_none() {
        let markup = Rc::clone(&markup);
        settings = settings.append_element_content_handler((
            Cow::Owned(parse_selector("html")?),
            ElementContentHandlers::default().element(move |el: &mut Element<'_, '_>| {
                let lang = el
                    .get_attribute("lang")
                    .and_then(|l| crate::l10n::parse_language(l.trim()).ok());
                markup.borrow_mut().set_page_lang(lang);
                HandlerResult::Ok(())
            }),
        ));
    }
    // The stylesheet and the script, at the end of the head or the start of the body.
    if !head.is_empty() {
        let written = Rc::clone(&style_written);
        let in_head = Rc::new(head.clone());
        settings = settings.append_element_content_handler((
            Cow::Owned(parse_selector("head")?),
            ElementContentHandlers::default().element(move |el: &mut Element<'_, '_>| {
                let written = Rc::clone(&written);
                let in_head = Rc::clone(&in_head);
                let _ = el.on_end_tag(Box::new(move |end: &mut EndTag<'_>| {
                    if !written.replace(true) {
                        end.before(&in_head, ContentType::Html);
                    }
                    Ok(())
                }));
                Ok(())
            }),
        ));
        let written = Rc::clone(&style_written);
        settings = settings.append_element_content_handler((
            Cow::Owned(parse_selector("body")?),
            ElementContentHandlers::default().element(move |el: &mut Element<'_, '_>| {
                if !written.replace(true) {
                    el.prepend(&head, ContentType::Html);
                }
                Ok(())
            }),
        ));
    }
    // Skipped elements: their text handlers run before the document's and mark
    // each chunk inside them.
    for selector in skip {
        let skipped = Rc::clone(&skipped);
        settings = settings.append_element_content_handler((
            Cow::Owned(selector),
            ElementContentHandlers::default().text(move |_: &mut TextChunk<'_>| {
                skipped.set(true);
                Ok(())
            }),
        ));
    }
    // The container: where text is annotated (when given) and where notes go.
    let notes_at = match container {
        Some(c) => c,
        None => parse_selector("body")?,
    };
    {
        let scoped = Rc::clone(&scoped);
        let depth_el = Rc::clone(&depth);
        let markup = Rc::clone(&markup);
        settings = settings.append_element_content_handler((
            Cow::Owned(notes_at),
            ElementContentHandlers::default()
                .element(move |el: &mut Element<'_, '_>| {
                    let depth = Rc::clone(&depth_el);
                    let markup = Rc::clone(&markup);
                    if el
                        .on_end_tag(Box::new(move |end: &mut EndTag<'_>| {
                            depth.set(depth.get().saturating_sub(1));
                            if depth.get() == 0 {
                                let notes = markup.borrow_mut().flush();
                                if !notes.is_empty() {
                                    end.before(&notes, ContentType::Html);
                                }
                            }
                            Ok(())
                        }))
                        .is_ok()
                    {
                        depth_el.set(depth_el.get() + 1);
                    }
                    Ok(())
                })
                .text(move |_: &mut TextChunk<'_>| {
                    scoped.set(true);
                    Ok(())
                }),
        ));
    }
    // Every text chunk, after the element handlers above have marked it.
    {
        let text_state = Rc::clone(&text_state);
        let markup = Rc::clone(&markup);
        let failure = Rc::clone(&failure);
        let skipped = Rc::clone(&skipped);
        let scoped = Rc::clone(&scoped);
        let max = html.max_text_len;
        let name = name.to_string();
        settings = settings.append_document_content_handler(
            DocumentContentHandlers::default().text(move |t: &mut TextChunk<'_>| {
                let skip = skipped.replace(false);
                let in_scope = scoped.replace(false) || !has_container;
                if skip || !in_scope || t.text_type() != TextType::Data {
                    return Ok(());
                }
                let mut state = text_state.borrow_mut();
                if state.buf.is_empty() {
                    state.start = t.source_location().bytes().start;
                }
                state.buf.push_str(t.as_str());
                if state.buf.len() > max {
                    *failure.borrow_mut() = Some(input_error(
                        Message::new("error-html-text-too-long")
                            .arg("path", &name)
                            .number("offset", state.start)
                            .number("limit", max),
                    ));
                    return Err("text node too long".into());
                }
                if !t.last_in_text_node() {
                    if !t.as_str().is_empty() {
                        t.remove();
                        state.removed = true;
                    }
                    return Ok(());
                }
                let raw = std::mem::take(&mut state.buf);
                let removed = std::mem::take(&mut state.removed);
                match state.annotate(&raw, &mut markup.borrow_mut()) {
                    Some(out) => t.replace(&out, ContentType::Html),
                    None if removed => t.replace(&raw, ContentType::Html),
                    None => {}
                }
                Ok(())
            }),
        );
    }
    // Whatever was not flushed at a container's end goes at the document's end.
    {
        let markup = Rc::clone(&markup);
        settings = settings.append_document_content_handler(
            DocumentContentHandlers::default().end(move |end: &mut DocumentEnd<'_>| {
                let notes = markup.borrow_mut().flush();
                if !notes.is_empty() {
                    end.append(&notes, ContentType::Html);
                }
                Ok(())
            }),
        );
    }

    let write_failed: Rc<RefCell<Option<io::Error>>> = Rc::new(RefCell::new(None));
    let sink_failed = Rc::clone(&write_failed);
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| {
        let mut failed = sink_failed.borrow_mut();
        if failed.is_none() {
            if let Err(e) = output.write_all(chunk) {
                *failed = Some(e);
            }
        }
    });
    let rewrite_error = |e: RewritingError| -> Error {
        if let Some(err) = failure.borrow_mut().take() {
            return err;
        }
        input_error(
            Message::new("error-html-rewrite")
                .arg("path", name)
                .arg("detail", &e),
        )
        .with_source(e)
    };

    let mut chunk = vec![0u8; 64 * 1024];
    let mut utf8 = Utf8Check::default();
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io_named(name, e)),
        };
        utf8.feed(&chunk[..n])
            .map_err(|offset| utf8_error(name, offset))?;
        rewriter.write(&chunk[..n]).map_err(rewrite_error)?;
        if let Some(e) = write_failed.borrow_mut().take() {
            return Err(write_error("<output>", e));
        }
    }
    utf8.finish().map_err(|offset| utf8_error(name, offset))?;
    rewriter.end().map_err(rewrite_error)?;
    if let Some(e) = write_failed.borrow_mut().take() {
        return Err(write_error("<output>", e));
    }
    output.flush().map_err(|e| write_error("<output>", e))?;
    let mut state = text_state.borrow_mut();
    let warnings = state
        .session
        .take()
        .map(Session::finish)
        .unwrap_or_default();
    Ok((warnings, state.matches))
}

/// Where [`rewrite`] reads a page from.
enum Source<'a> {
    Reader(&'a mut dyn Read),
    /// A page held in memory: one without any term is copied as it is (see the
    /// module documentation).
    Page(&'a str),
}

/// Whether a term occurs anywhere in `page`, character references decoded.
/// The page is searched in pieces cut before a `<` (which no text node
/// contains), so that a page with terms is told apart early.
fn has_term(annotator: &Annotator, page: &str) -> bool {
    const PIECE: usize = 16 * 1024;
    let mut start = 0;
    while start < page.len() {
        let from = (start + PIECE).min(page.len());
        let end = page.as_bytes()[from..]
            .iter()
            .position(|&b| b == b'<')
            .map_or(page.len(), |i| from + i);
        let piece = decode_text(&page[start..end]);
        if annotator.matcher().find_iter(&piece.text).next().is_some() {
            return true;
        }
        start = end;
    }
    false
}

/// Writes to an output and keeps its first failure, so that a failure to write
/// can be told apart from a problem with the page.
struct Tracked<'w> {
    inner: &'w mut dyn Write,
    failed: Option<io::Error>,
}

impl Tracked<'_> {
    fn keep(&mut self, e: io::Error) -> io::Error {
        if e.kind() == io::ErrorKind::Interrupted {
            return e;
        }
        let kind = e.kind();
        self.failed.get_or_insert(e);
        io::Error::from(kind)
    }
}

impl Write for Tracked<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().map_err(|e| self.keep(e))
    }
}

/// An HTML page as one input of a [`Batch`](crate::batch::Batch): streamed
/// through [`annotate_html_stream`] with these options.
impl Transform for HtmlOptions {
    fn transform(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        text: &str,
        out: &mut dyn Write,
    ) -> std::result::Result<Done, Failure> {
        self.transform_source(annotator, options, name, Source::Page(text), out)
    }

    fn transform_stream(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        input: &mut dyn Read,
        out: &mut dyn Write,
    ) -> std::result::Result<Done, Failure> {
        self.transform_source(annotator, options, name, Source::Reader(input), out)
    }
}

impl HtmlOptions {
    fn transform_source(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        source: Source<'_>,
        out: &mut dyn Write,
    ) -> std::result::Result<Done, Failure> {
        let mut sink = Tracked {
            inner: out,
            failed: None,
        };
        match rewrite(annotator, name, source, &mut sink, options, self) {
            Ok((warnings, matches)) => Ok(Done { matches, warnings }),
            Err(e) => Err(match sink.failed.take() {
                Some(io) => Failure::Output(io),
                None => Failure::Error(e),
            }),
        }
    }
}

/// What goes at the end of `<head>`: the stylesheet and the script element, as
/// asked for; empty when neither is.
fn head_elements(html: &HtmlOptions) -> String {
    let mut out = String::new();
    if html.stylesheet {
        out.push_str("<style data-glossator=\"style\">\n");
        out.push_str(STYLESHEET);
        out.push_str("</style>");
    }
    if let Some(url) = &html.script {
        out.push_str("<script src=\"");
        crate::render::html::push_attr(&mut out, url);
        out.push_str("\" defer data-glossator=\"script\"></script>");
    }
    out
}

fn utf8_error(name: &str, offset: usize) -> Error {
    input_error(
        Message::new("error-utf8")
            .arg("path", name)
            .number("offset", offset),
    )
}

/// Checks that a stream of byte chunks is UTF-8, allowing a character to be
/// split between chunks.
#[derive(Debug, Default)]
struct Utf8Check {
    /// Bytes of the stream known to be valid.
    valid: usize,
    /// The start of a character cut off at the end of the last chunk.
    tail: Vec<u8>,
}

impl Utf8Check {
    /// `Err(offset)` at the first byte that is not UTF-8.
    fn feed(&mut self, chunk: &[u8]) -> std::result::Result<(), usize> {
        let joined;
        let data: &[u8] = if self.tail.is_empty() {
            chunk
        } else {
            let mut j = std::mem::take(&mut self.tail);
            j.extend_from_slice(chunk);
            joined = j;
            &joined
        };
        match std::str::from_utf8(data) {
            Ok(_) => {
                self.valid += data.len();
                Ok(())
            }
            Err(e) if e.error_len().is_none() => {
                self.valid += e.valid_up_to();
                self.tail = data[e.valid_up_to()..].to_vec();
                Ok(())
            }
            Err(e) => Err(self.valid + e.valid_up_to()),
        }
    }

    fn finish(&self) -> std::result::Result<(), usize> {
        if self.tail.is_empty() {
            Ok(())
        } else {
            Err(self.valid)
        }
    }
}

/// Removes everything glossator added to a page (every element whose
/// `data-glossator` is one glossator writes: `term`, `name`, `tip`, `ref`,
/// `notes`, `terms`, `style`, `script`) and gives back the page as it was, byte for byte.
/// Elements marked `data-glossator="off"` by authors stay.
///
/// # Errors
///
/// Markup that `lol_html` cannot rewrite unambiguously.
///
/// # Example
///
/// ```
/// use glossator::document::html::strip_html;
///
/// let annotated = concat!(
///     r#"<p><span class="glossator" data-glossator="term"><dfn data-glossator="name">sumo</dfn>"#,
///     r#"<span data-glossator="tip" hidden>wrestling</span></span> <b data-glossator="off">x</b></p>"#,
/// );
/// assert_eq!(strip_html(annotated)?, r#"<p>sumo <b data-glossator="off">x</b></p>"#);
/// # Ok::<(), glossator::Error>(())
/// ```
pub fn strip_html(input: &str) -> Result<String> {
    // One set of rules for both: `strip::strip_html_stream` knows what glossator
    // writes.
    let mut out = Vec::with_capacity(input.len());
    super::strip::strip_html_stream("<input>", &mut input.as_bytes(), &mut out).map_err(
        |f| match f {
            Failure::Error(e) => e,
            Failure::Output(e) => Error::io_named("<output>", e),
        },
    )?;
    Ok(match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_as_in_element_text() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("a &amp; b", "a & b"),
            ("hiki&#8209;wake", "hiki\u{2011}wake"),
            ("x&#x41;&#X42;y", "xABy"),
            ("&nbsp;&NotEqualTilde;", "\u{A0}\u{2242}\u{338}"),
            ("&copy2026 &amp", "©2026 &"),
            ("&notit; &notin;", "¬it; ∉"),
            ("&#0;&#x110000;&#128;", "\u{FFFD}\u{FFFD}€"),
            ("& &; &#; &#x; &bogus;", "& &; &#; &#x; &bogus;"),
            ("&#99999999999999999999;", "\u{FFFD}"),
        ];
        for (raw, text) in cases {
            assert_eq!(decode_text(raw).text, *text, "raw {raw:?}");
        }
    }

    #[test]
    fn offsets_map_back_around_references() {
        let d = decode_text("a&amp;b &#8209;c");
        assert_eq!(d.text, "a&b \u{2011}c");
        assert_eq!(d.raw_start(0), Some(0));
        assert_eq!(d.raw_start(1), Some(1));
        assert_eq!(d.raw_end(2), Some(6));
        assert_eq!(d.raw_start(2), Some(6));
        assert_eq!(d.raw_start(4), Some(8));
        assert_eq!(d.raw_start(5), None);
        assert_eq!(d.raw_end(7), Some(15));
        assert_eq!(d.raw_end(8), Some(16));
        let two = decode_text("&NotEqualTilde;");
        assert_eq!(two.raw_end(3), None);
        assert_eq!(two.raw_end(5), Some(15));
    }

    #[test]
    fn utf8_split_between_chunks() {
        let bytes = "aé根".as_bytes();
        for cut in 0..=bytes.len() {
            let mut check = Utf8Check::default();
            assert_eq!(check.feed(&bytes[..cut]), Ok(()));
            assert_eq!(check.feed(&bytes[cut..]), Ok(()));
            assert_eq!(check.finish(), Ok(()));
        }
        let mut check = Utf8Check::default();
        assert_eq!(check.feed(b"ab\xe3"), Ok(()));
        assert_eq!(check.finish(), Err(2));
        let mut check = Utf8Check::default();
        assert_eq!(check.feed(b"ok"), Ok(()));
        assert_eq!(check.feed(b" \xff"), Err(3));
    }
}
