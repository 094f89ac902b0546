//! HTML markup for annotated terms — accessible tooltips or numbered footnotes —
//! and exact escaping for the two contexts glossary data lands in: element text
//! and quoted attribute values.
//!
//! Everything glossator writes into a page carries a `data-glossator` attribute
//! whose value says what it is, so [`strip_html`](crate::document::html::strip_html)
//! can take it all out again:
//!
//! | value   | element                                   | stripping             |
//! |---------|-------------------------------------------|-----------------------|
//! | `term`  | `<span>` around a term and its tooltip    | tags only             |
//! | `name`  | the `<dfn>`/`<abbr>` (or, for ITS markup with footnotes, the `<span>`) holding the term | tags only |
//! | `tip`   | the tooltip `<span role="tooltip">`       | with its content      |
//! | `ref`   | the `<sup>` footnote reference            | with its content      |
//! | `notes` | the `<section>` of notes                  | with its content      |
//! | `terms` | the `<aside>` "terms in this article"     | with its content      |
//! | `style` | the `<style>` with the tooltip CSS        | with its content      |
//! | `script`| the `<script src>` of `glossator.js`       | with its content      |

use std::collections::HashMap;

use unic_langid::LanguageIdentifier;

use super::text::gloss_parts;
use crate::annotate::Annotation;
use crate::glossary::EntryId;

/// How annotated terms are marked up in HTML.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HtmlStyle {
    /// The term becomes a `<dfn>` (or `<abbr>`) whose `aria-describedby` points
    /// at a tooltip shown on hover, on a tap and (with focusable terms) on
    /// keyboard focus by the CSS in `assets/glossator.css`; `assets/glossator.js`
    /// adds Escape and tap-to-toggle. Unless the terms are focusable, the
    /// definitions are also listed at the end, where keyboard users reach them
    /// (the default).
    #[default]
    Tooltip,
    /// The term gets a numbered superscript link to a note; the notes, each with a
    /// link back, are appended at the end of `<body>` or of the chosen container.
    Footnotes,
}

/// The element that holds a term in [`HtmlStyle::Tooltip`] markup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TermElement {
    /// `<dfn>`: the term as it is being defined (the default).
    #[default]
    Dfn,
    /// `<abbr>`: for glossaries of abbreviations.
    Abbr,
}

impl TermElement {
    fn tag(self) -> &'static str {
        match self {
            TermElement::Dfn => "dfn",
            TermElement::Abbr => "abbr",
        }
    }
}

/// C0 and C1 controls other than tab and line feed: never meaningful in a
/// definition, and some (NUL, form feed) trip up parsers and terminals.
fn is_stray_control(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || c == '\u{7F}'
}

/// Appends `s` escaped for HTML element text: `&`, `<` and `>` become
/// references, stray control characters become U+FFFD.
pub(crate) fn push_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_stray_control(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Appends `s` escaped for a double- or single-quoted HTML attribute value:
/// `&`, `<`, `>`, `"`, `'` and (for Markdown tables) `|` become references; line
/// breaks and tabs become spaces, other controls U+FFFD.
pub(crate) fn push_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '|' => out.push_str("&#124;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_stray_control(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Keeps the characters of an id prefix that are safe in an `id` and in a URL
/// fragment without escaping: ASCII letters, digits, `-` and `_`.
pub(crate) fn clean_prefix(prefix: &str) -> String {
    prefix
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

/// What is said about one annotated term: the term as the text has it, the parts
/// of the gloss other than the definition (original script, reading,
/// romanization) and the definition with its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Gloss {
    pub entry: EntryId,
    pub entry_id: String,
    pub term: String,
    pub parts: Vec<String>,
    pub definition: Option<(String, LanguageIdentifier)>,
    /// For readers of Japanese: the original and its reading, written as ruby
    /// (`<ruby>根回し<rt>ねまわし</rt></ruby>`) before the other parts.
    pub ruby: Option<(String, String)>,
}

impl Gloss {
    /// The gloss of annotation `a`, whose text (entities decoded) is `matched`;
    /// `None` when there is nothing to say: no definition and no other form.
    pub fn new(a: &Annotation<'_>, matched: &str) -> Option<Gloss> {
        let parts: Vec<String> = gloss_parts(a, matched)
            .into_iter()
            .map(|p| p.to_string())
            .collect();
        let definition = a.definition().map(|d| (d.text.clone(), d.lang.clone()));
        if parts.is_empty() && definition.is_none() {
            return None;
        }
        let entry = a.entry();
        let japanese_reader = definition
            .as_ref()
            .is_some_and(|(_, l)| l.language.as_str() == "ja");
        let ruby = match (japanese_reader, &entry.original, &entry.reading) {
            (true, Some(original), Some(reading)) => {
                Some((original.clone(), reading.replace(' ', "")))
            }
            _ => None,
        };
        let parts = match &ruby {
            Some((original, reading)) => parts
                .into_iter()
                .filter(|p| p != original && p != reading)
                .collect(),
            None => parts,
        };
        Some(Gloss {
            entry: a.matched().entry(),
            entry_id: a.entry().id.clone(),
            term: matched.to_string(),
            parts,
            definition,
            ruby,
        })
    }

    /// The gloss as plain text: `根回し, ねまわし: definition`.
    pub fn plain(&self) -> String {
        let mut all: Vec<String> = Vec::new();
        if let Some((original, reading)) = &self.ruby {
            all.push(format!("{original}（{reading}）"));
        }
        all.extend(self.parts.iter().cloned());
        let parts = all.join(", ");
        match (&self.definition, parts.is_empty()) {
            (None, _) => parts,
            (Some((d, _)), true) => d.clone(),
            (Some((d, _)), false) => format!("{parts}: {d}"),
        }
    }
}

/// Whether text in `lang` is written right to left (Arabic, Hebrew, Persian,
/// Urdu and the other languages whose usual script is Arabic or Hebrew, or a
/// tag that names such a script).
pub(crate) fn is_rtl(lang: &LanguageIdentifier) -> bool {
    if let Some(script) = lang.script {
        return matches!(
            script.as_str(),
            "Arab" | "Hebr" | "Syrc" | "Thaa" | "Nkoo" | "Adlm"
        );
    }
    matches!(
        lang.language.as_str(),
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb" | "syr"
    )
}

/// Labels of the sections glossator appends, in the language `lang`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Labels {
    pub notes: String,
    pub terms: String,
    pub back: String,
    pub lang: LanguageIdentifier,
}

impl Labels {
    /// The labels from the program's own messages, in the language closest to
    /// `lang` that has them (English at worst).
    pub fn for_lang(lang: &LanguageIdentifier) -> Labels {
        let ui = crate::l10n::Ui::new(lang);
        Labels {
            notes: ui.text("html-label-notes"),
            terms: ui.text("html-label-terms"),
            back: ui.text("html-label-back"),
            lang: ui.lang().clone(),
        }
    }
}

/// Settings of [`HtmlMarkup`].
#[derive(Clone, Debug)]
pub(crate) struct MarkupSettings {
    pub style: HtmlStyle,
    pub element: TermElement,
    pub prefix: String,
    pub terms_list: bool,
    /// Terms in the tab order (`tabindex="0"`).
    pub focusable: bool,
    /// W3C ITS 2.0 terminology attributes on each term.
    pub its: bool,
    pub heading_level: u8,
    pub labels: Labels,
    pub page_lang: Option<LanguageIdentifier>,
}

#[derive(Debug)]
struct Concept {
    gloss: Gloss,
    /// Footnote number (1-based), in order of first appearance.
    number: usize,
    /// Ids of the references to it not yet written into a notes section.
    refs: Vec<String>,
    /// How many references it has had in all.
    ref_count: usize,
}

/// Writes the markup of annotated terms, and collects the notes and the terms
/// list that [`HtmlMarkup::flush`] appends. Holds only owned data, so that
/// `lol_html`'s `'static` end-tag handlers can share it.
#[derive(Debug)]
pub(crate) struct HtmlMarkup {
    settings: MarkupSettings,
    tips: usize,
    sections: usize,
    concepts: Vec<Concept>,
    by_entry: HashMap<EntryId, usize>,
    /// Concepts that first appeared since the last flush: its notes and terms
    /// list. A concept's note is written once; later references link to it.
    pending: Vec<usize>,
}

impl HtmlMarkup {
    pub fn new(settings: MarkupSettings) -> HtmlMarkup {
        HtmlMarkup {
            settings,
            tips: 0,
            sections: 0,
            concepts: Vec::new(),
            by_entry: HashMap::new(),
            pending: Vec::new(),
        }
    }

    /// The language of the page, when it becomes known (`<html lang>`).
    pub fn set_page_lang(&mut self, lang: Option<LanguageIdentifier>) {
        self.settings.page_lang = lang;
    }

    fn lang_attr(&self, out: &mut String, lang: &LanguageIdentifier) {
        let differs = match &self.settings.page_lang {
            Some(page) => page.language != lang.language,
            None => true,
        };
        if differs {
            out.push_str(" lang=\"");
            push_attr(out, &lang.to_string());
            out.push('"');
        }
    }

    /// The gloss as HTML phrasing content.
    fn gloss_html(&self, out: &mut String, gloss: &Gloss) {
        if let Some((original, reading)) = &gloss.ruby {
            out.push_str("<ruby>");
            push_text(out, original);
            out.push_str("<rt>");
            push_text(out, reading);
            out.push_str("</rt></ruby>");
            for part in &gloss.parts {
                out.push_str(", ");
                push_text(out, part);
            }
        } else if gloss.definition.as_ref().is_some_and(|(_, l)| is_rtl(l)) {
            // Beside a right-to-left definition, each original, reading or
            // romanization is isolated, so that the parts keep their order.
            for (i, part) in gloss.parts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str("<bdi>");
                push_text(out, part);
                out.push_str("</bdi>");
            }
        } else {
            push_text(out, &gloss.parts.join(", "));
        }
        if let Some((text, lang)) = &gloss.definition {
            if !gloss.parts.is_empty() || gloss.ruby.is_some() {
                out.push_str(": ");
            }
            out.push_str("<span class=\"glossator-def\"");
            self.lang_attr(out, lang);
            out.push('>');
            push_text(out, text);
            out.push_str("</span>");
        }
    }

    /// Appends to `out` the markup for one occurrence: `raw` is the term exactly
    /// as the source has it (entities and all) and is copied unchanged.
    pub fn term(&mut self, out: &mut String, raw: &str, gloss: Gloss) {
        let prefix = self.settings.prefix.clone();
        let index = match self.by_entry.get(&gloss.entry) {
            Some(&i) => i,
            None => {
                let i = self.concepts.len();
                self.by_entry.insert(gloss.entry, i);
                self.concepts.push(Concept {
                    gloss: gloss.clone(),
                    number: i + 1,
                    refs: Vec::new(),
                    ref_count: 0,
                });
                self.pending.push(i);
                i
            }
        };
        match self.settings.style {
            HtmlStyle::Tooltip => {
                self.tips += 1;
                self.concepts[index].ref_count += 1;
                let tip = format!("{prefix}tip-{}", self.tips);
                let tag = self.settings.element.tag();
                out.push_str(
                    "<span class=\"glossator\" data-glossator=\"term\" data-glossator-entry=\"",
                );
                push_attr(out, &gloss.entry_id);
                out.push_str("\"><");
                out.push_str(tag);
                out.push_str(" class=\"glossator-term\" data-glossator=\"name\"");
                if self.settings.focusable {
                    out.push_str(" tabindex=\"0\"");
                }
                out.push_str(" aria-describedby=\"");
                out.push_str(&tip);
                out.push('"');
                self.its_attrs(out, &tip);
                out.push('>');
                out.push_str(raw);
                out.push_str("</");
                out.push_str(tag);
                out.push_str("><span class=\"glossator-tip\" data-glossator=\"tip\" id=\"");
                out.push_str(&tip);
                out.push_str("\" role=\"tooltip\" hidden>");
                self.gloss_html(out, &gloss);
                out.push_str("</span></span>");
            }
            HtmlStyle::Footnotes => {
                let concept = &mut self.concepts[index];
                concept.ref_count += 1;
                let number = concept.number;
                let id = if concept.ref_count == 1 {
                    format!("{prefix}ref-{number}")
                } else {
                    format!("{prefix}ref-{number}-{}", concept.ref_count)
                };
                concept.refs.push(id.clone());
                if self.settings.its {
                    out.push_str("<span data-glossator=\"name\"");
                    self.its_attrs(out, &format!("{prefix}note-{number}"));
                    out.push('>');
                    out.push_str(raw);
                    out.push_str("</span>");
                } else {
                    out.push_str(raw);
                }
                out.push_str(
                    "<sup class=\"glossator-ref\" data-glossator=\"ref\" data-glossator-entry=\"",
                );
                push_attr(out, &gloss.entry_id);
                out.push_str(&format!(
                    "\"><a href=\"#{prefix}note-{number}\" id=\"{id}\" role=\"doc-noteref\">{number}</a></sup>"
                ));
            }
        }
    }

    /// ` its-term="yes" its-term-info-ref="#ID"` when ITS markup is asked for:
    /// the W3C ITS 2.0 terminology data category, pointing at the definition.
    fn its_attrs(&self, out: &mut String, id: &str) {
        if self.settings.its {
            out.push_str(" its-term=\"yes\" its-term-info-ref=\"#");
            out.push_str(id);
            out.push('"');
        }
    }

    fn heading(&self, out: &mut String, id: &str, text: &str) {
        let level = self.settings.heading_level.clamp(1, 6);
        out.push_str(&format!("<h{level} id=\"{id}\""));
        self.lang_attr_if_differs(out);
        out.push('>');
        push_text(out, text);
        out.push_str(&format!("</h{level}>\n"));
    }

    fn lang_attr_if_differs(&self, out: &mut String) {
        if let Some(page) = &self.settings.page_lang {
            if page.language != self.settings.labels.lang.language {
                out.push_str(" lang=\"");
                push_attr(out, &self.settings.labels.lang.to_string());
                out.push('"');
            }
        }
    }

    /// The notes (footnotes style) and the terms list (when asked for) of the
    /// terms marked up since the last flush; empty when there are none.
    pub fn flush(&mut self) -> String {
        let prefix = self.settings.prefix.clone();
        let mut out = String::new();
        let pending = std::mem::take(&mut self.pending);
        if self.settings.style == HtmlStyle::Footnotes && !pending.is_empty() {
            self.sections += 1;
            let id = format!("{prefix}notes-{}", self.sections);
            out.push_str(&format!(
                "<section class=\"glossator-notes\" data-glossator=\"notes\" role=\"doc-endnotes\" aria-labelledby=\"{id}\">\n"
            ));
            let label = self.settings.labels.notes.clone();
            self.heading(&mut out, &id, &label);
            // Concepts are numbered in order of appearance and every flush takes
            // all new ones, so the pending numbers run on without a gap.
            let first = self.concepts[pending[0]].number;
            if first == 1 {
                out.push_str("<ol>\n");
            } else {
                out.push_str(&format!("<ol start=\"{first}\">\n"));
            }
            for &i in &pending {
                let number = self.concepts[i].number;
                let concept = &self.concepts[i];
                out.push_str(&format!(
                    "<li id=\"{prefix}note-{number}\" data-glossator-entry=\""
                ));
                push_attr(&mut out, &concept.gloss.entry_id);
                out.push_str("\"><span class=\"glossator-label\">");
                push_text(&mut out, &concept.gloss.term);
                out.push_str("</span> — ");
                self.gloss_html(&mut out, &concept.gloss);
                for r in &concept.refs {
                    out.push_str(&format!(
                        " <a href=\"#{r}\" role=\"doc-backlink\" aria-label=\""
                    ));
                    push_attr(&mut out, &self.settings.labels.back);
                    out.push_str("\">↩\u{FE0E}</a>");
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n</section>");
        }
        // References after a concept's note was written link to it without a
        // link back.
        for concept in &mut self.concepts {
            concept.refs.clear();
        }
        if self.settings.terms_list && !pending.is_empty() {
            self.sections += 1;
            let id = format!("{prefix}terms-{}", self.sections);
            out.push_str(&format!(
                "<aside class=\"glossator-terms\" data-glossator=\"terms\" aria-labelledby=\"{id}\">\n"
            ));
            let label = self.settings.labels.terms.clone();
            self.heading(&mut out, &id, &label);
            out.push_str("<dl>\n");
            for &i in &pending {
                let gloss = &self.concepts[i].gloss;
                out.push_str("<dt>");
                push_text(&mut out, &gloss.term);
                out.push_str("</dt><dd>");
                self.gloss_html(&mut out, gloss);
                out.push_str("</dd>\n");
            }
            out.push_str("</dl>\n</aside>");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_by_context() {
        let cases = [
            ("plain", "plain", "plain"),
            ("<script>", "&lt;script&gt;", "&lt;script&gt;"),
            (
                "\"><img src=x>",
                "\"&gt;&lt;img src=x&gt;",
                "&quot;&gt;&lt;img src=x&gt;",
            ),
            ("&lt;b&gt;", "&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;"),
            ("it's a|b", "it's a|b", "it&#39;s a&#124;b"),
            ("a\nb\u{0}c", "a\nb\u{FFFD}c", "a b\u{FFFD}c"),
        ];
        for (input, text, attr) in cases {
            let mut t = String::new();
            push_text(&mut t, input);
            let mut a = String::new();
            push_attr(&mut a, input);
            assert_eq!((t.as_str(), a.as_str()), (text, attr), "input {input:?}");
        }
    }

    #[test]
    fn prefix_is_cleaned() {
        assert_eq!(clean_prefix("gl-"), "gl-");
        assert_eq!(clean_prefix("a\"b c<d>_"), "abcd_");
    }
}
