//! Reading documents.

pub mod html;
pub mod markdown;
pub mod strip;

use std::io::Read;
use std::path::Path;

use crate::error::{Error, ErrorKind, Message, Result};

/// Reads a file as UTF-8.
///
/// # Errors
///
/// An unreadable file (kind [`ErrorKind::Io`]), or bytes that are not UTF-8 (kind
/// [`ErrorKind::Input`], naming the byte offset of the first bad sequence).
pub fn read_path(path: &Path) -> Result<String> {
    crate::glossary::load::read_utf8(path)
}

/// Reads standard input to its end as UTF-8; `name` stands for it in messages.
///
/// # Errors
///
/// As [`read_path`].
pub fn read_stdin(name: &str) -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io_named(name, e))?;
    decode(name, bytes)
}

/// Decodes bytes as UTF-8; `name` stands for their source in messages.
///
/// # Errors
///
/// Bytes that are not UTF-8: kind [`ErrorKind::Input`], naming the byte offset.
///
/// ```
/// let err = glossator::document::decode("in.txt", b"ok \xff".to_vec()).unwrap_err();
/// assert_eq!(err.to_string(), "in.txt: not valid UTF-8 at byte 3");
/// ```
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::Input,
            Message::new("error-utf8")
                .arg("path", name)
                .number("offset", e.utf8_error().valid_up_to()),
        )
    })
}
