//! What is loaded: each glossary with its source, language, entry count and, per
//! language, how many of its entries have a definition.
//!
//! ```
//! use glossator::inventory::inventory;
//! let annotator = glossator::Annotator::builtin()?;
//! let list = inventory(&annotator);
//! assert_eq!(list[0].id, "japan");
//! assert_eq!(list[0].source, "<built-in>/glossaries/japan.ron");
//! let langs: Vec<String> = list[0].translations.iter().map(|t| t.lang.to_string()).collect();
//! assert_eq!(langs, ["en", "ja", "ru"]);
//! assert!(list[0].translations.iter().all(|t| t.defined == list[0].entries));
//! # Ok::<(), glossator::Error>(())
//! ```

use std::collections::HashSet;
use std::io::{self, Write};

use serde_json::{json, Value};
use unic_langid::LanguageIdentifier;

use crate::annotate::Annotator;
use crate::error::Message;
use crate::l10n::Ui;
use crate::scan::table;

/// One loaded glossary.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct GlossaryInfo {
    /// The glossary id.
    pub id: String,
    /// The file it came from.
    pub source: String,
    /// The language of its definitions' source locale.
    pub language: LanguageIdentifier,
    /// The number of entries.
    pub entries: usize,
    /// Per language with any definition of this glossary, in language order.
    pub translations: Vec<Translation>,
}

/// The definitions of one glossary in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Translation {
    /// The language.
    pub lang: LanguageIdentifier,
    /// How many entries have a definition in it.
    pub defined: usize,
    /// The files the definitions came from.
    pub files: Vec<String>,
}

/// The glossaries an annotator uses, in load order.
pub fn inventory(annotator: &Annotator) -> Vec<GlossaryInfo> {
    let localizer = annotator.localizer();
    let mut langs: Vec<&LanguageIdentifier> = localizer.languages().iter().collect();
    langs.sort_by_key(|l| l.to_string());
    annotator
        .glossaries()
        .glossaries()
        .iter()
        .map(|g| {
            let ids: HashSet<&str> = g.entries.iter().map(|e| e.id.as_str()).collect();
            let translations = langs
                .iter()
                .filter_map(|&lang| {
                    let defined = g
                        .entries
                        .iter()
                        .filter(|e| localizer.has(lang, &e.id))
                        .count();
                    let mut files: Vec<String> = Vec::new();
                    for (id, file) in localizer.message_ids(lang) {
                        if ids.contains(id.as_str()) && !files.contains(file) {
                            files.push(file.clone());
                        }
                    }
                    (defined > 0).then(|| Translation {
                        lang: lang.clone(),
                        defined,
                        files,
                    })
                })
                .collect();
            GlossaryInfo {
                id: g.id.clone(),
                source: g.source().to_string(),
                language: g.language.clone(),
                entries: g.entries.len(),
                translations,
            }
        })
        .collect()
}

/// Writes the inventory as a table with headers in the interface language.
///
/// # Errors
///
/// Only errors from `out`.
pub fn write_table(list: &[GlossaryInfo], ui: &Ui, out: &mut dyn Write) -> io::Result<()> {
    let header = [
        "list-col-glossary",
        "list-col-language",
        "list-col-entries",
        "list-col-definitions",
        "list-col-source",
    ]
    .map(|id| ui.text(id));
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|g| {
            let defs = g
                .translations
                .iter()
                .map(|t| {
                    ui.format(
                        &Message::new("list-definitions")
                            .arg("lang", &t.lang)
                            .number("defined", t.defined)
                            .number("entries", g.entries),
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                g.id.clone(),
                g.language.to_string(),
                ui.number(g.entries),
                defs,
                g.source.clone(),
            ]
        })
        .collect();
    table::write_table(out, &header, &rows, &[false, false, true, false, false])
}

/// The inventory as JSON: `{"glossaries": [{"id", "source", "language",
/// "entries", "translations": [{"lang", "defined", "files"}]}]}`.
pub fn to_json(list: &[GlossaryInfo]) -> Value {
    json!({
        "glossaries": list.iter().map(|g| json!({
            "id": g.id,
            "source": g.source,
            "language": g.language.to_string(),
            "entries": g.entries,
            "translations": g.translations.iter().map(|t| json!({
                "lang": t.lang.to_string(),
                "defined": t.defined,
                "files": t.files,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
