//! Finding inputs: standard input, files, and folders walked recursively with glob
//! filters.

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::error::{Error, ErrorKind, Message, Result};

/// The name standard input goes by in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// One thing to read: standard input or a file.
///
/// A file found by walking a folder remembers its path relative to that folder, so
/// that an output tree can mirror the input tree ([`Input::relative`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    path: Option<PathBuf>,
    relative: PathBuf,
}

impl Input {
    /// Standard input.
    pub fn stdin() -> Input {
        Input {
            path: None,
            relative: PathBuf::from("stdin"),
        }
    }

    /// A file named on the command line: its relative path is its file name.
    ///
    /// ```
    /// use glossator::batch::Input;
    /// let input = Input::file("articles/tokyo.txt");
    /// assert_eq!(input.name(), "articles/tokyo.txt");
    /// assert_eq!(input.relative(), std::path::Path::new("tokyo.txt"));
    /// ```
    pub fn file(path: impl Into<PathBuf>) -> Input {
        let path = path.into();
        let relative = path.file_name().map_or_else(|| path.clone(), PathBuf::from);
        Input {
            path: Some(path),
            relative,
        }
    }

    /// A file found inside a folder, with its path relative to that folder.
    pub fn in_folder(path: impl Into<PathBuf>, relative: impl Into<PathBuf>) -> Input {
        Input {
            path: Some(path.into()),
            relative: relative.into(),
        }
    }

    /// The file's path, or `None` for standard input.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.is_none()
    }

    /// The path under an output folder that mirrors this input: the path relative to
    /// the folder it was found in, or the file name of a file named directly.
    pub fn relative(&self) -> &Path {
        &self.relative
    }

    /// The name shown in messages: the path as given, or `<stdin>`.
    pub fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => STDIN_NAME.to_string(),
        }
    }

    /// Reads the whole input as text.
    ///
    /// # Errors
    ///
    /// An unreadable file or a folder (kind [`ErrorKind::Io`]); bytes that are not
    /// UTF-8 (kind [`ErrorKind::Input`], naming the byte offset) unless `lossy`, which
    /// replaces each invalid sequence with U+FFFD.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # let path = dir.path().join("latin1.txt");
    /// std::fs::write(&path, b"caf\xe9")?;
    /// let input = glossator::batch::Input::file(&path);
    /// assert!(input.read(false).is_err());
    /// assert_eq!(input.read(true)?, "caf\u{FFFD}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read(&self, lossy: bool) -> Result<String> {
        let name = self.name();
        let bytes = match &self.path {
            Some(p) => std::fs::read(p).map_err(|e| Error::io(p, e))?,
            None => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io_named(&name, e))?;
                bytes
            }
        };
        decode(&name, bytes, lossy)
    }
}

/// Decodes bytes as UTF-8, replacing invalid sequences when `lossy`.
pub(crate) fn decode(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<String> {
    if lossy {
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    } else {
        crate::document::decode(name, bytes)
    }
}

/// Turns command-line arguments into inputs: `-` is standard input, a file is
/// itself, a folder is walked recursively (in name order, skipping hidden entries
/// unless asked, keeping only files that pass the glob filters).
///
/// # Example
///
/// ```
/// use glossator::batch::Walk;
/// # let dir = tempfile::tempdir()?;
/// # std::fs::create_dir(dir.path().join("sub"))?;
/// # std::fs::write(dir.path().join("a.txt"), "")?;
/// # std::fs::write(dir.path().join("b.md"), "")?;
/// # std::fs::write(dir.path().join("sub/c.txt"), "")?;
/// # std::fs::write(dir.path().join(".hidden.txt"), "")?;
/// let mut walk = Walk::new();
/// walk.glob("*.txt")?;
/// let (inputs, errors) = walk.inputs([dir.path()]);
/// let found: Vec<_> = inputs.iter().map(|i| i.relative().to_path_buf()).collect();
/// assert_eq!(found, [std::path::Path::new("a.txt"), std::path::Path::new("sub/c.txt")]);
/// assert!(errors.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Walk {
    include: Vec<Glob>,
    exclude: Vec<Glob>,
    hidden: bool,
}

struct Filters {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Filters {
    fn accepts(&self, relative: &Path, is_dir: bool) -> bool {
        let name = relative.file_name().map(Path::new);
        let hit = |set: &GlobSet| set.is_match(relative) || name.is_some_and(|n| set.is_match(n));
        if self.exclude.as_ref().is_some_and(hit) {
            return false;
        }
        is_dir || self.include.as_ref().is_none_or(hit)
    }
}

impl Walk {
    /// Every file, no hidden ones.
    pub fn new() -> Walk {
        Walk::default()
    }

    /// Adds a glob filter for files found in folders: `*.md` keeps only matching
    /// files, `!drafts` leaves out matching files and folders. A glob matches the
    /// path relative to the folder walked, or the file name. Files named directly are
    /// never filtered.
    ///
    /// # Errors
    ///
    /// An invalid glob (kind [`ErrorKind::Input`]).
    pub fn glob(&mut self, pattern: &str) -> Result<&mut Walk> {
        let (negated, text) = match pattern.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, pattern),
        };
        let glob = Glob::new(text).map_err(|e| {
            Error::new(
                ErrorKind::Input,
                Message::new("error-glob")
                    .arg("glob", pattern)
                    .arg("detail", e.kind()),
            )
            .with_source(e)
        })?;
        if negated {
            self.exclude.push(glob);
        } else {
            self.include.push(glob);
        }
        Ok(self)
    }

    /// Whether to include hidden files and folders (names starting with `.`).
    pub fn hidden(&mut self, yes: bool) -> &mut Walk {
        self.hidden = yes;
        self
    }

    fn filters(&self) -> Filters {
        let set = |globs: &[Glob]| {
            if globs.is_empty() {
                return None;
            }
            let mut b = GlobSetBuilder::new();
            for g in globs {
                b.add(g.clone());
            }
            b.build().ok()
        };
        Filters {
            include: set(&self.include),
            exclude: set(&self.exclude),
        }
    }

    /// The inputs named by `args`, in order, and an error for each argument or
    /// folder entry that cannot be used (a path that does not exist, a folder that
    /// cannot be listed). The errors do not stop the walk.
    pub fn inputs<I, P>(&self, args: I) -> (Vec<Input>, Vec<Error>)
    where
        I: IntoIterator<Item = P>,
        P: AsRef<OsStr>,
    {
        let filters = self.filters();
        let mut inputs = Vec::new();
        let mut errors = Vec::new();
        for arg in args {
            let arg = arg.as_ref();
            if arg == "-" {
                inputs.push(Input::stdin());
                continue;
            }
            let path = Path::new(arg);
            match std::fs::metadata(path) {
                Err(e) => errors.push(Error::io(path, e)),
                Ok(meta) if meta.is_dir() => {
                    self.walk_dir(path, Path::new(""), &filters, &mut inputs, &mut errors)
                }
                Ok(_) => inputs.push(Input::file(path)),
            }
        }
        (inputs, errors)
    }

    fn walk_dir(
        &self,
        dir: &Path,
        relative: &Path,
        filters: &Filters,
        inputs: &mut Vec<Input>,
        errors: &mut Vec<Error>,
    ) {
        let here = dir.join(relative);
        let entries = match std::fs::read_dir(&here) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(Error::io(&here, e));
                return;
            }
        };
        let mut names: Vec<(std::ffi::OsString, std::fs::FileType)> = Vec::new();
        for entry in entries {
            match entry.and_then(|e| Ok((e.file_name(), e.file_type()?))) {
                Ok(pair) => names.push(pair),
                Err(e) => errors.push(Error::io(&here, e)),
            }
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, file_type) in names {
            if !self.hidden && name.to_string_lossy().starts_with('.') {
                continue;
            }
            let rel = relative.join(&name);
            let full = dir.join(&rel);
            // Follow links to files; never follow links to folders (no cycles).
            let is_dir = file_type.is_dir();
            let is_file = file_type.is_file()
                || (file_type.is_symlink() && std::fs::metadata(&full).is_ok_and(|m| m.is_file()));
            if !filters.accepts(&rel, is_dir) {
                continue;
            }
            if is_dir {
                self.walk_dir(dir, &rel, filters, inputs, errors);
            } else if is_file {
                inputs.push(Input::in_folder(full, rel));
            }
        }
    }
}
