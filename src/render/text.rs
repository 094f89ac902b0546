//! Plain-text output.

use std::borrow::Cow;
use std::io;

use super::{terminal_safe, Render};
use crate::annotate::{Annotation, Annotations};
use crate::matcher::fold::{fold_key, FoldOptions};

/// Where the plain-text renderer puts glosses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextStyle {
    /// `nemawashi [根回し, ねまわし: Quiet consensus-building…]` right after the term
    /// (the default).
    #[default]
    Inline,
    /// `nemawashi[1]` in the text, numbered notes after it.
    Notes,
}

/// Plain text: the input unchanged except for glosses after annotated terms.
///
/// A gloss lists the original script, the reading and the transliteration shown
/// to readers of the chosen language (Hepburn, Polivanov Cyrillic for Russian,
/// none for Japanese; each part left out when it is what the text already says),
/// then the definition.
///
/// ```
/// use glossator::{Annotator, Options, Render, TextRenderer};
/// let annotator = Annotator::builtin()?;
/// let text = "Talks ended in a hiki-wake.";
/// let notes = annotator.annotate(text, &Options::new("en")?);
/// let mut out = Vec::new();
/// TextRenderer::new().render(text, &notes, &mut out)?;
/// let out = String::from_utf8(out)?;
/// assert!(out.starts_with("Talks ended in a hiki-wake [引き分け, ひきわけ: "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct TextRenderer {
    style: TextStyle,
}

impl TextRenderer {
    /// Inline glosses.
    pub fn new() -> TextRenderer {
        TextRenderer::default()
    }

    /// Chooses inline glosses or numbered notes.
    pub fn style(mut self, style: TextStyle) -> TextRenderer {
        self.style = style;
        self
    }
}

/// The parts of a gloss other than the definition: original, reading,
/// romanization, leaving out what repeats the matched text or an earlier part.
pub(crate) fn gloss_parts<'e>(a: &'e Annotation<'_>, matched: &str) -> Vec<Cow<'e, str>> {
    // Compared without spaces: `hikiwake` repeats `hiki-wake`.
    let key = |s: &str| fold_key(s, FoldOptions::default()).replace(' ', "");
    let mut seen = vec![key(matched)];
    let mut parts = Vec::new();
    let entry = a.entry();
    let shown = a.transliteration().map(|t| Cow::Borrowed(t.text.as_str()));
    // Spaces in a reading mark word breaks for romanization; kana is written solid.
    let reading = entry.reading.as_deref().map(|r| {
        if r.contains(' ') {
            Cow::Owned(r.replace(' ', ""))
        } else {
            Cow::Borrowed(r)
        }
    });
    let original = entry.original.as_deref().map(Cow::Borrowed);
    for part in [original, reading, shown].into_iter().flatten() {
        let k = key(&part);
        if !seen.contains(&k) {
            seen.push(k);
            parts.push(part);
        }
    }
    parts
}

fn gloss(a: &Annotation<'_>, matched: &str) -> String {
    let parts = gloss_parts(a, matched)
        .iter()
        .map(|p| terminal_safe(p))
        .collect::<Vec<_>>()
        .join(", ");
    match (parts.is_empty(), a.definition()) {
        (true, None) => String::new(),
        (false, None) => parts,
        (true, Some(d)) => terminal_safe(&d.text),
        (false, Some(d)) => format!("{parts}: {}", terminal_safe(&d.text)),
    }
}

impl TextRenderer {
    /// Writes one block of a document that arrives in pieces; `notes` collects the
    /// notes (in [`TextStyle::Notes`]) until [`TextRenderer::finish`]. The
    /// annotations' ranges must be relative to `block`.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn render_block(
        &self,
        block: &str,
        annotations: &[Annotation<'_>],
        notes: &mut Vec<String>,
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        let mut last = 0;
        for a in annotations {
            let range = a.range();
            let matched = &block[range.clone()];
            out.write_all(&block.as_bytes()[last..range.end])?;
            last = range.end;
            let g = gloss(a, matched);
            if g.is_empty() {
                continue;
            }
            match self.style {
                TextStyle::Inline => write!(out, " [{g}]")?,
                TextStyle::Notes => {
                    notes.push(format!("{} — {g}", terminal_safe(matched)));
                    write!(out, "[{}]", notes.len())?;
                }
            }
        }
        out.write_all(&block.as_bytes()[last..])
    }

    /// Writes the notes collected by [`TextRenderer::render_block`] after a
    /// document that ended with `ended_with_newline` or not.
    ///
    /// # Errors
    ///
    /// Only errors from `out`.
    pub fn finish(
        &self,
        notes: &[String],
        ended_with_newline: bool,
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        if notes.is_empty() {
            return Ok(());
        }
        if !ended_with_newline {
            writeln!(out)?;
        }
        writeln!(out)?;
        for (i, note) in notes.iter().enumerate() {
            writeln!(out, "[{}] {note}", i + 1)?;
        }
        Ok(())
    }
}

impl Render for TextRenderer {
    fn render(
        &self,
        input: &str,
        annotations: &Annotations<'_>,
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        let mut notes = Vec::new();
        self.render_block(input, annotations.as_slice(), &mut notes, out)?;
        self.finish(&notes, input.ends_with('\n'), out)
    }
}
