//! The keys of a layer in `aho-corasick` automata.
//!
//! A layer asks its automata two questions of the searched text:
//! [`Engine::find`], where is the leftmost candidate from a position on (the
//! longest key starting there), and [`Engine::longest_at`], the longest key
//! that starts at a given position and ends before a limit (asked again with a
//! lower limit, it gives the next shorter key: `new` when `new york` failed
//! in `new yorker`).
//!
//! Two strategies, chosen by the number of key bytes (measured on FOLDOC,
//! GCIDE and the built-in glossary over the Python docs; see
//! `benches/RESULTS.md`):
//!
//! - **Unanchored** (up to [`ANCHORED_FROM`] key bytes: a publisher's few
//!   hundred or few thousand terms, the built-in glossary): one leftmost-longest
//!   automaton runs over the text and stops only at candidates, which in sparse
//!   text are rare. It starts as a contiguous NFA (built in well under a
//!   millisecond for hundreds of keys, so a short text pays no more), and once
//!   the layer has searched [`DFA_AFTER`] bytes a DFA is built from the same
//!   keys and used from then on: one table lookup a byte, no failure links.
//! - **Anchored** (large dictionaries): candidates start only where a word can
//!   start, so the automata are searched anchored from those positions
//!   (`Input::anchored(Anchored::Yes)`), which never follows a failure link.
//!   The keys are split by first byte into groups of about equal size, one
//!   contiguous NFA each, built in parallel; a position asks the group of its
//!   first byte.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, Anchored, Input, MatchKind, StartKind};
use rayon::prelude::*;

/// Layers with more key bytes than this are searched anchored at word starts.
pub(super) const ANCHORED_FROM: usize = 128 << 10;

/// Bytes an unanchored layer searches with its NFA before it builds its DFA.
pub(super) const DFA_AFTER: usize = 1 << 20;

/// Key bytes per group of an anchored layer.
const GROUP_BYTES: usize = 32 << 10;

/// The automata of one layer; see the module documentation.
#[derive(Debug)]
pub(super) enum Engine {
    Unanchored(Box<Unanchored>),
    Anchored(Groups),
}

#[derive(Debug)]
pub(super) struct Unanchored {
    source: noncontiguous::NFA,
    nfa: contiguous::NFA,
    dfa: OnceLock<Option<dfa::DFA>>,
    searched: AtomicUsize,
}

#[derive(Clone, Debug)]
pub(super) struct Groups {
    /// One NFA per group of first bytes, each over the keys of the whole layer
    /// that start with one of its bytes (the others are left empty).
    automata: Vec<contiguous::NFA>,
    /// For each byte, the index of the group of keys starting with it.
    group_of: Box<[u16; 256]>,
    /// The index of each group's key `i` in the layer.
    keys: Vec<Vec<u32>>,
}

const NO_GROUP: u16 = u16::MAX;

impl Clone for Engine {
    fn clone(&self) -> Engine {
        match self {
            Engine::Unanchored(u) => Engine::Unanchored(Box::new(Unanchored {
                source: u.source.clone(),
                nfa: u.nfa.clone(),
                dfa: u.dfa.clone(),
                searched: AtomicUsize::new(u.searched.load(Ordering::Relaxed)),
            })),
            Engine::Anchored(g) => Engine::Anchored(g.clone()),
        }
    }
}

/// The automaton could not be built (more states than it can number).
#[derive(Debug)]
pub(super) struct TooLarge;

fn nfa_builder() -> noncontiguous::Builder {
    let mut b = noncontiguous::Builder::new();
    b.match_kind(MatchKind::LeftmostLongest);
    b
}

fn contiguous_of(
    nfa: &noncontiguous::NFA,
    dense_depth: usize,
) -> Result<contiguous::NFA, TooLarge> {
    contiguous::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .dense_depth(dense_depth)
        .build_from_noncontiguous(nfa)
        .map_err(|_| TooLarge)
}

/// States this close to the start of a group's automaton keep a table of
/// transitions instead of a list (every walk from a word start goes through
/// them); deeper tables measured no faster on FOLDOC and GCIDE.
const GROUP_DENSE_DEPTH: usize = 3;

impl Engine {
    /// Compiles `keys`; a search reports key `i` as index `i`. Keys must be
    /// distinct and non-empty.
    pub(super) fn new(keys: &[&str]) -> Result<Engine, TooLarge> {
        let bytes: usize = keys.iter().map(|k| k.len()).sum();
        Engine::build(keys, bytes > ANCHORED_FROM)
    }

    fn build(keys: &[&str], anchored: bool) -> Result<Engine, TooLarge> {
        if !anchored {
            let source = nfa_builder().build(keys).map_err(|_| TooLarge)?;
            let nfa = contiguous_of(&source, 2)?;
            return Ok(Engine::Unanchored(Box::new(Unanchored {
                source,
                nfa,
                dfa: OnceLock::new(),
                searched: AtomicUsize::new(0),
            })));
        }
        // Group first bytes in byte order, about GROUP_BYTES of keys a group.
        let mut per_byte = [0usize; 256];
        for k in keys {
            per_byte[usize::from(k.as_bytes()[0])] += k.len();
        }
        let mut group_of = Box::new([NO_GROUP; 256]);
        let mut groups: u16 = 0;
        let mut filled = 0;
        for (b, &n) in per_byte.iter().enumerate() {
            if n == 0 {
                continue;
            }
            if filled > 0 && filled + n > GROUP_BYTES {
                groups += 1;
                filled = 0;
            }
            group_of[b] = groups;
            filled += n;
        }
        let count = usize::from(groups) + 1;
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); count];
        for (i, k) in keys.iter().enumerate() {
            let g = usize::from(group_of[usize::from(k.as_bytes()[0])]);
            members[g].push(u32::try_from(i).map_err(|_| TooLarge)?);
        }
        let automata = members
            .par_iter()
            .map(|ids| {
                let group: Vec<&str> = ids.iter().map(|&i| keys[i as usize]).collect();
                contiguous_of(
                    &nfa_builder().build(&group).map_err(|_| TooLarge)?,
                    GROUP_DENSE_DEPTH,
                )
            })
            .collect::<Result<Vec<_>, TooLarge>>()?;
        Ok(Engine::Anchored(Groups {
            automata,
            group_of,
            keys: members,
        }))
    }

    /// The leftmost candidate that starts at or after `from` and lies wholly in
    /// `hay[..to]`, the longest key of those that start there:
    /// `(start, end, key)`. With `words`, an anchored layer looks only where a
    /// word can start (not between two ASCII letters or digits).
    #[inline]
    pub(super) fn find(
        &self,
        hay: &[u8],
        from: usize,
        to: usize,
        words: bool,
    ) -> Option<(usize, usize, usize)> {
        if from >= to {
            return None;
        }
        match self {
            Engine::Unanchored(u) => {
                let input = Input::new(hay).range(from..to);
                let found = match u.dfa() {
                    Some(dfa) => dfa.try_find(&input),
                    None => u.nfa.try_find(&input),
                };
                // An unanchored search of an automaton built for one cannot fail.
                let found = found.ok().flatten();
                u.count(found.map_or(to, |m| m.end()) - from);
                found.map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            }
            Engine::Anchored(g) => {
                let mut p = from;
                while p < to {
                    // Only where a key begins with this byte (never inside a
                    // character), and with `words` not inside a run of ASCII
                    // letters and digits.
                    let inside_word = words
                        && p > 0
                        && hay[p].is_ascii_alphanumeric()
                        && hay[p - 1].is_ascii_alphanumeric();
                    if !inside_word && g.group_of[usize::from(hay[p])] != NO_GROUP {
                        if let Some((e, k)) = g.longest_at(hay, p, to) {
                            return Some((p, e, k));
                        }
                    }
                    p += 1;
                }
                None
            }
        }
    }

    /// The longest key that starts at `start` and ends at or before `to`:
    /// `(end, key)`.
    #[inline]
    pub(super) fn longest_at(&self, hay: &[u8], start: usize, to: usize) -> Option<(usize, usize)> {
        if start >= to {
            return None;
        }
        match self {
            Engine::Unanchored(_) => match self.find(hay, start, to, false) {
                Some((s, e, k)) if s == start => Some((e, k)),
                _ => None,
            },
            Engine::Anchored(g) => g.longest_at(hay, start, to),
        }
    }

    /// Heap memory used by the automata, in bytes.
    pub(super) fn memory_usage(&self) -> usize {
        match self {
            Engine::Unanchored(u) => {
                u.source.memory_usage()
                    + u.nfa.memory_usage()
                    + u.dfa
                        .get()
                        .and_then(Option::as_ref)
                        .map_or(0, |d| d.memory_usage())
            }
            Engine::Anchored(g) => g.automata.iter().map(|a| a.memory_usage()).sum(),
        }
    }

    /// Which automata search this layer now.
    #[cfg(test)]
    pub(super) fn kind(&self) -> &'static str {
        match self {
            Engine::Unanchored(u) if u.dfa().is_some() => "dfa",
            Engine::Unanchored(_) => "nfa",
            Engine::Anchored(_) => "anchored-nfa",
        }
    }
}

impl Unanchored {
    fn count(&self, bytes: usize) {
        if self.dfa.get().is_none() {
            self.searched.fetch_add(bytes, Ordering::Relaxed);
        }
    }

    /// The DFA, built once this layer has searched enough text to pay for it.
    fn dfa(&self) -> Option<&dfa::DFA> {
        if let Some(built) = self.dfa.get() {
            return built.as_ref();
        }
        if self.searched.load(Ordering::Relaxed) < DFA_AFTER {
            return None;
        }
        self.dfa
            .get_or_init(|| {
                dfa::Builder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Unanchored)
                    .build_from_noncontiguous(&self.source)
                    .ok()
            })
            .as_ref()
    }
}

impl Groups {
    fn longest_at(&self, hay: &[u8], start: usize, to: usize) -> Option<(usize, usize)> {
        let g = self.group_of[usize::from(hay[start])];
        if g == NO_GROUP {
            return None;
        }
        let g = usize::from(g);
        let input = Input::new(hay).range(start..to).anchored(Anchored::Yes);
        let m = self.automata[g].try_find(&input).ok().flatten()?;
        Some((m.end(), self.keys[g][m.pattern().as_usize()] as usize))
    }
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
        for anchored in [false, true] {
            let engine = Engine::build(&keys, anchored).expect("builds");
            for &(from, to, want) in cases {
                assert_eq!(
                    engine.find(hay.as_bytes(), from, to, false),
                    want,
                    "{from}..{to}"
                );
                assert_eq!(brute(&keys, hay, from, to), want, "brute {from}..{to}");
            }
            assert_eq!(engine.longest_at(hay.as_bytes(), 2, 9), Some((5, 0)));
            assert_eq!(engine.longest_at(hay.as_bytes(), 3, 12), None);
        }
    }

    #[test]
    fn strategies_by_size() {
        let owned: Vec<String> = (0..20_000).map(|i| format!("key{i:06}x")).collect();
        let keys: Vec<&str> = owned.iter().map(String::as_str).collect();
        let engine = Engine::new(&keys).expect("builds");
        assert_eq!(engine.kind(), "anchored-nfa");
        let hay = "… key012345x …";
        let s = hay.find('k').expect("k");
        assert_eq!(
            engine.find(hay.as_bytes(), 0, hay.len(), true),
            Some((s, s + 10, 12345))
        );

        let small = Engine::new(&["ab", "b"]).expect("builds");
        assert_eq!(small.kind(), "nfa");
        let text = "x".repeat(DFA_AFTER / 2);
        assert_eq!(small.find(text.as_bytes(), 0, text.len(), false), None);
        assert_eq!(small.kind(), "nfa");
        assert_eq!(small.find(text.as_bytes(), 0, text.len(), false), None);
        assert_eq!(small.kind(), "dfa");
        assert_eq!(small.find(b"xab", 0, 3, false), Some((1, 3, 0)));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_brute_force(
            keys in proptest::collection::btree_set("[ab ]{1,4}", 1..12),
            hay in "[ab c]{0,40}",
            from in 0usize..40,
            len in 0usize..40,
            anchored: bool,
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let engine = Engine::build(&keys, anchored).expect("builds");
            let from = from.min(hay.len());
            let to = (from + len).min(hay.len());
            proptest::prop_assert_eq!(engine.find(hay.as_bytes(), from, to, false), brute(&keys, &hay, from, to));
        }
    }
}
