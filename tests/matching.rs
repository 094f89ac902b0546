//! Table-driven matching tests: `tests/data/matching/cases.json` lists glossaries,
//! texts and the exact spans that must be found. Every case also runs with its
//! entries in reverse order, which must not change the result.

use glossator::{Entry, Glossary, GlossarySet, Matcher};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    entries: Vec<CaseEntry>,
    text: String,
    expected: Vec<Expected>,
}

#[derive(Deserialize)]
struct CaseEntry {
    id: String,
    forms: Vec<String>,
    case_sensitive: bool,
    #[serde(default)]
    fold_diacritics: Option<bool>,
    #[serde(default)]
    joined: Option<bool>,
    #[serde(default)]
    stemming: Option<Vec<String>>,
}

#[derive(Deserialize, Debug, PartialEq, Eq)]
struct Expected {
    entry: String,
    start: usize,
    end: usize,
    text: String,
}

fn run(case: &Case, reversed: bool) -> Result<Vec<Expected>, glossator::Error> {
    let mut entries: Vec<Entry> = case
        .entries
        .iter()
        .map(|e| {
            let mut entry =
                Entry::new(&e.id, e.forms.clone()).with_case_sensitive(e.case_sensitive);
            if let Some(yes) = e.fold_diacritics {
                entry = entry.with_fold_diacritics(yes);
            }
            if let Some(yes) = e.joined {
                entry = entry.with_joined(yes);
            }
            if let Some(langs) = &e.stemming {
                entry = entry.with_stemming(langs.clone());
            }
            entry
        })
        .collect();
    if reversed {
        entries.reverse();
    }
    let set = GlossarySet::new(vec![Glossary::new("cases", "en", entries, "cases")?])?;
    let matcher = Matcher::new(&set)?;
    Ok(matcher
        .find_all(&case.text)
        .into_iter()
        .map(|m| Expected {
            entry: set.entry(m.entry()).id.clone(),
            start: m.start(),
            end: m.end(),
            text: case.text[m.range()].to_string(),
        })
        .collect())
}

#[test]
fn matching_cases() {
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/matching/cases.json"
    ))
    .expect("fixture");
    let cases: Vec<Case> = serde_json::from_str(&data).expect("fixture is valid JSON");
    assert!(cases.len() >= 25);
    let mut failures = Vec::new();
    for case in &cases {
        for reversed in [false, true] {
            match run(case, reversed) {
                Ok(got) if got == case.expected => {}
                Ok(got) => failures.push(format!(
                    "{} (reversed: {reversed}):\n  want {:?}\n  got  {:?}",
                    case.name, case.expected, got
                )),
                Err(e) => failures.push(format!("{}: {e}", case.name)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
