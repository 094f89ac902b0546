//! The keys of a layer in an `aho-corasick` automaton.
//!
//! Each layer compiles its keys once into a leftmost-longest automaton and asks
//! it one question, over a range of the searched text: where does the leftmost
//! key start, and which is the longest key starting there? The same question
//! over a shorter range (`start..end - 1`) finds the next shorter key at that
//! start, which is how a failed long candidate gives way to a shorter one.
//!
//! Which automaton is chosen by the size of its transition table:
//!
//! - a [`dfa::DFA`] when the table fits in [`DFA_BUDGET`] bytes. One table
//!   lookup per byte, no failure links to follow: the fastest search the crate
//!   has, and the common case (a publisher's few hundred or few thousand terms,
//!   the built-in glossary);
//! - a [`contiguous::NFA`] otherwise (a dictionary of 100,000 forms would need
//!   gigabytes as a DFA), whose search follows failure links but whose size is
//!   linear in the keys.
//!
//! The crate's prefilters are left on; they apply when a layer has few keys (a
//! handful of case-sensitive names, say).

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, Input, MatchKind, StartKind};

/// The largest DFA transition table built, in bytes (an estimate from the number
/// of key bytes and distinct bytes, made before building). Larger key sets get a
/// contiguous NFA.
pub(super) const DFA_BUDGET: usize = 24 << 20;

/// A leftmost-longest automaton over a layer's keys.
#[derive(Clone, Debug)]
pub(super) enum Engine {
    Dfa(dfa::DFA),
    Nfa(contiguous::NFA),
}

/// The automaton could not be built (more states than it can number).
#[derive(Debug)]
pub(super) struct TooLarge;

impl Engine {
    /// Compiles `keys`; a search reports key `i` as index `i`. Keys must be
    /// distinct and non-empty.
    pub(super) fn new(keys: &[&str]) -> Result<Engine, TooLarge> {
        let nfa = noncontiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys)
            .map_err(|_| TooLarge)?;
        if dfa_estimate(keys) <= DFA_BUDGET {
            if let Ok(dfa) = dfa::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Unanchored)
                .build_from_noncontiguous(&nfa)
            {
                return Ok(Engine::Dfa(dfa));
            }
        }
        contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_from_noncontiguous(&nfa)
            .map(Engine::Nfa)
            .map_err(|_| TooLarge)
    }

    /// The leftmost key that lies wholly inside `hay[from..to]`, the longest of
    /// those that start there: `(start, end, key)`.
    #[inline]
    pub(super) fn find(&self, hay: &[u8], from: usize, to: usize) -> Option<(usize, usize, usize)> {
        if from >= to {
            return None;
        }
        let input = Input::new(hay).range(from..to);
        // An unanchored search of an automaton built for unanchored searches
        // cannot fail.
        let found = match self {
            Engine::Dfa(a) => a.try_find(&input),
            Engine::Nfa(a) => a.try_find(&input),
        };
        found
            .ok()
            .flatten()
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
    }

    /// Which kind of automaton this is.
    #[cfg(test)]
    pub(super) fn kind(&self) -> &'static str {
        match self {
            Engine::Dfa(_) => "dfa",
            Engine::Nfa(_) => "contiguous-nfa",
        }
    }

    /// Heap memory used by the automaton, in bytes.
    pub(super) fn memory_usage(&self) -> usize {
        match self {
            Engine::Dfa(a) => a.memory_usage(),
            Engine::Nfa(a) => a.memory_usage(),
        }
    }
}

/// An upper bound of a DFA's table for `keys`: one state per key byte, one
/// column per distinct byte (and one for all others), four bytes a cell.
fn dfa_estimate(keys: &[&str]) -> usize {
    let mut seen = [false; 256];
    let mut states: usize = 3;
    for key in keys {
        states = states.saturating_add(key.len());
        for &b in key.as_bytes() {
            seen[usize::from(b)] = true;
        }
    }
    let columns = seen.iter().filter(|&&s| s).count() + 1;
    states.saturating_mul(columns).saturating_mul(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key that starts at the leftmost position where one starts, found
    /// by brute force: the longest wins.
    fn brute(keys: &[&str], hay: &str, from: usize, to: usize) -> Option<(usize, usize, usize)> {
        (from..to).find_map(|s| {
            keys.iter()
                .enumerate()
                .filter(|(_, k)| s + k.len() <= to && hay.as_bytes()[s..].starts_with(k.as_bytes()))
                .max_by_key(|(i, k)| (k.len(), std::cmp::Reverse(*i)))
                .map(|(i, k)| (s, s + k.len(), i))
        })
    }

    #[test]
    fn leftmost_longest_within_a_range() {
        let keys = ["new", "new york", "york", "yorker", "ork"];
        let engine = Engine::new(&keys).expect("builds");
        let hay = "a new yorker";
        type Found = Option<(usize, usize, usize)>;
        let cases: &[(usize, usize, Found)] = &[
            (0, hay.len(), Some((2, 10, 1))),
            (2, 9, Some((2, 5, 0))),
            (3, hay.len(), Some((6, 12, 3))),
            (7, hay.len(), Some((7, 10, 4))),
            (7, 9, None),
            (5, 5, None),
        ];
        for &(from, to, want) in cases {
            assert_eq!(engine.find(hay.as_bytes(), from, to), want, "{from}..{to}");
            assert_eq!(brute(&keys, hay, from, to), want, "brute {from}..{to}");
        }
    }

    #[test]
    fn large_key_sets_get_an_nfa() {
        let owned: Vec<String> = (0..60_000).map(|i| format!("key{i:06}x")).collect();
        let keys: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert!(dfa_estimate(&keys) > DFA_BUDGET);
        let engine = Engine::new(&keys).expect("builds");
        assert_eq!(engine.kind(), "contiguous-nfa");
        let hay = "… key012345x …";
        let s = hay.find('k').expect("k");
        assert_eq!(
            engine.find(hay.as_bytes(), 0, hay.len()),
            Some((s, s + 10, 12345))
        );
        let small = Engine::new(&["a", "b"]).expect("builds");
        assert_eq!(small.kind(), "dfa");
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_brute_force(
            keys in proptest::collection::btree_set("[ab ]{1,4}", 1..12),
            hay in "[ab c]{0,40}",
            from in 0usize..40,
            len in 0usize..40,
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let engine = Engine::new(&keys).expect("builds");
            let from = from.min(hay.len());
            let to = (from + len).min(hay.len());
            proptest::prop_assert_eq!(engine.find(hay.as_bytes(), from, to), brute(&keys, &hay, from, to));
        }
    }
}
