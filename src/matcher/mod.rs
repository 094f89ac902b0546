//! Finding glossary forms in text.
//!
//! A [`Matcher`] is compiled once from a [`GlossarySet`]: every form of every entry
//! is [folded](fold) into a key, and one leftmost-longest Aho-Corasick automaton is
//! built over the keys. A search folds the text the same way (keeping a map back to
//! the original offsets), runs the automaton, and accepts a candidate when
//!
//! 1. it stands on word boundaries: the character before it and the one after it
//!    are not letters, digits, marks or `_` — unless the form's first (last)
//!    character is in a script written without spaces (Han, kana, Thai, …), where
//!    no boundary is needed on that side, or the neighbour itself is in such a
//!    script (`G8サミット`); a possessive `'s` or `’s` (and a bare closing
//!    apostrophe) after the form is allowed (`Kasumigaseki’s`);
//! 2. its ends fall on character boundaries of the original text;
//! 3. for a case-sensitive entry, the original text equals the form as written
//!    (after the same normalization, without case folding).
//!
//! When the longest candidate at a position fails, the next shorter form that
//! starts at the same position is tried (terms `new`, `new york`; text
//! `new yorker` → `new`). After a position yields nothing the search resumes at the
//! next position where a word can start.

pub(crate) mod fold;

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

use crate::error::{Error, ErrorKind, Message, Result};
use crate::glossary::{EntryId, GlossarySet};
use fold::{fold, fold_key, FoldOptions, Folded};

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

    /// Compiles the matcher.
    ///
    /// # Errors
    ///
    /// When the automaton cannot be built (more patterns or states than it can
    /// address).
    pub fn build(&self, set: &GlossarySet) -> Result<Matcher> {
        Matcher::compile(set, self)
    }
}

#[derive(Clone, Debug)]
struct Key {
    len: u32,
    /// The longest other key that is a proper prefix of this one.
    parent: Option<u32>,
    targets: Range<u32>,
    first_unspaced: bool,
    last_unspaced: bool,
}

#[derive(Clone, Debug)]
struct Target {
    entry: EntryId,
    form: u32,
    /// The form folded without case folding, for case-sensitive targets.
    exact: Option<Box<str>>,
}

/// A compiled glossary search. Build once, share between threads (it is
/// `Send + Sync`), search many texts.
#[derive(Clone, Debug)]
pub struct Matcher {
    ac: AhoCorasick,
    keys: Vec<Key>,
    targets: Vec<Target>,
    boundary: Boundary,
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
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut grouped: Vec<(String, Vec<Target>)> = Vec::new();
        for (id, entry) in set.entries() {
            let sensitive = match options.case {
                Case::PerEntry => entry.case_sensitive,
                Case::Sensitive => true,
                Case::Insensitive => false,
            };
            for (f, form) in entry.forms.iter().enumerate() {
                let key = fold_key(form, FoldOptions::default());
                if key.is_empty() {
                    continue;
                }
                let exact = sensitive.then(|| {
                    fold_key(
                        form,
                        FoldOptions {
                            keep_case: true,
                            ..FoldOptions::default()
                        },
                    )
                    .into_boxed_str()
                });
                let slot = *index.entry(key.clone()).or_insert_with(|| {
                    grouped.push((key, Vec::new()));
                    grouped.len() - 1
                });
                grouped[slot].1.push(Target {
                    entry: id,
                    form: f as u32,
                    exact,
                });
            }
        }
        // Deterministic priority whatever the load order: case-sensitive targets
        // first (they are the more specific), then by glossary id and entry id.
        for (_, targets) in &mut grouped {
            targets.sort_by(|a, b| {
                let ka = (
                    a.exact.is_none(),
                    &set.glossary_of(a.entry).id,
                    &set.entry(a.entry).id,
                    a.form,
                );
                let kb = (
                    b.exact.is_none(),
                    &set.glossary_of(b.entry).id,
                    &set.entry(b.entry).id,
                    b.form,
                );
                ka.cmp(&kb)
            });
        }
        let mut keys = Vec::with_capacity(grouped.len());
        let mut targets = Vec::new();
        for (key, ts) in &grouped {
            let start = targets.len() as u32;
            targets.extend(ts.iter().cloned());
            keys.push(Key {
                len: key.len() as u32,
                parent: None,
                targets: start..targets.len() as u32,
                first_unspaced: key.chars().next().is_some_and(is_unspaced),
                last_unspaced: key.chars().next_back().is_some_and(is_unspaced),
            });
        }
        // Parents: walk the keys in sorted order with a stack of open prefixes.
        let mut order: Vec<usize> = (0..grouped.len()).collect();
        order.sort_by(|&a, &b| grouped[a].0.cmp(&grouped[b].0));
        let mut stack: Vec<usize> = Vec::new();
        for &k in &order {
            let key = &grouped[k].0;
            while let Some(&top) = stack.last() {
                if key.starts_with(grouped[top].0.as_str()) {
                    break;
                }
                stack.pop();
            }
            keys[k].parent = stack.last().map(|&p| p as u32);
            stack.push(k);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(grouped.iter().map(|(k, _)| k.as_str()))
            .map_err(|e| {
                Error::new(
                    ErrorKind::Glossary,
                    Message::new("error-automaton").arg("detail", &e),
                )
                .with_source(e)
            })?;
        Ok(Matcher {
            ac,
            keys,
            targets,
            boundary: options.boundary,
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
        FindIter {
            matcher: self,
            text,
            folded: fold(text, FoldOptions::default()),
            pos: 0,
        }
    }

    /// The number of distinct folded keys (forms after normalization).
    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// Tries the key `k` at folded position `s` and its shorter prefixes; returns
    /// the match and where it ends in the folded text.
    fn accept(
        &self,
        text: &str,
        folded: &Folded,
        s: usize,
        mut k: usize,
    ) -> Option<(Match, usize)> {
        let hay = folded.text.as_bytes();
        loop {
            let key = &self.keys[k];
            let e = s + key.len as usize;
            if self.boundaries_ok(hay, s, e, key) {
                if let (Some(os), Some(oe)) = (folded.orig_start(s), folded.orig_end(e)) {
                    if let Some(t) = self.pick(key, &text[os..oe]) {
                        let m = Match {
                            start: os,
                            end: oe,
                            entry: t.entry,
                            form: t.form,
                        };
                        return Some((m, e));
                    }
                }
            }
            k = key.parent? as usize;
        }
    }

    fn pick(&self, key: &Key, original: &str) -> Option<&Target> {
        let targets = &self.targets[key.targets.start as usize..key.targets.end as usize];
        let mut exact: Option<String> = None;
        targets.iter().find(|t| match &t.exact {
            None => true,
            Some(want) => {
                let got = exact.get_or_insert_with(|| {
                    fold_key(
                        original,
                        FoldOptions {
                            keep_case: true,
                            ..FoldOptions::default()
                        },
                    )
                });
                **want == *got
            }
        })
    }

    fn boundaries_ok(&self, hay: &[u8], s: usize, e: usize, key: &Key) -> bool {
        if self.boundary == Boundary::None {
            return true;
        }
        if !key.first_unspaced {
            if let Some(c) = char_before(hay, s) {
                if is_word(c) && !is_unspaced(c) {
                    return false;
                }
            }
        }
        if !key.last_unspaced {
            if let Some(c) = char_at(hay, e) {
                if c == '\'' {
                    // Possessive 's, or an apostrophe that closes a quotation or
                    // ends a plural possessive; anything else (don't) is one word.
                    return match char_at(hay, e + 1) {
                        Some(n) if is_word(n) && !is_unspaced(n) => {
                            n == 's'
                                && char_at(hay, e + 2).is_none_or(|a| !is_word(a) || is_unspaced(a))
                        }
                        _ => true,
                    };
                }
                if is_word(c) && !is_unspaced(c) {
                    return false;
                }
            }
        }
        true
    }

    /// Where to look next after nothing was accepted at folded position `s`.
    fn resume(&self, hay: &[u8], s: usize) -> usize {
        let Some(c) = char_at(hay, s) else {
            return hay.len();
        };
        let mut next = s + c.len_utf8();
        if self.boundary == Boundary::None || !is_word(c) || is_unspaced(c) {
            return next;
        }
        // No accepted match can start inside this word: skip to its end.
        while let Some(c) = char_at(hay, next) {
            if !is_word(c) || is_unspaced(c) {
                break;
            }
            next += c.len_utf8();
        }
        next
    }
}

/// Iterator over the occurrences of glossary forms in a text; see
/// [`Matcher::find_iter`].
#[derive(Debug)]
pub struct FindIter<'m, 't> {
    matcher: &'m Matcher,
    text: &'t str,
    folded: Folded,
    pos: usize,
}

impl Iterator for FindIter<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let hay = self.folded.text.as_bytes();
        while self.pos < hay.len() {
            let found = self
                .matcher
                .ac
                .find(Input::new(hay).range(self.pos..hay.len()))?;
            let s = found.start();
            match self
                .matcher
                .accept(self.text, &self.folded, s, found.pattern().as_usize())
            {
                Some((m, e)) => {
                    self.pos = e;
                    return Some(m);
                }
                None => self.pos = self.matcher.resume(hay, s),
            }
        }
        None
    }
}

fn char_at(hay: &[u8], i: usize) -> Option<char> {
    let b = *hay.get(i)?;
    if b < 0x80 {
        return Some(b as char);
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    std::str::from_utf8(hay.get(i..i + len)?)
        .ok()?
        .chars()
        .next()
}

fn char_before(hay: &[u8], i: usize) -> Option<char> {
    if i == 0 {
        return None;
    }
    let mut j = i - 1;
    while j > 0 && (hay[j] & 0xC0) == 0x80 {
        j -= 1;
    }
    char_at(hay, j)
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
