//! HTML documents: golden outputs for the fixture pages under tests/data/html, the
//! exclusion list, first use and every use, chunking, errors, and the round trip
//! (stripping glossator's markup gives back the input byte for byte).
//!
//! Golden files live in tests/data/html/expected; after a deliberate change of
//! output, regenerate them with `GLOSSATOR_BLESS=1 cargo test --test html` and
//! review the diff.

use std::io::{self, Read};
use std::path::PathBuf;

use glossator::document::html::{
    annotate_html, annotate_html_stream, strip_html, HtmlOptions, HtmlStyle, TermElement,
    DEFAULT_SKIP,
};
use glossator::{ErrorKind, Options};

mod common;

use common::annotator;

fn data(name: &str) -> PathBuf {
    common::data("html", name)
}

fn golden(name: &str, actual: &str) {
    common::golden("html", "html", name, actual);
}

fn read(name: &str) -> String {
    std::fs::read_to_string(data(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A reader that hands out at most `size` bytes per read, to cut the input at
/// every possible place.
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

fn stream(input: &str, size: usize, options: &Options, html: &HtmlOptions) -> String {
    let mut out = Vec::new();
    annotate_html_stream(
        annotator(),
        "test.html",
        &mut Chunked {
            data: input.as_bytes(),
            size,
        },
        &mut out,
        options,
        html,
    )
    .expect("annotate");
    String::from_utf8(out).expect("UTF-8 output")
}

struct Golden {
    /// Also the name of the expected file: `expected/<name>.html`.
    name: &'static str,
    input: &'static str,
    lang: &'static str,
    all: bool,
    html: fn() -> HtmlOptions,
}

const GOLDEN: &[Golden] = &[
    Golden {
        name: "article.tooltip",
        input: "article.html",
        lang: "en",
        all: false,
        html: HtmlOptions::new,
    },
    Golden {
        name: "article.footnotes-terms",
        input: "article.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .terms_list(true)
        },
    },
    Golden {
        name: "article.footnotes-all",
        input: "article.html",
        lang: "en",
        all: true,
        html: || HtmlOptions::new().style(HtmlStyle::Footnotes),
    },
    Golden {
        name: "article.stylesheet-abbr",
        input: "article.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .stylesheet(true)
                .term_element(TermElement::Abbr)
                .id_prefix("term-")
        },
    },
    Golden {
        name: "article.skip-only-raw",
        input: "article.html",
        lang: "en",
        all: false,
        html: || HtmlOptions::new().skip_only(["script", "style", "template", "textarea"]),
    },
    Golden {
        name: "crlf.footnotes",
        input: "crlf.html",
        lang: "en",
        all: false,
        html: || HtmlOptions::new().style(HtmlStyle::Footnotes),
    },
    Golden {
        name: "ru.ru",
        input: "ru.html",
        lang: "ru",
        all: false,
        html: || HtmlOptions::new().style(HtmlStyle::Footnotes),
    },
    Golden {
        name: "ru.en",
        input: "ru.html",
        lang: "en",
        all: false,
        html: HtmlOptions::new,
    },
    Golden {
        name: "ja.footnotes-terms",
        input: "ja.html",
        lang: "ja",
        all: false,
        html: || {
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .terms_list(true)
                .heading_level(3)
        },
    },
    Golden {
        name: "fragment.tooltip",
        input: "fragment.html",
        lang: "en",
        all: false,
        html: || HtmlOptions::new().page_lang("en"),
    },
    Golden {
        name: "fragment.footnotes",
        input: "fragment.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .page_lang("en")
        },
    },
    Golden {
        name: "edge.footnotes-all",
        input: "edge.html",
        lang: "en",
        all: true,
        html: || HtmlOptions::new().style(HtmlStyle::Footnotes),
    },
    Golden {
        name: "container.footnotes-terms",
        input: "container.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .container("article")
                .terms_list(true)
        },
    },
    Golden {
        name: "article.focusable-its-script",
        input: "article.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .focusable_terms(true)
                .its_terms(true)
                .script("/static/glossator.js")
        },
    },
    Golden {
        name: "article.footnotes-its",
        input: "article.html",
        lang: "en",
        all: false,
        html: || {
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .its_terms(true)
        },
    },
    Golden {
        name: "ja.tooltip",
        input: "ja.html",
        lang: "ja",
        all: false,
        html: HtmlOptions::new,
    },
];

#[test]
fn golden_outputs() {
    for case in GOLDEN {
        let input = read(case.input);
        let options = Options::new(case.lang).expect("lang").all(case.all);
        let html = (case.html)();
        let (out, _warnings) = annotate_html(annotator(), &input, &options, &html)
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        golden(&format!("{}.html", case.name), &out);
        assert_eq!(
            strip_html(&out).expect("strip"),
            input,
            "{}: stripping does not give back the input",
            case.name
        );
    }
}

#[test]
fn any_chunking_gives_the_same_output() {
    for name in ["edge.html", "crlf.html", "ru.html", "article.html"] {
        let input = read(name);
        let options = Options::new("en").expect("lang");
        for html in [
            HtmlOptions::new(),
            HtmlOptions::new()
                .style(HtmlStyle::Footnotes)
                .terms_list(true),
        ] {
            let whole = annotate_html(annotator(), &input, &options, &html)
                .expect("annotate")
                .0;
            let sizes: Vec<usize> = if input.len() < 2000 {
                (1..=40).collect()
            } else {
                vec![1, 2, 3, 5, 7, 13, 64, 1000]
            };
            for size in sizes {
                assert_eq!(
                    stream(&input, size, &options, &html),
                    whole,
                    "{name} read {size} bytes at a time"
                );
            }
        }
    }
}

/// The entries annotated in a snippet, in order (footnote style, every
/// occurrence).
fn annotated(snippet: &str, html: HtmlOptions) -> Vec<String> {
    let options = Options::new("en").expect("lang").all(true);
    let (out, _) = annotate_html(
        annotator(),
        snippet,
        &options,
        &html.style(HtmlStyle::Footnotes),
    )
    .expect("annotate");
    assert_eq!(strip_html(&out).expect("strip"), snippet);
    out.split("data-glossator=\"ref\" data-glossator-entry=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn where_terms_are_annotated() {
    let cases: &[(&str, &[&str])] = &[
        ("<p>sumo</p>", &["sumo"]),
        ("sumo", &["sumo"]),
        (
            "<p><b>sumo</b> <em>genro</em> <span>ainu</span></p>",
            &["sumo", "genro", "ainu"],
        ),
        ("<a href=x>sumo</a>", &[]),
        ("<a href=x><b>sumo</b></a> genro", &["genro"]),
        (
            "<code>sumo</code><pre>sumo</pre><kbd>sumo</kbd><samp>sumo</samp>",
            &[],
        ),
        (
            "<h1>sumo</h1><h2>sumo</h2><h3>sumo</h3><h4>sumo</h4><h5>sumo</h5><h6>sumo</h6>",
            &[],
        ),
        ("<button>sumo</button><label>sumo</label>", &[]),
        ("<script>sumo</script><style>sumo</style>", &[]),
        (
            "<template><p>sumo</p></template><textarea>sumo</textarea>",
            &[],
        ),
        ("<title>sumo</title><p>genro</p>", &["genro"]),
        ("<abbr title=x>sumo</abbr> <dfn>genro</dfn>", &[]),
        (
            "<p data-glossator=\"off\">sumo <b>genro</b></p> ainu",
            &["ainu"],
        ),
        (
            "<div class=\"a no-glossary b\"><p>sumo</p></div><p>genro</p>",
            &["genro"],
        ),
        ("<div class=\"no-glossaryx\">sumo</div>", &["sumo"]),
        (
            "<!-- sumo --><p title=\"sumo\" data-sumo=\"genro\">ainu</p>",
            &["ainu"],
        ),
        (
            "<svg><text>sumo</text></svg><math><mi>sumo</mi></math>",
            &[],
        ),
        ("<select><option>sumo</option></select>", &[]),
        ("<p>nema<b>washi</b> Kasumi<i>gaseki</i></p>", &[]),
        ("<p>sumo<!-- x -->genro</p>", &["sumo", "genro"]),
        (
            "<p>hiki&#8209;wake hiki&#x2011;wake hiki&nbsp;wake</p>",
            &["hiki-wake", "hiki-wake", "hiki-wake"],
        ),
        (
            "<p>Kasumi&shy;gaseki &lt;sumo&gt; sumo&amp;genro</p>",
            &["kasumigaseki", "sumo", "sumo", "genro"],
        ),
        (
            "<p>немаваси 根回し nemawashi</p>",
            &["nemawashi", "nemawashi", "nemawashi"],
        ),
    ];
    for (snippet, want) in cases {
        assert_eq!(annotated(snippet, HtmlOptions::new()), *want, "{snippet}");
    }
}

#[test]
fn the_skip_list_is_configurable() {
    let snippet = "<a href=x>sumo</a> <code>genro</code> <aside>ainu</aside> <p class=\"no-glossary\">judo</p>";
    let cases: &[(&str, HtmlOptions, &[&str])] = &[
        ("default", HtmlOptions::new(), &["ainu"]),
        ("plus aside", HtmlOptions::new().skip("aside"), &[]),
        (
            "only code",
            HtmlOptions::new().skip_only(["code"]),
            &["sumo", "ainu", "judo"],
        ),
        (
            "nothing",
            HtmlOptions::new().skip_only(Vec::<String>::new()),
            &["sumo", "genro", "ainu", "judo"],
        ),
        (
            "default minus a",
            HtmlOptions::new().skip_only(DEFAULT_SKIP.iter().copied().filter(|s| *s != "a")),
            &["sumo", "ainu"],
        ),
    ];
    for (name, html, want) in cases {
        assert_eq!(annotated(snippet, html.clone()), *want, "{name}");
    }
}

#[test]
fn first_use_counts_aliases_and_spans_the_document() {
    let page = "<p>nemawashi</p><p>NEMAWASHI, немаваси, 根回し</p><a>sumo</a><p>sumo sumo</p>";
    let html = HtmlOptions::new().style(HtmlStyle::Footnotes);
    let first = Options::new("en").expect("lang");
    let (out, _) = annotate_html(annotator(), page, &first, &html).expect("annotate");
    assert_eq!(out.matches("role=\"doc-noteref\"").count(), 2);
    assert!(out.contains("<p>nemawashi<sup"));
    assert!(out.contains("<p>sumo<sup"));
    let all = Options::new("en").expect("lang").all(true);
    let (out, _) = annotate_html(annotator(), page, &all, &html).expect("annotate");
    let refs: Vec<&str> = out
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|id| id.starts_with("gl-ref-"))
        .collect();
    assert_eq!(
        refs,
        [
            "gl-ref-1",
            "gl-ref-1-2",
            "gl-ref-1-3",
            "gl-ref-1-4",
            "gl-ref-2",
            "gl-ref-2-2"
        ]
    );
    // Each note links back to every reference to it.
    assert!(out
        .contains(r##"<a href="#gl-ref-1-4" role="doc-backlink" aria-label="Back to the text">"##));
}

#[test]
fn lang_attributes_mark_definitions_in_another_language() {
    let cases: &[(&str, &str, &[&str])] = &[
        // (page, requested definitions, lang attributes on definitions)
        ("<html lang=\"en\"><p>sumo</p></html>", "en", &[]),
        ("<html lang=\"en-GB\"><p>sumo</p></html>", "en", &[]),
        ("<html lang=\"ru\"><p>sumo</p></html>", "en", &["en"]),
        ("<html lang=\"ru\"><p>sumo</p></html>", "ru", &[]),
        ("<html lang=\"en\"><p>sumo</p></html>", "ja", &["ja"]),
        // No language known: every definition says its own.
        ("<p>sumo</p>", "en", &["en"]),
        // Russian requested, no Polish definitions: English, marked.
        ("<html lang=\"pl\"><p>sumo</p></html>", "pl", &["en"]),
    ];
    for (page, lang, want) in cases {
        let (out, _) = annotate_html(
            annotator(),
            page,
            &Options::new(lang).expect("lang"),
            &HtmlOptions::new().focusable_terms(true),
        )
        .expect("annotate");
        let langs: Vec<&str> = out
            .split("class=\"glossator-def\" lang=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert_eq!(langs, *want, "{page} in {lang}");
    }
}

#[test]
fn right_to_left_definitions_isolate_the_other_parts() {
    let rtl = glossator::Annotator::builder()
        .glossary_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/rtl"))
        .build()
        .expect("the right-to-left test glossary");
    let page = read_rtl_page();
    let options = Options::new("ar").expect("lang");
    let (out, warnings) = annotate_html(
        &rtl,
        &page,
        &options,
        &HtmlOptions::new().focusable_terms(true),
    )
    .expect("annotate");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(
        out.contains(concat!(
            r#"<span class="glossator-tip" data-glossator="tip" id="gl-tip-1" role="tooltip" hidden>"#,
            "<bdi>霞が関</bdi>, <bdi>かすみがせき</bdi>, <bdi>Kasumigaseki</bdi>: ",
            r#"<span class="glossator-def">حي في وسط طوكيو"#,
        )),
        "{out}"
    );
    assert_eq!(strip_html(&out).expect("strip"), page);
    // Left-to-right definitions keep their parts as plain text.
    let (en, _) = annotate_html(
        annotator(),
        "<p>sumo</p>",
        &Options::new("en").expect("lang"),
        &HtmlOptions::new().page_lang("en"),
    )
    .expect("annotate");
    assert!(!en.contains("<bdi>"), "{en}");
}

fn read_rtl_page() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/rtl/page.html");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn keyboard_users_reach_definitions_by_focus_or_in_the_list() {
    let page = "<html lang=\"en\"><body><p>sumo and genro</p></body></html>";
    let en = Options::new("en").expect("lang");
    let list = concat!(
        "<aside class=\"glossator-terms\" data-glossator=\"terms\" aria-labelledby=\"gl-terms-1\">\n",
        "<h2 id=\"gl-terms-1\">Terms in this article</h2>\n<dl>\n<dt>sumo</dt><dd>",
    );
    // (options, tab stops, terms list)
    let cases: [(HtmlOptions, usize, bool); 4] = [
        (HtmlOptions::new(), 0, true),
        (HtmlOptions::new().terms_list(false), 0, true),
        (HtmlOptions::new().focusable_terms(true), 2, false),
        (
            HtmlOptions::new().focusable_terms(true).terms_list(true),
            2,
            true,
        ),
    ];
    for (i, (html, stops, with_list)) in cases.into_iter().enumerate() {
        let (out, _) = annotate_html(annotator(), page, &en, &html).expect("annotate");
        assert_eq!(
            out.matches("tabindex=\"0\"").count(),
            stops,
            "case {i}: {out}"
        );
        assert_eq!(
            out.matches("aria-describedby=\"gl-tip-").count(),
            2,
            "case {i}"
        );
        assert_eq!(out.contains(list), with_list, "case {i}: {out}");
        assert_eq!(strip_html(&out).expect("strip"), page, "case {i}");
    }
}

#[test]
fn the_stylesheet_and_the_script_go_in_the_head_or_open_the_body() {
    let en = Options::new("en").expect("lang");
    let html = HtmlOptions::new()
        .stylesheet(true)
        .script("/js/glossator.js?v=\"1\"&x")
        .focusable_terms(true);
    let script = r#"<script src="/js/glossator.js?v=&quot;1&quot;&amp;x" defer data-glossator="script"></script>"#;
    for (page, before, after) in [
        (
            "<html><head><title>t</title></head><body><p>x</p></body></html>",
            "<title>t</title>",
            "</head>",
        ),
        ("<body><p>x</p></body>", "<body>", "<p>x</p>"),
    ] {
        let (out, _) = annotate_html(annotator(), page, &en, &html).expect("annotate");
        let style = format!(
            "<style data-glossator=\"style\">\n{}</style>",
            glossator::document::html::STYLESHEET
        );
        assert!(
            out.contains(&format!("{before}{style}{script}{after}")),
            "{page}: {out}"
        );
        assert_eq!(strip_html(&out).expect("strip"), page);
    }
}

#[test]
fn notes_go_at_the_end_of_body_or_of_the_document() {
    let html = HtmlOptions::new().style(HtmlStyle::Footnotes);
    let en = Options::new("en").expect("lang");
    let cases: &[(&str, &str)] = &[
        (
            "<body><p>sumo</p></body>\n</html>\n",
            "</section></body>\n</html>\n",
        ),
        ("<body><p>sumo</p>", "</p><section "),
        ("<p>sumo</p>\n", "</p>\n<section "),
        (
            "<body><p>sumo</p></body><p>genro</p>",
            "</body><p>genro<sup ",
        ),
    ];
    for (page, want) in cases {
        let (out, _) = annotate_html(annotator(), page, &en, &html).expect("annotate");
        assert!(out.contains(want), "{page}: {out}");
        assert!(
            out.ends_with("</section>") || out.ends_with(want),
            "{page}: {out}"
        );
        assert_eq!(strip_html(&out).expect("strip"), *page);
    }
}

#[test]
fn errors_say_what_and_where() {
    let en = Options::new("en").expect("lang");
    let long = format!("<p>ok</p><p>{}</p>", "word ".repeat(50));
    let err = annotate_html(
        annotator(),
        &long,
        &en,
        &HtmlOptions::new().max_text_len(100),
    )
    .expect_err("too long");
    assert_eq!(err.kind(), ErrorKind::Input);
    assert_eq!(
        err.to_string(),
        "<input>: the text starting at byte 12 runs past 100 bytes without a tag; raise the limit or split the text"
    );
    let err = annotate_html(
        annotator(),
        "<p>x</p>",
        &en,
        &HtmlOptions::new().skip("p:hover"),
    )
    .expect_err("bad selector");
    assert_eq!(err.kind(), ErrorKind::Input);
    assert!(
        err.to_string()
            .starts_with("“p:hover” is not a selector glossator can use: "),
        "{err}"
    );
    let err = annotate_html(
        annotator(),
        "<p>x</p>",
        &en,
        &HtmlOptions::new().page_lang("x_"),
    )
    .expect_err("bad language");
    assert_eq!(err.kind(), ErrorKind::Language);
    let mut out = Vec::new();
    let err = annotate_html_stream(
        annotator(),
        "bad.html",
        &mut &b"<p>sumo \xff</p>"[..],
        &mut out,
        &en,
        &HtmlOptions::new(),
    )
    .expect_err("not UTF-8");
    assert_eq!(err.to_string(), "bad.html: not valid UTF-8 at byte 8");
}

#[test]
fn write_errors_carry_the_io_error() {
    struct Broken;
    impl io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "pipe closed"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let page = "<p>sumo</p>".repeat(10_000);
    let err = annotate_html_stream(
        annotator(),
        "page.html",
        &mut page.as_bytes(),
        &mut Broken,
        &Options::new("en").expect("lang"),
        &HtmlOptions::new(),
    )
    .expect_err("broken pipe");
    assert_eq!(err.kind(), ErrorKind::Io);
    let io = std::error::Error::source(&err)
        .and_then(|s| s.downcast_ref::<io::Error>())
        .expect("io source");
    assert_eq!(io.kind(), io::ErrorKind::BrokenPipe);
}

#[test]
fn pages_without_terms_are_copied_and_terms_are_found_anywhere() {
    // Pages in which no term occurs are copied without parsing; these cases
    // check that the shortcut never hides a term and never changes a byte.
    let filler = "<p>Plain words, nothing to explain &amp; nothing marked.</p>\n".repeat(600);
    assert!(filler.len() > 32 * 1024);
    let cases: Vec<(String, &[&str])> = vec![
        // No term: the page as it was, broken markup and all.
        (
            "<p>no terms <b>here</i> &bogus; <!-- unclosed".to_string(),
            &[],
        ),
        (filler.clone(), &[]),
        // A term only in an attribute: found by the shortcut's search, left
        // alone by the parser.
        (format!("{filler}<a title=\"nemawashi\">x</a>"), &[]),
        // Terms written with character references, far into the page.
        (
            format!("{filler}<p>n&#101;mawashi</p>{filler}"),
            &["nemawashi"],
        ),
        (format!("{filler}<p>hiki&#8209;wake</p>"), &["hiki-wake"]),
        (format!("{filler}<i>sumo</i>"), &["sumo"]),
    ];
    for (page, want) in &cases {
        assert_eq!(annotated(page, HtmlOptions::new()), *want, "{page:.60}");
    }
    for (page, want) in &cases {
        if want.is_empty() {
            let (out, _) = annotate_html(
                annotator(),
                page,
                &Options::new("en").expect("lang"),
                &HtmlOptions::new(),
            )
            .expect("annotate");
            assert_eq!(out, *page);
        }
    }
    // A stylesheet to add means the page is always rewritten.
    let (out, _) = annotate_html(
        annotator(),
        "<head></head><p>nothing</p>",
        &Options::new("en").expect("lang"),
        &HtmlOptions::new().stylesheet(true),
    )
    .expect("annotate");
    assert!(
        out.starts_with("<head><style data-glossator=\"style\">"),
        "{out:.80}"
    );
}

#[test]
fn a_long_page_streams_in_bounded_memory() {
    // 20 MB of paragraphs, read 64 KiB at a time; only one text node at a time
    // is held (the cap is far below the page's size).
    struct Paragraphs(usize);
    impl Read for Paragraphs {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let p = b"<p>A long nemawashi and a short sumo bout.</p>\n";
            if self.0 == 0 || buf.len() < p.len() {
                return Ok(0);
            }
            self.0 -= 1;
            buf[..p.len()].copy_from_slice(p);
            Ok(p.len())
        }
    }
    struct Count(usize);
    impl io::Write for Count {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let mut out = Count(0);
    let n = 400_000;
    annotate_html_stream(
        annotator(),
        "long.html",
        &mut Paragraphs(n),
        &mut out,
        &Options::new("en").expect("lang"),
        &HtmlOptions::new().max_text_len(4096),
    )
    .expect("annotate");
    assert!(out.0 > n * 47, "{}", out.0);
}

#[test]
fn strip_leaves_author_markup() {
    let page = r#"<p data-glossator="off">a</p><span data-glossator="">b</span><i data-glossator="terms-here">c</i>"#;
    assert_eq!(strip_html(page).expect("strip"), page);
}
