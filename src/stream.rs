//! Annotating inputs larger than memory: a reader is cut into blocks at safe
//! places (a blank line, else a line end, else white space), each block is
//! annotated and written before the next is read, and the first-occurrence
//! policy spans the whole input. Memory stays flat in the input's size.

use std::io::{self, Read, Write};

use serde_json::Value;

use crate::annotate::{Annotator, Options};
use crate::error::{Error, ErrorKind, Message, Result, Warning};
use crate::render::{JsonRenderer, TextRenderer};

/// The default largest block: 1 MiB (a block ends earlier at a blank line).
pub const DEFAULT_BLOCK: usize = 1 << 20;

/// Cuts a reader into UTF-8 blocks of about `max` bytes that end at a blank line
/// where there is one, else at a line end, else after white space, so that terms
/// are not cut in two. Yields `(byte offset of the block, block)`.
///
/// ```
/// use glossator::stream::Blocks;
/// let text = "one\n\ntwo\nthree four five";
/// let blocks: Vec<(usize, String)> = Blocks::new(text.as_bytes(), "in", 8)
///     .collect::<Result<_, _>>()?;
/// let joined: String = blocks.iter().map(|(_, b)| b.as_str()).collect();
/// assert_eq!(joined, text);
/// assert_eq!(blocks[0], (0, "one\n\n".to_string()));
/// # Ok::<(), glossator::Error>(())
/// ```
#[derive(Debug)]
pub struct Blocks<R> {
    reader: R,
    name: String,
    max: usize,
    buf: Vec<u8>,
    offset: usize,
    done: bool,
}

impl<R: Read> Blocks<R> {
    /// Blocks of at most about `max` bytes (at least 64 KiB is sensible); `name`
    /// names the input in errors.
    pub fn new(reader: R, name: impl Into<String>, max: usize) -> Blocks<R> {
        Blocks {
            reader,
            name: name.into(),
            max: max.max(16),
            buf: Vec::new(),
            offset: 0,
            done: false,
        }
    }

    fn fill(&mut self) -> io::Result<()> {
        let mut chunk = vec![0u8; self.max];
        while !self.done && self.buf.len() < self.max {
            let want = self.max - self.buf.len();
            let n = self.reader.read(&mut chunk[..want])?;
            if n == 0 {
                self.done = true;
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
        Ok(())
    }

    /// Where to cut `buf`: after the last blank line, else the last line end,
    /// else the last white space, else the last character boundary.
    fn cut(&self) -> usize {
        let buf = &self.buf;
        if self.done {
            return buf.len();
        }
        if let Some(i) = buf.windows(2).rposition(|w| w == b"\n\n") {
            return i + 2;
        }
        if let Some(i) = buf.iter().rposition(|&b| b == b'\n') {
            return i + 1;
        }
        if let Some(i) = buf.iter().rposition(|&b| b == b' ' || b == b'\t') {
            return i + 1;
        }
        // No white space at all: cut after the last complete character.
        let mut lead = buf.len().saturating_sub(1);
        while lead > 0 && (buf[lead] & 0xC0) == 0x80 {
            lead -= 1;
        }
        let width = match buf.get(lead) {
            Some(&b) if b >= 0xF0 => 4,
            Some(&b) if b >= 0xE0 => 3,
            Some(&b) if b >= 0xC0 => 2,
            _ => 1,
        };
        if lead + width <= buf.len() || lead == 0 {
            buf.len()
        } else {
            lead
        }
    }
}

impl<R: Read> Iterator for Blocks<R> {
    type Item = Result<(usize, String)>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Err(e) = self.fill() {
            return Some(Err(Error::from_io(&self.name, e)));
        }
        if self.buf.is_empty() {
            return None;
        }
        let cut = self.cut();
        let rest = self.buf.split_off(cut);
        let bytes = std::mem::replace(&mut self.buf, rest);
        let offset = self.offset;
        self.offset += bytes.len();
        Some(String::from_utf8(bytes).map(|s| (offset, s)).map_err(|e| {
            Error::new(
                ErrorKind::Input,
                Message::new("error-utf8")
                    .arg("path", &self.name)
                    .number("offset", offset + e.utf8_error().valid_up_to()),
            )
        }))
    }
}

/// The output of [`annotate_stream`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum StreamFormat {
    /// Plain text (see [`TextRenderer`]).
    Text(TextRenderer),
    /// One JSON object `{"matches": [...]}` for the whole input, written as it
    /// goes (see [`JsonRenderer`]); offsets are into the whole input.
    Json,
}

/// Annotates everything `reader` yields and writes it to `out`, one block at a
/// time; returns the warnings.
///
/// # Errors
///
/// Reading (naming `name`), invalid UTF-8 (naming the byte offset in the whole
/// input), writing.
///
/// ```
/// use glossator::stream::{annotate_stream, StreamFormat};
/// use glossator::{Annotator, Options, TextRenderer};
/// let annotator = Annotator::builtin()?;
/// let input = "nemawashi\n\nnemawashi again".repeat(3);
/// let mut out = Vec::new();
/// let options = Options::new("en")?;
/// annotate_stream(&annotator, &options, input.as_bytes(), "in", 16, &StreamFormat::Json, &mut out)?;
/// let v: serde_json::Value = serde_json::from_slice(&out)?;
/// assert_eq!(v["matches"].as_array().map(Vec::len), Some(1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annotate_stream(
    annotator: &Annotator,
    options: &Options,
    reader: impl Read,
    name: &str,
    block: usize,
    format: &StreamFormat,
    out: &mut dyn Write,
) -> Result<Vec<Warning>> {
    let write_err = |e: io::Error| Error::from_io("<output>", e);
    let mut session = annotator.session(options);
    let mut notes = Vec::new();
    let mut ended_with_newline = true;
    let (mut chars, mut utf16) = (0usize, 0usize);
    let mut first = true;
    if matches!(format, StreamFormat::Json) {
        out.write_all(b"{\"matches\":[").map_err(write_err)?;
    }
    for piece in Blocks::new(reader, name, block) {
        let (offset, text) = piece?;
        let annotations = session.annotate(&text, 0);
        match format {
            StreamFormat::Text(renderer) => {
                renderer
                    .render_block(&text, &annotations, &mut notes, out)
                    .map_err(write_err)?;
            }
            StreamFormat::Json => {
                for a in &annotations {
                    let mut v = JsonRenderer::annotation_value(a, &text);
                    shift(&mut v, "start", offset);
                    shift(&mut v, "end", offset);
                    shift(&mut v, "char_start", chars);
                    shift(&mut v, "char_end", chars);
                    shift(&mut v, "utf16_start", utf16);
                    shift(&mut v, "utf16_end", utf16);
                    if !first {
                        out.write_all(b",").map_err(write_err)?;
                    }
                    first = false;
                    serde_json::to_writer(&mut *out, &v).map_err(|e| write_err(e.into()))?;
                }
                chars += text.chars().count();
                utf16 += text.encode_utf16().count();
            }
        }
        ended_with_newline = text.ends_with('\n');
    }
    match format {
        StreamFormat::Text(renderer) => renderer
            .finish(&notes, ended_with_newline, out)
            .map_err(write_err)?,
        StreamFormat::Json => out.write_all(b"]}\n").map_err(write_err)?,
    }
    Ok(session.finish())
}

fn shift(v: &mut Value, field: &str, by: usize) {
    if let Some(n) = v.get(field).and_then(Value::as_u64) {
        v[field] = Value::from(n + by as u64);
    }
}
