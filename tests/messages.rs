//! The program's own messages in every interface language: every message with a
//! count rendered for the counts where plural rules differ, against tables in
//! `tests/data/messages/<lang>.txt` checked by each language's rules (Russian
//! 1 статья, 2 статьи, 5 статей, 11 статей, 21 статья); and every catalog holding
//! every English message with the same variables.

#[allow(dead_code)]
mod common;

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast;
use glossator::l10n::{parse_language, Ui};
use glossator::Message;

/// The counts where the plural rules of the languages glossator speaks differ.
const COUNTS: &[u64] = &[0, 1, 2, 5, 11, 21, 101, 1_000_000];

/// The interface languages: the folders of `locales/` that hold a `cli.ftl`.
fn languages() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut out: Vec<String> = std::fs::read_dir(&root)
        .expect("locales/")
        .filter_map(|d| d.ok())
        .filter(|d| d.path().join("cli.ftl").is_file())
        .filter_map(|d| d.file_name().into_string().ok())
        .collect();
    out.sort();
    out
}

/// Every message that holds a count, with that count set to `n` (every number
/// in it gets the same value) and its other arguments fixed.
fn count_messages(n: u64) -> Vec<Message> {
    vec![
        Message::new("scan-summary")
            .number("entries", n)
            .number("occurrences", n)
            .number("files", n),
        Message::new("check-summary")
            .number("glossaries", n)
            .number("locales", n)
            .number("problems", n),
        Message::new("list-definitions")
            .arg("lang", "ru")
            .number("defined", n)
            .number("entries", n),
        Message::new("cli-verbose-loaded")
            .number("glossaries", n)
            .number("entries", n)
            .number("languages", n),
        Message::new("cli-verbose-written")
            .arg("input", "a.txt")
            .number("matches", n),
        Message::new("cli-failed-inputs")
            .number("failed", n)
            .number("total", n)
            .arg("names", "a.txt"),
        Message::new("warning-fallback")
            .arg("glossary", "japan")
            .arg("requested", "fr")
            .arg("used", "en")
            .number("count", n)
            .arg("entries", "nemawashi"),
        Message::new("error-html-text-too-long")
            .arg("path", "a.html")
            .number("offset", n)
            .number("limit", n),
        Message::new("error-utf8")
            .arg("path", "a.txt")
            .number("offset", n),
        Message::new("check-utf8").number("offset", n),
    ]
}

/// The table of one language: `id n: text`, no-break spaces written `\u{a0}`.
fn table(lang: &str) -> String {
    let ui = Ui::new(&parse_language(lang).expect("tag"));
    assert_eq!(ui.lang().to_string(), lang, "a catalog for {lang}");
    let mut out = String::new();
    let ids: Vec<&str> = count_messages(0).iter().map(Message::id).collect();
    for (i, id) in ids.iter().enumerate() {
        for &n in COUNTS {
            let text = ui.format(&count_messages(n)[i]);
            assert!(!text.starts_with(id), "{lang}: {id} is missing");
            out.push_str(&format!(
                "{id} {n}: {}\n",
                text.replace('\u{a0}', "\\u{a0}")
            ));
        }
    }
    out
}

#[test]
fn every_count_message_in_every_language() {
    let langs = languages();
    assert_eq!(langs, ["de", "en", "ja", "ru", "zh-CN"]);
    for lang in langs {
        common::golden(
            "messages",
            "messages",
            &format!("{lang}.txt"),
            &table(&lang),
        );
    }
}

#[test]
fn numbers_are_grouped_for_the_language() {
    let cases = [
        ("en", "12,345 entries, 1 occurrence in 2 files"),
        ("ru", "12\u{a0}345 статей, 1 вхождение, 2 файла"),
        ("de", "12.345 Einträge, 1 Vorkommen in 2 Dateien"),
        ("ja", "12,345 項目、出現 1 回、ファイル 2 個"),
        ("zh-CN", "12,345 个词条，共出现 1 次，涉及 2 个文件"),
    ];
    for (lang, expected) in cases {
        let ui = Ui::new(&parse_language(lang).expect("tag"));
        let message = Message::new("scan-summary")
            .number("entries", 12_345)
            .number("occurrences", 1)
            .number("files", 2);
        assert_eq!(ui.format(&message), expected, "{lang}");
    }
}

/// The variables a pattern uses, selectors and nested placeables included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Each message of a catalog with the variables it uses.
fn catalog(lang: &str) -> Vec<(String, BTreeSet<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/cli.ftl"));
    let text = std::fs::read_to_string(&path).expect("cli.ftl");
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables(value, &mut vars);
            }
            out.push((m.id.name.to_string(), vars));
        }
    }
    out.sort();
    out
}

#[test]
fn every_catalog_has_every_message_with_its_variables() {
    let english = catalog("en");
    assert!(english.len() > 100, "{} English messages", english.len());
    for lang in languages().iter().filter(|l| *l != "en") {
        let other = catalog(lang);
        let ids = |c: &[(String, BTreeSet<String>)]| -> Vec<String> {
            c.iter().map(|(id, _)| id.clone()).collect()
        };
        assert_eq!(
            ids(&other),
            ids(&english),
            "locales/{lang}/cli.ftl: message ids"
        );
        for ((id, vars), (_, english_vars)) in other.iter().zip(&english) {
            let missing: Vec<&String> = english_vars.difference(vars).collect();
            let extra: Vec<&String> = vars.difference(english_vars).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{lang}/cli.ftl: {id} lacks {missing:?}, has unknown {extra:?}"
            );
        }
    }
}

#[test]
fn the_variable_check_catches_a_missing_variable() {
    let text =
        "m = { $count ->\n    [one] one file\n   *[other] { $count } files\n} in { $path }\n";
    let resource = fluent_syntax::parser::parse(text).expect("valid");
    let ast::Entry::Message(m) = &resource.body[0] else {
        panic!("a message");
    };
    let mut vars = BTreeSet::new();
    variables(m.value.as_ref().expect("value"), &mut vars);
    assert_eq!(vars.into_iter().collect::<Vec<_>>(), ["count", "path"]);
    let text = "m = { NUMBER($n, useGrouping: \"false\") } files\n";
    let resource = fluent_syntax::parser::parse(text).expect("valid");
    let ast::Entry::Message(m) = &resource.body[0] else {
        panic!("a message");
    };
    let mut vars = BTreeSet::new();
    variables(m.value.as_ref().expect("value"), &mut vars);
    assert_eq!(vars.into_iter().collect::<Vec<_>>(), ["n"]);
}

#[test]
fn check_finds_nothing_wrong_in_the_programs_own_catalogs() {
    for lang in languages() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/cli.ftl"));
        let report = glossator::check::check_paths(&[&path]);
        let found: Vec<String> = report
            .findings()
            .iter()
            .map(|f| f.message().to_string())
            .collect();
        assert!(report.is_clean(), "{}: {found:?}", path.display());
        assert_eq!(report.locale_files(), 1, "{lang}");
    }
    // The same check does find a plural category a language lacks.
    let dir = tempfile::tempdir().expect("temporary folder");
    let ja = dir.path().join("ja");
    std::fs::create_dir_all(&ja).expect("folder");
    std::fs::write(
        ja.join("cli.ftl"),
        "m = { $n ->\n    [one] 1 件\n   *[other] { $n } 件\n}\n",
    )
    .expect("written");
    let report = glossator::check::check_paths(&[ja.join("cli.ftl")]);
    let kinds: Vec<&str> = report.findings().iter().map(|f| f.kind.code()).collect();
    assert_eq!(kinds, ["plural-category"]);
}
