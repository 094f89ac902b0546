//! A glossary is untrusted input. Every payload of tests/data/payloads/payloads.txt
//! is put into a glossary as a definition, an original form, a reading, a
//! romanization and an entry id; pages that use the glossary's terms are
//! annotated in every HTML and Markdown style; the output is parsed (html5ever
//! through `scraper`; Markdown rendered by pulldown-cmark first) and must hold no
//! element, attribute or URL that glossator did not mean to write, and the
//! payloads must come out as the very text they were.

use std::collections::BTreeSet;

use glossator::document::html::{annotate_html, strip_html, HtmlOptions, HtmlStyle, TermElement};
use glossator::document::markdown::{annotate_markdown, MarkdownOptions, MarkdownStyle};
use glossator::glossary::load::Sources;
use glossator::l10n::{parse_language, FtlSource};
use glossator::{Annotator, Entry, Glossary, Options};
use scraper::{ElementRef, Html};

fn payloads() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/payloads/payloads.txt"
    );
    let text = std::fs::read_to_string(path).expect("payloads.txt");
    let payloads: Vec<String> = text
        .split('\n')
        .filter(|l| !l.is_empty() && !l.starts_with("# ") && *l != "#")
        .map(str::to_string)
        .collect();
    assert!(
        payloads.len() > 50,
        "the corpus has {} payloads",
        payloads.len()
    );
    payloads
}

/// `aa`, `ab`, …: a letters-only suffix for term number `i`.
fn letters(i: usize) -> String {
    let a = b'a' + (i / 26) as u8;
    let b = b'a' + (i % 26) as u8;
    String::from_utf8(vec![a, b]).expect("ASCII")
}

fn term(i: usize) -> String {
    format!("hostile{}", letters(i))
}

/// A Fluent string literal holding `s` exactly.
fn ftl_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Entries `e<i>` with term `hostile<ab>` whose original, reading, romanization
/// and definition are payload `i`; every third entry also gets the payload as
/// its id (bypassing validation, as a program building glossaries in memory
/// could), so it has no definition but still a gloss.
fn hostile(payloads: &[String]) -> (Annotator, Vec<String>) {
    let entries: Vec<Entry> = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Entry::new(format!("e{i}"), [term(i)])
                .with_original(p.as_str())
                .with_reading(p.as_str())
                .with_romanization(p.as_str())
        })
        .collect();
    let mut glossary = Glossary::new("hostile", "en", entries, "hostile.ron").expect("glossary");
    let mut ids = Vec::new();
    for (i, entry) in glossary.entries.iter_mut().enumerate() {
        if i % 3 == 2 {
            entry.id = payloads[i].clone();
        }
        ids.push(entry.id.clone());
    }
    let ftl: String = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| format!("e{i} = {{ {} }}\n", ftl_literal(p)))
        .collect();
    let sources = Sources {
        glossaries: vec![glossary],
        locales: vec![FtlSource {
            lang: parse_language("en").expect("en"),
            glossary: "hostile".to_string(),
            path: "locales/en/hostile.ftl".to_string(),
            text: ftl,
        }],
    };
    let annotator = Annotator::builder()
        .sources(sources)
        .build()
        .expect("hostile annotator");
    (annotator, ids)
}

/// What the HTML parser gives back for text glossator escaped: stray controls
/// became U+FFFD.
fn as_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if (c.is_control() && c != '\t' && c != '\n') || c == '\u{7F}' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The same for an attribute value: line breaks and tabs became spaces.
fn as_attr(s: &str) -> String {
    as_text(&s.replace(['\n', '\r', '\t'], " "))
}

const OURS: &[&str] = &["term", "name", "tip", "ref", "notes", "terms", "style"];

fn is_ours(el: &ElementRef<'_>) -> bool {
    el.value()
        .attr("data-glossator")
        .is_some_and(|v| OURS.contains(&v))
}

/// Every element outside glossator's markup, as (name, attributes), in document
/// order; and every element inside it.
fn split_elements(doc: &Html) -> (Vec<String>, Vec<ElementRef<'_>>) {
    let mut theirs = Vec::new();
    let mut ours = Vec::new();
    for el in doc.root_element().descendent_elements() {
        let inside = is_ours(&el)
            || el
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| is_ours(&a));
        if inside {
            ours.push(el);
        } else {
            let mut attrs: Vec<String> = el
                .value()
                .attrs()
                .map(|(k, v)| format!("{k}={v:?}"))
                .collect();
            attrs.sort();
            theirs.push(format!("<{} {}>", el.value().name(), attrs.join(" ")));
        }
    }
    (theirs, ours)
}

fn is_generated_id(id: &str, prefix: &str) -> bool {
    let Some(rest) = id.strip_prefix(prefix) else {
        return false;
    };
    let Some((kind, number)) = rest.split_once('-') else {
        return false;
    };
    ["tip", "note", "ref", "notes", "terms"].contains(&kind)
        && !number.is_empty()
        && number
            .split('-')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Checks one element glossator wrote: known element, known attributes, values
/// of the expected shape.
fn check_ours(el: &ElementRef<'_>, ids: &[String], context: &str) {
    let name = el.value().name();
    assert!(
        [
            "span", "dfn", "abbr", "sup", "a", "section", "h2", "ol", "li", "aside", "dl", "dt",
            "dd", "style", "bdi"
        ]
        .contains(&name),
        "{context}: glossator wrote no <{name}>"
    );
    for (attr, value) in el.value().attrs() {
        let ok = match attr {
            "class" => value.split(' ').all(|c| {
                [
                    "glossator",
                    "glossator-term",
                    "glossator-label",
                    "glossator-tip",
                    "glossator-def",
                    "glossator-ref",
                    "glossator-notes",
                    "glossator-terms",
                ]
                .contains(&c)
            }),
            "data-glossator" => OURS.contains(&value),
            "data-glossator-entry" => ids.iter().any(|id| as_attr(id) == value),
            "tabindex" => value == "0",
            "hidden" => value.is_empty(),
            "aria-describedby" | "aria-labelledby" | "id" => is_generated_id(value, "gl-"),
            "its-term" => value == "yes",
            "href" | "its-term-info-ref" => value
                .strip_prefix('#')
                .is_some_and(|id| is_generated_id(id, "gl-")),
            "role" => ["tooltip", "doc-noteref", "doc-backlink", "doc-endnotes"].contains(&value),
            "lang" => value == "en",
            "aria-label" => value == "Back to the text",
            "start" => value.bytes().all(|b| b.is_ascii_digit()),
            _ => false,
        };
        assert!(
            ok,
            "{context}: <{name} {attr}={value:?}> is not glossator's"
        );
    }
}

fn page(payloads: &[String]) -> String {
    let mut page = String::from(
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head><title>t</title></head>\n<body>\n",
    );
    for i in 0..payloads.len() {
        page.push_str(&format!("<p>Term {} here.</p>\n", term(i)));
    }
    page.push_str("</body>\n</html>\n");
    page
}

#[test]
fn hostile_glossary_in_html() {
    let payloads = payloads();
    let (annotator, ids) = hostile(&payloads);
    let input = page(&payloads);
    let input_doc = Html::parse_document(&input);
    let (input_elements, none) = split_elements(&input_doc);
    assert!(none.is_empty());
    let configs: [(&str, HtmlOptions); 6] = [
        ("tooltip", HtmlOptions::new()),
        (
            "focusable-its",
            HtmlOptions::new().focusable_terms(true).its_terms(true),
        ),
        (
            "footnotes-its",
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .its_terms(true),
        ),
        ("abbr", HtmlOptions::new().term_element(TermElement::Abbr)),
        (
            "footnotes",
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .terms_list(true),
        ),
        (
            "stylesheet",
            HtmlOptions::new().stylesheet(true).terms_list(true),
        ),
    ];
    for (name, html) in configs {
        let (out, _warnings) =
            annotate_html(&annotator, &input, &Options::new("en").expect("en"), &html)
                .expect("annotate");
        assert_eq!(
            strip_html(&out).expect("strip"),
            input,
            "{name}: round trip"
        );
        let doc = Html::parse_document(&out);
        let (elements, ours) = split_elements(&doc);
        assert_eq!(
            elements, input_elements,
            "{name}: the page's own elements changed"
        );
        for el in &ours {
            check_ours(el, &ids, name);
        }
        // Every term is annotated, and each payload reads back as itself.
        let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
        let defs: Vec<String> = doc
            .select(&sel(
                ".glossator-tip, .glossator-notes li, .glossator-terms dd",
            ))
            .map(|e| e.text().collect::<String>())
            .collect();
        // A tooltip or a note per term, and a terms list unless the terms are
        // focusable tooltips or footnotes without one.
        let per_term = match name {
            "focusable-its" | "footnotes-its" => 1,
            _ => 2,
        };
        let expected_count = payloads.len() * per_term;
        assert_eq!(
            defs.len(),
            expected_count,
            "{name}: one gloss per term and place"
        );
        for (i, p) in payloads.iter().enumerate() {
            let p = as_text(p);
            let has_def = i % 3 != 2;
            let want = if has_def {
                format!("{p}: {p}")
            } else {
                p.clone()
            };
            assert!(
                defs.iter().any(|d| d.contains(&want)),
                "{name}: payload {i} ({p:?}) does not read back as text"
            );
        }
        // Nothing that runs or loads: no script, no handler, no foreign URL.
        for el in doc.root_element().descendent_elements() {
            assert!(
                ![
                    "script", "img", "iframe", "svg", "math", "object", "embed", "base", "meta",
                    "form", "link"
                ]
                .contains(&el.value().name())
                    || input_doc
                        .root_element()
                        .descendent_elements()
                        .any(|i| i.value().name() == el.value().name()),
                "{name}: a <{}> appeared",
                el.value().name()
            );
            for (attr, value) in el.value().attrs() {
                assert!(!attr.starts_with("on"), "{name}: handler {attr}={value:?}");
                assert!(
                    !value.to_ascii_lowercase().contains("javascript:")
                        || attr == "data-glossator-entry",
                    "{name}: {attr}={value:?}"
                );
            }
        }
    }
}

/// Markdown annotated with the hostile glossary, rendered to HTML.
fn markdown_html(annotator: &Annotator, input: &str, style: MarkdownStyle) -> (String, String) {
    let (out, _) = annotate_markdown(
        annotator,
        input,
        &Options::new("en").expect("en"),
        &MarkdownOptions::new().style(style),
    )
    .expect("annotate");
    let options = pulldown_cmark::Options::ENABLE_FOOTNOTES
        | pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_MATH
        | pulldown_cmark::Options::ENABLE_GFM;
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&out, options));
    (out, html)
}

#[test]
fn hostile_glossary_in_markdown() {
    let payloads = payloads();
    let (annotator, _ids) = hostile(&payloads);
    let mut input = String::new();
    for i in 0..payloads.len() {
        input.push_str(&format!(
            "Term {} here.\n\n| a | b |\n|---|---|\n| x | {} |\n\n",
            term(i),
            term(i)
        ));
    }
    let allowed: BTreeSet<&str> = [
        "p", "table", "thead", "tbody", "tr", "th", "td", "sup", "a", "div", "abbr",
    ]
    .into_iter()
    .collect();
    for style in [MarkdownStyle::Footnotes, MarkdownStyle::Abbr] {
        let (out, html) = markdown_html(&annotator, &input, style);
        let doc = Html::parse_fragment(&html);
        for el in doc.root_element().descendent_elements().skip(1) {
            let name = el.value().name();
            assert!(
                allowed.contains(name),
                "{style:?}: a <{name}> appeared\n{out}"
            );
            for (attr, value) in el.value().attrs() {
                let ok = match (name, attr) {
                    ("a", "href") => value.starts_with('#'),
                    ("abbr", "title") | ("abbr", "data-glossator") => true,
                    ("div" | "sup", "class") | ("div", "id") | ("th" | "td", "style") => true,
                    _ => false,
                };
                assert!(ok, "{style:?}: <{name} {attr}={value:?}>\n{out}");
            }
        }
        let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
        match style {
            MarkdownStyle::Footnotes => {
                let notes: Vec<String> = doc
                    .select(&sel("div.footnote-definition p"))
                    .map(|e| e.text().collect::<String>())
                    .collect();
                assert_eq!(notes.len(), payloads.len());
                for (i, p) in payloads.iter().enumerate() {
                    // One line: white space runs become one space.
                    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                    let p: String = p
                        .chars()
                        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
                        .collect();
                    let want = if i % 3 == 2 {
                        format!("{} — {p}", term(i))
                    } else {
                        format!("{} — {p}: {p}", term(i))
                    };
                    assert!(
                        notes.contains(&want),
                        "payload {i}: {want:?} not in the notes\n{out}"
                    );
                }
            }
            MarkdownStyle::Abbr => {
                let titles: Vec<&str> = doc
                    .select(&sel("abbr"))
                    .filter_map(|e| e.value().attr("title"))
                    .collect();
                assert_eq!(titles.len(), payloads.len(), "{out}");
                for (i, p) in payloads.iter().enumerate() {
                    let p = as_attr(p);
                    let want = if i % 3 == 2 {
                        p.clone()
                    } else {
                        format!("{p}: {p}")
                    };
                    assert!(
                        titles.contains(&want.as_str()),
                        "payload {i}: {want:?}\n{out}"
                    );
                }
            }
            _ => unreachable!("two styles"),
        }
    }
}
