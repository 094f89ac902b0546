//! Annotation: glossaries, matcher and definitions together, and the policy that
//! decides which matches become annotations.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use unic_langid::LanguageIdentifier;

use crate::error::{Message, Result, Warning};
use crate::glossary::load::{self, Sources};
use crate::glossary::{Entry, EntryId, Glossary, GlossarySet};
use crate::l10n::{Chain, Definition, Localizer};
use crate::matcher::{Boundary, Case, Match, Matcher, MatcherBuilder};
use crate::translit::{self, Script, System};

/// Glossaries, their compiled matcher and their definitions: everything needed to
/// annotate texts. Build once; it is `Send + Sync`, so one `Annotator` (or an
/// `Arc` of it) serves any number of threads.
///
/// # Example
///
/// ```
/// use glossator::{Annotator, Options};
///
/// let annotator = Annotator::builtin()?;
/// let text = "Decisions in Kasumigaseki follow long nemawashi.";
/// let notes = annotator.annotate(text, &Options::new("en")?);
/// let found: Vec<(&str, &str)> = notes
///     .iter()
///     .map(|a| (a.entry().id.as_str(), a.text(text)))
///     .collect();
/// assert_eq!(found, [("kasumigaseki", "Kasumigaseki"), ("nemawashi", "nemawashi")]);
/// # Ok::<(), glossator::Error>(())
/// ```
#[derive(Debug)]
pub struct Annotator {
    set: GlossarySet,
    matcher: Matcher,
    localizer: Localizer,
    warnings: Vec<Warning>,
    /// Definitions already formatted, per requested language and entry, so that
    /// many small documents (JSON Lines, batches) format each one once.
    definitions: RwLock<HashMap<(LanguageIdentifier, EntryId), Option<Definition>>>,
}

/// Builds an [`Annotator`] from glossary paths, in-memory glossaries or the
/// built-in data.
#[derive(Debug, Default)]
pub struct AnnotatorBuilder {
    paths: Vec<PathBuf>,
    sources: Sources,
    matcher: MatcherBuilder,
}

impl AnnotatorBuilder {
    /// Adds a glossary file or folder (see [`load`] for the layouts). When no path
    /// and no glossary is given, the built-in glossaries are used.
    pub fn glossary_path(&mut self, path: impl AsRef<Path>) -> &mut AnnotatorBuilder {
        self.paths.push(path.as_ref().to_path_buf());
        self
    }

    /// Adds glossaries and definitions already in memory.
    pub fn sources(&mut self, sources: Sources) -> &mut AnnotatorBuilder {
        self.sources.extend(sources);
        self
    }

    /// Adds one glossary already in memory, with no definitions.
    pub fn glossary(&mut self, glossary: Glossary) -> &mut AnnotatorBuilder {
        self.sources.glossaries.push(glossary);
        self
    }

    /// Where forms may match (whole words by default).
    pub fn boundary(&mut self, boundary: Boundary) -> &mut AnnotatorBuilder {
        self.matcher.boundary(boundary);
        self
    }

    /// How letter case is compared (each entry's flag by default).
    pub fn case(&mut self, case: Case) -> &mut AnnotatorBuilder {
        self.matcher.case(case);
        self
    }

    /// Loads everything and compiles the matcher.
    ///
    /// # Errors
    ///
    /// Unreadable or malformed glossary and locale files, clashing entries: each
    /// error names the file and, where there is one, the line and column.
    pub fn build(&self) -> Result<Annotator> {
        let mut sources = Sources::default();
        if self.paths.is_empty() && self.sources.glossaries.is_empty() {
            sources = load::builtin()?;
        }
        for path in &self.paths {
            sources.extend(load::load_path(path)?);
        }
        sources.extend(self.sources.clone());
        // Parsing the Fluent files and compiling the matcher are independent:
        // on a large glossary each takes a good part of the start-up, so they
        // run side by side. A small one is not worth starting threads for.
        let (glossaries, locales) = (sources.glossaries, sources.locales);
        let large = locales.iter().map(|l| l.text.len()).sum::<usize>() > PARALLEL_LOAD;
        let compile = || -> Result<(GlossarySet, Matcher)> {
            let set = GlossarySet::new(glossaries)?;
            let matcher = self.matcher.build(&set)?;
            Ok((set, matcher))
        };
        let localize = || Localizer::new(locales);
        let (compiled, localized) = if large {
            rayon::join(compile, localize)
        } else {
            (compile(), localize())
        };
        let (set, matcher) = compiled?;
        let (localizer, warnings) = localized?;
        Ok(Annotator {
            set,
            matcher,
            localizer,
            warnings,
            definitions: RwLock::new(HashMap::new()),
        })
    }
}

/// Definition files larger than this in all are parsed on another thread
/// while the matcher is compiled.
const PARALLEL_LOAD: usize = 1 << 20;

/// What to annotate and in which language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    lang: LanguageIdentifier,
    all: bool,
    system: Option<Option<System>>,
}

impl Options {
    /// Definitions in `lang` (a BCP 47 tag such as `en`, `ru`, `fr-CA`); each
    /// concept annotated on its first occurrence only.
    ///
    /// # Errors
    ///
    /// An unparsable language tag.
    pub fn new(lang: &str) -> Result<Options> {
        Ok(Options {
            lang: crate::l10n::parse_language(lang)?,
            all: false,
            system: None,
        })
    }

    /// The transliteration shown beside a term, instead of the default for the
    /// reader's language (Hepburn for languages written in Latin script, Polivanov
    /// Cyrillic for `ru`, `uk`, `be`, `bg`; none for `ja`, whose readers get the kana
    /// reading). `None` shows no transliteration.
    ///
    /// ```
    /// use glossator::{Annotator, Options};
    /// use glossator::translit::System;
    /// let annotator = Annotator::builtin()?;
    /// let text = "Kasumigaseki";
    /// let shown = |o: &Options| {
    ///     let notes = annotator.annotate(text, o);
    ///     notes.iter().next().and_then(|a| a.transliteration().map(|t| t.text.clone()))
    /// };
    /// assert_eq!(shown(&Options::new("en")?).as_deref(), Some("Kasumigaseki"));
    /// assert_eq!(shown(&Options::new("ru")?).as_deref(), Some("Касумигасэки"));
    /// assert_eq!(shown(&Options::new("ja")?), None);
    /// assert_eq!(shown(&Options::new("en")?.system(Some(System::Kunrei))).as_deref(), Some("Kasumigaseki"));
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn system(mut self, system: Option<System>) -> Options {
        self.system = Some(system);
        self
    }

    /// The transliteration system shown to readers of this language.
    pub fn shown_system(&self) -> Option<System> {
        if let Some(chosen) = self.system {
            return chosen;
        }
        match self.lang.language.as_str() {
            "ja" => None,
            "ru" | "uk" | "be" | "bg" => Some(System::Polivanov),
            _ => Some(System::Hepburn),
        }
    }

    /// Annotate every occurrence, not just the first one of each concept.
    pub fn all(mut self, yes: bool) -> Options {
        self.all = yes;
        self
    }

    /// The requested language.
    pub fn lang(&self) -> &LanguageIdentifier {
        &self.lang
    }
}

impl Annotator {
    /// The annotator for the glossaries built into the crate.
    ///
    /// # Errors
    ///
    /// Only if the built-in data is broken, which the crate's tests rule out.
    pub fn builtin() -> Result<Annotator> {
        Annotator::builder().build()
    }

    /// A builder for glossaries from files or memory.
    pub fn builder() -> AnnotatorBuilder {
        AnnotatorBuilder::default()
    }

    /// The loaded glossaries.
    pub fn glossaries(&self) -> &GlossarySet {
        &self.set
    }

    /// The compiled matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The definitions.
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// Warnings from loading (duplicate messages in a locale, for example).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Every occurrence of every form, left to right, with exact byte ranges.
    pub fn find(&self, text: &str) -> Vec<Match> {
        self.matcher.find_all(text)
    }

    /// Finds the terms in `text`, applies the policy in `options` (first occurrence
    /// of each concept, or all), and looks up each one's definition along the
    /// negotiated language chain.
    pub fn annotate(&self, text: &str, options: &Options) -> Annotations<'_> {
        let mut session = self.session(options);
        let items = session.annotate(text, 0);
        Annotations {
            items,
            warnings: session.finish(),
        }
    }

    /// A stateful annotation run over a document that arrives in pieces (text
    /// nodes of an HTML page, blocks of a stream): the first-occurrence policy
    /// spans all pieces.
    pub fn session(&self, options: &Options) -> Session<'_> {
        Session {
            annotator: self,
            options: options.clone(),
            seen: HashMap::new(),
            chains: HashMap::new(),
            warnings: Vec::new(),
            fell_back: Vec::new(),
        }
    }
}

/// An annotation run over one document; see [`Annotator::session`].
#[derive(Debug)]
pub struct Session<'a> {
    annotator: &'a Annotator,
    options: Options,
    /// Definition and shown transliteration per entry already looked up.
    seen: HashMap<EntryId, (Option<Definition>, Option<Transliteration>)>,
    chains: HashMap<usize, Chain>,
    warnings: Vec<Warning>,
    /// Per glossary (index) and language used instead of the one asked for, the
    /// entries whose definitions fell back, in the order first met.
    fell_back: Vec<((usize, LanguageIdentifier), Vec<EntryId>)>,
}

impl<'a> Session<'a> {
    /// Annotates one piece of the document. `offset` is the piece's byte offset in
    /// the whole document; the annotations' offsets include it.
    pub fn annotate(&mut self, piece: &str, offset: usize) -> Vec<Annotation<'a>> {
        let set = &self.annotator.set;
        let mut items = Vec::new();
        let mut chars = 0;
        let mut utf16 = 0;
        let mut last = 0;
        for m in self.annotator.matcher.find_iter(piece) {
            let first = !self.seen.contains_key(&m.entry());
            if !first && !self.options.all {
                continue;
            }
            let (definition, shown) = match self.seen.get(&m.entry()) {
                Some(d) => d.clone(),
                None => {
                    let d = (self.definition(m.entry()), self.shown(m.entry()));
                    self.seen.insert(m.entry(), d.clone());
                    d
                }
            };
            let before = &piece[last..m.start()];
            chars += before.chars().count();
            utf16 += before.encode_utf16().count();
            let inside = &piece[m.range()];
            let char_len = inside.chars().count();
            let utf16_len = inside.encode_utf16().count();
            items.push(Annotation {
                m: m.shifted(offset),
                entry: set.entry(m.entry()),
                glossary: set.glossary_of(m.entry()),
                definition,
                shown,
                chars: chars..chars + char_len,
                utf16: utf16..utf16 + utf16_len,
                first,
            });
            chars += char_len;
            utf16 += utf16_len;
            last = m.end();
        }
        items
    }

    fn shown(&mut self, entry: EntryId) -> Option<Transliteration> {
        let system = self.options.shown_system()?;
        let e = self.annotator.set.entry(entry);
        match transliterations(e, Some(system)) {
            Ok(mut all) => all.pop(),
            Err(err) => {
                self.warnings.push(Warning::new(
                    Message::new("warning-transliteration")
                        .arg("entry", &e.id)
                        .arg("system", system)
                        .arg("detail", err),
                ));
                None
            }
        }
    }

    fn definition(&mut self, entry: EntryId) -> Option<Definition> {
        let set = &self.annotator.set;
        let localizer = &self.annotator.localizer;
        let glossary_index = set.glossary_index(entry);
        let glossary = set.glossary_of(entry);
        let chain = self
            .chains
            .entry(glossary_index)
            .or_insert_with(|| localizer.chain(&self.options.lang, &glossary.language))
            .clone();
        let id = &set.entry(entry).id;
        let key = (self.options.lang.clone(), entry);
        let cached = self
            .annotator
            .definitions
            .read()
            .ok()
            .and_then(|cache| cache.get(&key).cloned());
        let found = match cached {
            Some(found) => found,
            None => {
                let found = localizer.definition(&chain, id, &mut self.warnings);
                if let Ok(mut cache) = self.annotator.definitions.write() {
                    cache.insert(key, found.clone());
                }
                found
            }
        };
        match &found {
            None => self.warnings.push(Warning::new(
                Message::new("warning-no-definition")
                    .arg("entry", id)
                    .arg("glossary", &glossary.id),
            )),
            Some(d) if d.lang.language != self.options.lang.language => {
                let key = (glossary_index, d.lang.clone());
                match self.fell_back.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, ids)) => {
                        if !ids.contains(&entry) {
                            ids.push(entry);
                        }
                    }
                    None => self.fell_back.push((key, vec![entry])),
                }
            }
            _ => {}
        }
        found
    }

    /// Ends the run and returns its warnings. The entries whose definitions came
    /// from a language other than the one asked for are reported together, one
    /// warning per glossary and language used, naming the first few of them.
    pub fn finish(mut self) -> Vec<Warning> {
        const NAMED: usize = 5;
        for ((glossary_index, used), ids) in std::mem::take(&mut self.fell_back) {
            let set = &self.annotator.set;
            let glossary = &set.glossaries()[glossary_index];
            let named: Vec<&str> = ids[..ids.len().min(NAMED)]
                .iter()
                .map(|&e| set.entry(e).id.as_str())
                .collect();
            let mut names = named.join(", ");
            if ids.len() > NAMED {
                names.push_str(", …");
            }
            self.warnings.push(Warning::new(
                Message::new("warning-fallback")
                    .arg("glossary", &glossary.id)
                    .arg("requested", &self.options.lang)
                    .arg("used", &used)
                    .number("count", ids.len())
                    .arg("entries", names),
            ));
        }
        self.warnings
    }
}

/// One annotated occurrence: where, which entry, and its definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation<'a> {
    m: Match,
    entry: &'a Entry,
    glossary: &'a Glossary,
    definition: Option<Definition>,
    shown: Option<Transliteration>,
    chars: std::ops::Range<usize>,
    utf16: std::ops::Range<usize>,
    first: bool,
}

/// A term written in some transliteration system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transliteration {
    /// The system.
    pub system: System,
    /// The term in it.
    pub text: String,
}

/// The entry in every system that applies to it (kana systems from its `reading`,
/// Cyrillic ones from a Cyrillic `original`), or only in `only`. Hepburn is the
/// entry's own `romanization` when it gives one; a derived one takes the
/// capital of the given romanization (proper names).
///
/// # Errors
///
/// A reading or original the system cannot read, naming the character.
///
/// ```
/// use glossator::{annotate::transliterations, Entry};
/// let e = Entry::new("kasumigaseki", ["Kasumigaseki"])
///     .with_reading("かすみがせき")
///     .with_romanization("Kasumigaseki");
/// let all: Vec<(String, String)> = transliterations(&e, None)?
///     .into_iter()
///     .map(|t| (t.system.to_string(), t.text))
///     .collect();
/// assert_eq!(all[0], ("hepburn".to_string(), "Kasumigaseki".to_string()));
/// assert!(all.contains(&("polivanov".to_string(), "Касумигасэки".to_string())));
/// # Ok::<(), glossator::translit::TranslitError>(())
/// ```
pub fn transliterations(
    entry: &Entry,
    only: Option<System>,
) -> std::result::Result<Vec<Transliteration>, translit::TranslitError> {
    let capital = entry
        .romanization
        .as_deref()
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    let cyrillic = entry
        .original
        .as_deref()
        .filter(|o| o.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}')));
    let mut out = Vec::new();
    for &system in System::ALL {
        if only.is_some_and(|o| o != system) {
            continue;
        }
        let source = match system.source_script() {
            Script::Kana => entry.reading.as_deref(),
            Script::Cyrillic => cyrillic,
        };
        let given = (system == System::Hepburn)
            .then_some(entry.romanization.as_deref())
            .flatten();
        let text = match (given, source) {
            (Some(given), _) => given.to_string(),
            (None, Some(source)) => {
                let text = translit::transliterate(source, system)?;
                if capital && system.source_script() == Script::Kana {
                    capitalize_first(&text)
                } else {
                    text
                }
            }
            (None, None) => continue,
        };
        out.push(Transliteration { system, text });
    }
    Ok(out)
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl<'a> Annotation<'a> {
    /// The match: byte range and entry handle.
    pub fn matched(&self) -> Match {
        self.m
    }

    /// Byte range in the text as given.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.m.range()
    }

    /// Range in Unicode scalar values (characters) within the piece annotated.
    pub fn char_range(&self) -> std::ops::Range<usize> {
        self.chars.clone()
    }

    /// Range in UTF-16 code units within the piece annotated (for JavaScript).
    pub fn utf16_range(&self) -> std::ops::Range<usize> {
        self.utf16.clone()
    }

    /// The occurrence's text, sliced from the document it came from.
    pub fn text<'t>(&self, document: &'t str) -> &'t str {
        &document[self.m.range()]
    }

    /// The entry.
    pub fn entry(&self) -> &'a Entry {
        self.entry
    }

    /// The glossary the entry belongs to.
    pub fn glossary(&self) -> &'a Glossary {
        self.glossary
    }

    /// The definition, with the language it came from; `None` when no language
    /// of the chain defines the entry.
    pub fn definition(&self) -> Option<&Definition> {
        self.definition.as_ref()
    }

    /// The transliteration shown to this reader (see [`Options::system`]), derived
    /// from the entry's reading or original when the glossary gives none.
    pub fn transliteration(&self) -> Option<&Transliteration> {
        self.shown.as_ref()
    }

    /// Whether this is the concept's first occurrence in the document.
    pub fn is_first(&self) -> bool {
        self.first
    }
}

/// The annotations of one text, and the warnings raised while making them.
#[derive(Clone, Debug)]
pub struct Annotations<'a> {
    items: Vec<Annotation<'a>>,
    warnings: Vec<Warning>,
}

impl<'a> Annotations<'a> {
    /// Wraps annotations made with a [`Session`].
    pub fn new(items: Vec<Annotation<'a>>, warnings: Vec<Warning>) -> Annotations<'a> {
        Annotations { items, warnings }
    }

    /// The annotations, left to right.
    pub fn iter(&self) -> std::slice::Iter<'_, Annotation<'a>> {
        self.items.iter()
    }

    /// The annotations as a slice.
    pub fn as_slice(&self) -> &[Annotation<'a>] {
        &self.items
    }

    /// The number of annotations.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing was annotated.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Warnings: definitions missing or taken from a fallback language.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

impl<'s, 'a> IntoIterator for &'s Annotations<'a> {
    type Item = &'s Annotation<'a>;
    type IntoIter = std::slice::Iter<'s, Annotation<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}
