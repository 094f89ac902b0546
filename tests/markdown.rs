//! Markdown documents: golden outputs for the fixtures under tests/data/markdown,
//! where terms are and are not annotated, and two properties over generated
//! documents: removing glossator's insertions gives back the input byte for byte,
//! and the annotated document parses to the same structure as the input plus
//! glossator's footnotes or `<abbr>` elements.
//!
//! Regenerate the golden files after a deliberate change with
//! `GLOSSATOR_BLESS=1 cargo test --test markdown` and review the diff.

use std::path::PathBuf;

use glossator::document::markdown::{annotate_markdown, MarkdownOptions, MarkdownStyle};
use glossator::Options;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options as CmarkOptions, Parser, Tag, TagEnd};

mod common;

use common::annotator;

fn data(name: &str) -> PathBuf {
    common::data("markdown", name)
}

fn golden(name: &str, actual: &str) {
    common::golden("markdown", "markdown", name, actual);
}

fn annotate(input: &str, lang: &str, all: bool, md: &MarkdownOptions) -> String {
    let options = Options::new(lang).expect("lang").all(all);
    annotate_markdown(annotator(), input, &options, md)
        .expect("annotate")
        .0
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

/// Where the definitions glossator appended start, and their labels: the
/// longest tail of lines that are empty or open with `[^gl-`.
fn our_notes(output: &str) -> (usize, Vec<String>) {
    let mut start = output.len();
    let mut labels = Vec::new();
    let mut end = output.trim_end_matches('\n').len();
    loop {
        let line_start = output[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &output[line_start..end];
        if !line.is_empty() {
            let label = line
                .strip_prefix("[^")
                .and_then(|rest| rest.split("]: ").next())
                .filter(|l| l.starts_with("gl-") && line.contains("]: "));
            let Some(label) = label else {
                break;
            };
            labels.push(label.to_string());
            start = line_start;
        }
        if line_start == 0 {
            break;
        }
        end = line_start - 1;
    }
    (start, labels)
}

/// Undoes the insertions: footnote references to glossator's notes, the notes
/// appended at the end with what separates them from the text (a blank line, or
/// a fence closing a code block left open), and `<abbr data-glossator="term" …>`
/// with its `</abbr>`.
fn strip(input: &str, output: &str) -> String {
    let (at, labels) = our_notes(output);
    let mut head = output[..at].to_string();
    for label in &labels {
        head = head.replace(&format!("[^{label}]"), "");
    }
    let mut out = String::new();
    let mut rest = head.as_str();
    loop {
        let next_abbr = rest.find("<abbr data-glossator=\"term\"");
        let next_close = rest.find("</abbr>");
        let Some(at) = [next_abbr, next_close].into_iter().flatten().min() else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        let here = &rest[at..];
        let cut = if Some(at) == next_abbr {
            here.find("\">").map_or(here.len(), |i| i + 2)
        } else {
            "</abbr>".len()
        };
        rest = &here[cut..];
    }
    if !labels.is_empty() && out.starts_with(input) {
        let sep = &out[input.len()..];
        let fence = sep.trim_matches('\n');
        let fence_ok = fence.is_empty()
            || (fence.len() >= 3
                && (fence.chars().all(|c| c == '`') || fence.chars().all(|c| c == '~')));
        if fence_ok && (sep.ends_with('\n') || input.is_empty()) {
            out.truncate(input.len());
        }
    }
    out
}

/// The parsed structure of a document with glossator's additions (footnotes
/// with the given labels, `<abbr data-glossator="term">`) removed and adjacent
/// text events joined.
fn structure(md: &str, ours: &[String]) -> Vec<Event<'static>> {
    let mut out: Vec<Event<'static>> = Vec::new();
    let mut in_our_note = 0usize;
    let mut abbr_stack: Vec<bool> = Vec::new();
    let is_ours = |l: &str| ours.iter().any(|o| o == l);
    for event in Parser::new_ext(md, cmark_options()) {
        match &event {
            Event::Start(Tag::FootnoteDefinition(l)) if is_ours(l) || in_our_note > 0 => {
                in_our_note += 1;
                continue;
            }
            Event::End(TagEnd::FootnoteDefinition) if in_our_note > 0 => {
                in_our_note -= 1;
                continue;
            }
            _ if in_our_note > 0 => continue,
            Event::FootnoteReference(l) if is_ours(l) => continue,
            Event::InlineHtml(h) if h.starts_with("<abbr") => {
                let ours = h.starts_with("<abbr data-glossator=\"term\"");
                abbr_stack.push(ours);
                if ours {
                    continue;
                }
            }
            Event::InlineHtml(h) if h.as_ref() == "</abbr>" && abbr_stack.last() == Some(&true) => {
                abbr_stack.pop();
                continue;
            }
            Event::InlineHtml(h) if h.as_ref() == "</abbr>" => {
                abbr_stack.pop();
            }
            _ => {}
        }
        match (out.last_mut(), event) {
            (Some(Event::Text(prev)), Event::Text(t)) => {
                *prev = format!("{prev}{t}").into();
            }
            // A block that ends the input without a final line break gets one
            // when glossator appends its notes: the same content.
            (Some(Event::Text(prev)), Event::End(TagEnd::CodeBlock)) => {
                *prev = prev.trim_end_matches('\n').to_string().into();
                out.push(Event::End(TagEnd::CodeBlock));
            }
            (_, Event::Html(h)) => {
                out.push(Event::Html(h.trim_end_matches('\n').to_string().into()))
            }
            (_, event) => out.push(event.into_static()),
        }
    }
    out
}

fn check_invariants(name: &str, input: &str, output: &str) {
    assert_eq!(
        strip(input, output),
        input,
        "{name}: stripping the insertions"
    );
    assert_eq!(
        glossator::document::strip::strip_markdown(output),
        input,
        "{name}: the library's strip_markdown"
    );
    let (_, ours) = our_notes(output);
    assert_eq!(
        structure(output, &ours),
        structure(input, &[]),
        "{name}: the annotated document parses differently\n{output}"
    );
}

struct Golden {
    name: &'static str,
    input: &'static str,
    lang: &'static str,
    all: bool,
    style: MarkdownStyle,
}

const GOLDEN: &[Golden] = &[
    Golden {
        name: "article.footnotes",
        input: "article.md",
        lang: "en",
        all: false,
        style: MarkdownStyle::Footnotes,
    },
    Golden {
        name: "article.footnotes-all",
        input: "article.md",
        lang: "en",
        all: true,
        style: MarkdownStyle::Footnotes,
    },
    Golden {
        name: "article.abbr",
        input: "article.md",
        lang: "en",
        all: false,
        style: MarkdownStyle::Abbr,
    },
    Golden {
        name: "article.abbr-ru",
        input: "article.md",
        lang: "ru",
        all: false,
        style: MarkdownStyle::Abbr,
    },
    Golden {
        name: "no-newline.footnotes",
        input: "no-newline.md",
        lang: "en",
        all: false,
        style: MarkdownStyle::Footnotes,
    },
    Golden {
        name: "edge.footnotes",
        input: "edge.md",
        lang: "en",
        all: true,
        style: MarkdownStyle::Footnotes,
    },
    Golden {
        name: "edge.abbr",
        input: "edge.md",
        lang: "en",
        all: true,
        style: MarkdownStyle::Abbr,
    },
];

#[test]
fn golden_outputs() {
    for case in GOLDEN {
        let input = std::fs::read_to_string(data(case.input)).expect("fixture");
        let out = annotate(
            &input,
            case.lang,
            case.all,
            &MarkdownOptions::new().style(case.style),
        );
        golden(&format!("{}.md", case.name), &out);
        check_invariants(case.name, &input, &out);
    }
}

/// The footnote labels referenced in the annotated snippet, in order.
fn annotated(snippet: &str) -> Vec<String> {
    let out = annotate(snippet, "en", true, &MarkdownOptions::new());
    check_invariants(snippet, snippet, &out);
    let body = &out[..our_notes(&out).0];
    body.split("[^gl-")
        .skip(1)
        .filter_map(|s| s.split(']').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn where_terms_are_annotated() {
    let cases: &[(&str, &[&str])] = &[
        ("sumo", &["sumo"]),
        (
            "A *sumo* **genro** ~~ainu~~ bout.",
            &["sumo", "genro", "ainu"],
        ),
        ("# sumo\n\n## genro ##\n\nainu\n===\n", &[]),
        ("`sumo` ``genro``\n\n```\nainu\n```\n\n    judo\n", &[]),
        (
            "[sumo](https://x/genro) ![ainu](judo.png) <https://x/sumo>",
            &[],
        ),
        (
            "[sumo][r] [genro]\n\n[r]: https://x/ainu\n[genro]: https://x/judo",
            &[],
        ),
        (
            "https://x.org/sumo www.genro.jp mail ainu.x@judo.jp sumo",
            &["sumo"],
        ),
        ("---\ntitle: sumo\n---\n\ngenro", &["genro"]),
        ("<div>\nsumo\n</div>\n\ngenro", &["genro"]),
        (
            "<kbd>sumo</kbd> <span class=\"no-glossary\">genro</span> <b>ainu</b>",
            &["ainu"],
        ),
        (
            "<span data-glossator=\"off\">sumo <i>genro</i></span> ainu",
            &["ainu"],
        ),
        (
            "- sumo\n  - genro\n1. ainu\n\n> judo",
            &["sumo", "genro", "ainu", "judo"],
        ),
        (
            "| sumo | genro |\n|---|---|\n| ainu | `judo` |",
            &["sumo", "genro", "ainu"],
        ),
        (
            "hiki&#8209;wake, hiki\\-wake, hiki\nwake",
            &["hiki-wake", "hiki-wake", "hiki-wake"],
        ),
        (
            "\\*sumo\\* &lt;genro&gt; sumo&amp;ainu",
            &["sumo", "genro", "sumo", "ainu"],
        ),
        ("$sumo$ and $$genro$$ and ainu", &["ainu"]),
        ("Note[^1].\n\n[^1]: sumo here", &[]),
        ("nema*washi* Kasumi**gaseki**", &[]),
    ];
    for (snippet, want) in cases {
        assert_eq!(annotated(snippet), *want, "{snippet:?}");
    }
}

#[test]
fn footnote_definitions_are_prose_in_abbr_mode() {
    let text = "Note[^1].\n\n[^1]: sumo here\n";
    let out = annotate(
        text,
        "en",
        false,
        &MarkdownOptions::new().style(MarkdownStyle::Abbr),
    );
    assert!(
        out.contains("[^1]: <abbr data-glossator=\"term\" title=\""),
        "{out}"
    );
    check_invariants("footnote in abbr mode", text, &out);
}

#[test]
fn labels_and_prefix() {
    let text = "sumo and genro[^GL-GENRO]\n\n[^gl-genro]: mine\n";
    let out = annotate(text, "en", false, &MarkdownOptions::new());
    assert!(
        out.contains("sumo[^gl-sumo] and genro[^gl-genro-2][^GL-GENRO]"),
        "{out}"
    );
    let out = annotate(
        "sumo",
        "en",
        false,
        &MarkdownOptions::new().label_prefix("g l]-"),
    );
    assert!(
        out.starts_with("sumo[^gl-sumo]\n\n[^gl-sumo]: sumo — "),
        "{out}"
    );
}

// ---------------------------------------------------------------------------
// Properties over generated documents

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "nemawashi", "Kasumigaseki", "sumo", "SUMO", "genro", "hiki-wake",
            "hiki&#8209;wake", "Kasumi&shy;gaseki", "немаваси", "根回し", "амакудари",
            "amakudari", "keiretsu", "yokozuna", "zaibatsu",
        ]).prop_map(str::to_string),
        4 => "[a-z]{1,7}",
        1 => prop::sample::select(vec![
            "&amp;", "&lt;", "\\*", "\\_", "\\[", "5 * 3", "a_b", "it's", "“q”", "—", "…",
            "&#x41;", "&nbsp;", "é", "🎌", "<", ">", "&", "|", "~", "$",
        ]).prop_map(str::to_string),
    ]
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..6).prop_map(|w| w.join(" "))
}

fn inline() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => words(),
        1 => words().prop_map(|w| format!("*{w}*")),
        1 => words().prop_map(|w| format!("**{w}**")),
        1 => words().prop_map(|w| format!("_{w}_")),
        1 => words().prop_map(|w| format!("~~{w}~~")),
        1 => words().prop_map(|w| format!("`{w}`")),
        1 => words().prop_map(|w| format!("[{w}](https://example.org/{})", w.len())),
        1 => words().prop_map(|w| format!("<kbd>{w}</kbd>")),
        1 => words().prop_map(|w| format!("<span class=\"no-glossary\">{w}</span>")),
        1 => words().prop_map(|w| format!("<b>{w}</b>")),
        1 => Just("https://example.org/sumo".to_string()),
        1 => words().prop_map(|w| format!("{w}  \n")),
        1 => Just("\n".to_string()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(inline(), 1..6).prop_map(|parts| parts.join(" "))
}

fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => line(),
        1 => line().prop_map(|l| format!("## {}", l.replace('\n', " "))),
        1 => prop::collection::vec(line(), 1..4)
            .prop_map(|ls| ls.iter().map(|l| format!("- {}", l.replace('\n', " "))).collect::<Vec<_>>().join("\n")),
        1 => line().prop_map(|l| format!("> {}", l.replace('\n', "\n> "))),
        1 => words().prop_map(|w| format!("```\n{w}\n```")),
        1 => words().prop_map(|w| format!("    {w}")),
        1 => words().prop_map(|w| format!("<div>\n{w}\n</div>")),
        1 => (words(), words()).prop_map(|(a, b)| format!("| {} | {} |\n|---|---|\n| {} | x |", a.replace('|', "/"), "h", b.replace('|', "/"))),
        1 => words().prop_map(|w| format!("Note[^n{}].\n\n[^n{}]: {w}", w.len(), w.len())),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (
        prop::option::of(words()),
        prop::collection::vec(block(), 1..7),
        prop::sample::select(vec!["", "\n", "\n\n"]),
        prop::option::of(words()),
    )
        .prop_map(|(front, blocks, end, open_fence)| {
            let mut doc = String::new();
            if let Some(f) = front {
                doc.push_str(&format!("---\ntitle: {f}\n---\n\n"));
            }
            doc.push_str(&blocks.join("\n\n"));
            if let Some(w) = open_fence {
                doc.push_str(&format!("\n\n```\n{w}"));
            }
            doc.push_str(end);
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn insertions_only(doc in document(), all in any::<bool>(), abbr in any::<bool>()) {
        let style = if abbr { MarkdownStyle::Abbr } else { MarkdownStyle::Footnotes };
        let out = annotate(&doc, "en", all, &MarkdownOptions::new().style(style));
        prop_assert_eq!(strip(&doc, &out), doc.clone());
        prop_assert_eq!(glossator::document::strip::strip_markdown(&out), doc.clone(), "annotated:\n{}", out);
        let (_, ours) = our_notes(&out);
        prop_assert_eq!(structure(&out, &ours), structure(&doc, &[]), "annotated:\n{}", out);
    }
}
