//! `check` catches a glossary author's reading and romanization typos, and the
//! built-in glossary has none.

use glossator::check::{check_builtin, check_paths, FindingKind};

#[test]
fn readings_and_romanizations_are_checked() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli/translit");
    let report = check_paths(&[dir]);
    let got: Vec<(FindingKind, usize, String)> = report
        .findings()
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::Reading | FindingKind::Romanization))
        .map(|f| (f.kind, f.location.line, f.problem.to_string()))
        .collect();
    let want = vec![
        (
            FindingKind::Romanization,
            6,
            "the romanization “nemawasi” of entry “typo” does not agree with its reading “ねまわし” (Hepburn: nemawashi)".to_string(),
        ),
        (
            FindingKind::Reading,
            7,
            "the reading “sumo” of entry “latin” is not kana: character 's' (U+0073) at position 0 is not kana".to_string(),
        ),
    ];
    assert_eq!(got, want);
}

#[test]
fn the_builtin_glossary_checks_clean() {
    let report = check_builtin();
    let problems: Vec<String> = report
        .findings()
        .iter()
        .map(|f| f.message().to_string())
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}
