//! glossator in-process, for the side-by-side comparison (`benches/compare/`):
//! loads a glossary, compiles the matcher, and times `Matcher::find_iter` over a
//! corpus, the same work the `floor` example does with a bare automaton.
//!
//! ```text
//! cargo run --release --example scan_throughput -- GLOSSARY|builtin CORPUS [--runs N] [--spans FILE [--spans-until BYTES]]
//! ```
//!
//! GLOSSARY is anything `--glossary` accepts; `builtin` uses the built-in
//! glossaries. Prints one JSON line: the time of each loading step (RON parse,
//! merge and clash check, Fluent bundles, matcher), their sum `build_s`, the median
//! scan time of N runs (default 5), MB/s (10^6 bytes per second) and the match
//! count. `--spans FILE` also writes each match as `start<TAB>end` (byte offsets), only those ending
//! within the first BYTES of the corpus with `--spans-until`.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use glossator::glossary::load;
use glossator::l10n::Localizer;
use glossator::{GlossarySet, Matcher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: scan_throughput GLOSSARY|builtin CORPUS [--runs N] [--spans FILE [--spans-until BYTES]]";
    let (glossary, corpus_path) = match (args.first(), args.get(1)) {
        (Some(g), Some(c)) => (g, c),
        _ => return Err(usage.into()),
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let runs: usize = option("--runs").map_or(Ok(5), |n| n.parse())?;
    let corpus = std::fs::read_to_string(corpus_path)?;

    let t = Instant::now();
    let sources = if glossary == "builtin" {
        load::builtin()?
    } else {
        load::load_path(Path::new(glossary))?
    };
    let parse_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let set = GlossarySet::new(sources.glossaries)?;
    let set_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let (_localizer, _warnings) = Localizer::new(sources.locales)?;
    let fluent_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let matcher = Matcher::new(&set)?;
    let matcher_s = t.elapsed().as_secs_f64();
    let forms: usize = set.entries().map(|(_, e)| e.forms.len()).sum();

    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        count = matcher.find_iter(&corpus).count();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let scan_s = times[times.len() / 2];

    if let Some(path) = option("--spans") {
        let until: usize = option("--spans-until").map_or(Ok(usize::MAX), |n| n.parse())?;
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        for m in matcher.find_iter(&corpus).take_while(|m| m.end() <= until) {
            writeln!(out, "{}\t{}", m.start(), m.end())?;
        }
        out.flush()?;
    }

    println!(
        "{{\"tool\":\"glossator-lib\",\"entries\":{},\"forms\":{},\"bytes\":{},\"parse_s\":{:.6},\"set_s\":{:.6},\"fluent_s\":{:.6},\"matcher_s\":{:.6},\"build_s\":{:.6},\"scan_s\":{:.6},\"mb_s\":{:.3},\"matches\":{},\"runs\":{}}}",
        set.len(),
        forms,
        corpus.len(),
        parse_s,
        set_s,
        fluent_s,
        matcher_s,
        parse_s + set_s + fluent_s + matcher_s,
        scan_s,
        corpus.len() as f64 / 1e6 / scan_s,
        count,
        times.len(),
    );
    Ok(())
}
