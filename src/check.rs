//! Validating glossaries and their locales without annotating anything.
//!
//! Where loading stops at the first problem, a check goes on and reports every
//! one it can find, each with a file and, where there is one, a line and column:
//!
//! - RON and FTL syntax, unknown fields, invalid ids, language tags and forms;
//! - entry ids defined twice, forms claimed by two entries, and forms of two
//!   entries that differ only in letter case when just one of the entries is
//!   case-sensitive (the other one then also matches the first one's spelling);
//! - per language that has any locale file: glossaries with no file in it, entries
//!   with no definition in it, messages defined twice, messages that belong to no
//!   entry, locale files that belong to no glossary;
//! - entries with no definition in the glossary's own language;
//! - selector variants named after a plural category the file's language does
//!   not have (`[few]` in English, `[one]` in Japanese). A selector without a
//!   default variant is a Fluent syntax error, reported as such.
//!
//! Paths that cannot be used at all (missing, unreadable, not a glossary) are
//! errors, kept apart from findings.
//!
//! # Example
//!
//! ```
//! use glossator::check::{check_paths, FindingKind};
//! # let dir = tempfile::tempdir()?;
//! # std::fs::create_dir_all(dir.path().join("glossaries"))?;
//! # std::fs::create_dir_all(dir.path().join("locales/en"))?;
//! std::fs::write(dir.path().join("glossaries/demo.ron"), r#"Glossary(id: "demo", language: "en", entries: [
//!     Entry(id: "sumo", forms: ["sumo"]),
//!     Entry(id: "judo", forms: ["judo", "Sumo"]),
//! ])"#)?;
//! std::fs::write(dir.path().join("locales/en/demo.ftl"), "sumo = Wrestling.\nkendo = Fencing.\n")?;
//!
//! let report = check_paths(&[dir.path()]);
//! let kinds: Vec<FindingKind> = report.findings().iter().map(|f| f.kind).collect();
//! assert_eq!(kinds, [FindingKind::DuplicateForm, FindingKind::NoSourceDefinition, FindingKind::OrphanMessage]);
//! assert_eq!(report.findings()[2].location.to_string(),
//!     format!("{}:2:1", dir.path().join("locales/en/demo.ftl").display()));
//! assert!(report.errors().is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use serde::Deserialize;
use serde_json::{json, Value};
use unic_langid::LanguageIdentifier;

use crate::error::{Arg, Error, ErrorKind, Location, Message};
use crate::glossary::load::{files_with_extension, layout, parse_glossary, Layout};
use crate::glossary::{Entry, Glossary};
use crate::l10n::Ui;
use crate::matcher::fold::{fold_key, FoldOptions};

/// What kind of problem a [`Finding`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// A file that is not well-formed RON or Fluent, or not UTF-8.
    Syntax,
    /// A field the glossary format does not know (a typo, usually).
    UnknownField,
    /// A well-formed value that is not allowed: an id, a language tag, a form.
    Invalid,
    /// An entry id defined twice.
    DuplicateEntry,
    /// A form claimed by two entries.
    DuplicateForm,
    /// Forms of two entries that differ only in letter case, one of the entries
    /// case-sensitive.
    CaseCollision,
    /// A message defined twice in one language.
    DuplicateMessage,
    /// An entry with no definition in a language that other definitions exist in.
    MissingDefinition,
    /// A glossary with no locale file in a language that other locale files exist in.
    MissingLocale,
    /// An entry with no definition in its glossary's own language.
    NoSourceDefinition,
    /// A message that belongs to no entry of its glossary.
    OrphanMessage,
    /// A locale file that belongs to no glossary.
    OrphanLocale,
    /// A locale folder whose name is not a language tag.
    LocaleFolder,
    /// A reading that is not kana.
    Reading,
    /// A romanization that does not agree with the reading under Hepburn
    /// (ignoring macrons, case, spaces, hyphens and apostrophes).
    Romanization,
    /// A selector variant named after a plural category (`[few]`) that the
    /// file's language does not have, so it can never be chosen.
    PluralCategory,
}

impl FindingKind {
    /// A stable name for machines: `syntax`, `unknown-field`, `invalid`,
    /// `duplicate-entry`, `duplicate-form`, `case-collision`, `duplicate-message`,
    /// `missing-definition`, `missing-locale`, `no-source-definition`,
    /// `orphan-message`, `orphan-locale`, `locale-folder`, `reading`,
    /// `romanization`, `plural-category`.
    pub fn code(self) -> &'static str {
        match self {
            FindingKind::Syntax => "syntax",
            FindingKind::UnknownField => "unknown-field",
            FindingKind::Invalid => "invalid",
            FindingKind::DuplicateEntry => "duplicate-entry",
            FindingKind::DuplicateForm => "duplicate-form",
            FindingKind::CaseCollision => "case-collision",
            FindingKind::DuplicateMessage => "duplicate-message",
            FindingKind::MissingDefinition => "missing-definition",
            FindingKind::MissingLocale => "missing-locale",
            FindingKind::NoSourceDefinition => "no-source-definition",
            FindingKind::OrphanMessage => "orphan-message",
            FindingKind::OrphanLocale => "orphan-locale",
            FindingKind::LocaleFolder => "locale-folder",
            FindingKind::Reading => "reading",
            FindingKind::Romanization => "romanization",
            FindingKind::PluralCategory => "plural-category",
        }
    }
}

/// One problem, where it is and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file, line and column.
    pub location: Location,
    /// The kind of problem.
    pub kind: FindingKind,
    /// What is wrong, without the location.
    pub problem: Message,
}

impl Finding {
    /// The whole finding as one message: `location: problem`.
    pub fn message(&self) -> Message {
        Message::new("check-finding")
            .arg("location", &self.location)
            .arg_message("problem", self.problem.clone())
    }
}

/// A glossary file to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlossaryFile {
    /// The path shown in findings.
    pub path: String,
    /// Its content, or the offset of the first byte that is not UTF-8.
    pub text: Result<String, usize>,
}

/// A locale file to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleFile {
    /// The name of its folder, which should be a language tag.
    pub folder: String,
    /// Its file stem: the id of the glossary it defines.
    pub glossary: String,
    /// The path shown in findings.
    pub path: String,
    /// Its content, or the offset of the first byte that is not UTF-8.
    pub text: Result<String, usize>,
    /// When true, a file whose glossary is not among those checked is ignored
    /// rather than reported (it was found beside the glossaries, not given).
    pub optional: bool,
}

/// The findings of a check, and the paths that could not be checked at all.
#[derive(Debug, Default)]
pub struct CheckReport {
    findings: Vec<Finding>,
    errors: Vec<Error>,
    glossary_files: usize,
    locale_files: usize,
}

impl CheckReport {
    /// The problems found, sorted by file, line and column.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Paths that could not be used (missing, unreadable, not a glossary).
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// The number of glossary files checked.
    pub fn glossary_files(&self) -> usize {
        self.glossary_files
    }

    /// The number of locale files checked.
    pub fn locale_files(&self) -> usize {
        self.locale_files
    }

    /// No findings and no errors.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty() && self.errors.is_empty()
    }

    /// Writes one line per finding, `file:line:column: problem`, in the interface
    /// language.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn write_text(&self, ui: &Ui, out: &mut dyn Write) -> io::Result<()> {
        for f in &self.findings {
            writeln!(
                out,
                "{}",
                crate::render::terminal_safe(&ui.format(&f.message()))
            )?;
        }
        Ok(())
    }

    /// The summary line: files checked and problems found.
    pub fn summary(&self) -> Message {
        Message::new("check-summary")
            .number("glossaries", self.glossary_files)
            .number("locales", self.locale_files)
            .number("problems", self.findings.len())
    }

    /// The report as JSON: `{"glossary_files", "locale_files", "findings":
    /// [{"path", "line", "column", "kind", "message"}]}`, messages in the interface
    /// language; line and column are 0 when the finding is about a whole file.
    pub fn to_json(&self, ui: &Ui) -> Value {
        json!({
            "glossary_files": self.glossary_files,
            "locale_files": self.locale_files,
            "findings": self.findings.iter().map(|f| json!({
                "path": f.location.path,
                "line": f.location.line,
                "column": f.location.column,
                "kind": f.kind.code(),
                "message": ui.format(&f.problem),
            })).collect::<Vec<_>>(),
        })
    }
}

/// Checks the glossaries and locales built into the crate.
///
/// ```
/// assert!(glossator::check::check_builtin().is_clean());
/// ```
pub fn check_builtin() -> CheckReport {
    let prefix = crate::builtin::PREFIX;
    let mut glossaries = Vec::new();
    let mut locales = Vec::new();
    for (path, text) in crate::builtin::FILES {
        let shown = format!("{prefix}{path}");
        if path.starts_with("glossaries/") {
            glossaries.push(GlossaryFile {
                path: shown,
                text: Ok((*text).to_string()),
            });
        } else if let Some(rest) = path.strip_prefix("locales/") {
            let Some((folder, file)) = rest.split_once('/') else {
                continue;
            };
            let Some(stem) = file.strip_suffix(".ftl") else {
                continue;
            };
            if stem != "cli" {
                locales.push(LocaleFile {
                    folder: folder.to_string(),
                    glossary: stem.to_string(),
                    path: shown,
                    text: Ok((*text).to_string()),
                    optional: false,
                });
            }
        }
    }
    check_files(glossaries, locales)
}

/// Checks glossary files and folders laid out as for loading (see
/// [`load`](crate::glossary::load)): a folder with `glossaries/` and `locales/`, a
/// folder of `.ron` files, one `.ron` file (with the `locales/` folder beside it
/// or beside its folder), or one `.ftl` file. All paths are checked together, as
/// if loaded together.
pub fn check_paths<P: AsRef<Path>>(paths: &[P]) -> CheckReport {
    let mut errors = Vec::new();
    let mut glossaries = Vec::new();
    let mut locales = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for path in paths {
        if let Err(e) = discover(path.as_ref(), &mut seen, &mut glossaries, &mut locales) {
            errors.push(e);
        }
    }
    let mut report = check_files(glossaries, locales);
    report.errors = errors;
    report
}

fn read_file(path: &Path) -> Result<Result<String, usize>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to()))
}

fn first_seen(seen: &mut HashSet<PathBuf>, path: &Path) -> bool {
    seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

fn discover(
    path: &Path,
    seen: &mut HashSet<PathBuf>,
    glossaries: &mut Vec<GlossaryFile>,
    locales: &mut Vec<LocaleFile>,
) -> Result<(), Error> {
    let has_ext = |p: &Path, ext: &str| p.extension().is_some_and(|x| x == ext);
    if path.is_file() && has_ext(path, "ftl") {
        if first_seen(seen, path) {
            locales.push(locale_file(path, true)?);
        }
        return Ok(());
    }
    if path.is_file() && !has_ext(path, "ron") {
        return Err(Error::new(
            ErrorKind::Input,
            Message::new("error-check-path").arg("path", path.display()),
        ));
    }
    let Layout {
        glossaries: rons,
        locales: locale_dir,
        locales_shared: optional,
        ..
    } = layout(path)?;
    for ron in rons {
        if first_seen(seen, &ron) {
            glossaries.push(GlossaryFile {
                path: ron.display().to_string(),
                text: read_file(&ron)?,
            });
        }
    }
    let Some(dir) = locale_dir else {
        return Ok(());
    };
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| Error::io(&dir, e))?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.is_dir())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    folders.sort();
    for folder in folders {
        for file in files_with_extension(&folder, "ftl")? {
            if file.file_stem().is_some_and(|s| s == "cli") || !first_seen(seen, &file) {
                continue;
            }
            locales.push(locale_file(&file, optional)?);
        }
    }
    Ok(())
}

fn locale_file(path: &Path, optional: bool) -> Result<LocaleFile, Error> {
    let name = |p: Option<&std::ffi::OsStr>| {
        p.map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    Ok(LocaleFile {
        folder: name(path.parent().and_then(Path::file_name)),
        glossary: name(path.file_stem()),
        path: path.display().to_string(),
        text: read_file(path)?,
        optional,
    })
}

/// The parts of a glossary file a check needs; other fields of the glossary are
/// the loader's to judge.
#[derive(Deserialize)]
#[serde(rename = "Glossary")]
struct LenientGlossary {
    id: String,
    language: String,
    entries: Vec<Entry>,
}

/// A glossary that parsed, with the entries that passed validation.
struct Checked {
    id: String,
    language: LanguageIdentifier,
    path: String,
    /// Each entry with its location.
    entries: Vec<(Entry, Location)>,
}

/// Checks files already read. Most programs want [`check_paths`] or
/// [`check_builtin`]; this is for glossaries that live elsewhere (a database, a
/// network store).
pub fn check_files(glossaries: Vec<GlossaryFile>, locales: Vec<LocaleFile>) -> CheckReport {
    let mut findings = Vec::new();
    let mut checked: Vec<Checked> = Vec::new();
    // File stems of glossaries that could not be parsed: their locale files are
    // not reported as orphans.
    let mut broken: HashSet<String> = HashSet::new();
    for file in &glossaries {
        match check_glossary(file, &mut findings) {
            Some(c) => checked.push(c),
            None => {
                if let Some(stem) = Path::new(&file.path).file_stem() {
                    broken.insert(stem.to_string_lossy().into_owned());
                }
            }
        }
    }
    let mut skip: HashSet<(usize, usize)> = HashSet::new();
    check_entries(&checked, &mut findings, &mut skip);
    check_locales(&checked, &locales, &broken, &skip, &mut findings);
    findings.sort_by(|a, b| {
        (&a.location.path, a.location.line, a.location.column).cmp(&(
            &b.location.path,
            b.location.line,
            b.location.column,
        ))
    });
    CheckReport {
        findings,
        errors: Vec::new(),
        glossary_files: glossaries.len(),
        locale_files: locales.len(),
    }
}

fn finding(location: Location, kind: FindingKind, problem: Message) -> Finding {
    Finding {
        location,
        kind,
        problem,
    }
}

fn utf8_finding(path: &str, offset: usize) -> Finding {
    finding(
        Location::file(path),
        FindingKind::Syntax,
        Message::new("check-utf8").number("offset", offset),
    )
}

/// The `problem` of an `error-invalid` message, or the whole message.
fn problem_of(error: &Error) -> Message {
    error
        .message()
        .args()
        .iter()
        .find_map(|(name, value)| match value {
            Arg::Message(m) if *name == "problem" => Some((**m).clone()),
            _ => None,
        })
        .unwrap_or_else(|| error.message().clone())
}

fn check_glossary(file: &GlossaryFile, findings: &mut Vec<Finding>) -> Option<Checked> {
    let path = file.path.as_str();
    let text = match &file.text {
        Ok(t) => t,
        Err(offset) => {
            findings.push(utf8_finding(path, *offset));
            return None;
        }
    };
    // The loader decides what a valid glossary is; it stops at the first problem.
    let error = match parse_glossary(path, text) {
        Ok(g) => {
            let entries = g
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let at = g.location(i).cloned();
                    (e.clone(), at.unwrap_or_else(|| Location::file(path)))
                })
                .collect();
            return Some(Checked {
                id: g.id,
                language: g.language,
                path: path.to_string(),
                entries,
            });
        }
        Err(e) => e,
    };
    // To go on past that problem, read the parts a check needs, leniently.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let raw: LenientGlossary = match options.from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let (kind, problem) = match &e.code {
                ron::Error::NoSuchStructField { found, outer, .. } => (
                    FindingKind::UnknownField,
                    Message::new("check-unknown-field")
                        .arg("field", found)
                        .arg("item", outer.as_deref().unwrap_or("Glossary")),
                ),
                code => (
                    FindingKind::Syntax,
                    Message::new("ron-detail").arg("detail", code),
                ),
            };
            let at = Location {
                path: path.to_string(),
                line: e.span.start.line,
                column: e.span.start.col,
            };
            findings.push(finding(at, kind, problem));
            return None;
        }
    };
    if error.kind() == ErrorKind::Syntax {
        // Something only the loader knows about, such as a field of the glossary
        // itself: its own words.
        let detail = error.message().get("detail").unwrap_or_default();
        findings.push(finding(
            location_in(&error, path),
            FindingKind::Syntax,
            Message::new("check-detail").arg("detail", detail),
        ));
        return None;
    }
    let start = Location::at_offset(path, text, 0);
    let language = match Glossary::new(raw.id.clone(), &raw.language, Vec::new(), path) {
        Ok(g) => g.language,
        Err(e) => {
            findings.push(finding(start, FindingKind::Invalid, problem_of(&e)));
            return None;
        }
    };
    // Each entry on its own, so that every invalid one is found.
    let mut entries = Vec::new();
    for entry in raw.entries {
        let location = match find_entry_id(text, &entry.id) {
            Some(o) => Location::at_offset(path, text, o),
            None => Location::file(path),
        };
        match Glossary::new(raw.id.clone(), &raw.language, vec![entry], path) {
            Ok(mut g) => {
                if let Some(valid) = g.entries.pop() {
                    entries.push((valid, location));
                }
            }
            Err(e) => findings.push(finding(location, FindingKind::Invalid, problem_of(&e))),
        }
    }
    Some(Checked {
        id: raw.id,
        language,
        path: path.to_string(),
        entries,
    })
}

/// The line and column an error names, as `path:line:column` in its `location`.
fn location_in(error: &Error, path: &str) -> Location {
    let at = error
        .message()
        .get("location")
        .and_then(|l| l.strip_prefix(path))
        .and_then(|l| l.strip_prefix(':'))
        .and_then(|l| l.split_once(':'))
        .and_then(|(line, column)| Some((line.parse().ok()?, column.parse().ok()?)));
    match at {
        Some((line, column)) => Location {
            path: path.to_string(),
            line,
            column,
        },
        None => Location::file(path),
    }
}

/// The offset of the `id` field holding `"id"`, searched for as text.
fn find_entry_id(text: &str, id: &str) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    let mut from = 0;
    while let Some(i) = text[from..].find(&quoted) {
        let at = from + i;
        let before = text[..at].trim_end();
        if let Some(rest) = before.strip_suffix(':') {
            let rest = rest.trim_end();
            if rest.ends_with("id") {
                return Some(rest.len() - 2);
            }
        }
        from = at + quoted.len();
    }
    None
}

fn check_entries(
    checked: &[Checked],
    findings: &mut Vec<Finding>,
    skip: &mut HashSet<(usize, usize)>,
) {
    let mut ids: HashMap<&str, &Location> = HashMap::new();
    // folded key -> (form as written, case-sensitive, entry id, location)
    let mut forms: HashMap<String, Vec<(&str, bool, &str, &Location)>> = HashMap::new();
    for (g, glossary) in checked.iter().enumerate() {
        for (e, (entry, location)) in glossary.entries.iter().enumerate() {
            if let Some(other) = ids.get(entry.id.as_str()) {
                findings.push(finding(
                    location.clone(),
                    FindingKind::DuplicateEntry,
                    Message::new("check-duplicate-entry")
                        .arg("entry", &entry.id)
                        .arg("other", other),
                ));
                skip.insert((g, e));
                continue;
            }
            ids.insert(&entry.id, location);
            check_reading(entry, location, findings);
            for form in &entry.forms {
                let key = fold_key(form, FoldOptions::default());
                let claims = forms.entry(key).or_default();
                let sensitive = entry.case_sensitive;
                let others = || claims.iter().filter(|(_, _, id, _)| *id != entry.id);
                let clash =
                    others().find(|(written, cs, _, _)| written == form || (!cs && !sensitive));
                let collision = others().find(|(_, cs, _, _)| *cs != sensitive);
                if let Some((_, _, other_entry, other)) = clash {
                    findings.push(finding(
                        location.clone(),
                        FindingKind::DuplicateForm,
                        Message::new("check-duplicate-form")
                            .arg("form", form)
                            .arg("entry", &entry.id)
                            .arg("other-entry", other_entry)
                            .arg("other", other),
                    ));
                    continue;
                }
                if let Some((other_form, _, other_entry, other)) = collision {
                    findings.push(finding(
                        location.clone(),
                        FindingKind::CaseCollision,
                        Message::new("check-case-collision")
                            .arg("form", form)
                            .arg("entry", &entry.id)
                            .arg("other-form", other_form)
                            .arg("other-entry", other_entry)
                            .arg("other", other),
                    ));
                }
                claims.push((form, sensitive, &entry.id, location));
            }
        }
    }
}

/// A glossary author's typo catcher: the reading must be kana, and a given
/// romanization must agree with the reading's Hepburn.
fn check_reading(entry: &Entry, location: &Location, findings: &mut Vec<Finding>) {
    let Some(reading) = &entry.reading else {
        return;
    };
    if !crate::translit::is_kana(reading) {
        let detail = crate::translit::transliterate(reading, crate::translit::System::Hepburn)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        findings.push(finding(
            location.clone(),
            FindingKind::Reading,
            Message::new("check-reading")
                .arg("entry", &entry.id)
                .arg("reading", reading)
                .arg("detail", detail),
        ));
        return;
    }
    let Some(romanization) = &entry.romanization else {
        return;
    };
    if crate::translit::romanization_agrees(reading, romanization) == Ok(false) {
        let derived = crate::translit::transliterate(reading, crate::translit::System::Hepburn)
            .unwrap_or_default();
        findings.push(finding(
            location.clone(),
            FindingKind::Romanization,
            Message::new("check-romanization")
                .arg("entry", &entry.id)
                .arg("romanization", romanization)
                .arg("reading", reading)
                .arg("derived", derived),
        ));
    }
}

/// Message ids of a Fluent file with their locations, in file order; syntax errors
/// become findings.
fn messages(file: &LocaleFile, text: &str, findings: &mut Vec<Finding>) -> Vec<(String, Location)> {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                findings.push(finding(
                    Location::at_offset(&file.path, text, e.pos.start),
                    FindingKind::Syntax,
                    Message::new("check-ftl-syntax").arg("detail", e.kind),
                ));
            }
            r
        }
    };
    // Where each id starts a line (`id =`), in order, to pair with the parsed ids.
    let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let id_len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        if id_len > 0
            && line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line[id_len..]
                .trim_start_matches([' ', '\t'])
                .starts_with('=')
        {
            starts.entry(&line[..id_len]).or_default().push(offset);
        }
        offset += line.len();
    }
    if let Ok(lang) = file.folder.parse::<LanguageIdentifier>() {
        plural_findings(file, text, &resource, &lang, &starts, findings);
    }
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            let n = used.entry(id.clone()).or_default();
            let location = match starts.get(id.as_str()).and_then(|v| v.get(*n)) {
                Some(&o) => Location::at_offset(&file.path, text, o),
                None => Location::file(&file.path),
            };
            *n += 1;
            out.push((id, location));
        }
    }
    out
}

/// Variants named after plural categories that `lang` does not have. Each is
/// reported at its `[key]` in the text, searched for from the start of its
/// message (or of the file, for terms).
fn plural_findings(
    file: &LocaleFile,
    text: &str,
    resource: &FluentResource,
    lang: &LanguageIdentifier,
    starts: &HashMap<&str, Vec<usize>>,
    findings: &mut Vec<Finding>,
) {
    use fluent_syntax::ast;
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let has = crate::l10n::plural_categories(lang);
    fn patterns<'a>(
        pattern: &'a ast::Pattern<&'a str>,
        out: &mut Vec<&'a ast::Expression<&'a str>>,
    ) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                out.push(expression);
                match expression {
                    ast::Expression::Select { variants, .. } => {
                        for v in variants {
                            patterns(&v.value, out);
                        }
                    }
                    ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                        if let ast::Expression::Select { variants, .. } = &**expression {
                            out.push(expression);
                            for v in variants {
                                patterns(&v.value, out);
                            }
                        }
                    }
                    ast::Expression::Inline(_) => {}
                }
            }
        }
    }
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut expressions = Vec::new();
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            patterns(pattern, &mut expressions);
        }
        let from = starts.get(id).and_then(|v| v.first()).copied().unwrap_or(0);
        for expression in expressions {
            let ast::Expression::Select { selector, variants } = expression else {
                continue;
            };
            if matches!(selector, ast::InlineExpression::StringLiteral { .. }) {
                continue;
            }
            for v in variants {
                let ast::VariantKey::Identifier { name } = &v.key else {
                    continue;
                };
                if !CATEGORIES.contains(name) || has.contains(name) {
                    continue;
                }
                let key = format!("[{name}]");
                let location = match text[from..].find(&key) {
                    Some(i) => Location::at_offset(&file.path, text, from + i),
                    None => Location::file(&file.path),
                };
                findings.push(finding(
                    location,
                    FindingKind::PluralCategory,
                    Message::new("check-plural-category")
                        .arg("category", name)
                        .arg("lang", lang)
                        .arg("categories", has.join(", ")),
                ));
            }
        }
    }
}

/// The locale files of one glossary in one language, and their messages.
struct Group<'a> {
    lang: LanguageIdentifier,
    glossary: String,
    files: Vec<&'a LocaleFile>,
    messages: Vec<(String, Location)>,
}

fn check_locales(
    checked: &[Checked],
    locales: &[LocaleFile],
    broken: &HashSet<String>,
    skip: &HashSet<(usize, usize)>,
    findings: &mut Vec<Finding>,
) {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for file in locales {
        let text = match &file.text {
            Ok(t) => t,
            Err(offset) => {
                findings.push(utf8_finding(&file.path, *offset));
                continue;
            }
        };
        let found = messages(file, text, findings);
        let Ok(lang) = crate::l10n::parse_language(&file.folder) else {
            findings.push(finding(
                Location::file(&file.path),
                FindingKind::LocaleFolder,
                Message::new("check-locale-folder").arg("folder", &file.folder),
            ));
            continue;
        };
        let known = checked.iter().any(|g| g.id == file.glossary);
        if !known {
            if !file.optional && !broken.contains(&file.glossary) {
                findings.push(finding(
                    Location::file(&file.path),
                    FindingKind::OrphanLocale,
                    Message::new("check-orphan-locale").arg("glossary", &file.glossary),
                ));
            }
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| g.lang == lang && g.glossary == file.glossary)
        {
            Some(group) => {
                group.files.push(file);
                group.messages.extend(found);
            }
            None => groups.push(Group {
                lang,
                glossary: file.glossary.clone(),
                files: vec![file],
                messages: found,
            }),
        }
    }
    let mut languages: Vec<LanguageIdentifier> = Vec::new();
    for group in &groups {
        if !languages.contains(&group.lang) {
            languages.push(group.lang.clone());
        }
    }
    for (g, glossary) in checked.iter().enumerate() {
        let mut langs = languages.clone();
        if !langs.contains(&glossary.language) {
            langs.push(glossary.language.clone());
        }
        let entry_ids: HashSet<&str> = glossary
            .entries
            .iter()
            .map(|(e, _)| e.id.as_str())
            .collect();
        for lang in langs {
            let own = lang == glossary.language;
            let group = groups
                .iter()
                .find(|g| g.lang == lang && g.glossary == glossary.id);
            let Some(Group {
                files, messages, ..
            }) = group
            else {
                let id = if own {
                    "check-no-source-locale"
                } else {
                    "check-missing-locale"
                };
                findings.push(finding(
                    Location::file(&glossary.path),
                    FindingKind::MissingLocale,
                    Message::new(id)
                        .arg("glossary", &glossary.id)
                        .arg("lang", &lang),
                ));
                continue;
            };
            let mut defined: HashMap<&str, &Location> = HashMap::new();
            for (id, location) in messages {
                if let Some(other) = defined.get(id.as_str()) {
                    findings.push(finding(
                        location.clone(),
                        FindingKind::DuplicateMessage,
                        Message::new("check-duplicate-message")
                            .arg("id", id)
                            .arg("other", other),
                    ));
                    continue;
                }
                defined.insert(id, location);
                if !entry_ids.contains(id.as_str()) {
                    findings.push(finding(
                        location.clone(),
                        FindingKind::OrphanMessage,
                        Message::new("check-orphan-message")
                            .arg("id", id)
                            .arg("glossary", &glossary.id),
                    ));
                }
            }
            for (e, (entry, location)) in glossary.entries.iter().enumerate() {
                if skip.contains(&(g, e)) || defined.contains_key(entry.id.as_str()) {
                    continue;
                }
                if own {
                    findings.push(finding(
                        location.clone(),
                        FindingKind::NoSourceDefinition,
                        Message::new("check-no-source-definition")
                            .arg("entry", &entry.id)
                            .arg("lang", &lang),
                    ));
                } else {
                    let path = files.first().map_or("", |f| f.path.as_str());
                    findings.push(finding(
                        Location::file(path),
                        FindingKind::MissingDefinition,
                        Message::new("check-missing-definition")
                            .arg("entry", &entry.id)
                            .arg("location", location),
                    ));
                }
            }
        }
    }
}
