//! The built-in glossary: its size, the required terms, complete definitions in
//! en, ru and ja, and what it finds in the sample articles.

use glossator::l10n::parse_language;
use glossator::{Annotator, Options};
use unicode_script::{Script, UnicodeScript};

fn scripts(form: &str) -> Vec<Script> {
    let mut out: Vec<Script> = form
        .chars()
        .map(|c| match c.script() {
            Script::Hiragana | Script::Katakana | Script::Han => Script::Han,
            s => s,
        })
        .filter(|s| matches!(s, Script::Latin | Script::Cyrillic | Script::Han))
        .collect();
    out.dedup();
    out
}

#[test]
fn required_entries_with_forms_in_every_script() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    let set = annotator.glossaries();
    assert!(set.len() >= 40, "only {} entries", set.len());
    // (entry, scripts its forms must cover)
    let required: &[(&str, &[Script])] = &[
        ("nemawashi", &[Script::Latin, Script::Cyrillic, Script::Han]),
        ("hiki-wake", &[Script::Latin, Script::Cyrillic, Script::Han]),
        ("hajime", &[Script::Latin, Script::Cyrillic]),
        (
            "kasumigaseki",
            &[Script::Latin, Script::Cyrillic, Script::Han],
        ),
        (
            "karaoke-diplomacy",
            &[Script::Latin, Script::Cyrillic, Script::Han],
        ),
    ];
    for (id, want) in required {
        let entry = set.entry(set.get(id).unwrap_or_else(|| panic!("{id} missing")));
        let have: Vec<Script> = entry.forms.iter().flat_map(|f| scripts(f)).collect();
        for s in *want {
            assert!(have.contains(s), "{id}: no {s:?} form in {:?}", entry.forms);
        }
    }
}

#[test]
fn japanese_entries_have_original_reading_and_romanization() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    for (_, entry) in annotator.glossaries().entries() {
        if let Some(original) = &entry.original {
            assert!(
                scripts(original).contains(&Script::Han),
                "{}: original {original}",
                entry.id
            );
            let reading = entry
                .reading
                .as_deref()
                .unwrap_or_else(|| panic!("{}: no reading", entry.id));
            assert!(
                reading
                    .chars()
                    .all(|c| matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | ' ')),
                "{}: reading {reading} is not kana",
                entry.id
            );
            assert!(
                entry.romanization.is_some(),
                "{}: no romanization",
                entry.id
            );
        }
    }
}

#[test]
fn definitions_complete_in_en_ru_ja() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    let localizer = annotator.localizer();
    let set = annotator.glossaries();
    for lang in ["en", "ru", "ja"] {
        let lang = parse_language(lang).expect("tag");
        let mut missing = Vec::new();
        for (_, entry) in set.entries() {
            if !localizer.has(&lang, &entry.id) {
                missing.push(entry.id.clone());
            }
        }
        assert!(missing.is_empty(), "{lang}: no definition for {missing:?}");
        let orphans: Vec<&String> = localizer
            .message_ids(&lang)
            .iter()
            .map(|(id, _)| id)
            .filter(|id| set.get(id).is_none())
            .collect();
        assert!(
            orphans.is_empty(),
            "{lang}: messages with no entry {orphans:?}"
        );
    }
    assert!(
        annotator.warnings().is_empty(),
        "{:?}",
        annotator.warnings()
    );
}

#[test]
fn sample_articles_find_the_expected_terms() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    // (article, language, entries annotated on first use, in order)
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "moscow-tokyo.txt",
            "en",
            &[
                "judo",
                "hiki-wake",
                "hajime",
                "kuril-islands",
                "hoppo-ryodo",
                "shimoda-treaty",
                "soviet-japanese-declaration",
                "karaoke-diplomacy",
                "kantei",
                "kasumigaseki",
                "nemawashi",
                "keidanren",
                "seikei-bunri",
                "sogo-shosha",
                "nagatacho",
            ],
        ),
        (
            "moscow-tokyo.ru.txt",
            "ru",
            &[
                "judo",
                "hiki-wake",
                "kuril-islands",
                "hoppo-ryodo",
                "shimoda-treaty",
                "soviet-japanese-declaration",
                "karaoke-diplomacy",
                "nemawashi",
                "kasumigaseki",
                "keidanren",
            ],
        ),
        (
            "tokyo.ja.txt",
            "ja",
            &[
                "hiki-wake",
                "judo",
                "hoppo-ryodo",
                "shimoda-treaty",
                "soviet-japanese-declaration",
                "kantei",
                "kasumigaseki",
                "karaoke-diplomacy",
                "keidanren",
                "nemawashi",
                "nagatacho",
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (article, lang, want) in cases {
        let path = format!("{}/examples/articles/{article}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("article");
        let notes = annotator.annotate(&text, &Options::new(lang).expect("tag"));
        let got: Vec<&str> = notes.iter().map(|a| a.entry().id.as_str()).collect();
        if got != *want {
            failures.push(format!("{article}:\n  want {want:?}\n  got  {got:?}"));
        }
        if !notes.warnings().is_empty() {
            failures.push(format!("{article}: warnings {:?}", notes.warnings()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn romanizations_agree_with_readings() {
    use glossator::translit::{romanization_agrees, transliterate, System};
    let annotator = Annotator::builtin().expect("built-in glossary");
    let mut failures = Vec::new();
    for (_, entry) in annotator.glossaries().entries() {
        let (Some(reading), Some(given)) = (&entry.reading, &entry.romanization) else {
            continue;
        };
        let derived = transliterate(reading, System::Hepburn).unwrap_or_default();
        if derived.to_lowercase() != given.to_lowercase()
            || romanization_agrees(reading, given) != Ok(true)
        {
            failures.push(format!(
                "{}: reading {reading} gives {derived}, glossary says {given}",
                entry.id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_reader_sees_their_script() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    // (text, reader's language, the transliteration shown)
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("Kasumigaseki", "en", Some("Kasumigaseki")),
        ("Kasumigaseki", "ru", Some("Касумигасэки")),
        ("Kasumigaseki", "ja", None),
        ("the Hoppō ryōdo", "en", Some("hoppō ryōdo")),
        ("the Hoppō ryōdo", "ru", Some("хоппо рёдо")),
        ("the Hoppō ryōdo", "fr", Some("hoppō ryōdo")),
        ("Сёгун", "ru", Some("сёгун")),
        ("shinkansen", "ru", Some("синкансэн")),
        ("Nagatachō", "ru", Some("Нагататё")),
    ];
    let mut failures = Vec::new();
    for (text, lang, want) in cases {
        let notes = annotator.annotate(text, &Options::new(lang).expect("tag"));
        let got = notes
            .iter()
            .next()
            .and_then(|a| a.transliteration())
            .map(|t| t.text.as_str());
        if got != *want {
            failures.push(format!("{text} ({lang}): want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
