//! JSON Lines: one JSON object per line in, the same object with its matches out.

use std::io::{self, BufRead, Write};
use std::sync::mpsc;

use rayon::prelude::*;
use serde_json::Value;

use super::{Done, Failure};
use crate::annotate::{Annotator, Options};
use crate::error::{Error, ErrorKind, Location, Message, Warning};
use crate::render::JsonRenderer;

/// Lines annotated in parallel at a time; memory is bounded by this many lines.
const CHUNK: usize = 256;

/// Annotates a JSON Lines stream: each line holds a JSON object with a `"text"`
/// string (and anything else, such as an `"id"`, which is passed through
/// unchanged); the same object is written out with a `"matches"` array added,
/// holding the same match objects as [`JsonRenderer`](crate::JsonRenderer). Each
/// line is a document of its own (first occurrences are per line). Blank lines are
/// copied as blank lines, so output line *n* always answers input line *n*.
///
/// The stream is read and written a bounded number of lines at a time, annotated
/// on all cores, so it can be far larger than memory. `name` stands for the input
/// in messages.
///
/// # Errors
///
/// A line that is not UTF-8 (unless `lossy`), not JSON, or not an object with a
/// `"text"` string ends the stream with [`Failure::Error`] naming `name`, the
/// line and the column; the lines before it have been written. A failure to write
/// is [`Failure::Output`].
///
/// # Example
///
/// ```
/// use glossator::{Annotator, Options};
/// let annotator = Annotator::builtin()?;
/// let input = "{\"id\": 7, \"text\": \"Nemawashi first.\"}\n";
/// let mut out = Vec::new();
/// glossator::batch::annotate_jsonl(&annotator, &Options::new("en")?, "in.jsonl",
///     input.as_bytes(), &mut out, false)?;
/// let v: serde_json::Value = serde_json::from_slice(&out)?;
/// assert_eq!(v["id"], 7);
/// assert_eq!(v["matches"][0]["entry"], "nemawashi");
/// assert_eq!(v["matches"][0]["start"], 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annotate_jsonl<R: BufRead + Send>(
    annotator: &Annotator,
    options: &Options,
    name: &str,
    input: R,
    out: &mut dyn Write,
    lossy: bool,
) -> Result<Done, Failure> {
    // A reader thread hands lines over a bounded channel; the annotating side takes
    // whatever has arrived (up to CHUNK lines), so a slow producer gets its answers
    // line by line and a fast one gets all cores.
    let (tx, rx) = mpsc::sync_channel::<io::Result<Vec<u8>>>(CHUNK);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut input = input;
            loop {
                let mut line = Vec::new();
                match input.read_until(b'\n', &mut line) {
                    Ok(0) => break,
                    Ok(_) => {
                        if tx.send(Ok(line)).is_err() {
                            break;
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        break;
                    }
                }
            }
        });
        annotate_lines(annotator, options, name, rx, out, lossy)
    })
}

fn annotate_lines(
    annotator: &Annotator,
    options: &Options,
    name: &str,
    lines: mpsc::Receiver<io::Result<Vec<u8>>>,
    out: &mut dyn Write,
    lossy: bool,
) -> Result<Done, Failure> {
    let mut done = Done::default();
    let mut line_no = 0usize;
    let mut offset = 0usize;
    while let Ok(first) = lines.recv() {
        let mut chunk: Vec<(usize, usize, Vec<u8>)> = Vec::with_capacity(CHUNK);
        let mut next = Some(first);
        while let Some(line) = next {
            let line = line.map_err(|e| Failure::Error(Error::io_named(name, e)))?;
            line_no += 1;
            let len = line.len();
            chunk.push((line_no, offset, line));
            offset += len;
            next = if chunk.len() < CHUNK {
                lines.try_recv().ok()
            } else {
                None
            };
        }
        let results: Vec<Result<Line, Error>> = chunk
            .par_iter()
            .map(|(no, at, bytes)| annotate_line(annotator, options, name, *no, *at, bytes, lossy))
            .collect();
        for result in results {
            let Line {
                bytes,
                matches,
                warnings,
            } = result.map_err(Failure::Error)?;
            out.write_all(&bytes).map_err(Failure::Output)?;
            done.matches += matches;
            done.add_warnings(warnings);
        }
        out.flush().map_err(Failure::Output)?;
    }
    Ok(done)
}

/// One annotated line: its output, its number of matches, its warnings.
struct Line {
    bytes: Vec<u8>,
    matches: usize,
    warnings: Vec<Warning>,
}

fn annotate_line(
    annotator: &Annotator,
    options: &Options,
    name: &str,
    line_no: usize,
    offset: usize,
    bytes: &[u8],
    lossy: bool,
) -> Result<Line, Error> {
    let mut bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) if lossy => String::from_utf8_lossy(bytes),
        Err(e) => {
            return Err(Error::new(
                ErrorKind::Input,
                Message::new("error-utf8")
                    .arg("path", name)
                    .number("offset", offset + e.valid_up_to()),
            ))
        }
    };
    if text.trim().is_empty() {
        return Ok(Line {
            bytes: b"\n".to_vec(),
            matches: 0,
            warnings: Vec::new(),
        });
    }
    let at = |column: usize| Location {
        path: name.to_string(),
        line: line_no,
        column,
    };
    let mut value: Value = serde_json::from_str(&text).map_err(|e| {
        let detail = e.to_string();
        let detail = match detail.rfind(" at line ") {
            Some(i) => detail[..i].to_string(),
            None => detail,
        };
        Error::new(
            ErrorKind::Input,
            Message::new("error-jsonl")
                .arg("location", at(e.column().max(1)))
                .arg_message(
                    "problem",
                    Message::new("jsonl-syntax").arg("detail", detail),
                ),
        )
    })?;
    let not_object = || {
        Error::new(
            ErrorKind::Input,
            Message::new("error-jsonl")
                .arg("location", at(1))
                .arg_message("problem", Message::new("jsonl-no-text")),
        )
    };
    let object = value.as_object_mut().ok_or_else(not_object)?;
    let doc = match object.get("text") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err(not_object()),
    };
    let annotations = annotator.annotate(&doc, options);
    let matches: Vec<Value> = annotations
        .iter()
        .map(|a| JsonRenderer::annotation_value(a, &doc))
        .collect();
    let count = matches.len();
    let warnings = annotations.warnings().to_vec();
    object.insert("matches".to_string(), Value::Array(matches));
    let mut line =
        serde_json::to_vec(&value).map_err(|e| Error::io_named(name, io::Error::other(e)))?;
    line.push(b'\n');
    Ok(Line {
        bytes: line,
        matches: count,
        warnings,
    })
}
