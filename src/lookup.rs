//! Looking an entry up by any of its forms, in any letter case or script, with
//! "did you mean" suggestions for near misses; and describing an entry fully.
//!
//! # Example
//!
//! ```
//! use glossator::lookup::{lookup, EntryView, Lookup};
//! use glossator::Annotator;
//!
//! let annotator = Annotator::builtin()?;
//! let set = annotator.glossaries();
//! let Lookup::Found(ids) = lookup(set, "НЕМАВАСИ") else { panic!("not found") };
//! let view = EntryView::new(&annotator, ids[0], &glossator::l10n::parse_language("ja")?);
//! assert_eq!(view.entry().id, "nemawashi");
//! assert_eq!(view.definition().map(|d| d.lang.to_string()), Some("ja".to_string()));
//!
//! let Lookup::NotFound(suggestions) = lookup(set, "nemawasi") else { panic!("found") };
//! assert_eq!(suggestions[0].form, "nemawashi");
//! # Ok::<(), glossator::Error>(())
//! ```

use std::io::{self, Write};

use serde_json::{json, Map, Value};
use unic_langid::LanguageIdentifier;
use unicode_width::UnicodeWidthStr;

use crate::annotate::{transliterations, Annotator, Options, Transliteration};
use crate::error::{Error, ErrorKind, Location, Message};
use crate::glossary::{Entry, EntryId, Glossary, GlossarySet};
use crate::l10n::{Definition, Ui};
use crate::matcher::fold::{fold_key, FoldOptions};
use crate::render::terminal_safe;
use crate::translit::System;

/// How many suggestions a near miss gets at most.
const SUGGESTIONS: usize = 3;

/// The outcome of [`lookup`].
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    /// The entries that have the term as a form or id (usually one; more when
    /// forms differ only in letter case between case-sensitive entries).
    Found(Vec<EntryId>),
    /// No entry has the term; the closest forms, best first (possibly none).
    NotFound(Vec<Suggestion>),
}

/// A form close to a term that was not found.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The form, as the glossary writes it.
    pub form: String,
    /// Its entry.
    pub entry: EntryId,
    /// Similarity from 0 to 1.
    pub score: f64,
}

fn keys(s: &str) -> (String, String) {
    (
        fold_key(s, FoldOptions::default()),
        fold_key(
            s,
            FoldOptions {
                strip_marks: true,
                ..FoldOptions::default()
            },
        ),
    )
}

/// Finds the entries that have `term` as a form or as their id, ignoring letter
/// case (all of Unicode), separators (`hiki-wake` = `hiki wake`), width and, failing
/// an exact match, diacritics (`dojo` finds `dōjō`). When nothing matches, suggests
/// the closest forms.
pub fn lookup(set: &GlossarySet, term: &str) -> Lookup {
    let (key, bare) = keys(term);
    let mut exact = Vec::new();
    let mut loose = Vec::new();
    for (id, entry) in set.entries() {
        let candidates =
            std::iter::once(entry.id.as_str()).chain(entry.forms.iter().map(String::as_str));
        let mut found_loose = false;
        for candidate in candidates {
            let (k, b) = keys(candidate);
            if !key.is_empty() && k == key {
                exact.push(id);
                found_loose = false;
                break;
            }
            if !bare.is_empty() && b == bare {
                found_loose = true;
            }
        }
        if found_loose {
            loose.push(id);
        }
    }
    if !exact.is_empty() {
        return Lookup::Found(exact);
    }
    if !loose.is_empty() {
        return Lookup::Found(loose);
    }
    Lookup::NotFound(suggest(set, &bare))
}

fn suggest(set: &GlossarySet, bare: &str) -> Vec<Suggestion> {
    if bare.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<Suggestion> = Vec::new();
    for (id, entry) in set.entries() {
        let mut top: Option<Suggestion> = None;
        for form in &entry.forms {
            let (_, b) = keys(form);
            let nd = strsim::normalized_damerau_levenshtein(bare, &b);
            let jw = strsim::jaro_winkler(bare, &b);
            if nd < 0.6 && jw < 0.88 {
                continue;
            }
            let score = (nd + jw) / 2.0;
            if top.as_ref().is_none_or(|t| score > t.score) {
                top = Some(Suggestion {
                    form: form.clone(),
                    entry: id,
                    score,
                });
            }
        }
        best.extend(top);
    }
    best.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.form.cmp(&b.form))
    });
    best.truncate(SUGGESTIONS);
    best
}

/// The error for a term that no entry has, naming the suggestions if any.
///
/// ```
/// use glossator::lookup::{lookup, not_found, Lookup};
/// let annotator = glossator::Annotator::builtin()?;
/// let Lookup::NotFound(s) = lookup(annotator.glossaries(), "hikiwak") else { panic!() };
/// assert_eq!(
///     not_found("hikiwak", &s).to_string(),
///     "no entry has the form “hikiwak”; did you mean “hiki-wake”?"
/// );
/// # Ok::<(), glossator::Error>(())
/// ```
pub fn not_found(term: &str, suggestions: &[Suggestion]) -> Error {
    let message = if suggestions.is_empty() {
        Message::new("error-lookup-none").arg("term", term)
    } else {
        let list = suggestions
            .iter()
            .map(|s| format!("“{}”", s.form))
            .collect::<Vec<_>>()
            .join(", ");
        Message::new("error-lookup-suggest")
            .arg("term", term)
            .arg("suggestions", list)
    };
    Error::new(ErrorKind::Input, message)
}

/// Everything about one entry, with its definition in a requested language.
#[derive(Clone, Debug)]
pub struct EntryView<'a> {
    entry: &'a Entry,
    glossary: &'a Glossary,
    location: &'a Location,
    requested: LanguageIdentifier,
    definition: Option<Definition>,
    /// The transliteration shown, and whether a system was asked for.
    shown: Option<Transliteration>,
    chosen: bool,
}

impl<'a> EntryView<'a> {
    /// Looks up the definition of entry `id` in `lang`, along the usual fallback
    /// chain.
    pub fn new(annotator: &'a Annotator, id: EntryId, lang: &LanguageIdentifier) -> EntryView<'a> {
        let set = annotator.glossaries();
        let glossary = set.glossary_of(id);
        let entry = set.entry(id);
        let localizer = annotator.localizer();
        let chain = localizer.chain(lang, &glossary.language);
        let definition = localizer.definition(&chain, &entry.id, &mut Vec::new());
        let system = Options::new(&lang.to_string())
            .ok()
            .and_then(|o| o.shown_system());
        EntryView {
            entry,
            glossary,
            location: set.location(id),
            requested: lang.clone(),
            definition,
            shown: system.and_then(|s| shown(entry, s)),
            chosen: false,
        }
    }

    /// Shows the entry in `system` (`--romanization`) rather than the one chosen by
    /// the language: the text adds a line for it, the JSON's `transliteration` is
    /// in it (`null` when the system does not apply to the entry).
    ///
    /// ```
    /// use glossator::lookup::{lookup, EntryView, Lookup};
    /// use glossator::translit::System;
    /// use glossator::Annotator;
    ///
    /// let annotator = Annotator::builtin()?;
    /// let Lookup::Found(ids) = lookup(annotator.glossaries(), "nemawashi") else { panic!() };
    /// let lang = glossator::l10n::parse_language("en")?;
    /// let view = EntryView::new(&annotator, ids[0], &lang).system(System::Kunrei);
    /// assert_eq!(view.transliteration().map(|t| t.text.as_str()), Some("nemawasi"));
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn system(mut self, system: System) -> EntryView<'a> {
        self.shown = shown(self.entry, system);
        self.chosen = true;
        self
    }

    /// The transliteration shown to this reader.
    pub fn transliteration(&self) -> Option<&Transliteration> {
        self.shown.as_ref()
    }

    /// The entry.
    pub fn entry(&self) -> &'a Entry {
        self.entry
    }

    /// Its glossary.
    pub fn glossary(&self) -> &'a Glossary {
        self.glossary
    }

    /// Where it is defined.
    pub fn location(&self) -> &'a Location {
        self.location
    }

    /// The definition, with the language it came from.
    pub fn definition(&self) -> Option<&Definition> {
        self.definition.as_ref()
    }

    /// Whether the definition came from another language than the one requested.
    pub fn is_fallback(&self) -> bool {
        self.definition
            .as_ref()
            .is_some_and(|d| d.lang.language != self.requested.language)
    }

    /// Writes the entry for people: a heading, then one labelled line per field,
    /// labels in the interface language.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn write_text(&self, ui: &Ui, out: &mut dyn Write) -> io::Result<()> {
        let e = self.entry;
        writeln!(
            out,
            "{}",
            terminal_safe(
                &ui.format(
                    &Message::new("lookup-heading")
                        .arg("entry", &e.id)
                        .arg("glossary", &self.glossary.id)
                        .arg("location", self.location)
                )
            )
        )?;
        let mut lines: Vec<(String, String)> = Vec::new();
        lines.push((ui.text("lookup-forms"), e.forms.join(", ")));
        for (id, value) in [
            ("lookup-original", &e.original),
            ("lookup-reading", &e.reading),
            ("lookup-romanization", &e.romanization),
        ] {
            if let Some(v) = value {
                lines.push((ui.text(id), v.clone()));
            }
        }
        if let (true, Some(t)) = (self.chosen, &self.shown) {
            let label =
                ui.format(&Message::new("lookup-transliteration").arg("system", t.system.name()));
            lines.push((label, t.text.clone()));
        }
        if e.case_sensitive {
            lines.push((ui.text("lookup-case"), ui.text("lookup-case-sensitive")));
        }
        if !e.tags.is_empty() {
            lines.push((ui.text("lookup-tags"), e.tags.join(", ")));
        }
        match &self.definition {
            Some(d) => {
                lines.push((ui.text("lookup-definition"), d.text.clone()));
                for (name, value) in &d.attributes {
                    let label = match name.as_str() {
                        "literal" => ui.text("lookup-attr-literal"),
                        "note" => ui.text("lookup-attr-note"),
                        other => other.to_string(),
                    };
                    lines.push((label, value.clone()));
                }
                let lang = if self.is_fallback() {
                    ui.format(
                        &Message::new("lookup-fallback")
                            .arg("used", &d.lang)
                            .arg("requested", &self.requested),
                    )
                } else {
                    d.lang.to_string()
                };
                lines.push((ui.text("lookup-language"), lang));
            }
            None => lines.push((
                ui.text("lookup-definition"),
                ui.text("lookup-no-definition"),
            )),
        }
        let width = lines.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
        for (label, value) in lines {
            let pad = " ".repeat(width - label.width());
            writeln!(
                out,
                "  {}:{pad} {}",
                terminal_safe(&label),
                terminal_safe(&value)
            )?;
        }
        Ok(())
    }

    /// The entry as a JSON object: `entry`, `glossary`, `location`, `forms`,
    /// `original`, `reading`, `romanization`, `transliteration` (`{"system", "text"}`
    /// as in annotations, or `null`), `case_sensitive`, `tags`,
    /// `definition`, `definition_lang`, `requested_lang`, `attributes`.
    pub fn to_json(&self) -> Value {
        let e = self.entry;
        let d = self.definition.as_ref();
        json!({
            "entry": e.id,
            "glossary": self.glossary.id,
            "location": self.location.to_string(),
            "forms": e.forms,
            "original": e.original,
            "reading": e.reading,
            "romanization": e.romanization,
            "transliteration": self.shown.as_ref().map(|t| json!({"system": t.system.name(), "text": t.text})),
            "case_sensitive": e.case_sensitive,
            "tags": e.tags,
            "definition": d.map(|d| d.text.clone()),
            "definition_lang": d.map(|d| d.lang.to_string()),
            "requested_lang": self.requested.to_string(),
            "attributes": d.map(|d| d.attributes.iter().map(|(k, v)| (k.clone(), json!(v))).collect::<Map<String, Value>>()).unwrap_or_default(),
        })
    }
}

/// The entry in one system, when the system applies to it.
fn shown(entry: &Entry, system: System) -> Option<Transliteration> {
    transliterations(entry, Some(system))
        .ok()
        .and_then(|mut all| all.pop())
}
