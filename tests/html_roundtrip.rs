//! The round trip as a property: for generated pages and for real ones,
//! removing glossator's markup from the annotated page gives back the input byte
//! for byte; the output does not depend on how the input is cut into chunks; and
//! no annotation lands inside an element that is skipped.
//!
//! Real pages: the fixtures under tests/data/html, and — when Debian's
//! `python3.11-doc` is installed, or `GLOSSATOR_REAL_PAGES` names a folder of
//! `.html` files — a sample of those pages (not part of the repository).

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use glossator::document::html::{
    annotate_html, annotate_html_stream, strip_html, HtmlOptions, HtmlStyle,
};
use glossator::glossary::load::Sources;
use glossator::l10n::{parse_language, FtlSource};
use glossator::{Annotator, Entry, Glossary, Options};
use proptest::prelude::*;
use scraper::{ElementRef, Html};

fn builtin() -> &'static Annotator {
    static A: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    A.get_or_init(|| Annotator::builtin().expect("built-in glossary"))
}

/// Terms common in software documentation, so that real pages get many
/// annotations.
fn software() -> &'static Annotator {
    static A: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    A.get_or_init(|| {
        let terms = [
            ("interpreter", "interpreter"),
            ("module", "module"),
            ("function", "function"),
            ("generator", "generator"),
            ("decorator", "decorator"),
            ("iterator", "iterator"),
            ("exception", "exception"),
            ("argument", "argument"),
            ("attribute", "attribute"),
            ("object", "object"),
            ("string", "string"),
            ("dictionary", "dictionary"),
            ("thread", "thread"),
            ("unicode", "Unicode"),
        ];
        let entries = terms
            .iter()
            .map(|(id, form)| Entry::new(*id, [*form]))
            .collect();
        let glossary = Glossary::new("software", "en", entries, "software.ron").expect("glossary");
        let ftl: String = terms
            .iter()
            .map(|(id, _)| format!("{id} = A {id} & <more> about it.\n"))
            .collect();
        Annotator::builder()
            .sources(Sources {
                glossaries: vec![glossary],
                locales: vec![FtlSource {
                    lang: parse_language("en").expect("en"),
                    glossary: "software".to_string(),
                    path: "software.ftl".to_string(),
                    text: ftl,
                }],
            })
            .build()
            .expect("annotator")
    })
}

struct Chunked<'a> {
    data: &'a [u8],
    size: usize,
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.size.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fn configs() -> Vec<(Options, HtmlOptions)> {
    let en = Options::new("en").expect("en");
    vec![
        (en.clone(), HtmlOptions::new()),
        (
            en.clone().all(true),
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .terms_list(true),
        ),
        (
            en.all(true),
            HtmlOptions::new().stylesheet(true).container("article"),
        ),
    ]
}

/// Skipped elements (the default list) that hold an annotation.
fn annotations_in_skipped(out: &str) -> Vec<String> {
    let doc = Html::parse_document(out);
    let skipped = |el: &ElementRef<'_>| {
        let v = el.value();
        matches!(
            v.name(),
            "a" | "abbr"
                | "code"
                | "pre"
                | "kbd"
                | "samp"
                | "var"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "button"
                | "select"
                | "option"
                | "label"
                | "script"
                | "style"
                | "template"
                | "textarea"
                | "title"
                | "svg"
                | "math"
        ) && v.attr("data-glossator").is_none()
            || v.attr("data-glossator") == Some("off")
            || v.classes().any(|c| c == "no-glossary")
    };
    let mut bad = Vec::new();
    for el in doc.root_element().descendent_elements() {
        if !matches!(el.value().attr("data-glossator"), Some("term" | "ref")) {
            continue;
        }
        // Our own `<abbr>`/`<dfn>` are inside our wrapper, never around it.
        if let Some(a) = el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| skipped(a))
        {
            bad.push(format!("{} inside <{}>", el.html(), a.value().name()));
        }
    }
    bad
}

fn check_page(name: &str, annotator: &Annotator, input: &str, chunk_sizes: &[usize]) {
    for (options, html) in configs() {
        let (out, _) = match annotate_html(annotator, input, &options, &html) {
            Ok(r) => r,
            Err(e) => panic!("{name}: {e}"),
        };
        assert!(
            strip_html(&out).expect("strip") == input,
            "{name}: round trip"
        );
        for &size in chunk_sizes {
            let mut streamed = Vec::new();
            annotate_html_stream(
                annotator,
                name,
                &mut Chunked {
                    data: input.as_bytes(),
                    size,
                },
                &mut streamed,
                &options,
                &html,
            )
            .expect("stream");
            assert!(streamed == out.as_bytes(), "{name}: chunks of {size} bytes");
        }
        let bad = annotations_in_skipped(&out);
        assert!(bad.is_empty(), "{name}: {bad:?}");
    }
}

#[test]
fn fixture_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "html") {
            let input = std::fs::read_to_string(&path).expect("read");
            check_page(
                &path.display().to_string(),
                builtin(),
                &input,
                &[1, 3, 17, 256],
            );
            n += 1;
        }
    }
    assert!(n >= 5);
}

#[test]
fn real_pages() {
    let dir = std::env::var_os("GLOSSATOR_REAL_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/doc/python3.11/html"));
    if !dir.is_dir() {
        eprintln!(
            "real_pages: {} not found (install python3.11-doc or set GLOSSATOR_REAL_PAGES); skipped",
            dir.display()
        );
        return;
    }
    let mut pages = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "html") {
                pages.push(p);
            }
        }
    }
    pages.sort();
    // A spread-out sample of at most 40 pages under 400 kB.
    let step = (pages.len() / 40).max(1);
    let mut checked = 0;
    for page in pages.iter().step_by(step) {
        let Ok(input) = std::fs::read_to_string(page) else {
            continue;
        };
        if input.len() > 400_000 {
            continue;
        }
        check_page(&page.display().to_string(), software(), &input, &[4096]);
        checked += 1;
    }
    eprintln!("real_pages: {checked} pages round-tripped");
    assert!(checked > 0 || pages.is_empty());
}

// ---------------------------------------------------------------------------
// Generated pages

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "nemawashi", "NEMAWASHI", "Kasumigaseki", "sumo", "genro", "hiki-wake",
            "hiki&#8209;wake", "hiki&#x2011;wake", "hiki&nbsp;wake", "Kasumi&shy;gaseki",
            "немаваси", "根回し", "霞が関の", "amakudari", "yokozuna", "National Diet",
        ]).prop_map(str::to_string),
        4 => "[a-z]{1,7}",
        2 => prop::sample::select(vec![
            "&amp;", "&lt;", "&gt;", "&copy", "&notit;", "&", "&#0;", "&#x110000;", "&bogus;",
            "caf&eacute;", "\u{A0}", "é", "🎌", "\r\n", "\n", "\t", "'", "\"", "=",
            "&NotEqualTilde;", "&#128;",
        ]).prop_map(str::to_string),
    ]
}

fn text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(word(), 0..6),
        prop::sample::select(vec![" ", "", "\n"]),
    )
        .prop_map(|(w, sep)| w.join(sep))
}

fn attrs() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just(" class=\"no-glossary\"".to_string()),
            Just(" data-glossator=\"off\"".to_string()),
            Just(" class=x".to_string()),
            text().prop_map(|t| format!(" title=\"{}\"", t.replace('"', "&quot;"))),
            text().prop_map(|t| format!(" data-x='{}'", t.replace('\'', "&#39;"))),
        ],
        0..2,
    )
    .prop_map(|a| a.concat())
}

fn node() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        6 => text(),
        1 => text().prop_map(|t| format!("<!--{}-->", t.replace("--", "- -").replace('>', ""))),
        1 => Just("<br>".to_string()),
        1 => Just("<img alt=\"nemawashi\" src=\"x.png\">".to_string()),
        1 => text().prop_map(|t| format!("<script>var s = \"{}</p>\";</script>", t.replace(['<', '"'], ""))),
        1 => text().prop_map(|t| format!("<style>/* {} */</style>", t.replace('<', "").replace("*/", ""))),
        1 => text().prop_map(|t| format!("<textarea>{}</textarea>", t.replace('<', "&lt;"))),
        1 => text().prop_map(|t| format!("<title>{}</title>", t.replace('<', "&lt;"))),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        (
            prop::sample::select(vec![
                "p",
                "div",
                "span",
                "b",
                "em",
                "i",
                "a",
                "code",
                "pre",
                "kbd",
                "h2",
                "li",
                "button",
                "abbr",
                "section",
                "article",
                "blockquote",
                "td",
                "template",
                "q",
                "small",
            ]),
            attrs(),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(tag, attrs, children)| {
                let href = if tag == "a" { " href=\"/x\"" } else { "" };
                format!("<{tag}{href}{attrs}>{}</{tag}>", children.concat())
            })
    })
}

fn document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(node(), 0..6),
        0..4usize,
        prop::sample::select(vec!["en", "ru", "ja", ""]),
    )
        .prop_map(|(nodes, shape, lang)| {
            let body = nodes.concat();
            let lang = if lang.is_empty() {
                String::new()
            } else {
                format!(" lang=\"{lang}\"")
            };
            match shape {
                0 => body,
                1 => format!("<!DOCTYPE html>\n<html{lang}>\n<head><meta charset=\"utf-8\"><title>t</title></head>\n<body>\n{body}\n</body>\n</html>\n"),
                2 => format!("<html{lang}><body>{body}"),
                _ => format!("<!doctype html><html{lang}><head></head><body><article>{body}</article><p>nemawashi</p></body></html>"),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_pages(doc in document(), size in 1..48usize, config in 0..3usize) {
        let (options, html) = configs().swap_remove(config);
        let (out, _) = annotate_html(builtin(), &doc, &options, &html).expect("annotate");
        prop_assert_eq!(strip_html(&out).expect("strip"), doc.clone());
        let mut streamed = Vec::new();
        annotate_html_stream(
            builtin(),
            "generated.html",
            &mut Chunked { data: doc.as_bytes(), size },
            &mut streamed,
            &options,
            &html,
        )
        .expect("stream");
        prop_assert_eq!(String::from_utf8(streamed).expect("UTF-8"), out.clone());
        let bad = annotations_in_skipped(&out);
        prop_assert!(bad.is_empty(), "{:?}\n{}", bad, out);
    }
}
