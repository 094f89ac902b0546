//! JSON output: one object per input, `{"matches": [...]}`.

use std::io;

use serde_json::{json, Map, Value};

use super::Render;
use crate::annotate::{Annotation, Annotations};

/// JSON: `{"matches": [{"entry", "glossary", "text", "start", "end",
/// "char_start", "char_end", "utf16_start", "utf16_end", "form", "definition",
/// "definition_lang", "attributes", "original", "reading", "romanization",
/// "transliteration", "transliterations", "tags"}]}` on one line.
/// `romanization` is the glossary's, or Hepburn derived from the reading;
/// `transliteration` is the one shown to this reader (`{"system", "text"}`);
/// `transliterations` maps every applicable system's name to the term in it. `start`/`end` are byte offsets into the input as given,
/// so `input[start..end] == text` always holds; missing values are `null`.
///
/// ```
/// use glossator::{Annotator, JsonRenderer, Options, Render};
/// let annotator = Annotator::builtin()?;
/// let text = "Москва и «немаваси»";
/// let notes = annotator.annotate(text, &Options::new("ru")?);
/// let mut out = Vec::new();
/// JsonRenderer::new().render(text, &notes, &mut out)?;
/// let v: serde_json::Value = serde_json::from_slice(&out)?;
/// let m = &v["matches"][0];
/// assert_eq!(m["entry"], "nemawashi");
/// assert_eq!(m["start"], 18);
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
    let all = crate::annotate::transliterations(entry, None).unwrap_or_default();
    let romanization = entry.romanization.clone().or_else(|| {
        all.iter()
            .find(|t| t.system == crate::translit::System::Hepburn)
            .map(|t| t.text.clone())
    });
    let transliterations: Map<String, Value> = all
        .iter()
        .map(|t| (t.system.name().to_string(), json!(t.text)))
        .collect();
    let shown = a
        .transliteration()
        .map(|t| json!({"system": t.system.name(), "text": t.text}));
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
        "romanization": romanization,
        "transliteration": shown,
        "transliterations": transliterations,
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

impl JsonRenderer {
    /// One annotation as the JSON object this renderer writes into `"matches"`, for
    /// programs that build their own JSON around matches (JSON Lines, reports).
    /// `input` is the text the annotation was made from.
    ///
    /// ```
    /// use glossator::{Annotator, JsonRenderer, Options};
    /// let annotator = Annotator::builtin()?;
    /// let text = "A hiki-wake.";
    /// let notes = annotator.annotate(text, &Options::new("en")?);
    /// let a = notes.iter().next().expect("one match");
    /// let v = JsonRenderer::annotation_value(a, text);
    /// assert_eq!(v["text"], "hiki-wake");
    /// assert_eq!(v["start"], 2);
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn annotation_value(annotation: &Annotation<'_>, input: &str) -> Value {
        annotation_json(annotation, input)
    }
}
