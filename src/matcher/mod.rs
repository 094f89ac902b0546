//! Finding glossary forms in text.
//!
//! A [`Matcher`] is compiled once from a [`GlossarySet`]: every form of every entry
//! is folded (NFKC, Unicode case folding, runs of separators made one space) into
//! a key, and the keys of a layer are compiled into `aho-corasick` automata with
//! leftmost-longest semantics (one unanchored automaton for a glossary of a few
//! thousand forms, anchored groups by first byte for large dictionaries; see the
//! `engine` module). A search folds the text the same way, keeping a map back to
//! the original offsets, and asks the automata for the leftmost, longest key from
//! where the search stands. A candidate is accepted when
//!
//! 1. both its ends are extended grapheme cluster boundaries of the original
//!    text (`unicode-segmentation`'s `GraphemeCursor`): a match never splits a
//!    letter from its accents, a Thai or Indic syllable, an emoji sequence or
//!    a flag;
//! 2. both its ends are word boundaries of the original text under UAX #29
//!    (`unicode-segmentation`'s word bounds), with invisible characters and
//!    protected parts left out — unless one of these exceptions applies:
//!    - *unspaced scripts*: an end whose character is Han, kana, Thai, Lao,
//!      Khmer, Burmese, Bopomofo or Yi needs no word boundary (`根回し` in
//!      `官僚の根回しが`, `カラ` in `カラオケ`);
//!    - *possessive*: `'s` or `’s` after the form (`Kasumigaseki’s`, which
//!      UAX #29 reads as one word);
//!    - *elision*: a form may start after an elided article or preposition of
//!      one or two letters and an apostrophe (`l’Europe`, `d'Artagnan`);
//!    - *Korean particles*: a particle written onto a Hangul noun (`서울에서`);
//!
//!    and a word never starts or ends between two ASCII letters or digits of
//!    the folded text (so a compatibility character that folds to letters,
//!    `ﬁ` or `ＡＢ`, counts as those letters);
//! 3. for a case-sensitive entry (or one that folds diacritics differently from
//!    its layer), the original text folds to the form under that entry's rules.
//!
//! UAX #29 is what makes `don’t` and `you’re` one word (no `don`, no `re`),
//! `3.14`, `U.S.`, `e.g.` and `os.path` one word each (no `3` inside `3.14`,
//! no `path` inside `os.path`), and `hiki-wake` two.
//!
//! When the longest candidate at a position fails, the automata are asked again
//! for the longest key at that position that ends before it (before the run of
//! ASCII letters it ended in, since no word ends inside one), which yields the
//! next shorter key there (terms `new`, `new york`; text `new yorker` → `new`). When no key at a position passes, the search resumes at the next
//! position where a word can start, skipping the rest of a run of ASCII
//! letters and digits.

mod boundary;
mod engine;
pub(crate) mod fold;

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::error::{Error, ErrorKind, Message, Result};
use crate::glossary::{EntryId, GlossarySet};
use boundary::{is_grapheme_boundary, is_word_boundary, past_invisible_extenders};
use engine::Engine;
use fold::{fold_key, fold_protected, FoldOptions, Folded};

/// Where a form may match.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Boundary {
    /// Whole words in spaced scripts, anywhere in unspaced scripts (the default).
    #[default]
    Word,
    /// Anywhere, as a plain substring.
    None,
}

/// How letter case is compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Case {
    /// Each entry's `case_sensitive` flag decides (the default).
    #[default]
    PerEntry,
    /// Every form matches only as written.
    Sensitive,
    /// Every form matches in any case, whatever its entry says.
    Insensitive,
}

/// One occurrence of a glossary form in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    start: usize,
    end: usize,
    entry: EntryId,
    form: u32,
}

impl Match {
    /// Byte offset where the occurrence starts in the text as given.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the occurrence.
    pub fn end(&self) -> usize {
        self.end
    }

    /// `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The entry found.
    pub fn entry(&self) -> EntryId {
        self.entry
    }

    /// Which of the entry's forms matched (an index into [`Entry::forms`](crate::Entry::forms)).
    pub fn form(&self) -> usize {
        self.form as usize
    }

    pub(crate) fn shifted(self, by: usize) -> Match {
        Match {
            start: self.start + by,
            end: self.end + by,
            ..self
        }
    }
}

/// Options for compiling a [`Matcher`].
///
/// ```
/// use glossator::{Boundary, Entry, Glossary, GlossarySet, MatcherBuilder};
/// let set = GlossarySet::new(vec![Glossary::new(
///     "demo", "en", vec![Entry::new("b", ["b"])], "demo",
/// )?])?;
/// let m = MatcherBuilder::new().boundary(Boundary::None).build(&set)?;
/// assert_eq!(m.find_all("abb").len(), 2);
/// # Ok::<(), glossator::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct MatcherBuilder {
    boundary: Boundary,
    case: Case,
    protected: Vec<String>,
}

impl MatcherBuilder {
    /// The defaults: whole words, each entry's own case rule.
    pub fn new() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// Where forms may match.
    pub fn boundary(&mut self, boundary: Boundary) -> &mut MatcherBuilder {
        self.boundary = boundary;
        self
    }

    /// How letter case is compared.
    pub fn case(&mut self, case: Case) -> &mut MatcherBuilder {
        self.case = case;
        self
    }

    /// Strings to ignore in texts, as if they were not there: inline tags such as
    /// `<b>` that a translation tool keeps inside its segments, so that
    /// `<b>source</b> text` matches `source text`.
    pub fn protected_parts<I, S>(&mut self, parts: I) -> &mut MatcherBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.protected = parts
            .into_iter()
            .map(Into::into)
            .filter(|p: &String| !p.is_empty())
            .collect();
        self
    }

    /// Compiles the matcher.
    ///
    /// # Errors
    ///
    /// When the forms need more trie nodes than a `u32` can number (over 4 GiB
    /// of keys).
    pub fn build(&self, set: &GlossarySet) -> Result<Matcher> {
        Matcher::compile(set, self)
    }
}

#[derive(Clone, Debug)]
struct Key {
    targets: Range<u32>,
    first_unspaced: bool,
    last_unspaced: bool,
    last_hangul: bool,
}

#[derive(Clone, Debug)]
struct Target {
    entry: EntryId,
    form: u32,
    /// When the layer's own folding is looser than the entry allows (case,
    /// diacritics), the stricter folding and the form's key under it.
    check: Option<(FoldOptions, Box<str>)>,
}

/// One automaton over keys, with the targets each key stands for.
#[derive(Clone, Debug)]
struct Layer {
    /// The keys, searched leftmost-longest.
    engine: Engine,
    keys: Vec<Key>,
    targets: Vec<Target>,
    /// How this layer folds texts and forms.
    fold: FoldOptions,
    /// The stemmer of a stemming layer.
    stemmer: Option<Stemmer>,
}

/// A Snowball stemmer that can be cloned and printed.
struct Stemmer {
    algorithm: rust_stemmers::Algorithm,
    inner: rust_stemmers::Stemmer,
}

impl Stemmer {
    fn new(algorithm: rust_stemmers::Algorithm) -> Stemmer {
        Stemmer {
            algorithm,
            inner: rust_stemmers::Stemmer::create(algorithm),
        }
    }

    /// Stems each word of a folded text, keeping everything between words.
    fn stem_text(&self, folded: &str) -> Folded {
        let mut out = Folded::default();
        let mut i = 0;
        while i < folded.len() {
            let start = i;
            let word = |c: char| is_word(c) && !is_unspaced(c);
            let first = folded[i..].chars().next().is_some_and(word);
            for c in folded[i..].chars() {
                if word(c) != first {
                    break;
                }
                i += c.len_utf8();
            }
            let run = &folded[start..i];
            if first {
                out.push_piece(&self.inner.stem(run), start, run.len());
            } else {
                out.push_identity(run);
            }
        }
        out
    }
}

impl Clone for Stemmer {
    fn clone(&self) -> Stemmer {
        Stemmer::new(self.algorithm)
    }
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stemmer({:?})", self.algorithm)
    }
}

/// What a key is built from while compiling.
struct Pending {
    layer_groups: Vec<(String, Vec<Target>)>,
    index: FxHashMap<String, usize>,
}

impl Pending {
    fn new() -> Pending {
        Pending {
            layer_groups: Vec::new(),
            index: FxHashMap::default(),
        }
    }

    fn add(&mut self, key: String, target: Target) {
        if key.is_empty() {
            return;
        }
        let slot = match self.index.get(&key) {
            Some(&slot) => slot,
            None => {
                self.layer_groups.push((key.clone(), Vec::new()));
                self.index.insert(key, self.layer_groups.len() - 1);
                self.layer_groups.len() - 1
            }
        };
        let targets = &mut self.layer_groups[slot].1;
        if !targets
            .iter()
            .any(|t| t.entry == target.entry && t.form == target.form)
        {
            targets.push(target);
        }
    }

    fn build(
        mut self,
        set: &GlossarySet,
        fold: FoldOptions,
        stemmer: Option<Stemmer>,
    ) -> Result<Layer> {
        let grouped = &mut self.layer_groups;
        // Deterministic priority whatever the load order: targets with a stricter
        // check first (they are the more specific), then by glossary id, entry id.
        for (_, targets) in grouped.iter_mut() {
            targets.sort_by(|a, b| {
                let key = |t: &Target| {
                    (
                        t.check.is_none(),
                        set.glossary_of(t.entry).id.clone(),
                        set.entry(t.entry).id.clone(),
                        t.form,
                    )
                };
                key(a).cmp(&key(b))
            });
        }
        let mut keys = Vec::with_capacity(grouped.len());
        let mut targets = Vec::new();
        for (key, ts) in grouped.iter() {
            let start = targets.len() as u32;
            targets.extend(ts.iter().cloned());
            keys.push(Key {
                targets: start..targets.len() as u32,
                first_unspaced: key.chars().next().is_some_and(is_unspaced),
                last_unspaced: key.chars().next_back().is_some_and(is_unspaced),
                last_hangul: key.chars().next_back().is_some_and(is_hangul),
            });
        }
        let texts: Vec<&str> = grouped.iter().map(|(k, _)| k.as_str()).collect();
        let engine = Engine::new(&texts)
            .map_err(|_| Error::new(ErrorKind::Glossary, Message::new("error-matcher-size")))?;
        Ok(Layer {
            engine,
            keys,
            targets,
            fold,
            stemmer,
        })
    }
}

/// A compiled glossary search. Build once, share between threads (it is
/// `Send + Sync`), search many texts.
#[derive(Clone, Debug)]
pub struct Matcher {
    exact: Layer,
    stems: Vec<Layer>,
    boundary: Boundary,
    protected: Vec<Box<str>>,
}

/// An entry's matching settings after its glossary's defaults are applied.
struct Settings {
    sensitive: bool,
    fold_diacritics: bool,
    joined: bool,
    stemming: Vec<String>,
}

impl Matcher {
    /// A matcher with the default options.
    ///
    /// # Errors
    ///
    /// See [`MatcherBuilder::build`].
    pub fn new(set: &GlossarySet) -> Result<Matcher> {
        MatcherBuilder::new().build(set)
    }

    fn compile(set: &GlossarySet, options: &MatcherBuilder) -> Result<Matcher> {
        let settings: Vec<Settings> = set
            .entries()
            .map(|(id, entry)| {
                let defaults = &set.glossary_of(id).defaults;
                Settings {
                    sensitive: match options.case {
                        Case::PerEntry => entry.case_sensitive,
                        Case::Sensitive => true,
                        Case::Insensitive => false,
                    },
                    fold_diacritics: entry.fold_diacritics.unwrap_or(defaults.fold_diacritics),
                    joined: entry.joined.unwrap_or(defaults.joined),
                    stemming: entry
                        .stemming
                        .clone()
                        .unwrap_or_else(|| defaults.stemming.clone()),
                }
            })
            .collect();
        let layer_fold = FoldOptions {
            keep_case: false,
            strip_marks: settings.iter().any(|s| s.fold_diacritics),
        };
        let check_for = |s: &Settings, form: &str, joined: bool| {
            let want = FoldOptions {
                keep_case: s.sensitive,
                strip_marks: s.fold_diacritics,
            };
            (want != layer_fold).then(|| {
                let mut k = fold_key(form, want);
                if joined {
                    k.retain(|c| c != ' ');
                }
                (want, k.into_boxed_str())
            })
        };
        let mut exact = Pending::new();
        let mut stem_langs: Vec<String> = Vec::new();
        for ((id, entry), s) in set.entries().zip(&settings) {
            for (f, form) in entry.forms.iter().enumerate() {
                let key = if layer_fold == FoldOptions::default() {
                    set.default_keys(id)[f].to_string()
                } else {
                    fold_key(form, layer_fold)
                };
                let target = Target {
                    entry: id,
                    form: f as u32,
                    check: check_for(s, form, false),
                };
                if s.joined && key.contains(' ') {
                    let solid: String = key.chars().filter(|&c| c != ' ').collect();
                    exact.add(
                        solid,
                        Target {
                            check: check_for(s, form, true),
                            ..target.clone()
                        },
                    );
                }
                if s.stemming.iter().any(|l| l == "en")
                    && key.ends_with(|c: char| c.is_alphabetic())
                {
                    // English plurals the stemmer leaves alone (loanwords such as
                    // keiretsus, zaibatsus): the form plus -s or -es.
                    for suffix in ["s", "es"] {
                        let check = target
                            .check
                            .as_ref()
                            .map(|(o, k)| (*o, format!("{k}{suffix}").into_boxed_str()));
                        exact.add(
                            format!("{key}{suffix}"),
                            Target {
                                check,
                                ..target.clone()
                            },
                        );
                    }
                }
                exact.add(key, target);
            }
            for lang in &s.stemming {
                if !stem_langs.contains(lang) {
                    stem_langs.push(lang.clone());
                }
                // A bare stem is often a form of its own (the Russian genitive
                // plural Курил of Курилы), but the stemmer may cut it further
                // (курил → кур), so the form's stem also matches as written.
                let Some(algorithm) = crate::glossary::stemmer_for(lang) else {
                    continue;
                };
                if s.sensitive {
                    continue;
                }
                let stemmer = Stemmer::new(algorithm);
                for (f, form) in entry.forms.iter().enumerate() {
                    let key = fold_key(form, layer_fold);
                    let stem = stemmer.stem_text(&key).text;
                    if stem != key && stem.chars().count() >= 4 {
                        let check = check_for(s, form, false).map(|(want, _)| {
                            let stem = stemmer.stem_text(&fold_key(form, want)).text;
                            (want, stem.into_boxed_str())
                        });
                        exact.add(
                            stem,
                            Target {
                                entry: id,
                                form: f as u32,
                                check,
                            },
                        );
                    }
                }
            }
        }
        let mut stems = Vec::new();
        stem_langs.sort();
        for lang in stem_langs {
            let Some(algorithm) = crate::glossary::stemmer_for(&lang) else {
                continue;
            };
            let stemmer = Stemmer::new(algorithm);
            let mut pending = Pending::new();
            for ((id, entry), s) in set.entries().zip(&settings) {
                if !s.stemming.contains(&lang) {
                    continue;
                }
                for (f, form) in entry.forms.iter().enumerate() {
                    let key = stemmer.stem_text(&fold_key(form, layer_fold)).text;
                    let check = check_for(s, form, false).map(|(want, _)| {
                        (want, normalize(Some(&stemmer), form, want).into_boxed_str())
                    });
                    pending.add(
                        key,
                        Target {
                            entry: id,
                            form: f as u32,
                            check,
                        },
                    );
                }
            }
            stems.push(pending.build(set, layer_fold, Some(stemmer))?);
        }
        Ok(Matcher {
            exact: exact.build(set, layer_fold, None)?,
            stems,
            boundary: options.boundary,
            protected: options
                .protected
                .iter()
                .map(|p| p.clone().into_boxed_str())
                .collect(),
        })
    }

    /// All occurrences in `text`, left to right, never overlapping.
    ///
    /// ```
    /// use glossator::{Entry, Glossary, GlossarySet, Matcher};
    /// let set = GlossarySet::new(vec![Glossary::new("demo", "en", vec![
    ///     Entry::new("new", ["new"]),
    ///     Entry::new("new-york", ["New York"]),
    /// ], "demo")?])?;
    /// let matcher = Matcher::new(&set)?;
    /// let text = "A new yorker in NEW YORK";
    /// let found: Vec<&str> = matcher.find_all(text).iter().map(|m| &text[m.range()]).collect();
    /// assert_eq!(found, ["new", "NEW YORK"]);
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn find_all(&self, text: &str) -> Vec<Match> {
        self.find_iter(text).collect()
    }

    /// An iterator over the occurrences in `text`.
    pub fn find_iter<'m, 't>(&'m self, text: &'t str) -> FindIter<'m, 't> {
        let folded = fold_protected(text, self.exact.fold, &self.protected);
        if self.stems.is_empty() {
            return FindIter {
                matcher: self,
                text,
                folded,
                pos: 0,
                merged: None,
                hints: Hints::default(),
            };
        }
        // Every layer's matches, then leftmost-longest across layers (the exact
        // layer first on ties).
        let mut all: Vec<(Match, usize)> = Vec::new();
        let mut pos = 0;
        let mut hints = Hints::default();
        let scan = self.scan(text, &folded, None);
        while let Some((m, next)) = self.exact.next_match(&scan, pos, &mut hints) {
            all.push((m, 0));
            pos = next;
        }
        for (i, layer) in self.stems.iter().enumerate() {
            let stemmed = layer
                .stemmer
                .as_ref()
                .map(|s| s.stem_text(&folded.text))
                .unwrap_or_default();
            let scan = self.scan(text, &folded, Some(&stemmed));
            let mut pos = 0;
            let mut hints = Hints::default();
            while let Some((m, next)) = layer.next_match(&scan, pos, &mut hints) {
                all.push((m, i + 1));
                pos = next;
            }
        }
        all.sort_by_key(|(m, layer)| (m.start, std::cmp::Reverse(m.end), *layer));
        let mut merged = Vec::with_capacity(all.len());
        let mut end = 0;
        for (m, _) in all {
            if m.start >= end {
                end = m.end;
                merged.push(m);
            }
        }
        merged.reverse();
        FindIter {
            matcher: self,
            text,
            folded: Folded::default(),
            pos: 0,
            merged: Some(merged),
            hints: Hints::default(),
        }
    }

    fn scan<'a>(
        &'a self,
        text: &'a str,
        folded: &'a Folded,
        stemmed: Option<&'a Folded>,
    ) -> Scan<'a> {
        Scan {
            text,
            folded,
            stemmed,
            boundary: self.boundary,
            protected: &self.protected,
        }
    }

    /// Heap memory used by the compiled automata, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.exact.engine.memory_usage()
            + self
                .stems
                .iter()
                .map(|l| l.engine.memory_usage())
                .sum::<usize>()
    }

    /// The number of distinct folded keys (forms after normalization).
    pub fn key_count(&self) -> usize {
        self.exact.keys.len() + self.stems.iter().map(|l| l.keys.len()).sum::<usize>()
    }
}

impl Layer {
    /// The next accepted match at or after position `pos` of the searched text
    /// (the folded text, or its stemmed form), and where to search after it.
    ///
    /// The automaton finds the leftmost, longest key from `pos`; when it fails
    /// its checks the next shorter key at the same start is asked for, and when
    /// none passes the search goes on from the next position where a word can
    /// start.
    fn next_match(&self, scan: &Scan<'_>, pos: usize, hints: &mut Hints) -> Option<(Match, usize)> {
        let hay = scan.hay().as_bytes();
        let words = scan.boundary == Boundary::Word;
        let mut at = pos;
        while let Some((s, mut e, mut k)) = self.engine.find(hay, at, hay.len(), words) {
            if let Some(os) = self.start(scan, s, k, hints) {
                loop {
                    if let Some(m) = self.accept(scan, os, (e, k), hints) {
                        return Some((m, e));
                    }
                    // A shorter key must end before `e`; when `e` is inside a
                    // run of ASCII letters and digits, before that run, since
                    // no word ends inside one.
                    let mut limit = e - 1;
                    if words && inside_ascii_word(hay, e) {
                        while limit > s && ascii_alnum(hay[limit - 1]) {
                            limit -= 1;
                        }
                    }
                    match self.engine.longest_at(hay, s, limit) {
                        Some((e2, k2)) => (e, k) = (e2, k2),
                        None => break,
                    }
                }
            }
            at = next_start(hay, s, scan.boundary);
        }
        None
    }

    /// Where the candidate starting at `s` of the searched text starts in the
    /// original text, when a match may start there (key `k` is any key found
    /// there: they all begin with the same character).
    fn start(&self, scan: &Scan<'_>, s: usize, k: usize, hints: &mut Hints) -> Option<usize> {
        let hay = scan.hay().as_bytes();
        let fs = match scan.stemmed {
            None => s,
            Some(st) => st.orig_start(s, &mut hints.stem)?,
        };
        let os = scan.folded.orig_start(fs, &mut hints.fold)?;
        if !is_grapheme_boundary(scan.text, os) {
            return None;
        }
        if scan.boundary == Boundary::None || self.keys[k].first_unspaced {
            return Some(os);
        }
        if inside_ascii_word(hay, s) {
            return None;
        }
        (is_word_boundary(scan.text, os, scan.protected) || after_elision(scan.text, os))
            .then_some(os)
    }

    /// Checks the key `k` found ending at `e` of the searched text, starting at `os`
    /// of the original text: its end, and a target that accepts it.
    fn accept(
        &self,
        scan: &Scan<'_>,
        os: usize,
        (e, k): (usize, usize),
        hints: &Hints,
    ) -> Option<Match> {
        let hay = scan.hay().as_bytes();
        let key = &self.keys[k];
        let fe = match scan.stemmed {
            None => e,
            Some(st) => st.orig_end(e, hints.stem)?,
        };
        let mut oe = scan.folded.orig_end(fe, hints.fold)?;
        if oe <= os {
            return None;
        }
        if !is_grapheme_boundary(scan.text, oe) {
            oe = past_invisible_extenders(scan.text, oe);
            if !is_grapheme_boundary(scan.text, oe) {
                return None;
            }
        }
        if scan.boundary == Boundary::Word && !key.last_unspaced {
            if inside_ascii_word(hay, e) {
                return None;
            }
            let ends_word = is_word_boundary(scan.text, oe, scan.protected)
                || before_possessive(scan.text, oe, scan.protected)
                || (key.last_hangul && before_particle(scan.text, oe));
            if !ends_word {
                return None;
            }
        }
        let t = self.pick(key, &scan.text[os..oe])?;
        Some(Match {
            start: os,
            end: oe,
            entry: t.entry,
            form: t.form,
        })
    }

    fn pick(&self, key: &Key, original: &str) -> Option<&Target> {
        let targets = &self.targets[key.targets.start as usize..key.targets.end as usize];
        let mut cache: Vec<(FoldOptions, String)> = Vec::new();
        targets.iter().find(|t| match &t.check {
            None => true,
            Some((opts, want)) => {
                if let Some((_, got)) = cache.iter().find(|(o, _)| o == opts) {
                    return **want == *got;
                }
                let got = self.normalize(original, *opts);
                let ok = **want == got;
                cache.push((*opts, got));
                ok
            }
        })
    }

    /// The original text of a candidate under a target's stricter folding.
    fn normalize(&self, original: &str, opts: FoldOptions) -> String {
        normalize(self.stemmer.as_ref(), original, opts)
    }
}

/// A text (a candidate, or a form) under a target's stricter folding, stemmed in a
/// stemming layer.
fn normalize(stemmer: Option<&Stemmer>, text: &str, opts: FoldOptions) -> String {
    let folded = fold_key(text, opts);
    let Some(stemmer) = stemmer else {
        return folded;
    };
    if !opts.keep_case {
        return stemmer.stem_text(&folded).text;
    }
    // Case-sensitive stemmed entries: the stems must agree, and each word must
    // start with a letter of the same case as in the form.
    let lower = FoldOptions {
        keep_case: false,
        ..opts
    };
    let stems = stemmer.stem_text(&fold_key(text, lower)).text;
    let caps: String = folded
        .split(' ')
        .map(|w| {
            if w.chars().next().is_some_and(char::is_uppercase) {
                '^'
            } else {
                '_'
            }
        })
        .collect();
    format!("{stems}{caps}")
}

/// Iterator over the occurrences of glossary forms in a text; see
/// [`Matcher::find_iter`].
#[derive(Debug)]
pub struct FindIter<'m, 't> {
    matcher: &'m Matcher,
    text: &'t str,
    folded: Folded,
    pos: usize,
    /// Precomputed matches, last first, when several layers were merged.
    merged: Option<Vec<Match>>,
    hints: Hints,
}

/// Where the last offset mappings stopped in the maps of a scan, so the next
/// mapping starts there.
#[derive(Clone, Copy, Debug, Default)]
struct Hints {
    stem: usize,
    fold: usize,
}

impl Iterator for FindIter<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        if let Some(merged) = &mut self.merged {
            return merged.pop();
        }
        let scan = self.matcher.scan(self.text, &self.folded, None);
        let (m, next) = self
            .matcher
            .exact
            .next_match(&scan, self.pos, &mut self.hints)?;
        self.pos = next;
        Some(m)
    }
}

/// What one search works on: the original text, its folded form (and stemmed
/// form in a stemming layer), and the matcher's settings.
struct Scan<'a> {
    text: &'a str,
    folded: &'a Folded,
    stemmed: Option<&'a Folded>,
    boundary: Boundary,
    protected: &'a [Box<str>],
}

impl Scan<'_> {
    /// The text the automaton searches.
    fn hay(&self) -> &str {
        &self.stemmed.unwrap_or(self.folded).text
    }
}

fn ascii_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Whether offset `p` of the searched text lies between two ASCII letters or
/// digits, where no word starts or ends.
fn inside_ascii_word(hay: &[u8], p: usize) -> bool {
    p > 0 && p < hay.len() && ascii_alnum(hay[p - 1]) && ascii_alnum(hay[p])
}

/// The next position after a candidate at `s` where a key may start: the next
/// character, past the rest of a run of ASCII letters and digits when words
/// need boundaries (no word starts inside one).
fn next_start(hay: &[u8], s: usize, boundary: Boundary) -> usize {
    let mut p = s + char_len(hay[s]);
    if boundary == Boundary::Word && ascii_alnum(hay[s]) {
        while p < hay.len() && ascii_alnum(hay[p]) {
            p += 1;
        }
    }
    p
}

fn char_len(first: u8) -> usize {
    match first {
        0..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{FF07}')
}

/// Exception to UAX #29 at a start: `os` follows an apostrophe after an elided
/// article or preposition of one or two letters that starts a word (French
/// `l’`, `d’`, `qu’`, Italian `un’`, Irish `O’`), which UAX #29 would join to
/// the word after it.
fn after_elision(text: &str, os: usize) -> bool {
    let mut before = text[..os].char_indices().rev();
    if !before.next().is_some_and(|(_, c)| is_apostrophe(c)) {
        return false;
    }
    let mut letters = 0;
    for (i, c) in before {
        if !c.is_alphabetic() {
            return letters > 0 && !is_word(c);
        }
        letters += 1;
        if letters > 2 {
            return false;
        }
        if i == 0 {
            return true;
        }
    }
    letters > 0
}

/// Exception to UAX #29 at an end: a possessive `'s` (or `’s`) follows `oe`.
fn before_possessive(text: &str, oe: usize, protected: &[Box<str>]) -> bool {
    let mut after = text[oe..].chars();
    let (Some(apostrophe), Some(s)) = (after.next(), after.next()) else {
        return false;
    };
    if !is_apostrophe(apostrophe) || !matches!(s, 's' | 'S') {
        return false;
    }
    let end = oe + apostrophe.len_utf8() + 1;
    is_grapheme_boundary(text, end) && is_word_boundary(text, end, protected)
}

/// Exception to UAX #29 at the end of a Hangul form: the Hangul written onto it
/// is one of the particles that attach to a noun (손가락이, 서울에서).
fn before_particle(text: &str, oe: usize) -> bool {
    let rest = &text[oe..];
    let run = rest
        .find(|c: char| !is_hangul(c))
        .map_or(rest, |i| &rest[..i]);
    if run.is_empty() {
        return false;
    }
    // Written in decomposed jamo, the particle is compared composed.
    let composed: String = unicode_normalization::UnicodeNormalization::nfc(run).collect();
    KOREAN_PARTICLES.contains(&composed.as_str())
}

/// Particles and endings that attach to a Korean noun without a space.
const KOREAN_PARTICLES: &[&str] = &[
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "께",
    "께서",
    "로",
    "으로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "부터",
    "보다",
    "처럼",
    "한테",
    "이나",
    "나",
    "이랑",
    "랑",
    "하고",
    "이다",
    "이고",
    "이며",
    "에는",
    "에도",
    "에서는",
    "에서도",
    "으로는",
    "로는",
    "과는",
    "와는",
    "들",
    "들이",
    "들은",
    "들을",
    "들의",
    "들에게",
    "이라",
    "라",
    "이라고",
    "라고",
    "입니다",
    "이에요",
    "예요",
    "에서의",
    "으로서",
    "로서",
    "으로써",
    "로써",
    "라는",
    "이라는",
    "란",
    "이란",
    "라도",
    "이라도",
    "든",
    "이든",
    "마저",
    "조차",
    "밖에",
    "뿐",
    "같이",
    "께서는",
    "에게서",
    "한테서",
    "로부터",
    "으로부터",
    "에서부터",
    "야",
    "이야",
    "여",
    "이여",
    "에게는",
    "에게도",
    "와의",
    "과의",
    "로의",
    "으로의",
];

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Letters, digits, marks and the connector `_`: what words are made of.
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_unspaced(c: char) -> bool {
    use unicode_script::{Script, UnicodeScript};
    if c.is_ascii() {
        return false;
    }
    match c {
        '\u{3005}' | '\u{3006}' | '\u{303B}' | '\u{30FC}' | '\u{FF70}' => return true,
        _ => {}
    }
    matches!(
        c.script(),
        Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Thai
            | Script::Lao
            | Script::Khmer
            | Script::Myanmar
            | Script::Bopomofo
            | Script::Yi
    )
}
