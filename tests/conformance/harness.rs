//! The shared part of the conformance tests: where the data is, what one case
//! looks like once mapped from its dataset ([`Probe`]), the runner, and the tally
//! that collects every mismatch and fails once at the end.

use std::collections::HashMap;
use std::ffi::OsString;
use std::fmt::{self, Write as _};
use std::fs;
use std::path::{Path, PathBuf};

use glossator::{Boundary, Case, Entry, Glossary, GlossarySet, MatcherBuilder};

/// The environment variable naming the conformance data folder.
pub const ENV: &str = "GLOSSATOR_CONFORMANCE";

/// What a test prints when there is no data to run.
pub const SKIPPED: &str = "conformance data not found; skipped";

/// Where the data is, or why there is none.
#[derive(Debug, PartialEq, Eq)]
pub enum Located {
    Found(PathBuf),
    /// Not configured and not at the default place: the test passes.
    Absent,
    /// Configured, but not there: the test fails.
    Missing(PathBuf),
}

/// The rules, without touching the process environment: `env` is the value of
/// [`ENV`], `manifest_dir` the crate's directory.
pub fn locate(env: Option<OsString>, manifest_dir: &Path) -> Located {
    match env {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_dir() {
                Located::Found(dir)
            } else {
                Located::Missing(dir)
            }
        }
        None => {
            let dir = manifest_dir.join("../shared/conformance");
            if dir.is_dir() {
                Located::Found(dir)
            } else {
                Located::Absent
            }
        }
    }
}

/// The data folder for this run. `None` (after printing [`SKIPPED`]) when there
/// is none and none was asked for.
///
/// # Panics
///
/// When [`ENV`] names a folder that does not exist.
pub fn data_dir() -> Option<PathBuf> {
    match locate(std::env::var_os(ENV), Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Located::Found(dir) => Some(dir),
        Located::Absent => {
            println!("{SKIPPED}");
            None
        }
        Located::Missing(dir) => panic!(
            "{ENV}={} is not a directory; unset it to skip the conformance tests",
            dir.display()
        ),
    }
}

/// Reads and parses a JSON file of the data folder.
///
/// # Panics
///
/// When the file is missing or is not the expected JSON: the data folder is there,
/// so it must be complete.
pub fn read_json<T: serde::de::DeserializeOwned>(dir: &Path, file: &str) -> T {
    let text = read_text(dir, file);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Reads a UTF-8 file of the data folder.
pub fn read_text(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One glossary term: what the dataset calls it, and its forms.
#[derive(Clone, Debug)]
pub struct Term {
    pub label: String,
    pub forms: Vec<String>,
}

impl Term {
    /// A term whose only form is its label.
    pub fn plain(label: &str) -> Term {
        Term {
            label: label.to_owned(),
            forms: vec![label.to_owned()],
        }
    }
}

/// One occurrence: the term's label and its byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub label: String,
    pub start: usize,
    pub end: usize,
}

/// What the dataset says the matches must be.
#[derive(Clone, Debug)]
pub enum Expect {
    /// The label of every match, in text order (repeats included).
    Labels(Vec<String>),
    /// The distinct labels, in order of first occurrence.
    Distinct(Vec<String>),
    /// Every match exactly: label and byte range, in text order.
    Spans(Vec<Span>),
}

/// One run of the matcher: a dataset case mapped to glossary, text, options and
/// expected result.
#[derive(Clone, Debug)]
pub struct Probe {
    pub name: String,
    pub terms: Vec<Term>,
    pub text: String,
    pub boundary: Boundary,
    pub case: Case,
    pub expect: Expect,
    /// Inline tags to ignore in the text (OmegaT's protected parts).
    pub protected: Vec<String>,
    /// Stemmer language for every entry (OmegaT's glossary stemming).
    pub stemming: Option<String>,
    /// The text is HTML: annotate it with the HTML reader and read the spans back
    /// from the markup it inserted.
    pub html: bool,
    /// Features glossator does not have that the case relies on. When it fails
    /// anyway, it is skipped for these reasons instead of failing.
    pub needs: Vec<String>,
}

/// A case whose result differs from the expected one.
#[derive(Debug)]
pub struct Mismatch {
    pub name: String,
    pub text: String,
    pub expected: String,
    pub got: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "case:     {}", self.name)?;
        writeln!(f, "text:     {:?}", self.text)?;
        writeln!(f, "expected: {}", self.expected)?;
        write!(f, "got:      {}", self.got)
    }
}

/// Builds the glossary (entry ids `k0`, `k1`, … in term order: labels are not
/// valid entry ids), runs the matcher, and maps the matches back to labels.
///
/// # Errors
///
/// The glossary or the matcher was rejected; the message says which.
/// Annotates the probe's HTML text and reads back, from the markup glossator
/// inserted, which byte ranges of the input were marked and as what.
fn find_html(
    probe: &Probe,
    glossary: Glossary,
    labels: &HashMap<String, &str>,
) -> Result<Vec<Span>, String> {
    // Terms with nothing to say are not marked up, so each gets a definition.
    let ftl: String = glossary
        .entries
        .iter()
        .map(|e| format!("{} = definition of {}\n", e.id, e.id))
        .collect();
    let sources = glossator::glossary::load::Sources {
        locales: vec![glossator::l10n::FtlSource {
            lang: glossator::l10n::parse_language("en").map_err(|e| e.to_string())?,
            glossary: glossary.id.clone(),
            path: "conformance.ftl".to_string(),
            text: ftl,
        }],
        glossaries: vec![glossary],
    };
    let annotator = glossator::Annotator::builder()
        .sources(sources)
        .case(probe.case)
        .boundary(probe.boundary)
        .build()
        .map_err(|e| format!("Annotator::build failed: {e}"))?;
    let options = glossator::Options::new("en")
        .map_err(|e| e.to_string())?
        .all(true);
    let (out, _) = glossator::document::html::annotate_html(
        &annotator,
        &probe.text,
        &options,
        &glossator::document::html::HtmlOptions::new(),
    )
    .map_err(|e| format!("annotate_html failed: {e}"))?;
    let marker = "<span class=\"glossator\" data-glossator=\"term\" data-glossator-entry=\"";
    let (mut spans, mut removed, mut pos) = (Vec::new(), 0, 0);
    let bad = || "unexpected markup".to_string();
    while let Some(i) = out[pos..].find(marker).map(|i| i + pos) {
        let id_start = i + marker.len();
        let id_end = out[id_start..].find('"').ok_or_else(bad)? + id_start;
        let dfn = out[id_end..].find("<dfn").ok_or_else(bad)? + id_end;
        let raw_start = out[dfn..].find('>').ok_or_else(bad)? + dfn + 1;
        let raw_end = out[raw_start..].find("</dfn>").ok_or_else(bad)? + raw_start;
        // The tooltip that follows, and the wrapper's close: count nested spans.
        let (mut depth, mut j) = (1, raw_end + "</dfn>".len());
        while depth > 0 {
            let open = out[j..].find("<span").map(|k| k + j);
            let close = out[j..].find("</span>").map(|k| k + j).ok_or_else(bad)?;
            match open {
                Some(o) if o < close => {
                    depth += 1;
                    j = o + "<span".len();
                }
                _ => {
                    depth -= 1;
                    j = close + "</span>".len();
                }
            }
        }
        let start = i - removed;
        let end = start + (raw_end - raw_start);
        removed += (raw_start - i) + (j - raw_end);
        spans.push(Span {
            label: labels
                .get(&out[id_start..id_end])
                .ok_or_else(bad)?
                .to_string(),
            start,
            end,
        });
        pos = j;
    }
    Ok(spans)
}

pub fn find(probe: &Probe) -> Result<Vec<Span>, String> {
    let entries: Vec<Entry> = probe
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let entry = Entry::new(format!("k{i}"), t.forms.iter().cloned());
            match &probe.stemming {
                Some(lang) => entry.with_stemming([lang.clone()]),
                None => entry,
            }
        })
        .collect();
    let labels: HashMap<String, &str> = probe
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("k{i}"), t.label.as_str()))
        .collect();
    let glossary = Glossary::new("conformance", "en", entries, "conformance")
        .map_err(|e| format!("Glossary::new rejected the glossary: {e}"))?;
    if probe.html {
        return find_html(probe, glossary, &labels);
    }
    let set = GlossarySet::new(vec![glossary])
        .map_err(|e| format!("GlossarySet::new rejected the glossary: {e}"))?;
    let matcher = MatcherBuilder::new()
        .boundary(probe.boundary)
        .case(probe.case)
        .protected_parts(probe.protected.iter().cloned())
        .build(&set)
        .map_err(|e| format!("MatcherBuilder::build failed: {e}"))?;
    Ok(matcher
        .find_iter(&probe.text)
        .map(|m| Span {
            label: labels[set.entry(m.entry()).id.as_str()].to_owned(),
            start: m.start(),
            end: m.end(),
        })
        .collect())
}

fn show_labels(labels: &[String]) -> String {
    format!("{labels:?}")
}

fn show_spans(spans: &[Span], text: &str) -> String {
    let mut out = String::from("[");
    for (i, s) in spans.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{:?} {}..{}", s.label, s.start, s.end);
        if let Some(found) = text.get(s.start..s.end) {
            if found != s.label {
                let _ = write!(out, " (text {found:?})");
            }
        }
    }
    out.push(']');
    out
}

fn distinct(spans: &[Span]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for s in spans {
        if !seen.contains(&s.label) {
            seen.push(s.label.clone());
        }
    }
    seen
}

/// Runs one probe; `Err` describes the mismatch.
pub fn check(probe: &Probe) -> Result<(), Mismatch> {
    let mismatch = |expected: String, got: String| Mismatch {
        name: probe.name.clone(),
        text: probe.text.clone(),
        expected,
        got,
    };
    let expected = match &probe.expect {
        Expect::Labels(l) | Expect::Distinct(l) => show_labels(l),
        Expect::Spans(s) => show_spans(s, &probe.text),
    };
    let spans = find(probe).map_err(|e| mismatch(expected.clone(), e))?;
    let same = match &probe.expect {
        Expect::Labels(want) => spans.iter().map(|s| &s.label).eq(want.iter()),
        Expect::Distinct(want) => distinct(&spans) == *want,
        Expect::Spans(want) => spans == *want,
    };
    if same {
        return Ok(());
    }
    let all = show_spans(&spans, &probe.text);
    let got = match &probe.expect {
        Expect::Labels(_) => format!(
            "{}  (matches: {all})",
            show_labels(&spans.iter().map(|s| s.label.clone()).collect::<Vec<_>>())
        ),
        Expect::Distinct(_) => format!("{}  (matches: {all})", show_labels(&distinct(&spans))),
        Expect::Spans(_) => all,
    };
    Err(mismatch(expected, got))
}

/// The results of one dataset.
pub struct Tally {
    dataset: &'static str,
    passed: usize,
    failed: Vec<Mismatch>,
    skipped: Vec<String>,
}

impl Tally {
    pub fn new(dataset: &'static str) -> Tally {
        Tally {
            dataset,
            passed: 0,
            failed: Vec::new(),
            skipped: Vec::new(),
        }
    }

    /// Runs a probe and records the outcome. A failing probe that needs a feature
    /// glossator lacks is skipped (and printed) instead of failed.
    pub fn run(&mut self, probe: &Probe) {
        match check(probe) {
            Ok(()) => {
                if !probe.needs.is_empty() {
                    println!(
                        "{}: {} passes without {}",
                        self.dataset,
                        probe.name,
                        probe.needs.join(", ")
                    );
                }
                self.passed += 1;
            }
            Err(m) if !probe.needs.is_empty() => {
                self.skip(
                    &probe.name,
                    &format!("needs {}\n{m}", probe.needs.join(", ")),
                );
            }
            Err(m) => self.failed.push(m),
        }
    }

    /// Records a case that is not run, and prints why.
    pub fn skip(&mut self, name: &str, reason: &str) {
        println!("{}: skipped {name}: {reason}", self.dataset);
        self.skipped.push(name.to_owned());
    }

    /// Prints the summary, and fails with every mismatch if there is one.
    pub fn finish(self) {
        println!(
            "{}: {} passed, {} failed, {} skipped",
            self.dataset,
            self.passed,
            self.failed.len(),
            self.skipped.len()
        );
        if self.failed.is_empty() {
            return;
        }
        let mut report = format!(
            "{}: {} of {} cases do not conform:\n",
            self.dataset,
            self.failed.len(),
            self.passed + self.failed.len()
        );
        for m in &self.failed {
            let _ = writeln!(report, "\n{m}");
        }
        panic!("{report}");
    }
}
