//! The translator's report: which entries a set of documents uses, how often, in
//! which files, and where each first appears; optionally only the entries whose
//! definition is missing in a given language.
//!
//! # Example
//!
//! ```
//! use glossator::scan::{ScanReport, SortOrder};
//! use glossator::Annotator;
//!
//! let annotator = Annotator::builtin()?;
//! let mut report = ScanReport::new(&annotator, "en")?;
//! report.add("a.txt", "Nemawashi.\nThen more nemawashi in Kasumigaseki.");
//! report.add("b.txt", "Kasumigaseki again, and Kasumigaseki.");
//! report.sort(SortOrder::Count);
//!
//! let rows: Vec<(&str, usize, String)> = report
//!     .rows()
//!     .iter()
//!     .map(|r| (r.entry.id.as_str(), r.count, r.first.to_string()))
//!     .collect();
//! assert_eq!(rows, [("kasumigaseki", 3, "a.txt:2:24".to_string()), ("nemawashi", 2, "a.txt:1:1".to_string())]);
//!
//! let mut csv = Vec::new();
//! report.write_csv(&mut csv)?;
//! assert!(String::from_utf8(csv)?.starts_with("entry,glossary,original,reading,romanization,count,files,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod table;

use std::collections::hash_map::Entry as Slot;
use std::io::{self, Write};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::annotate::Annotator;
use crate::batch::Input;
use crate::error::{Error, Location, Message, Result};
use crate::glossary::{Entry, EntryId, Glossary};
use crate::l10n::{Definition, Ui};
use crate::stream::{Blocks, DEFAULT_BLOCK};

/// The occurrences of entries in one document.
#[derive(Clone, Debug)]
pub struct FileScan {
    name: String,
    /// Per entry, in order of first occurrence.
    hits: Vec<Hit>,
}

/// A [`FileScan`] in the making, fed one block of the document after another.
struct Scanner {
    name: String,
    hits: Vec<Hit>,
    index: FxHashMap<EntryId, usize>,
    /// Where the next block starts.
    at: Position,
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug)]
struct Position {
    line: usize,
    column: usize,
}

impl Position {
    /// Moves from `text[from]` to `text[to]`; returns `to`.
    fn advance(&mut self, text: &str, mut from: usize, to: usize) -> usize {
        let gap = &text.as_bytes()[from..to];
        if let Some(last) = gap.iter().rposition(|&b| b == b'\n') {
            self.line += gap.iter().filter(|&&b| b == b'\n').count();
            self.column = 1;
            from += last + 1;
        }
        self.column += text[from..to].chars().count();
        to
    }
}

impl Scanner {
    fn new(name: String) -> Scanner {
        Scanner {
            name,
            hits: Vec::new(),
            index: FxHashMap::default(),
            at: Position { line: 1, column: 1 },
        }
    }

    fn block(&mut self, annotator: &Annotator, text: &str) {
        // Positions are worked out only for first occurrences, counting forward
        // from the last one: `counted` is where `at` stands.
        let mut counted = 0;
        for m in annotator.matcher().find_iter(text) {
            let slot = match self.index.entry(m.entry()) {
                Slot::Occupied(slot) => {
                    self.hits[*slot.get()].count += 1;
                    continue;
                }
                Slot::Vacant(slot) => slot,
            };
            counted = self.at.advance(text, counted, m.start());
            slot.insert(self.hits.len());
            self.hits.push(Hit {
                entry: m.entry(),
                count: 1,
                first: self.at,
            });
        }
        self.at.advance(text, counted, text.len());
    }

    fn finish(self) -> FileScan {
        FileScan {
            name: self.name,
            hits: self.hits,
        }
    }
}

/// How often one entry occurs in a document, and where first.
#[derive(Clone, Copy, Debug)]
struct Hit {
    entry: EntryId,
    count: usize,
    /// Where the entry first occurs.
    first: Position,
}

impl FileScan {
    /// Finds every occurrence of every entry in `text`; `name` names the document.
    pub fn new(annotator: &Annotator, name: &str, text: &str) -> FileScan {
        let mut scanner = Scanner::new(name.to_string());
        scanner.block(annotator, text);
        scanner.finish()
    }

    /// Reads and scans `input` a block of about [`DEFAULT_BLOCK`] bytes at a
    /// time, so that memory stays flat whatever the input's size (blocks end at
    /// a blank line where there is one: see [`Blocks`]). With `lossy`, invalid
    /// UTF-8 is replaced and the input is read whole.
    ///
    /// # Errors
    ///
    /// As [`Input::read`].
    pub fn read(annotator: &Annotator, input: &Input, lossy: bool) -> Result<FileScan> {
        let name = input.name();
        if lossy {
            return Ok(FileScan::new(annotator, &name, &input.read(true)?));
        }
        let reader: Box<dyn io::Read> = match input.path() {
            Some(path) => Box::new(crate::batch::open_file(path)?),
            None => Box::new(io::stdin().lock()),
        };
        let mut scanner = Scanner::new(name);
        for block in Blocks::new(reader, scanner.name.clone(), DEFAULT_BLOCK) {
            let (_, text) = block?;
            scanner.block(annotator, &text);
        }
        Ok(scanner.finish())
    }

    /// The document's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// How report rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum SortOrder {
    /// In order of first appearance: files in the order given, then position.
    #[default]
    First,
    /// Most frequent first (ties in order of first appearance).
    Count,
    /// By entry id.
    Entry,
}

/// One entry of a [`ScanReport`].
#[derive(Clone, Debug)]
pub struct Row<'a> {
    /// The entry's handle.
    pub id: EntryId,
    /// The entry.
    pub entry: &'a Entry,
    /// The glossary it belongs to.
    pub glossary: &'a Glossary,
    /// Occurrences in all documents.
    pub count: usize,
    /// Per document that uses it (an index into [`ScanReport::files`]): occurrences.
    pub files: Vec<(usize, usize)>,
    /// The first occurrence: document, 1-based line and column (in characters).
    pub first: Location,
}

/// Entry statistics over any number of documents; see the [module docs](self).
#[derive(Debug)]
pub struct ScanReport<'a> {
    annotator: &'a Annotator,
    lang: LanguageIdentifier,
    files: Vec<String>,
    rows: Vec<Row<'a>>,
    index: FxHashMap<EntryId, usize>,
}

impl<'a> ScanReport<'a> {
    /// An empty report; definitions (in CSV and JSON) are given in `lang`.
    ///
    /// # Errors
    ///
    /// An unparsable language tag.
    pub fn new(annotator: &'a Annotator, lang: &str) -> Result<ScanReport<'a>> {
        Ok(ScanReport {
            annotator,
            lang: crate::l10n::parse_language(lang)?,
            files: Vec::new(),
            rows: Vec::new(),
            index: FxHashMap::default(),
        })
    }

    /// Scans one document and adds it.
    pub fn add(&mut self, name: &str, text: &str) {
        let scan = FileScan::new(self.annotator, name, text);
        self.push(scan);
    }

    /// Adds a document scanned with [`FileScan::new`] (possibly on another thread).
    pub fn push(&mut self, scan: FileScan) {
        let file = self.files.len();
        self.files.push(scan.name);
        let set = self.annotator.glossaries();
        for Hit {
            entry: id,
            count,
            first,
        } in scan.hits
        {
            match self.index.get(&id) {
                Some(&i) => {
                    let row = &mut self.rows[i];
                    row.count += count;
                    row.files.push((file, count));
                }
                None => {
                    self.index.insert(id, self.rows.len());
                    self.rows.push(Row {
                        id,
                        entry: set.entry(id),
                        glossary: set.glossary_of(id),
                        count,
                        files: vec![(file, count)],
                        first: Location {
                            path: self.files[file].clone(),
                            line: first.line,
                            column: first.column,
                        },
                    });
                }
            }
        }
    }

    /// Reads and scans `inputs` on all cores and adds them in order. Inputs that
    /// cannot be read are left out; their errors are returned, in order. `each` is
    /// called after every input (from any thread), for progress.
    pub fn add_inputs(
        &mut self,
        inputs: &[Input],
        lossy: bool,
        each: &(dyn Fn(&Input, Option<&Error>) + Sync),
    ) -> Vec<Error> {
        let annotator = self.annotator;
        let scans: Vec<Result<FileScan>> = inputs
            .par_iter()
            .map(|input| {
                let result = FileScan::read(annotator, input, lossy);
                each(input, result.as_ref().err());
                result
            })
            .collect();
        let mut errors = Vec::new();
        for scan in scans {
            match scan {
                Ok(scan) => self.push(scan),
                Err(e) => errors.push(e),
            }
        }
        errors
    }

    /// The documents scanned, in order.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// The entries found, in the current order.
    pub fn rows(&self) -> &[Row<'a>] {
        &self.rows
    }

    /// The number of occurrences of all entries.
    pub fn occurrences(&self) -> usize {
        self.rows.iter().map(|r| r.count).sum()
    }

    /// Reorders the rows.
    pub fn sort(&mut self, order: SortOrder) {
        match order {
            SortOrder::First => self.rows.sort_by_key(|r| first_key(&r.files, &r.first)),
            SortOrder::Count => self.rows.sort_by(|a, b| {
                b.count
                    .cmp(&a.count)
                    .then_with(|| first_key(&a.files, &a.first).cmp(&first_key(&b.files, &b.first)))
            }),
            SortOrder::Entry => self.rows.sort_by(|a, b| a.entry.id.cmp(&b.entry.id)),
        }
        self.reindex();
    }

    fn reindex(&mut self) {
        self.index = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id, i))
            .collect();
    }

    /// The definition of an entry in the report's language, if any language of the
    /// chain has one.
    pub fn definition(&self, row: &Row<'_>) -> Option<Definition> {
        definition_in(self.annotator, row, &self.lang)
    }

    /// Keeps only the entries that have no definition in `lang` (a definition found
    /// only through fallback to another language counts as missing). Returns the
    /// number of entries left out.
    ///
    /// ```
    /// use glossator::scan::ScanReport;
    /// use glossator::Annotator;
    /// let annotator = Annotator::builtin()?;
    /// let mut report = ScanReport::new(&annotator, "en")?;
    /// report.add("a.txt", "nemawashi");
    /// report.retain_missing(&glossator::l10n::parse_language("fr")?);
    /// assert_eq!(report.rows().len(), 1);
    /// report.retain_missing(&glossator::l10n::parse_language("ru")?);
    /// assert_eq!(report.rows().len(), 0);
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn retain_missing(&mut self, lang: &LanguageIdentifier) -> usize {
        let before = self.rows.len();
        let annotator = self.annotator;
        self.rows.retain(|r| {
            definition_in(annotator, r, lang).is_none_or(|d| d.lang.language != lang.language)
        });
        self.reindex();
        before - self.rows.len()
    }

    /// Writes the report as an aligned table with headers in the interface
    /// language, then a summary line.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn write_table(&self, ui: &Ui, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return writeln!(out, "{}", ui.text("scan-none"));
        }
        let header = [
            "scan-col-entry",
            "scan-col-original",
            "scan-col-count",
            "scan-col-first",
            "scan-col-files",
        ]
        .map(|id| ui.text(id));
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.entry.id.clone(),
                    r.entry.original.clone().unwrap_or_default(),
                    ui.number(r.count),
                    r.first.to_string(),
                    self.file_names(r).join(", "),
                ]
            })
            .collect();
        table::write_table(out, &header, &rows, &[false, false, true, false, false])?;
        let files_used = {
            let mut used = vec![false; self.files.len()];
            for r in &self.rows {
                for &(f, _) in &r.files {
                    used[f] = true;
                }
            }
            used.into_iter().filter(|&u| u).count()
        };
        writeln!(
            out,
            "{}",
            ui.format(
                &Message::new("scan-summary")
                    .number("entries", self.rows.len())
                    .number("occurrences", self.occurrences())
                    .number("files", files_used)
            )
        )
    }

    fn file_names(&self, row: &Row<'_>) -> Vec<&str> {
        row.files
            .iter()
            .filter_map(|&(f, _)| self.files.get(f).map(String::as_str))
            .collect()
    }

    /// Writes the report as CSV with a header line: `entry, glossary, original,
    /// reading, romanization, count, files` (the documents, separated by `;`),
    /// `first_file, first_line, first_column, definition, definition_lang`.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        table::write_csv_record(
            out,
            &[
                "entry",
                "glossary",
                "original",
                "reading",
                "romanization",
                "count",
                "files",
                "first_file",
                "first_line",
                "first_column",
                "definition",
                "definition_lang",
            ],
        )?;
        for r in &self.rows {
            let d = self.definition(r);
            let e = r.entry;
            table::write_csv_record(
                out,
                &[
                    e.id.clone(),
                    r.glossary.id.clone(),
                    e.original.clone().unwrap_or_default(),
                    e.reading.clone().unwrap_or_default(),
                    e.romanization.clone().unwrap_or_default(),
                    r.count.to_string(),
                    self.file_names(r).join(";"),
                    r.first.path.clone(),
                    r.first.line.to_string(),
                    r.first.column.to_string(),
                    d.as_ref().map(|d| d.text.clone()).unwrap_or_default(),
                    d.map(|d| d.lang.to_string()).unwrap_or_default(),
                ],
            )?;
        }
        Ok(())
    }

    /// Writes the report as one JSON object on one line:
    /// `{"files": [...], "occurrences": n, "entries": [{"entry", "glossary",
    /// "original", "reading", "romanization", "count", "files": [{"path",
    /// "count"}], "first": {"path", "line", "column"}, "definition",
    /// "definition_lang"}]}`.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        // Streamed: a report over a thousand files has millions of per-file
        // counts, which as a `serde_json::Value` tree took hundreds of MB.
        let doc = JsonReport {
            files: &self.files,
            occurrences: self.occurrences(),
            entries: JsonSeq(|| {
                self.rows.iter().map(|r| {
                    let d = self.definition(r);
                    JsonRow {
                        entry: &r.entry.id,
                        glossary: &r.glossary.id,
                        original: r.entry.original.as_deref(),
                        reading: r.entry.reading.as_deref(),
                        romanization: r.entry.romanization.as_deref(),
                        count: r.count,
                        files: JsonSeq(|| {
                            r.files.iter().map(|&(f, count)| JsonFile {
                                path: self.files.get(f).map(String::as_str),
                                count,
                            })
                        }),
                        first: JsonFirst {
                            path: &r.first.path,
                            line: r.first.line,
                            column: r.first.column,
                        },
                        definition_lang: d.as_ref().map(|d| d.lang.to_string()),
                        definition: d.map(|d| d.text),
                    }
                })
            }),
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)
    }
}

/// The JSON document of [`ScanReport::write_json`].
#[derive(Serialize)]
struct JsonReport<'r, E> {
    files: &'r [String],
    occurrences: usize,
    entries: E,
}

#[derive(Serialize)]
struct JsonRow<'r, F> {
    entry: &'r str,
    glossary: &'r str,
    original: Option<&'r str>,
    reading: Option<&'r str>,
    romanization: Option<&'r str>,
    count: usize,
    files: F,
    first: JsonFirst<'r>,
    definition: Option<String>,
    definition_lang: Option<String>,
}

#[derive(Serialize)]
struct JsonFile<'r> {
    path: Option<&'r str>,
    count: usize,
}

#[derive(Serialize)]
struct JsonFirst<'r> {
    path: &'r str,
    line: usize,
    column: usize,
}

/// A JSON array of what the iterator made by the closure yields, serialized
/// as it is produced.
struct JsonSeq<F>(F);

impl<F, I> Serialize for JsonSeq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

fn first_key(files: &[(usize, usize)], first: &Location) -> (usize, usize, usize) {
    (
        files.first().map_or(usize::MAX, |f| f.0),
        first.line,
        first.column,
    )
}

fn definition_in(
    annotator: &Annotator,
    row: &Row<'_>,
    lang: &LanguageIdentifier,
) -> Option<Definition> {
    let localizer = annotator.localizer();
    let chain = localizer.chain(lang, &row.glossary.language);
    localizer.definition(&chain, &row.entry.id, &mut Vec::new())
}
