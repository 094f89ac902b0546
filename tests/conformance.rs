//! Other projects' public test cases, run against glossator's matcher.
//!
//! The data is read at test time from the folder named by `GLOSSATOR_CONFORMANCE`
//! or else from `../shared/conformance` next to the crate; its `README.md` says
//! what each dataset requires. Without the variable and without that folder,
//! every test prints "conformance data not found; skipped" and passes; with the
//! variable set to a folder that does not exist, every test fails.
//!
//! Each dataset is one test: a small function maps each of its cases to a
//! [`Probe`] (glossary, text, matcher options, expected result), the shared
//! runner checks them all, and the test fails once, listing every mismatch.

#[path = "conformance/harness.rs"]
mod harness;
#[path = "conformance/xml.rs"]
mod xml;

use std::collections::HashMap;
use std::path::Path;

use glossator::{Boundary, Case};
use serde::Deserialize;
use serde_json::{Map, Value};

use harness::{data_dir, locate, read_json, read_text, Expect, Located, Probe, Span, Tally, Term};

// ---------------------------------------------------------------------------
// flashtext: every keyword_dict key is a term, its values are the forms; whole
// words, every occurrence, once case-insensitively and once case-sensitively.

#[derive(Deserialize)]
struct FlashCase {
    sentence: String,
    /// Key (the keyword reported) → forms. In file order.
    keyword_dict: Map<String, Value>,
    /// Key → forms to remove before matching (remover cases only).
    #[serde(default)]
    remove_keyword_dict: Map<String, Value>,
    keywords: Vec<String>,
    keywords_case_sensitive: Vec<String>,
    #[serde(default)]
    explanation: String,
}

fn strings(v: &Value) -> Vec<String> {
    serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{v}: expected strings: {e}"))
}

fn flashtext(file: &str, index: usize, case: FlashCase) -> [Probe; 2] {
    let mut terms: Vec<Term> = case
        .keyword_dict
        .iter()
        .map(|(key, forms)| Term {
            label: key.clone(),
            forms: strings(forms),
        })
        .collect();
    for (key, forms) in &case.remove_keyword_dict {
        let remove = strings(forms);
        if let Some(term) = terms.iter_mut().find(|t| t.label == *key) {
            term.forms.retain(|f| !remove.contains(f));
        }
    }
    // A term with no forms left is gone.
    terms.retain(|t| !t.forms.is_empty());
    let probe = |mode: &str, case_rule: Case, expected: Vec<String>| Probe {
        name: format!("{file}[{index}] {mode} ({})", case.explanation),
        terms: terms.clone(),
        text: case.sentence.clone(),
        boundary: Boundary::Word,
        case: case_rule,
        expect: Expect::Labels(expected),
        protected: Vec::new(),
        stemming: None,
        html: false,
        needs: Vec::new(),
    };
    [
        probe("insensitive", Case::Insensitive, case.keywords.clone()),
        probe(
            "sensitive",
            Case::Sensitive,
            case.keywords_case_sensitive.clone(),
        ),
    ]
}

fn run_flashtext(dataset: &'static str, file: &str) {
    let Some(dir) = data_dir() else { return };
    let cases: Vec<FlashCase> = read_json(&dir, &format!("flashtext/{file}"));
    let mut tally = Tally::new(dataset);
    for (i, case) in cases.into_iter().enumerate() {
        for probe in flashtext(file, i, case) {
            tally.run(&probe);
        }
    }
    tally.finish();
}

#[test]
fn flashtext_extractor() {
    run_flashtext("flashtext extractor", "keyword_extractor_test_cases.json");
}

#[test]
fn flashtext_remover() {
    run_flashtext("flashtext remover", "keyword_remover_test_cases.json");
}

// ---------------------------------------------------------------------------
// pyahocorasick longest-cases.json: leftmost-longest, non-overlapping, exact byte
// ranges; "substring" without word boundaries, "any" both with and without.

#[derive(Deserialize)]
struct JsonSpan {
    term: String,
    start: usize,
    end: usize,
}

impl From<&JsonSpan> for Span {
    fn from(s: &JsonSpan) -> Span {
        Span {
            label: s.term.clone(),
            start: s.start,
            end: s.end,
        }
    }
}

#[derive(Deserialize)]
struct LongestCase {
    name: String,
    text: String,
    terms: Vec<String>,
    expected: Vec<JsonSpan>,
    mode: String,
}

fn longest(case: &LongestCase) -> Vec<Probe> {
    let boundaries: &[Boundary] = match case.mode.as_str() {
        "substring" => &[Boundary::None],
        "any" => &[Boundary::Word, Boundary::None],
        other => panic!("{}: unknown mode {other:?}", case.name),
    };
    boundaries
        .iter()
        .map(|&boundary| Probe {
            name: format!("{} (mode {}, {boundary:?})", case.name, case.mode),
            terms: case.terms.iter().map(|t| Term::plain(t)).collect(),
            text: case.text.clone(),
            boundary,
            case: Case::Sensitive,
            expect: Expect::Spans(case.expected.iter().map(Span::from).collect()),
            protected: Vec::new(),
            stemming: None,
            html: false,
            needs: Vec::new(),
        })
        .collect()
}

#[test]
fn pyahocorasick_longest() {
    let Some(dir) = data_dir() else { return };
    let cases: Vec<LongestCase> = read_json(&dir, "longest-cases.json");
    let mut tally = Tally::new("pyahocorasick longest");
    for case in &cases {
        for probe in longest(case) {
            tally.run(&probe);
        }
    }
    tally.finish();
}

// ---------------------------------------------------------------------------
// OmegaT omegat-cases.json: whole words, case-insensitive unless asked; the
// distinct terms found, in order of first occurrence.

#[derive(Deserialize)]
struct OmegatCase {
    name: String,
    lang: String,
    text: String,
    terms: Vec<String>,
    expected: Vec<String>,
    #[serde(default)]
    options: OmegatOptions,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OmegatOptions {
    #[serde(default)]
    case_sensitive: bool,
    #[serde(default)]
    stemming: bool,
    #[serde(default)]
    protected_parts: Vec<String>,
    #[serde(default)]
    merge_same_source: bool,
    #[serde(default)]
    side: Option<String>,
}

fn omegat(case: &OmegatCase) -> Probe {
    let o = &case.options;
    let mut terms: Vec<Term> = Vec::new();
    for t in &case.terms {
        // With merging on, entries with the same source term are one result: one
        // entry. Without it, each upstream entry is an entry of its own.
        if o.merge_same_source && terms.iter().any(|have| have.label == *t) {
            continue;
        }
        terms.push(Term::plain(t));
    }
    // Target-side search is the same search over the entries' translations.
    match o.side.as_deref() {
        None | Some("source") | Some("target") => {}
        Some(other) => panic!("{}: unknown side {other:?}", case.name),
    }
    Probe {
        name: case.name.clone(),
        terms,
        text: case.text.clone(),
        boundary: Boundary::Word,
        case: if o.case_sensitive {
            Case::Sensitive
        } else {
            Case::Insensitive
        },
        expect: Expect::Distinct(case.expected.clone()),
        protected: o.protected_parts.clone(),
        stemming: o.stemming.then(|| case.lang.clone()),
        html: false,
        needs: Vec::new(),
    }
}

#[test]
fn omegat_searcher() {
    let Some(dir) = data_dir() else { return };
    let cases: Vec<OmegatCase> = read_json(&dir, "omegat-cases.json");
    let mut tally = Tally::new("omegat");
    for case in &cases {
        tally.run(&omegat(case));
    }
    tally.finish();
}

// ---------------------------------------------------------------------------
// Lingo: case-sensitive, whole words, every occurrence, exact byte ranges into
// the PHP-trimmed <text>. Terms and marked ranges come from expected-terms.json,
// the text from the fixture's XML.

#[derive(Deserialize)]
struct LingoExpected {
    fixtures: HashMap<String, LingoFixture>,
}

#[derive(Deserialize)]
struct LingoFixture {
    terms: Vec<String>,
    marked: Vec<JsonSpan>,
}

/// Fixtures not run, and why.
const LINGO_SKIPPED: &[(&str, &str)] = &[];

/// Where glossator deliberately differs from Lingo: (fixture, term) that
/// glossator also marks, because forms in unspaced scripts (Han, kana, Thai)
/// match as substrings (README: "the one expected divergence").
const LINGO_DIVERGENCES: &[(&str, &str)] = &[("simple.xml", "保持")];

/// The fixture's trimmed `<text>`, and its `<term>`s.
fn lingo_xml(file: &str, doc: &str) -> (String, Vec<String>) {
    let read = |element: &str| {
        xml::element_texts(doc, element).unwrap_or_else(|e| panic!("{file}: <{element}>: {e}"))
    };
    let texts = read("text");
    assert_eq!(texts.len(), 1, "{file}: expected one <text>");
    (xml::php_trim(&texts[0]).to_owned(), read("term"))
}

fn lingo(file: &str, doc: &str, fixture: &LingoFixture) -> Probe {
    let (text, xml_terms) = lingo_xml(file, doc);
    // Checks of the data and of the XML reading, not of glossator.
    assert_eq!(
        xml_terms, fixture.terms,
        "{file}: <term>s differ from expected-terms.json"
    );
    for m in &fixture.marked {
        assert_eq!(
            text.get(m.start..m.end),
            Some(m.term.as_str()),
            "{file}: marked range {}..{} is not {:?} in the text read from the XML",
            m.start,
            m.end,
            m.term
        );
    }
    // Duplicate glossary entries are one term (`vel` in latin.xml).
    let mut terms: Vec<Term> = Vec::new();
    for t in &fixture.terms {
        if !terms.iter().any(|have| have.label == *t) {
            terms.push(Term::plain(t));
        }
    }
    let mut expected: Vec<Span> = fixture.marked.iter().map(Span::from).collect();
    for &(_, term) in LINGO_DIVERGENCES.iter().filter(|(f, _)| *f == file) {
        let at: Vec<usize> = text.match_indices(term).map(|(i, _)| i).collect();
        assert_eq!(
            at.len(),
            1,
            "{file}: the divergence {term:?} should occur once"
        );
        println!(
            "lingo: {file}: expecting the documented divergence {term:?} at {}..{} (Lingo leaves it unmarked)",
            at[0],
            at[0] + term.len()
        );
        expected.push(Span {
            label: term.to_owned(),
            start: at[0],
            end: at[0] + term.len(),
        });
    }
    expected.sort_by_key(|s| s.start);
    Probe {
        name: file.to_owned(),
        terms,
        text,
        boundary: Boundary::Word,
        case: Case::Sensitive,
        expect: Expect::Spans(expected),
        protected: Vec::new(),
        stemming: None,
        html: file == "html.xml",
        needs: Vec::new(),
    }
}

#[test]
fn lingo_annotation() {
    let Some(dir) = data_dir() else { return };
    let expected: LingoExpected = read_json(&dir, "lingo/expected-terms.json");
    let mut files: Vec<&String> = expected.fixtures.keys().collect();
    files.sort();
    let mut tally = Tally::new("lingo");
    for file in files {
        if let Some((_, reason)) = LINGO_SKIPPED.iter().find(|(f, _)| f == file) {
            tally.skip(file, reason);
            continue;
        }
        let doc = read_text(&dir, &format!("lingo/{file}"));
        tally.run(&lingo(file, &doc, &expected.fixtures[file]));
    }
    tally.finish();
}

// ---------------------------------------------------------------------------
// The rules for finding the data, checked without the data.

#[test]
fn data_location_rules() {
    let tmp = tempfile::tempdir().expect("temporary directory");
    let manifest = tmp.path().join("main");
    let shared = tmp.path().join("shared/conformance");
    std::fs::create_dir_all(&manifest).expect("create main");

    // Not configured, no default folder: skipped.
    assert_eq!(locate(None, &manifest), Located::Absent);
    // Configured but missing: an error, even when the default folder exists.
    let missing = tmp.path().join("nonexistent");
    std::fs::create_dir_all(&shared).expect("create shared");
    assert_eq!(
        locate(Some(missing.clone().into()), &manifest),
        Located::Missing(missing)
    );
    // Not configured, default folder present: found there.
    assert_eq!(
        locate(None, &manifest),
        Located::Found(manifest.join("../shared/conformance"))
    );
    // Configured and present.
    assert_eq!(
        locate(Some(shared.clone().into()), Path::new("/nowhere")),
        Located::Found(shared)
    );
}

#[test]
fn xml_reader() {
    let doc = "<?xml version=\"1.0\"?>\r\n<!-- <term>not this</term> -->\n<t>\
               <term a=\"x>y\">ipsüm &lt;&amp;&gt; &#x41;&#66;</term>\
               <term><![CDATA[<p>]]></term><term/>\
               <text>\r\n<![CDATA[\r\n a ]]>\r\n\t</text></t>";
    assert_eq!(
        xml::element_texts(doc, "term").as_deref(),
        Ok(&["ipsüm <&> AB".to_owned(), "<p>".to_owned(), String::new()][..])
    );
    let text = xml::element_texts(doc, "text").expect("text");
    assert_eq!(text, ["\n\n a \n\t"]);
    assert_eq!(xml::php_trim(&text[0]), "a");
    assert!(xml::element_texts("<text><b>x</b></text>", "text").is_err());
    assert!(xml::element_texts("<text>a &nbsp; b</text>", "text").is_err());
    assert!(xml::element_texts("<text>open", "text").is_err());
}
