//! Matcher build time per glossary size, scan and annotate throughput on
//! synthetic prose, and the start-up cost of the built-in glossary.
//!
//! Run with `cargo bench --bench scan`. Figures are comparable only within one
//! run on one machine.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use glossator::{Annotator, Matcher, Options, Render, TextRenderer};

#[path = "synthetic.rs"]
mod synthetic;

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for n in [1_000, 10_000, 100_000] {
        let terms = synthetic::terms(n, 7);
        group.bench_with_input(
            BenchmarkId::new("glossary+matcher", n),
            &terms,
            |b, terms| {
                b.iter(|| {
                    let set = synthetic::glossary(terms);
                    Matcher::new(&set).expect("builds")
                })
            },
        );
    }
    group.bench_function("builtin annotator", |b| {
        b.iter(|| Annotator::builtin().expect("built-in"))
    });
    group.finish();
}

fn scan(c: &mut Criterion) {
    let mut group = c.benchmark_group("scan");
    group.sample_size(10);
    for (n, density) in [(5_000, 20), (5_000, 200), (50_000, 20)] {
        let terms = synthetic::terms(n, 7);
        let set = synthetic::glossary(&terms);
        let matcher = Matcher::new(&set).expect("builds");
        let text = synthetic::prose(&terms, 4 << 20, density, 11);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new(format!("{n} terms"), format!("1 in {density} words")),
            &text,
            |b, text| b.iter(|| matcher.find_iter(text).count()),
        );
    }
    group.finish();
}

fn annotate(c: &mut Criterion) {
    let mut group = c.benchmark_group("annotate");
    group.sample_size(10);
    let annotator = Annotator::builtin().expect("built-in");
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/articles/moscow-tokyo.txt"
    ))
    .expect("sample article");
    let text = article.repeat((1 << 20) / article.len() + 1);
    let options = Options::new("en").expect("tag").all(true);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("text, built-in glossary, every occurrence", |b| {
        b.iter(|| {
            let notes = annotator.annotate(&text, &options);
            let mut out = Vec::with_capacity(text.len() * 2);
            TextRenderer::new()
                .render(&text, &notes, &mut out)
                .expect("write to Vec");
            out.len()
        })
    });
    // The same article as HTML and as Markdown, to compare each format's cost with
    // plain text's in one run.
    let paragraphs: Vec<&str> = article.split("\n\n").collect();
    let html_page: String = format!(
        "<!doctype html><html lang=\"en\"><body>{}</body></html>",
        paragraphs
            .iter()
            .map(|p| format!("<p>{p} <a href=\"/x\">nemawashi</a> <code>kantei</code></p>\n"))
            .collect::<String>()
    );
    let html = html_page.repeat((1 << 20) / html_page.len() + 1);
    group.throughput(Throughput::Bytes(html.len() as u64));
    group.bench_function("html, built-in glossary, every occurrence", |b| {
        b.iter(|| {
            glossator::document::html::annotate_html(
                &annotator,
                &html,
                &options,
                &glossator::document::html::HtmlOptions::new(),
            )
            .expect("annotates")
            .0
            .len()
        })
    });
    let markdown: String = paragraphs
        .iter()
        .map(|p| format!("{p} [nemawashi](https://x) `kantei`\n\n"))
        .collect::<String>()
        .repeat((1 << 20) / article.len() + 1);
    group.throughput(Throughput::Bytes(markdown.len() as u64));
    group.bench_function("markdown, built-in glossary, every occurrence", |b| {
        b.iter(|| {
            glossator::document::markdown::annotate_markdown(
                &annotator,
                &markdown,
                &options,
                &glossator::document::markdown::MarkdownOptions::new(),
            )
            .expect("annotates")
            .0
            .len()
        })
    });
    group.finish();
}

criterion_group!(benches, build, scan, annotate);
criterion_main!(benches);
