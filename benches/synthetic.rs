//! Deterministic synthetic data for the benchmarks: pronounceable pseudo-words
//! from a fixed-seed generator, glossaries of N terms, and prose in which about
//! one word in `density` starts a term. Nothing is downloaded; the same seed gives
//! the same bytes on every machine.

use glossator::{Entry, Glossary, GlossarySet};

/// A small xorshift generator: reproducible, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

const ONSETS: &[&str] = &[
    "", "b", "k", "d", "g", "h", "m", "n", "p", "r", "s", "t", "sh", "ch", "ts", "w", "y", "z",
    "st", "pr",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ou", "ea"];
const CODAS: &[&str] = &["", "", "", "n", "r", "s", "t", "l", "ng", "x"];

pub fn word(rng: &mut Rng) -> String {
    let syllables = 1 + rng.below(3);
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
        w.push_str(CODAS[rng.below(CODAS.len())]);
    }
    w
}

/// `n` distinct terms of one to three words.
pub fn terms(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let words = 1 + rng.below(3).min(rng.below(3));
        let t: Vec<String> = (0..words)
            .map(|_| word(&mut rng))
            .filter(|w| w.len() > 3)
            .collect();
        if t.is_empty() {
            continue;
        }
        let t = t.join(" ");
        if seen.insert(t.clone()) {
            out.push(t);
        }
    }
    out
}

pub fn glossary(terms: &[String]) -> GlossarySet {
    let entries = terms
        .iter()
        .enumerate()
        .map(|(i, t)| Entry::new(format!("t{i}"), [t.clone()]))
        .collect();
    let g = Glossary::new("bench", "en", entries, "bench").expect("valid synthetic glossary");
    GlossarySet::new(vec![g]).expect("no clashes in synthetic glossary")
}

/// About `bytes` of prose: sentences of pseudo-words, one word in `density`
/// replaced by a term (capitalized now and then, to exercise case folding).
pub fn prose(terms: &[String], bytes: usize, density: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 64);
    while out.len() < bytes {
        let words = 6 + rng.below(14);
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            if !terms.is_empty() && rng.below(density) == 0 {
                let t = &terms[rng.below(terms.len())];
                if rng.below(8) == 0 {
                    out.push_str(&t.to_uppercase());
                } else {
                    out.push_str(t);
                }
            } else {
                out.push_str(&word(&mut rng));
            }
        }
        out.push_str(if rng.below(10) == 0 { ".\n\n" } else { ". " });
    }
    out
}
