//! Loading glossaries: the layouts `--glossary` accepts, and the exact errors for
//! bad files. Fixtures are under `tests/data/glossaries/`.

use glossator::{Annotator, ErrorKind, Options};

const DATA: &str = "tests/data/glossaries";

/// (path under tests/data/glossaries, error kind, exact message)
const BAD: &[(&str, ErrorKind, &str)] = &[
    (
        "bad/syntax.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/syntax.ron:6:9: invalid glossary: Expected comma",
    ),
    (
        "bad/unknown-field.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/unknown-field.ron:8:13: invalid glossary: Unexpected field named `romanisation` in `Entry`, expected one of `id`, `forms`, `original`, `reading`, `romanization`, `case_sensitive`, `tags`, `fold_diacritics`, `joined`, or `stemming` instead",
    ),
    (
        "bad/missing-forms.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/missing-forms.ron:5:25: invalid glossary: Unexpected missing field named `forms` in `Entry`",
    ),
    (
        "bad/wrong-struct.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/wrong-struct.ron:1:49: invalid glossary: Expected struct `Entry` but found `Term`",
    ),
    (
        "bad/deep.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/deep.ron:1:84: invalid glossary: Expected string",
    ),
    (
        "bad/deep-top.ron",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad/deep-top.ron:1:1: invalid glossary: Expected opening `(` for struct `Glossary`",
    ),
    (
        "bad/bad-entry-id.ron",
        ErrorKind::Glossary,
        "tests/data/glossaries/bad/bad-entry-id.ron:6:15: the entry id “two words” must start with a letter and hold only letters, digits, “-” and “_”",
    ),
    (
        "bad/empty-form.ron",
        ErrorKind::Glossary,
        "tests/data/glossaries/bad/empty-form.ron:5:15: entry “dash” has a form with no letters: “ - ”",
    ),
    (
        "bad/bad-language.ron",
        ErrorKind::Glossary,
        "tests/data/glossaries/bad/bad-language.ron:1:1: “not a tag” is not a language tag (try “en”, “ru”, “ja”)",
    ),
    (
        "bad/latin1.ron",
        ErrorKind::Input,
        "tests/data/glossaries/bad/latin1.ron: not valid UTF-8 at byte 17",
    ),
    (
        "dup-entry",
        ErrorKind::Glossary,
        "tests/data/glossaries/dup-entry/glossaries/b.ron:6:15: entry “sumo” is already defined at tests/data/glossaries/dup-entry/glossaries/a.ron:5:15",
    ),
    (
        "dup-form",
        ErrorKind::Glossary,
        "tests/data/glossaries/dup-form/b.ron:7:13: the form “KOKKAI” of entry “kokkai” is already a form of entry “diet” (tests/data/glossaries/dup-form/a.ron:5:15)",
    ),
    (
        "bad-ftl",
        ErrorKind::Syntax,
        "tests/data/glossaries/bad-ftl/locales/en/g.ftl:3:6: invalid definitions: Expected a token starting with \"=\"",
    ),
    (
        "nonexistent.ron",
        ErrorKind::Io,
        "cannot read tests/data/glossaries/nonexistent.ron: no such file or folder",
    ),
];

#[test]
fn bad_glossaries_give_exact_errors() {
    let mut failures = Vec::new();
    for (path, kind, message) in BAD {
        let full = format!("{DATA}/{path}");
        match Annotator::builder().glossary_path(&full).build() {
            Ok(_) => failures.push(format!("{path}: loaded, want an error")),
            Err(e) if e.kind() != *kind || e.to_string() != *message => failures.push(format!(
                "{path}:\n  want {kind:?} {message}\n  got  {:?} {e}",
                e.kind()
            )),
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (glossary paths, text, lang, expected (entry, definition, definition language))
type LoadCase = (
    &'static [&'static str],
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const LAYOUTS: &[LoadCase] = &[
    // A folder laid out like the repository.
    (
        &["repo"],
        "hajime, matte",
        "en",
        &[("hajime", "Begin!", "en"), ("matte", "Stop!", "en")],
    ),
    // One .ron file with locales/ beside it.
    (
        &["single/judo.ron"],
        "hajime",
        "en",
        &[("hajime", "Begin (single).", "en")],
    ),
    // A .ron file inside glossaries/: locales/ beside the folder that holds it.
    (
        &["repo/glossaries/judo.ron"],
        "ippon",
        "en",
        &[("ippon", "A full point.", "en")],
    ),
    // A folder of .ron files.
    (
        &["dup-entry/glossaries/b.ron"],
        "judo",
        "en",
        &[("judo", "", "")],
    ),
    // Several paths merged.
    (
        &["repo", "dup-form/a.ron"],
        "Kokkai said hajime",
        "en",
        &[("diet", "", ""), ("hajime", "Begin!", "en")],
    ),
    // Fallback chain: fr-CA → fr → en (the glossary's language).
    (
        &["repo"],
        "hajime, matte",
        "fr-CA",
        &[("hajime", "Commencez !", "fr"), ("matte", "Stop!", "en")],
    ),
    // Terms from other messages are resolved, without bidi isolation marks.
    (
        &["repo"],
        "хадзимэ",
        "ru",
        &[("hajime", "Начинайте! Так говорит судья.", "ru")],
    ),
];

#[test]
fn layouts_and_fallback() {
    let mut failures = Vec::new();
    for (paths, text, lang, expected) in LAYOUTS {
        let mut builder = Annotator::builder();
        for p in *paths {
            builder.glossary_path(format!("{DATA}/{p}"));
        }
        let annotator = match builder.build() {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{paths:?}: {e}"));
                continue;
            }
        };
        let options = Options::new(lang).expect("valid tag");
        let got: Vec<(String, String, String)> = annotator
            .annotate(text, &options)
            .iter()
            .map(|a| {
                let (d, l) = a
                    .definition()
                    .map(|d| (d.text.clone(), d.lang.to_string()))
                    .unwrap_or_default();
                (a.entry().id.clone(), d, l)
            })
            .collect();
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|(e, d, l)| (e.to_string(), d.to_string(), l.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{paths:?} {text:?} {lang}:\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fallback_and_missing_definitions_are_warned() {
    let annotator = Annotator::builder()
        .glossary_path(format!("{DATA}/repo"))
        .build()
        .expect("loads");
    let notes = annotator.annotate("ippon and hajime", &Options::new("de").expect("tag"));
    let warnings: Vec<String> = notes.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["2 entries of glossary “judo” have no definition in de (ippon, hajime); using en"]
    );

    let notes = annotator.annotate("ippon", &Options::new("ru").expect("tag"));
    let warnings: Vec<String> = notes.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["entry “ippon” of glossary “judo” has no definition in ru; using en"]
    );
    assert_eq!(
        notes
            .iter()
            .next()
            .and_then(|a| a.definition())
            .map(|d| d.text.as_str()),
        Some("A full point.")
    );
}

#[test]
fn attributes_are_kept() {
    let annotator = Annotator::builder()
        .glossary_path(format!("{DATA}/repo"))
        .build()
        .expect("loads");
    let notes = annotator.annotate("HAJIME", &Options::new("en").expect("tag"));
    let a = notes.iter().next().expect("one annotation");
    let d = a.definition().expect("defined");
    assert_eq!(
        d.attributes,
        vec![("note".to_string(), "Said by the referee.".to_string())]
    );
    assert_eq!(a.entry().original.as_deref(), Some("始め"));
}
