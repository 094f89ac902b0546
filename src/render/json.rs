//! JSON output: one object per input, `{"matches": [...]}`.

use std::io;

use serde_json::{json, Map, Value};

use super::Render;
use crate::annotate::{Annotation, Annotations};

/// JSON: `{"matches": [{"entry", "glossary", "text", "start", "end",
/// "char_start", "char_end", "utf16_start", "utf16_end", "form", "definition",
/// "definition_lang", "attributes", "original", "reading", "romanization",
/// "tags"}]}` on one line. `start`/`end` are byte offsets into the input as given,
/// so `input[start..end] == text` always holds; missing values are `null`.
///
/// ```
/// use glossator::{Annotator, JsonRenderer, Options, Render};
/// let annotator = Annotator::builtin()?;
/// let text = "Кремль и «немаваси»";
/// let notes = annotator.annotate(text, &Options::new("ru")?);
/// let mut out = Vec::new();
/// JsonRenderer::new().render(text, &notes, &mut out)?;
/// let v: serde_json::Value = serde_json::from_slice(&out)?;
/// let m = &v["matches"][0];
/// assert_eq!(m["entry"], "nemawashi");
/// assert_eq!(m["start"], 17);
/// assert_eq!(m["char_start"], 10);
/// assert_eq!(m["definition_lang"], "ru");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct JsonRenderer {
    pretty: bool,
}

impl JsonRenderer {
    /// Compact, one line per input.
    pub fn new() -> JsonRenderer {
        JsonRenderer::default()
    }

    /// Indented output for people.
    pub fn pretty(mut self, yes: bool) -> JsonRenderer {
        self.pretty = yes;
        self
    }
}

/// One annotation as a JSON object.
pub(crate) fn annotation_json(a: &Annotation<'_>, input: &str) -> Value {
    let entry = a.entry();
    let (definition, lang, attributes) = match a.definition() {
        Some(d) => (
            json!(d.text),
            json!(d.lang.to_string()),
            Value::Object(
                d.attributes
                    .iter()
                    .map(|(k, v)| (k.clone(), json!(v)))
                    .collect::<Map<String, Value>>(),
            ),
        ),
        None => (Value::Null, Value::Null, Value::Object(Map::new())),
    };
    let range = a.range();
    json!({
        "entry": entry.id,
        "glossary": a.glossary().id,
        "text": &input[range.clone()],
        "start": range.start,
        "end": range.end,
        "char_start": a.char_range().start,
        "char_end": a.char_range().end,
        "utf16_start": a.utf16_range().start,
        "utf16_end": a.utf16_range().end,
        "form": entry.forms.get(a.matched().form()),
        "definition": definition,
        "definition_lang": lang,
        "attributes": attributes,
        "original": entry.original,
        "reading": entry.reading,
        "romanization": entry.romanization,
        "tags": entry.tags,
    })
}

impl Render for JsonRenderer {
    fn render(
        &self,
        input: &str,
        annotations: &Annotations<'_>,
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        let matches: Vec<Value> = annotations
            .iter()
            .map(|a| annotation_json(a, input))
            .collect();
        let doc = json!({ "matches": matches });
        if self.pretty {
            serde_json::to_writer_pretty(&mut *out, &doc)?;
        } else {
            serde_json::to_writer(&mut *out, &doc)?;
        }
        writeln!(out)
    }
}
