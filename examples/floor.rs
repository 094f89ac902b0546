//! The floor of the side-by-side comparison (`benches/compare/`): the least work
//! any whole-word glossary scan has to do. One `aho-corasick` automaton over the
//! terms as written (ASCII case-insensitive, leftmost-longest), one pass over the
//! corpus, and an ASCII whole-word check on each match: the bytes just before and
//! just after it must not be ASCII letters, digits or `_`. Rejected matches are
//! dropped (no shorter match is tried in their place).
//!
//! ```text
//! cargo run --release --example floor -- TERMS CORPUS [--runs N] [--spans FILE [--spans-until BYTES]]
//! ```
//!
//! TERMS holds one term a line. Prints one JSON line: build time, the median scan
//! time of N runs (default 5), MB/s (10^6 bytes per second) and the match count.
//! `--spans FILE` also writes each match as `start<TAB>end` (byte offsets), only those ending
//! within the first BYTES of the corpus with `--spans-until`.

use std::io::Write;
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// True when `text[start..end]` is not glued to a word character on either side.
fn whole_word(text: &[u8], start: usize, end: usize) -> bool {
    let before = start == 0 || !is_word_byte(text[start - 1]);
    let after = end == text.len() || !is_word_byte(text[end]);
    before && after
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: floor TERMS CORPUS [--runs N] [--spans FILE [--spans-until BYTES]]";
    let (terms_path, corpus_path) = match (args.first(), args.get(1)) {
        (Some(t), Some(c)) => (t, c),
        _ => return Err(usage.into()),
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let runs: usize = option("--runs").map_or(Ok(5), |n| n.parse())?;

    let terms_text = std::fs::read_to_string(terms_path)?;
    let terms: Vec<&str> = terms_text.lines().filter(|t| !t.is_empty()).collect();
    let corpus = std::fs::read(corpus_path)?;

    let started = Instant::now();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&terms)?;
    let build_s = started.elapsed().as_secs_f64();

    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        count = ac
            .find_iter(&corpus)
            .filter(|m| whole_word(&corpus, m.start(), m.end()))
            .count();
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let scan_s = times[times.len() / 2];

    if let Some(path) = option("--spans") {
        let until: usize = option("--spans-until").map_or(Ok(usize::MAX), |n| n.parse())?;
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        let kept = ac
            .find_iter(&corpus)
            .take_while(|m| m.end() <= until)
            .filter(|m| whole_word(&corpus, m.start(), m.end()));
        for m in kept {
            writeln!(out, "{}\t{}", m.start(), m.end())?;
        }
        out.flush()?;
    }

    println!(
        "{{\"tool\":\"floor\",\"terms\":{},\"bytes\":{},\"build_s\":{:.6},\"scan_s\":{:.6},\"mb_s\":{:.3},\"matches\":{},\"runs\":{}}}",
        terms.len(),
        corpus.len(),
        build_s,
        scan_s,
        corpus.len() as f64 / 1e6 / scan_s,
        count,
        times.len(),
    );
    Ok(())
}
