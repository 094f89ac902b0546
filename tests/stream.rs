//! Streaming: annotating block by block gives exactly what annotating the whole
//! input gives, whenever the blocks are cut between paragraphs; invalid UTF-8 is
//! reported at its offset in the whole input.

use glossator::stream::{annotate_stream, Blocks, StreamFormat};
use glossator::{Annotator, JsonRenderer, Options, Render, TextRenderer, TextStyle};

fn articles() -> Vec<(String, &'static str)> {
    ["moscow-tokyo.txt", "moscow-tokyo.ru.txt", "tokyo.ja.txt"]
        .iter()
        .zip(["en", "ru", "ja"])
        .map(|(f, lang)| {
            let path = format!("{}/examples/articles/{f}", env!("CARGO_MANIFEST_DIR"));
            (std::fs::read_to_string(path).expect("article"), lang)
        })
        .collect()
}

#[test]
fn streamed_output_equals_whole_document_output() {
    let annotator = Annotator::builtin().expect("built-in");
    for (text, lang) in articles() {
        // Repeated so that there are many blocks; --all so every block matters.
        let input = format!("{text}\n\n").repeat(5);
        for all in [false, true] {
            let options = Options::new(lang).expect("tag").all(all);
            let whole = annotator.annotate(&input, &options);
            for style in [TextStyle::Inline, TextStyle::Notes] {
                let renderer = TextRenderer::new().style(style);
                let mut want = Vec::new();
                renderer.render(&input, &whole, &mut want).expect("render");
                for block in [4096, 1 << 20] {
                    let mut got = Vec::new();
                    annotate_stream(
                        &annotator,
                        &options,
                        input.as_bytes(),
                        "in",
                        block,
                        &StreamFormat::Text(renderer.clone()),
                        &mut got,
                    )
                    .expect("stream");
                    assert!(
                        got == want,
                        "{lang} all={all} {style:?} block={block}: streamed text differs"
                    );
                }
            }
            let mut want = Vec::new();
            JsonRenderer::new()
                .render(&input, &whole, &mut want)
                .expect("render");
            let want: serde_json::Value = serde_json::from_slice(&want).expect("json");
            for block in [4096, 1 << 20] {
                let mut got = Vec::new();
                annotate_stream(
                    &annotator,
                    &options,
                    input.as_bytes(),
                    "in",
                    block,
                    &StreamFormat::Json,
                    &mut got,
                )
                .expect("stream");
                let got: serde_json::Value = serde_json::from_slice(&got).expect("json");
                assert_eq!(
                    got, want,
                    "{lang} all={all} block={block}: streamed JSON differs"
                );
            }
        }
    }
}

#[test]
fn blocks_cover_the_input_and_cut_at_safe_places() {
    // (input, block size, expected blocks)
    let cases: &[(&str, usize, &[&str])] = &[
        ("a b\n\nc d\n\ne", 16, &["a b\n\nc d\n\ne"]),
        ("a b\n\nc d\n\ne f g h", 16, &["a b\n\nc d\n\n", "e f g h"]),
        (
            "line one\nline two\nline three",
            16,
            &["line one\n", "line two\n", "line three"],
        ),
        (
            "words without newlines here",
            16,
            &["words without ", "newlines here"],
        ),
        ("ёёёёёёёёёёёё", 16, &["ёёёёёёёё", "ёёёё"]),
    ];
    for (input, max, want) in cases {
        let got: Vec<String> = Blocks::new(input.as_bytes(), "in", *max)
            .map(|b| b.map(|(_, s)| s))
            .collect::<Result<_, _>>()
            .expect("valid UTF-8");
        assert_eq!(got, *want, "{input:?}");
    }
}

#[test]
fn invalid_utf8_names_the_offset_in_the_whole_input() {
    let mut input = "ok line\n".repeat(10).into_bytes();
    input.extend_from_slice(b"bad \xff here");
    let err = Blocks::new(&input[..], "big.txt", 16)
        .collect::<Result<Vec<_>, _>>()
        .expect_err("invalid UTF-8");
    assert_eq!(err.to_string(), "big.txt: not valid UTF-8 at byte 84");
}

#[test]
fn a_file_scanned_block_by_block_gives_the_whole_text_report() {
    use glossator::batch::Input;
    use glossator::scan::{FileScan, ScanReport};
    let annotator = Annotator::builtin().expect("built-in");
    // 4.5 MB in 1 MiB blocks; entries first seen in later blocks, after lines
    // of two-byte characters, so that lines and columns carry across blocks.
    let filler = "Ничего здесь нет.\n".repeat(70_000);
    let text =
        format!("nemawashi first.\n{filler}Ещё: Kasumigaseki и nemawashi.\n{filler}x judo, sumo");
    assert!(text.len() > 4 << 20, "{}", text.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.txt");
    std::fs::write(&path, &text).expect("write");
    let name = path.display().to_string();

    let rows = |scan: FileScan| {
        let mut report = ScanReport::new(&annotator, "en").expect("report");
        report.push(scan);
        report
            .rows()
            .iter()
            .map(|r| (r.entry.id.clone(), r.count, r.first.to_string()))
            .collect::<Vec<_>>()
    };
    let want: Vec<(String, usize, String)> = [
        ("nemawashi", 2, "1:1"),
        ("kasumigaseki", 1, "70002:6"),
        ("judo", 1, "140003:3"),
        ("sumo", 1, "140003:9"),
    ]
    .iter()
    .map(|&(id, n, at)| (id.to_string(), n, format!("{name}:{at}")))
    .collect();
    let streamed = rows(FileScan::read(&annotator, &Input::file(&path), false).expect("read"));
    assert_eq!(streamed, want);
    assert_eq!(rows(FileScan::new(&annotator, &name, &text)), want);
}
