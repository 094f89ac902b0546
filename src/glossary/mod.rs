//! The glossary model: [`Glossary`], [`Entry`], and [`GlossarySet`], several
//! glossaries merged and checked for clashes. Loading from RON lives in [`load`].
//!
//! A glossary file has this shape (fields other than `id` and `forms` of an entry
//! may be left out; unknown fields are errors):
//!
//! ```ron
//! Glossary(
//!     id: "japan",
//!     language: "en",
//!     entries: [
//!         Entry(
//!             id: "nemawashi",
//!             forms: ["nemawashi", "немаваси", "根回し"],
//!             original: Some("根回し"),
//!             reading: Some("ねまわし"),
//!             romanization: Some("nemawashi"),
//!             case_sensitive: false,
//!             tags: ["politics", "business"],
//!         ),
//!     ],
//! )
//! ```

pub mod load;

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, ErrorKind, Location, Message, Result};
use crate::matcher::fold::{fold_key, folds_to_nothing, FoldOptions};

/// One concept: its id (also its Fluent message id), every written form, and how
/// it is written and read in its original language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Entry")]
#[non_exhaustive]
pub struct Entry {
    /// The entry's id, unique across all loaded glossaries; also the id of its
    /// definition in the Fluent files.
    pub id: String,
    /// Every written form a text may use, in any script.
    pub forms: Vec<String>,
    /// The term in its original script, such as `根回し`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The reading of the original, in kana for Japanese: `ねまわし`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// The display romanization (modified Hepburn for Japanese): `nemawashi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub romanization: Option<String>,
    /// When true, forms match only as written (letter case included).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub case_sensitive: bool,
    /// Free-form tags such as `politics`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Whether diacritics are ignored when matching (`Tōkyō` = `Tokyo` = `Tôkyô`,
    /// `ё` = `е`); `None` takes the glossary's setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fold_diacritics: Option<bool>,
    /// Whether forms of several words also match written solid (`hiki-wake` also
    /// finds `hikiwake`); `None` takes the glossary's setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<bool>,
    /// Languages whose Snowball stemmer also matches inflected forms
    /// (`["ru"]`: `Курильские острова` finds `Курильских островов`); `None` takes the
    /// glossary's setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stemming: Option<Vec<String>>,
}

impl Entry {
    /// An entry with an id and forms, everything else empty.
    ///
    /// ```
    /// let e = glossator::Entry::new("nemawashi", ["nemawashi", "根回し"])
    ///     .with_original("根回し")
    ///     .with_reading("ねまわし");
    /// assert_eq!(e.forms.len(), 2);
    /// ```
    pub fn new<I, S>(id: impl Into<String>, forms: I) -> Entry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Entry {
            id: id.into(),
            forms: forms.into_iter().map(Into::into).collect(),
            original: None,
            reading: None,
            romanization: None,
            case_sensitive: false,
            tags: Vec::new(),
            fold_diacritics: None,
            joined: None,
            stemming: None,
        }
    }

    /// Sets the original-script form.
    pub fn with_original(mut self, original: impl Into<String>) -> Entry {
        self.original = Some(original.into());
        self
    }

    /// Sets the reading.
    pub fn with_reading(mut self, reading: impl Into<String>) -> Entry {
        self.reading = Some(reading.into());
        self
    }

    /// Sets the romanization.
    pub fn with_romanization(mut self, romanization: impl Into<String>) -> Entry {
        self.romanization = Some(romanization.into());
        self
    }

    /// Makes the entry's forms match only as written.
    pub fn with_case_sensitive(mut self, yes: bool) -> Entry {
        self.case_sensitive = yes;
        self
    }

    /// Ignores diacritics when matching this entry (see [`Entry::fold_diacritics`]).
    pub fn with_fold_diacritics(mut self, yes: bool) -> Entry {
        self.fold_diacritics = Some(yes);
        self
    }

    /// Also matches multi-word forms written solid (see [`Entry::joined`]).
    pub fn with_joined(mut self, yes: bool) -> Entry {
        self.joined = Some(yes);
        self
    }

    /// Matches inflected forms with these languages' stemmers (see
    /// [`Entry::stemming`]).
    pub fn with_stemming<I, S>(mut self, langs: I) -> Entry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.stemming = Some(langs.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the tags.
    pub fn with_tags<I, S>(mut self, tags: I) -> Entry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }
}

/// Glossary-wide matching settings, each overridable per entry. All off by
/// default; in RON they are optional fields of `Glossary(…)`:
/// `fold_diacritics: true, joined: true, stemming: ["ru", "en"]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct MatchDefaults {
    /// Ignore diacritics (see [`Entry::fold_diacritics`]).
    pub fold_diacritics: bool,
    /// Also match multi-word forms written solid (see [`Entry::joined`]).
    pub joined: bool,
    /// Stemmer languages (see [`Entry::stemming`]).
    pub stemming: Vec<String>,
}

impl MatchDefaults {
    /// Sets `fold_diacritics`.
    pub fn fold_diacritics(mut self, yes: bool) -> MatchDefaults {
        self.fold_diacritics = yes;
        self
    }

    /// Sets `joined`.
    pub fn joined(mut self, yes: bool) -> MatchDefaults {
        self.joined = yes;
        self
    }

    /// Sets `stemming`.
    pub fn stemming<I, S>(mut self, langs: I) -> MatchDefaults
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.stemming = langs.into_iter().map(Into::into).collect();
        self
    }
}

/// The Snowball stemmer for a language code, if there is one.
pub(crate) fn stemmer_for(lang: &str) -> Option<rust_stemmers::Algorithm> {
    use rust_stemmers::Algorithm::*;
    Some(match lang {
        "ar" => Arabic,
        "da" => Danish,
        "de" => German,
        "el" => Greek,
        "en" => English,
        "es" => Spanish,
        "fi" => Finnish,
        "fr" => French,
        "hu" => Hungarian,
        "it" => Italian,
        "nl" => Dutch,
        "no" | "nb" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => return None,
    })
}

/// The language codes [`Entry::stemming`] accepts.
pub const STEMMING_LANGUAGES: &[&str] = &[
    "ar", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "nb", "nl", "no", "pt", "ro", "ru",
    "sv", "ta", "tr",
];

/// One glossary: an id, the language its definitions are written in first, and
/// its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Glossary {
    /// The glossary's id; its definitions are in `locales/<lang>/<id>.ftl`.
    pub id: String,
    /// The language of the definitions' source locale, the last resort of every
    /// fallback chain.
    pub language: unic_langid::LanguageIdentifier,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
    /// Matching defaults for entries that do not set their own.
    pub defaults: MatchDefaults,
    source: String,
    locations: Vec<Location>,
}

impl Glossary {
    /// A glossary built in code rather than loaded from a file. `source` names it in
    /// messages.
    ///
    /// # Errors
    ///
    /// An unparsable language tag, or an entry that fails validation (see
    /// [`GlossarySet::new`] for clashes between entries).
    ///
    /// # Example
    ///
    /// ```
    /// use glossator::{Entry, Glossary};
    /// let g = Glossary::new("demo", "en", vec![Entry::new("sumo", ["sumo", "相撲"])], "demo")?;
    /// assert_eq!(g.entries.len(), 1);
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn new(
        id: impl Into<String>,
        language: &str,
        entries: Vec<Entry>,
        source: impl Into<String>,
    ) -> Result<Glossary> {
        let source = source.into();
        let locations = entries.iter().map(|_| Location::file(&source)).collect();
        Glossary::assemble(
            id.into(),
            language,
            entries,
            MatchDefaults::default(),
            source,
            locations,
            &Location::file(""),
        )
    }

    /// Replaces the glossary-wide matching settings.
    ///
    /// # Errors
    ///
    /// A stemming language with no stemmer.
    ///
    /// ```
    /// use glossator::{Entry, Glossary};
    /// use glossator::glossary::MatchDefaults;
    /// let g = Glossary::new("demo", "en", vec![Entry::new("tokyo", ["Tōkyō"])], "demo")?
    ///     .with_defaults(MatchDefaults::default().fold_diacritics(true))?;
    /// assert!(g.defaults.fold_diacritics);
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn with_defaults(mut self, defaults: MatchDefaults) -> Result<Glossary> {
        let at = Location::file(&self.source);
        validate_stemming(&defaults.stemming, &at)?;
        self.defaults = defaults;
        Ok(self)
    }

    pub(crate) fn assemble(
        id: String,
        language: &str,
        entries: Vec<Entry>,
        defaults: MatchDefaults,
        source: String,
        locations: Vec<Location>,
        at: &Location,
    ) -> Result<Glossary> {
        let at = if at.path.is_empty() {
            Location::file(&source)
        } else {
            at.clone()
        };
        if !is_glossary_id(&id) {
            return Err(invalid(
                &at,
                Message::new("invalid-glossary-id").arg("id", &id),
            ));
        }
        let language = crate::l10n::parse_language(language).map_err(|_| {
            invalid(
                &at,
                Message::new("invalid-glossary-language").arg("tag", language),
            )
        })?;
        validate_stemming(&defaults.stemming, &at)?;
        let mut entries = entries;
        for (entry, loc) in entries.iter_mut().zip(&locations) {
            validate_entry(entry, loc)?;
        }
        Ok(Glossary {
            id,
            language,
            entries,
            defaults,
            source,
            locations,
        })
    }

    /// The file it was loaded from, as shown in messages.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Where entry `index` starts in its file.
    pub fn location(&self, index: usize) -> Option<&Location> {
        self.locations.get(index)
    }
}

fn invalid(at: &Location, problem: Message) -> Error {
    Error::new(
        ErrorKind::Glossary,
        Message::new("error-invalid")
            .arg("location", at)
            .arg_message("problem", problem),
    )
}

/// Glossary ids name files: lowercase ASCII letters, digits, `-` and `_`, starting
/// with a letter or digit; `cli` is reserved for the program's own messages.
fn is_glossary_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && id != "cli"
}

/// Entry ids are Fluent message identifiers: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub(crate) fn is_entry_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn validate_stemming(langs: &[String], at: &Location) -> Result<()> {
    for lang in langs {
        if stemmer_for(lang).is_none() {
            return Err(invalid(
                at,
                Message::new("invalid-stemming")
                    .arg("lang", lang)
                    .arg("supported", STEMMING_LANGUAGES.join(", ")),
            ));
        }
    }
    Ok(())
}

fn validate_entry(entry: &mut Entry, at: &Location) -> Result<()> {
    if let Some(langs) = &entry.stemming {
        validate_stemming(langs, at)?;
    }
    if !is_entry_id(&entry.id) {
        return Err(invalid(
            at,
            Message::new("invalid-entry-id").arg("id", &entry.id),
        ));
    }
    if entry.forms.is_empty() {
        return Err(invalid(
            at,
            Message::new("invalid-no-forms").arg("entry", &entry.id),
        ));
    }
    let mut seen: Vec<String> = Vec::with_capacity(entry.forms.len());
    for form in &entry.forms {
        if form.chars().any(char::is_control) {
            return Err(invalid(
                at,
                Message::new("invalid-form-control")
                    .arg("entry", &entry.id)
                    .arg("form", form.escape_debug()),
            ));
        }
        if folds_to_nothing(form) {
            return Err(invalid(
                at,
                Message::new("invalid-empty-form")
                    .arg("entry", &entry.id)
                    .arg("form", form),
            ));
        }
        let trimmed = form.trim();
        let nfc: String = if trimmed.is_ascii() {
            trimmed.to_string()
        } else {
            trimmed.nfc().collect()
        };
        if !seen.contains(&nfc) {
            seen.push(nfc);
        }
    }
    entry.forms = seen;
    Ok(())
}

/// A handle to one entry of a [`GlossarySet`]: a small copyable index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub(crate) u32);

impl EntryId {
    /// The entry's position among all entries of its set, in load order.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Several glossaries merged into one namespace of entries, checked for clashes.
///
/// Immutable once built; `Send + Sync`.
#[derive(Clone, Debug)]
pub struct GlossarySet {
    glossaries: Vec<Glossary>,
    /// (glossary index, entry index) per EntryId.
    index: Vec<(u32, u32)>,
    by_id: FxHashMap<String, EntryId>,
    /// Each entry's forms folded with the default options (the matching keys of
    /// most matchers), per EntryId, computed once for the clash check.
    keys: Vec<Box<[Box<str>]>>,
}

impl GlossarySet {
    /// Merges glossaries.
    ///
    /// # Errors
    ///
    /// Two entries with the same id, or one form claimed by two entries (the same
    /// form as written, or the same form up to letter case when neither entry is
    /// case-sensitive), are errors of kind [`ErrorKind::Glossary`] that name both
    /// places.
    ///
    /// # Example
    ///
    /// ```
    /// use glossator::{Entry, Glossary, GlossarySet};
    /// let a = Glossary::new("a", "en", vec![Entry::new("judo", ["judo"])], "a.ron")?;
    /// let b = Glossary::new("b", "en", vec![Entry::new("dojo", ["Judo"])], "b.ron")?;
    /// let err = GlossarySet::new(vec![a, b]).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "b.ron: the form “Judo” of entry “dojo” is already a form of entry “judo” (a.ron)"
    /// );
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn new(glossaries: Vec<Glossary>) -> Result<GlossarySet> {
        let mut index = Vec::new();
        let mut by_id: FxHashMap<String, EntryId> = FxHashMap::default();
        by_id.reserve(glossaries.iter().map(|g| g.entries.len()).sum());
        // key -> (entry, index of the form, case-sensitive)
        let mut forms: FxHashMap<String, Vec<(EntryId, usize, bool)>> = FxHashMap::default();
        let mut keys: Vec<Box<[Box<str>]>> = Vec::new();
        for (g, glossary) in glossaries.iter().enumerate() {
            for (e, entry) in glossary.entries.iter().enumerate() {
                let id = EntryId(index.len() as u32);
                index.push((g as u32, e as u32));
                let here = || glossary.locations[e].clone();
                if let Some(&other) = by_id.get(&entry.id) {
                    let (og, oe) = index[other.index()];
                    let there = glossaries[og as usize].locations[oe as usize].clone();
                    return Err(Error::new(
                        ErrorKind::Glossary,
                        Message::new("error-duplicate-entry")
                            .arg("location", here())
                            .arg("entry", &entry.id)
                            .arg("other", there),
                    ));
                }
                by_id.insert(entry.id.clone(), id);
                let mut entry_keys = Vec::with_capacity(entry.forms.len());
                for (f, form) in entry.forms.iter().enumerate() {
                    let key = fold_key(form, FoldOptions::default());
                    entry_keys.push(key.clone().into_boxed_str());
                    let claims = forms.entry(key).or_default();
                    let clash = claims.iter().find(|&&(other, of, cs)| {
                        let (og, oe) = index[other.index()];
                        let written = &glossaries[og as usize].entries[oe as usize].forms[of];
                        other != id && (written == form || (!cs && !entry.case_sensitive))
                    });
                    if let Some(&(other, _, _)) = clash {
                        let (og, oe) = index[other.index()];
                        let other_glossary = &glossaries[og as usize];
                        return Err(Error::new(
                            ErrorKind::Glossary,
                            Message::new("error-duplicate-form")
                                .arg("location", here())
                                .arg("form", form)
                                .arg("entry", &entry.id)
                                .arg("other-entry", &other_glossary.entries[oe as usize].id)
                                .arg("other", other_glossary.locations[oe as usize].clone()),
                        ));
                    }
                    claims.push((id, f, entry.case_sensitive));
                }
                keys.push(entry_keys.into_boxed_slice());
            }
        }
        Ok(GlossarySet {
            glossaries,
            index,
            by_id,
            keys,
        })
    }

    /// The glossaries, in load order.
    pub fn glossaries(&self) -> &[Glossary] {
        &self.glossaries
    }

    /// The number of entries in all glossaries.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no entries at all.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// An entry by handle.
    ///
    /// # Panics
    ///
    /// When `id` comes from another set and is out of range.
    pub fn entry(&self, id: EntryId) -> &Entry {
        let (g, e) = self.index[id.index()];
        &self.glossaries[g as usize].entries[e as usize]
    }

    /// An entry's forms folded with the default [`FoldOptions`], in order.
    pub(crate) fn default_keys(&self, id: EntryId) -> &[Box<str>] {
        &self.keys[id.index()]
    }

    /// The position among [`GlossarySet::glossaries`] of the glossary an entry
    /// belongs to.
    pub(crate) fn glossary_index(&self, id: EntryId) -> usize {
        self.index[id.index()].0 as usize
    }

    /// The glossary an entry belongs to.
    pub fn glossary_of(&self, id: EntryId) -> &Glossary {
        &self.glossaries[self.index[id.index()].0 as usize]
    }

    /// Where an entry is defined.
    pub fn location(&self, id: EntryId) -> &Location {
        let (g, e) = self.index[id.index()];
        &self.glossaries[g as usize].locations[e as usize]
    }

    /// Finds an entry by its id.
    pub fn get(&self, entry_id: &str) -> Option<EntryId> {
        self.by_id.get(entry_id).copied()
    }

    /// All entries with their handles, in load order.
    pub fn entries(&self) -> impl Iterator<Item = (EntryId, &Entry)> + '_ {
        (0..self.index.len()).map(|i| {
            let id = EntryId(i as u32);
            (id, self.entry(id))
        })
    }
}
