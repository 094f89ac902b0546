//! Batch work for programs such as the `glossator` command: finding inputs
//! ([`Walk`]), annotating many of them on all cores ([`Batch`]), writing results
//! safely ([`AtomicFile`], mirrored output folders, in place with backups), and
//! streaming JSON Lines ([`annotate_jsonl`]).
//!
//! # Example: annotate a folder into a mirrored output folder
//!
//! ```
//! use glossator::batch::{output_paths, Batch, Format, Walk};
//! use glossator::{Annotator, Options, TextRenderer};
//! # let dir = tempfile::tempdir()?;
//! # let src = dir.path().join("src");
//! # std::fs::create_dir_all(src.join("news"))?;
//! # std::fs::write(src.join("news/a.txt"), "Talks ended in a hiki-wake.")?;
//! let out = dir.path().join("out");
//!
//! let annotator = Annotator::builtin()?;
//! let (inputs, errors) = Walk::new().inputs([&src]);
//! assert!(errors.is_empty());
//! let renderer = TextRenderer::new();
//! let batch = Batch::new(&annotator, Options::new("en")?, Format::Render(&renderer));
//! let targets = output_paths(&inputs, &out, None);
//! let jobs: Vec<_> = inputs.into_iter().zip(targets).map(|(i, t)| Ok((i, t?)))
//!     .collect::<Result<_, glossator::Error>>()?;
//! let results = batch.run_to_files(&jobs, None, &|_, _| {});
//! assert!(results.iter().all(Result::is_ok));
//! let text = std::fs::read_to_string(out.join("news/a.txt"))?;
//! assert!(text.starts_with("Talks ended in a hiki-wake [引き分け, ひきわけ: "));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod jsonl;
mod walk;
mod write;

pub use jsonl::annotate_jsonl;
pub use walk::{Input, Walk, STDIN_NAME};
pub use write::{write_atomic, write_error, AtomicFile};

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::annotate::{Annotator, Options};
use crate::error::{Error, ErrorKind, Message, Result, Warning};
use crate::render::Render;

/// How each input is turned into output.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Format<'r> {
    /// Plain text: each input is read to its end, annotated as a whole, and
    /// written with this renderer.
    Render(&'r (dyn Render + Sync)),
    /// A structured document (HTML, Markdown): each input is handed to this
    /// transform ([`Transform::transform_stream`], or [`Transform::transform`]
    /// after a lossy read), which finds the text in it, annotates it and writes the
    /// document back.
    Document(&'r (dyn Transform + Sync)),
    /// JSON Lines, streamed a bounded number of lines at a time (see
    /// [`annotate_jsonl`]).
    JsonLines,
}

impl std::fmt::Debug for Format<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Format::Render(_) => f.write_str("Render"),
            Format::Document(_) => f.write_str("Document"),
            Format::JsonLines => f.write_str("JsonLines"),
        }
    }
}

/// The file extensions read as HTML when the format is chosen by extension
/// (compared without regard to ASCII case).
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

/// The file extensions read as Markdown when the format is chosen by extension
/// (compared without regard to ASCII case).
pub const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd"];

/// Annotates a whole document of some structured format and writes it out: the
/// hook for formats that must parse the document to find its text (HTML,
/// Markdown), where a [`Render`] only sees plain text.
///
/// [`HtmlOptions`](crate::document::html::HtmlOptions) and
/// [`MarkdownOptions`](crate::document::markdown::MarkdownOptions) are
/// transforms.
///
/// ```
/// use glossator::batch::{Batch, Format, Input, HTML_EXTENSIONS};
/// use glossator::document::html::{HtmlOptions, HtmlStyle};
/// use glossator::{Annotator, Options, TextRenderer};
/// # let dir = tempfile::tempdir()?;
/// # let path = dir.path().join("page.html");
/// # std::fs::write(&path, "<p>Weeks of nemawashi.</p>")?;
/// let annotator = Annotator::builtin()?;
/// let text = TextRenderer::new();
/// let html = HtmlOptions::new().style(HtmlStyle::Footnotes);
/// // Plain text, except for files named *.html, *.htm, *.xhtml.
/// let batch = Batch::new(&annotator, Options::new("en")?, Format::Render(&text))
///     .format_for(HTML_EXTENSIONS, Format::Document(&html));
/// let mut out = Vec::new();
/// let done = batch.run(&Input::file(&path), &mut out)?;
/// assert_eq!(done.matches, 1);
/// assert!(String::from_utf8(out)?.starts_with(r#"<p>Weeks of nemawashi<sup class="glossator-ref""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Transform {
    /// Annotates `text` (named `name` in messages) with `annotator` and `options`,
    /// writing the result to `out`.
    ///
    /// # Errors
    ///
    /// [`Failure::Error`] for a document that cannot be used, [`Failure::Output`]
    /// for a failure to write `out`.
    fn transform(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        text: &str,
        out: &mut dyn Write,
    ) -> Result<Done, Failure>;

    /// As [`transform`](Transform::transform), reading the document from
    /// `input`. The default reads it to its end as UTF-8 first; a transform that
    /// can work as the bytes come (HTML) overrides it, so that memory stays
    /// bounded whatever the size of the document.
    ///
    /// # Errors
    ///
    /// As [`transform`](Transform::transform); also input that cannot be read or
    /// is not UTF-8 ([`Failure::Error`]).
    fn transform_stream(
        &self,
        annotator: &Annotator,
        options: &Options,
        name: &str,
        input: &mut dyn Read,
        out: &mut dyn Write,
    ) -> Result<Done, Failure> {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io_named(name, e))?;
        let text = crate::document::decode(name, bytes)?;
        self.transform(annotator, options, name, &text, out)
    }
}

/// What went wrong with one input.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read or used, or its output file could not be
    /// written; the error names the file.
    Error(Error),
    /// Writing to the output stream the caller passed in failed (a closed pipe, a
    /// full disk): the caller knows what that stream is.
    Output(io::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Error(e) => e.fmt(f),
            Failure::Output(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Error(e) => Some(e),
            Failure::Output(e) => Some(e),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}

/// The result of annotating one input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Done {
    /// The number of annotations written.
    pub matches: usize,
    /// Warnings raised (missing definitions, fallback languages), each once.
    pub warnings: Vec<Warning>,
}

impl Done {
    fn add_warnings(&mut self, warnings: impl IntoIterator<Item = Warning>) {
        for w in warnings {
            if !self.warnings.contains(&w) {
                self.warnings.push(w);
            }
        }
    }
}

/// Annotates inputs with one annotator, options and output format.
#[derive(Debug)]
pub struct Batch<'a> {
    annotator: &'a Annotator,
    options: Options,
    format: Format<'a>,
    /// Formats for files by extension (lowercase), ahead of `format`.
    by_extension: Vec<(String, Format<'a>)>,
    lossy: bool,
}

impl<'a> Batch<'a> {
    /// A batch writing `format` with definitions chosen by `options`.
    pub fn new(annotator: &'a Annotator, options: Options, format: Format<'a>) -> Batch<'a> {
        Batch {
            annotator,
            options,
            format,
            by_extension: Vec::new(),
            lossy: false,
        }
    }

    /// Uses `format` instead of the batch's own for the files whose extension is
    /// one of `extensions` (`"html"`, `"md"`; compared without regard to ASCII
    /// case), such as [`HTML_EXTENSIONS`] or [`MARKDOWN_EXTENSIONS`]. Standard
    /// input and other files keep the batch's format. A later call wins for an
    /// extension named twice.
    pub fn format_for(mut self, extensions: &[&str], format: Format<'a>) -> Batch<'a> {
        for ext in extensions {
            let ext = ext.trim_start_matches('.').to_ascii_lowercase();
            self.by_extension.retain(|(e, _)| *e != ext);
            self.by_extension.push((ext, format));
        }
        self
    }

    /// The format `input` is written in: by its extension (see
    /// [`format_for`](Batch::format_for)), else the batch's own.
    pub fn format_of(&self, input: &Input) -> Format<'a> {
        let ext = input
            .path()
            .and_then(Path::extension)
            .and_then(std::ffi::OsStr::to_str)
            .map(str::to_ascii_lowercase);
        ext.and_then(|ext| {
            self.by_extension
                .iter()
                .find(|(e, _)| *e == ext)
                .map(|(_, f)| *f)
        })
        .unwrap_or(self.format)
    }

    /// Replace bytes that are not UTF-8 with U+FFFD instead of failing.
    pub fn lossy(mut self, yes: bool) -> Batch<'a> {
        self.lossy = yes;
        self
    }

    /// Annotates one input and writes the result to `out`.
    ///
    /// # Errors
    ///
    /// [`Failure::Error`] for an input that cannot be read or used,
    /// [`Failure::Output`] when writing to `out` fails.
    ///
    /// ```
    /// use glossator::batch::{Batch, Format, Input};
    /// use glossator::{Annotator, JsonRenderer, Options};
    /// # let dir = tempfile::tempdir()?;
    /// # let path = dir.path().join("in.txt");
    /// # std::fs::write(&path, "nemawashi")?;
    /// let annotator = Annotator::builtin()?;
    /// let renderer = JsonRenderer::new();
    /// let batch = Batch::new(&annotator, Options::new("en")?, Format::Render(&renderer));
    /// let mut out = Vec::new();
    /// let done = batch.run(&Input::file(&path), &mut out)?;
    /// assert_eq!(done.matches, 1);
    /// assert!(out.starts_with(b"{\"matches\":[{\"entry\":\"nemawashi\""));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run(&self, input: &Input, out: &mut dyn Write) -> Result<Done, Failure> {
        match self.format_of(input) {
            Format::Document(transform) if self.lossy || read_whole(input) => {
                let text = input.read(self.lossy)?;
                let done = transform.transform(
                    self.annotator,
                    &self.options,
                    &input.name(),
                    &text,
                    out,
                )?;
                out.flush().map_err(Failure::Output)?;
                Ok(done)
            }
            Format::Document(transform) => {
                let name = input.name();
                let done = match input.path() {
                    Some(path) => transform.transform_stream(
                        self.annotator,
                        &self.options,
                        &name,
                        &mut open_file(path)?,
                        out,
                    )?,
                    None => transform.transform_stream(
                        self.annotator,
                        &self.options,
                        &name,
                        &mut io::stdin().lock(),
                        out,
                    )?,
                };
                out.flush().map_err(Failure::Output)?;
                Ok(done)
            }
            Format::Render(renderer) => {
                let text = input.read(self.lossy)?;
                let annotations = self.annotator.annotate(&text, &self.options);
                renderer
                    .render(&text, &annotations, out)
                    .map_err(Failure::Output)?;
                out.flush().map_err(Failure::Output)?;
                let mut done = Done {
                    matches: annotations.len(),
                    ..Done::default()
                };
                done.add_warnings(annotations.warnings().iter().cloned());
                Ok(done)
            }
            Format::JsonLines => {
                let name = input.name();
                match input.path() {
                    Some(path) => {
                        let reader = io::BufReader::with_capacity(1 << 16, open_file(path)?);
                        self.jsonl(&name, reader, out)
                    }
                    None => self.jsonl(&name, io::BufReader::new(io::stdin()), out),
                }
            }
        }
    }

    fn jsonl(
        &self,
        name: &str,
        reader: impl io::BufRead + Send,
        out: &mut dyn Write,
    ) -> Result<Done, Failure> {
        annotate_jsonl(self.annotator, &self.options, name, reader, out, self.lossy)
    }

    /// Annotates one input into the file `target`, atomically (see
    /// [`AtomicFile`]): on any error the target is left as it was. Missing folders
    /// above the target are created. With `backup`, the target's old content is kept
    /// as `target` + `backup`.
    ///
    /// # Errors
    ///
    /// The input cannot be read or used, or the target cannot be written.
    pub fn run_to_file(&self, input: &Input, target: &Path, backup: Option<&str>) -> Result<Done> {
        if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| write_error(parent.display(), e))?;
        }
        let mut file = AtomicFile::new(target)?;
        if let Some(suffix) = backup {
            file = file.backup(suffix);
        }
        match self.run(input, &mut file) {
            Ok(done) => {
                file.commit()?;
                Ok(done)
            }
            Err(Failure::Error(e)) => Err(e),
            Err(Failure::Output(e)) => Err(write_error(target.display(), e)),
        }
    }

    /// Annotates many inputs, each into its own file, on all cores. `each` is
    /// called after every input (from any thread), for progress. Results come back
    /// in input order; one failure does not stop the others.
    pub fn run_to_files(
        &self,
        jobs: &[(Input, PathBuf)],
        backup: Option<&str>,
        each: &(dyn Fn(&Input, &Result<Done>) + Sync),
    ) -> Vec<Result<Done>> {
        jobs.par_iter()
            .map(|(input, target)| {
                let result = self.run_to_file(input, target, backup);
                each(input, &result);
                result
            })
            .collect()
    }

    /// Annotates many inputs into one stream, in input order. Documents are
    /// annotated on all cores a few at a time, so memory stays bounded; JSON Lines
    /// inputs are streamed one after another. `each` is called after every input.
    ///
    /// # Errors
    ///
    /// Only a failure to write `out`, which ends the run; a failure of one input is
    /// in its result, and the run goes on.
    pub fn run_to_stream(
        &self,
        inputs: &[Input],
        out: &mut dyn Write,
        each: &(dyn Fn(&Input, &Result<Done>) + Sync),
    ) -> io::Result<Vec<Result<Done>>> {
        let mut results = Vec::with_capacity(inputs.len());
        let streams = |f: &Format<'_>| matches!(f, Format::JsonLines);
        if streams(&self.format)
            || self.by_extension.iter().any(|(_, f)| streams(f))
            || inputs.len() < 2
        {
            for input in inputs {
                let result = match self.run(input, out) {
                    Ok(done) => Ok(done),
                    Err(Failure::Error(e)) => Err(e),
                    Err(Failure::Output(e)) => return Err(e),
                };
                each(input, &result);
                results.push(result);
            }
            return Ok(results);
        }
        let window = rayon::current_num_threads().max(1) * 2;
        for group in inputs.chunks(window) {
            let rendered: Vec<Result<(Vec<u8>, Done)>> = group
                .par_iter()
                .map(|input| {
                    let mut buf = Vec::new();
                    match self.run(input, &mut buf) {
                        Ok(done) => Ok((buf, done)),
                        Err(Failure::Error(e)) => Err(e),
                        Err(Failure::Output(e)) => Err(Error::from_io(&input.name(), e)),
                    }
                })
                .collect();
            for (input, r) in group.iter().zip(rendered) {
                let result = match r {
                    Ok((buf, done)) => {
                        out.write_all(&buf)?;
                        Ok(done)
                    }
                    Err(e) => Err(e),
                };
                each(input, &result);
                results.push(result);
            }
        }
        out.flush()?;
        Ok(results)
    }
}

/// Whether a document is read whole before it is transformed: files up to
/// 1 MiB, so that a transform can look at all of a page first (HTML copies a
/// page in which no term occurs without parsing it). Larger files and standard
/// input are streamed.
fn read_whole(input: &Input) -> bool {
    input
        .path()
        .and_then(|p| std::fs::metadata(p).ok())
        .is_some_and(|m| m.is_file() && m.len() <= 1 << 20)
}

/// Opens a file to read; a folder is an error.
pub(crate) fn open_file(path: &Path) -> Result<std::fs::File> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Error::io(
            path,
            io::Error::from(io::ErrorKind::IsADirectory),
        ));
    }
    Ok(file)
}

/// Where each input goes under the output folder `dir`: its
/// [`relative`](Input::relative) path, with `extension` appended when given
/// (`a.txt` → `a.txt.json`). Standard input cannot be mirrored, and two inputs
/// that would land on the same file are an error for the second.
///
/// ```
/// use glossator::batch::{output_paths, Input};
/// use std::path::Path;
/// let inputs = [Input::file("a/x.txt"), Input::in_folder("docs/y.txt", "y.txt"), Input::file("b/x.txt")];
/// let paths = output_paths(&inputs, Path::new("out"), Some("json"));
/// assert_eq!(paths[0].as_ref().ok(), Some(&Path::new("out/x.txt.json").to_path_buf()));
/// assert_eq!(paths[1].as_ref().ok(), Some(&Path::new("out/y.txt.json").to_path_buf()));
/// assert!(paths[2].is_err());
/// ```
pub fn output_paths(inputs: &[Input], dir: &Path, extension: Option<&str>) -> Vec<Result<PathBuf>> {
    let mut taken: HashMap<PathBuf, String> = HashMap::new();
    inputs
        .iter()
        .map(|input| {
            if input.is_stdin() {
                return Err(Error::new(
                    ErrorKind::Input,
                    Message::new("error-stdin-output-dir"),
                ));
            }
            let mut path = dir.join(input.relative()).into_os_string();
            if let Some(ext) = extension {
                path.push(".");
                path.push(ext);
            }
            let path = PathBuf::from(path);
            if let Some(other) = taken.get(&path) {
                return Err(Error::new(
                    ErrorKind::Input,
                    Message::new("error-output-collision")
                        .arg("input", input.name())
                        .arg("path", path.display())
                        .arg("other", other),
                ));
            }
            taken.insert(path.clone(), input.name());
            Ok(path)
        })
        .collect()
}

/// Checks that `dir` can take output files: it is a folder, or does not exist yet
/// (it is then created as needed).
///
/// # Errors
///
/// `dir` exists and is not a folder.
///
/// ```
/// # let dir = tempfile::tempdir()?;
/// # let file = dir.path().join("file.txt");
/// # std::fs::write(&file, "")?;
/// assert!(glossator::batch::check_output_dir(dir.path()).is_ok());
/// assert!(glossator::batch::check_output_dir(&dir.path().join("new")).is_ok());
/// assert!(glossator::batch::check_output_dir(&file).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_output_dir(dir: &Path) -> Result<()> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(Error::new(
            ErrorKind::Io,
            Message::new("error-not-a-folder").arg("path", dir.display()),
        )),
        _ => Ok(()),
    }
}

/// The targets of an in-place run: each input's own path. Standard input cannot
/// be changed in place.
///
/// ```
/// use glossator::batch::{in_place_paths, Input};
/// let paths = in_place_paths(&[Input::file("a.txt"), Input::stdin()]);
/// assert_eq!(paths[0].as_ref().ok(), Some(&std::path::PathBuf::from("a.txt")));
/// assert!(paths[1].is_err());
/// ```
pub fn in_place_paths(inputs: &[Input]) -> Vec<Result<PathBuf>> {
    inputs
        .iter()
        .map(|input| {
            input
                .path()
                .map(Path::to_path_buf)
                .ok_or_else(|| Error::new(ErrorKind::Input, Message::new("error-stdin-in-place")))
        })
        .collect()
}
