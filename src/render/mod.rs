//! Renderers: one type per output format over one trait, as ripgrep's printers
//! are over one searcher.

pub(crate) mod html;
mod json;
pub(crate) mod markdown;
mod text;

pub use json::JsonRenderer;
pub use text::{TextRenderer, TextStyle};

use std::io;

use crate::annotate::Annotations;

/// Writes a document with its annotations in some format.
pub trait Render {
    /// Writes `input`, annotated with `annotations` (made from that same input), to
    /// `out`.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    fn render(
        &self,
        input: &str,
        annotations: &Annotations<'_>,
        out: &mut dyn io::Write,
    ) -> io::Result<()>;
}

/// Makes a glossary-supplied string safe to print on a terminal: tabs and line
/// breaks become spaces; other control characters and bidi overrides, which could
/// move the cursor, recolour the terminal or reorder the line, become U+FFFD.
pub(crate) fn terminal_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\t' | '\r' => ' ',
            c if c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') =>
            {
                '\u{FFFD}'
            }
            c => c,
        })
        .collect()
}
