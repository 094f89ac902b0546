//! Annotation and rendering: golden outputs, JSON span invariants, the
//! first-occurrence policy, terminal safety, and thread safety.

use std::sync::Arc;

use glossator::{Annotator, JsonRenderer, Options, Render, TextRenderer, TextStyle};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{DATA}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[derive(Clone, Copy)]
enum Format {
    Inline,
    Notes,
    Json,
}

/// (input, language, every occurrence?, format, golden file)
const GOLDEN: &[(&str, &str, bool, Format, &str)] = &[
    (
        "annotate/short.txt",
        "en",
        false,
        Format::Inline,
        "annotate/short.en.inline.txt",
    ),
    (
        "annotate/short.txt",
        "en",
        false,
        Format::Notes,
        "annotate/short.en.notes.txt",
    ),
    (
        "annotate/short.txt",
        "ru",
        true,
        Format::Inline,
        "annotate/short.ru.all.txt",
    ),
    (
        "annotate/short.txt",
        "ja",
        false,
        Format::Json,
        "annotate/short.ja.json",
    ),
];

fn render(annotator: &Annotator, input: &str, lang: &str, all: bool, format: Format) -> String {
    let options = Options::new(lang).expect("valid tag").all(all);
    let notes = annotator.annotate(input, &options);
    let mut out = Vec::new();
    let result = match format {
        Format::Inline => TextRenderer::new().render(input, &notes, &mut out),
        Format::Notes => TextRenderer::new()
            .style(TextStyle::Notes)
            .render(input, &notes, &mut out),
        Format::Json => JsonRenderer::new().render(input, &notes, &mut out),
    };
    result.expect("writing to a Vec");
    String::from_utf8(out).expect("UTF-8 output")
}

#[test]
fn golden_outputs() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    let mut failures = Vec::new();
    for (input, lang, all, format, golden) in GOLDEN {
        let got = render(&annotator, &read(input), lang, *all, *format);
        if got != read(golden) {
            failures.push(format!("{golden}: output differs:\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_spans_slice_the_input_exactly() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    for (article, lang) in [
        ("examples/articles/moscow-tokyo.txt", "en"),
        ("examples/articles/moscow-tokyo.ru.txt", "ru"),
        ("examples/articles/tokyo.ja.txt", "ja"),
    ] {
        let input =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + article)
                .expect("article");
        let out = render(&annotator, &input, lang, true, Format::Json);
        let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        let matches = doc["matches"].as_array().expect("matches array");
        assert!(
            matches.len() >= 8,
            "{article}: only {} matches",
            matches.len()
        );
        for m in matches {
            let (start, end) = (
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            );
            assert_eq!(
                &input[start..end],
                m["text"].as_str().unwrap_or(""),
                "{article}: {m}"
            );
            let cs = m["char_start"].as_u64().unwrap_or(0) as usize;
            assert_eq!(
                input[..start].chars().count(),
                cs,
                "{article}: char_start of {m}"
            );
            let us = m["utf16_start"].as_u64().unwrap_or(0) as usize;
            assert_eq!(
                input[..start].encode_utf16().count(),
                us,
                "{article}: utf16_start of {m}"
            );
            assert_eq!(m["definition_lang"], lang, "{article}: {m}");
            let definition = m["definition"].as_str().unwrap_or("");
            assert!(
                !definition.contains(['\u{2068}', '\u{2069}']),
                "bidi marks in {definition}"
            );
        }
    }
}

#[test]
fn first_occurrence_by_default_all_on_request() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    // Three forms of one concept, two of another.
    let text = "nemawashi, немаваси, 根回し; judo and JUDO";
    let ids = |all: bool| -> Vec<(String, bool)> {
        annotator
            .annotate(text, &Options::new("en").expect("tag").all(all))
            .iter()
            .map(|a| (a.entry().id.clone(), a.is_first()))
            .collect()
    };
    let first = ids(false);
    assert_eq!(
        first,
        [("nemawashi".to_string(), true), ("judo".to_string(), true)]
    );
    let all = ids(true);
    let names: Vec<&str> = all.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        names,
        ["nemawashi", "nemawashi", "nemawashi", "judo", "judo"]
    );
    let firsts: Vec<bool> = all.iter().map(|(_, f)| *f).collect();
    assert_eq!(firsts, [true, false, false, true, false]);
}

#[test]
fn glossary_text_is_made_terminal_safe() {
    let annotator = Annotator::builder()
        .glossary_path(format!("{DATA}/glossaries/hostile"))
        .build()
        .expect("loads");
    let out = render(&annotator, "sumo!", "en", false, Format::Inline);
    assert_eq!(
        out,
        "sumo [相撲\u{FFFD}[2J, \u{FFFD}omus: Wrestling\u{FFFD}[31m red \u{FFFD}]0;title\u{FFFD} and a second line.]!"
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<glossator::Annotator>();
    assert_send_sync::<glossator::Matcher>();
    assert_send_sync::<glossator::GlossarySet>();
    assert_send_sync::<glossator::l10n::Localizer>();
    assert_send_sync::<glossator::l10n::Ui>();
    assert_send_sync::<glossator::Error>();
    assert_send_sync::<glossator::Annotations<'static>>();
}

#[test]
fn one_annotator_serves_many_threads() {
    let annotator = Arc::new(Annotator::builtin().expect("built-in glossary"));
    let texts = ["nemawashi", "Касумигасэки", "霞が関の根回し", "hiki-wake"];
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let annotator = Arc::clone(&annotator);
            let text = texts[i % texts.len()];
            std::thread::spawn(move || {
                let lang = ["en", "ru", "ja"][i % 3];
                annotator
                    .annotate(text, &Options::new(lang).expect("tag"))
                    .iter()
                    .map(|a| {
                        (
                            a.entry().id.clone(),
                            a.definition().map(|d| d.lang.to_string()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let results: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("no panic"))
        .collect();
    for (i, got) in results.iter().enumerate() {
        let lang = ["en", "ru", "ja"][i % 3].to_string();
        let want: Vec<(String, Option<String>)> = match i % texts.len() {
            0 => vec![("nemawashi".into(), Some(lang))],
            1 => vec![("kasumigaseki".into(), Some(lang))],
            2 => vec![
                ("kasumigaseki".into(), Some(lang.clone())),
                ("nemawashi".into(), Some(lang)),
            ],
            _ => vec![("hiki-wake".into(), Some(lang))],
        };
        assert_eq!(*got, want, "thread {i}");
    }
}
