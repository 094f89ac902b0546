//! Reading glossaries (RON) and their definitions (Fluent) from disk or from the
//! built-in data.
//!
//! `--glossary PATH` names either a folder laid out like the repository
//! (`PATH/glossaries/*.ron` and `PATH/locales/<lang>/*.ftl`), a folder of `.ron`
//! files (definitions in `PATH/locales/` or, failing that, `PATH/../locales/`), or
//! one `.ron` file (definitions in `locales/` beside the file or beside the folder
//! that holds it).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Entry, Glossary};
use crate::error::{Error, ErrorKind, Location, Message, Result};
use crate::l10n::FtlSource;

/// Glossaries and the Fluent files that define their entries.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// Parsed glossaries, in load order.
    pub glossaries: Vec<Glossary>,
    /// Definition files of those glossaries.
    pub locales: Vec<FtlSource>,
}

impl Sources {
    /// Appends another set of sources.
    pub fn extend(&mut self, other: Sources) {
        self.glossaries.extend(other.glossaries);
        self.locales.extend(other.locales);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Glossary")]
struct RawGlossary {
    id: String,
    language: String,
    entries: Vec<Entry>,
    #[serde(default)]
    fold_diacritics: bool,
    #[serde(default)]
    joined: bool,
    #[serde(default)]
    stemming: Vec<String>,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses one glossary file. `path` names it in messages.
///
/// # Errors
///
/// Malformed RON, an unknown or missing field, nesting deeper than 128 levels:
/// an error of kind [`ErrorKind::Syntax`] naming the file, line and column. A bad
/// id, language tag or form: [`ErrorKind::Glossary`].
///
/// # Example
///
/// ```
/// let text = r#"Glossary(id: "demo", language: "en", entries: [
///     Entry(id: "sumo", forms: ["sumo"], colour: "red"),
/// ])"#;
/// let err = glossator::glossary::load::parse_glossary("demo.ron", text).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "demo.ron:2:40: invalid glossary: Unexpected field named `colour` in `Entry`, \
///      expected one of `id`, `forms`, `original`, `reading`, `romanization`, \
///      `case_sensitive`, `tags`, `fold_diacritics`, `joined`, or `stemming` instead"
/// );
/// ```
pub fn parse_glossary(path: &str, text: &str) -> Result<Glossary> {
    let raw: RawGlossary = ron_options().from_str(text).map_err(|e| {
        let at = Location {
            path: path.to_string(),
            line: e.span.start.line,
            column: e.span.start.col,
        };
        Error::syntax(at, Message::new("ron-detail").arg("detail", &e.code))
    })?;
    let offsets = entry_offsets(text);
    let mut located = Location::at_offsets(path, text, &offsets).into_iter();
    let locations: Vec<Location> = (0..raw.entries.len())
        .map(|_| located.next().unwrap_or_else(|| Location::file(path)))
        .collect();
    let defaults = super::MatchDefaults {
        fold_diacritics: raw.fold_diacritics,
        joined: raw.joined,
        stemming: raw.stemming,
    };
    Glossary::assemble(
        raw.id,
        &raw.language,
        raw.entries,
        defaults,
        path.to_string(),
        locations,
        &Location::at_offset(path, text, 0),
    )
}

/// Byte offsets of each entry's `id` field, in file order.
///
/// serde gives no positions, so a small RON lexer finds the `id:` fields one level
/// inside the `entries` list (comments, strings and raw strings are skipped).
fn entry_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut nest = 1;
                i += 2;
                while i < bytes.len() && nest > 0 {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        nest += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        nest -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            b'"' => {
                i = skip_string(bytes, i + 1);
                continue;
            }
            b'\'' => {
                // A char literal: 'x' or '\n'.
                i += 1;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'r' if matches!(bytes.get(i + 1), Some(b'"') | Some(b'#'))
                && (i == 0 || !is_ident_byte(bytes[i - 1])) =>
            {
                let mut hashes = 0;
                let mut j = i + 1;
                while bytes.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if bytes.get(j) == Some(&b'"') {
                    j += 1;
                    loop {
                        if j >= bytes.len() {
                            break;
                        }
                        if bytes[j] == b'"'
                            && bytes[j + 1..]
                                .iter()
                                .take(hashes)
                                .filter(|&&c| c == b'#')
                                .count()
                                == hashes
                        {
                            j += 1 + hashes;
                            break;
                        }
                        j += 1;
                    }
                    i = j;
                    continue;
                }
            }
            _ if is_ident_byte(b) && (i == 0 || !is_ident_byte(bytes[i - 1])) => {
                let start = i;
                while i < bytes.len() && is_ident_byte(bytes[i]) {
                    i += 1;
                }
                if &bytes[start..i] == b"id" && depth == 3 {
                    let mut j = i;
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if bytes.get(j) == Some(&b':') {
                        out.push(start);
                    }
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Reads a file as UTF-8, with an error naming the byte offset of the first
/// invalid sequence.
pub(crate) fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    crate::document::decode(&path.display().to_string(), bytes)
}

/// Loads the glossaries built into the binary, with their definitions.
///
/// # Errors
///
/// Only if the built-in files are broken, which the crate's tests rule out.
pub fn builtin() -> Result<Sources> {
    let mut sources = Sources::default();
    for (path, text) in crate::builtin::FILES {
        if path.starts_with("glossaries/") {
            let shown = format!("{}{}", crate::builtin::PREFIX, path);
            sources.glossaries.push(parse_glossary(&shown, text)?);
        }
    }
    for (path, text) in crate::builtin::FILES {
        let Some(rest) = path.strip_prefix("locales/") else {
            continue;
        };
        let Some((lang, file)) = rest.split_once('/') else {
            continue;
        };
        let Some(stem) = file.strip_suffix(".ftl") else {
            continue;
        };
        if sources.glossaries.iter().any(|g| g.id == stem) {
            sources.locales.push(FtlSource {
                lang: crate::l10n::parse_language(lang)?,
                glossary: stem.to_string(),
                path: format!("{}{}", crate::builtin::PREFIX, path),
                text: (*text).to_string(),
            });
        }
    }
    Ok(sources)
}

/// Loads a glossary file or folder (see the module docs for the layouts).
///
/// # Errors
///
/// A path that does not exist, a folder with no `.ron` file, an unreadable or
/// malformed file.
pub fn load_path(path: &Path) -> Result<Sources> {
    let Layout {
        glossaries: files,
        locales,
        ..
    } = layout(path)?;
    let mut sources = Sources::default();
    for file in &files {
        let text = read_utf8(file)?;
        sources
            .glossaries
            .push(parse_glossary(&file.display().to_string(), &text)?);
    }
    let Some(locales) = locales else {
        return Ok(sources);
    };
    let mut langs: Vec<PathBuf> = std::fs::read_dir(&locales)
        .map_err(|e| Error::io(&locales, e))?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for dir in langs {
        let Some(lang) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Ok(lang) = crate::l10n::parse_language(lang) else {
            continue;
        };
        for glossary in &sources.glossaries {
            let file = dir.join(format!("{}.ftl", glossary.id));
            if file.is_file() {
                sources.locales.push(FtlSource {
                    lang: lang.clone(),
                    glossary: glossary.id.clone(),
                    path: file.display().to_string(),
                    text: read_utf8(&file)?,
                });
            }
        }
    }
    Ok(sources)
}

/// Where the files of a `--glossary` path are (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Layout {
    /// The glossary files, sorted.
    pub glossaries: Vec<PathBuf>,
    /// The `locales/` folder that holds their definitions, if there is one.
    pub locales: Option<PathBuf>,
    /// Whether that folder is shared with glossaries other than these (beside a
    /// single file, or one level up), so a glossary with no file there is not
    /// necessarily a mistake.
    pub locales_shared: bool,
}

/// Finds the glossary files and the definitions folder of a path given to
/// `--glossary`: a folder laid out like the repository, a folder of `.ron`
/// files, or one file.
///
/// # Errors
///
/// A path that does not exist, or a folder with no `.ron` file.
pub fn layout(path: &Path) -> Result<Layout> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    let (glossaries, own, up) = if meta.is_dir() {
        let nested = path.join("glossaries");
        if nested.is_dir() {
            (
                files_with_extension(&nested, "ron")?,
                path.join("locales"),
                None,
            )
        } else {
            let up = path.parent().map(|p| p.join("locales"));
            (files_with_extension(path, "ron")?, path.join("locales"), up)
        }
    } else {
        let dir = path.parent().unwrap_or(Path::new("."));
        let up = dir.parent().map(|p| p.join("locales"));
        (vec![path.to_path_buf()], dir.join("locales"), up)
    };
    if glossaries.is_empty() {
        return Err(Error::new(
            ErrorKind::Glossary,
            Message::new("error-no-glossaries").arg("path", path.display()),
        ));
    }
    let single_file = !meta.is_dir();
    let (locales, locales_shared) = if own.is_dir() {
        (Some(own), single_file)
    } else {
        (up.filter(|u| u.is_dir()), true)
    };
    Ok(Layout {
        glossaries,
        locales,
        locales_shared,
    })
}

/// The files in `dir` whose extension is `ext`, sorted.
pub(crate) fn files_with_extension(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::entry_offsets;

    #[test]
    fn entry_offsets_skip_comments_strings_and_glossary_id() {
        let text = r##"// id: "x"
Glossary(
    id: "g", /* id: ( */ language: "en",
    entries: [
        Entry(id: "a", forms: ["id: (", r#"id"#]),
        (forms: ["b"], id: "b"),
    ],
)"##;
        let offsets = entry_offsets(text);
        let found: Vec<&str> = offsets.iter().map(|&o| &text[o..o + 7]).collect();
        assert_eq!(found, vec!["id: \"a\"", "id: \"b\""]);
    }
}
