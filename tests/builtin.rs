//! The built-in glossary: its size, the required terms, complete definitions in
//! en, ru and ja, its tag vocabulary, what it finds in real sentences (names,
//! abbreviations, Russian case forms, look-alikes that must stay silent), and its
//! recall on the sample articles.

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
    assert!(set.len() >= 300, "only {} entries", set.len());
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

/// The tags an entry may carry (documented in `glossaries/japan.ron` and the README).
const TAGS: &[&str] = &[
    "politics",
    "government",
    "diplomacy",
    "security",
    "law",
    "economy",
    "business",
    "history",
    "geography",
    "society",
    "culture",
    "religion",
    "sport",
];

#[test]
fn tags_come_from_the_documented_vocabulary() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    let mut failures = Vec::new();
    for (_, entry) in annotator.glossaries().entries() {
        if entry.tags.is_empty() {
            failures.push(format!("{}: no tags", entry.id));
        }
        for tag in &entry.tags {
            if !TAGS.contains(&tag.as_str()) {
                failures.push(format!("{}: tag {tag}", entry.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn real_sentences_find_exactly_these_entries() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    // (text, every match as (text as written, entry), in order)
    let cases: &[(&str, &[(&str, &str)])] = &[
        // Japan's foreign ministry under its English names; Russia's stays silent.
        (
            "The Russian Foreign Ministry protested; the Japanese Foreign Ministry replied.",
            &[("Japanese Foreign Ministry", "gaimusho")],
        ),
        (
            "MOFA said the Ministry of Foreign Affairs of Japan and Japan’s Foreign Ministry agree.",
            &[
                ("MOFA", "gaimusho"),
                ("Ministry of Foreign Affairs of Japan", "gaimusho"),
                ("Japan’s Foreign Ministry", "gaimusho"),
            ],
        ),
        ("the Russian Ministry of Foreign Affairs", &[]),
        (
            "The Prime Minister's Official Residence, or Kantei, and the LDP",
            &[
                ("Prime Minister's Official Residence", "kantei"),
                ("Kantei", "kantei"),
                ("LDP", "jiminto"),
            ],
        ),
        // Case-sensitive abbreviations and names that are also ordinary words.
        (
            "Then the Diet sat; a diet of rice; the Quad met; a quad bike; the oda; ODA loans",
            &[
                ("the Diet", "kokkai"),
                ("Quad", "quad"),
                ("ODA", "oda"),
            ],
        ),
        ("a mic check; the MIC decided", &[("MIC", "somusho")]),
        ("the CIS countries; cis and trans isomers", &[("CIS", "cis")]),
        // Russian case forms, and the one that is a verb.
        (
            "МИД России заявил, что в МИДе Японии ошибаются.",
            &[("МИДе Японии", "gaimusho")],
        ),
        (
            "Он курил на Курилах, говорил о Курилах и Кремле, о Кремлем недовольных.",
            &[
                ("Курилах", "kuril-islands"),
                ("Курилах", "kuril-islands"),
                ("Кремле", "kremlin"),
                ("Кремлем", "kremlin"),
            ],
        ),
        (
            "на Итурупе и Кунашире, у Шикотана и островов Хабомаи",
            &[
                ("Итурупе", "iturup"),
                ("Кунашире", "kunashir"),
                ("Шикотана", "shikotan"),
                ("Хабомаи", "habomai"),
            ],
        ),
        (
            "в Министерстве иностранных дел Японии и Госдуме, с Либерально-демократической партией",
            &[
                ("Министерстве иностранных дел Японии", "gaimusho"),
                ("Госдуме", "state-duma"),
                ("Либерально-демократической партией", "jiminto"),
            ],
        ),
        (
            "Либерально-демократической партии России и Большой семёрке",
            &[
                ("Либерально-демократической партии России", "ldpr"),
                ("Большой семёрке", "g7"),
            ],
        ),
        // Japanese script, unspaced.
        (
            "外務省と防衛省は日米同盟を重視し、自由民主党と公明党が協議した。",
            &[
                ("外務省", "gaimusho"),
                ("防衛省", "boeisho"),
                ("日米同盟", "us-japan-alliance"),
                ("自由民主党", "jiminto"),
                ("公明党", "komeito"),
            ],
        ),
        // Romanized Japanese with and without macrons.
        (
            "Gaimushō and Gaimusho, Shūgiin and Shugiin",
            &[
                ("Gaimushō", "gaimusho"),
                ("Gaimusho", "gaimusho"),
                ("Shūgiin", "shugiin"),
                ("Shugiin", "shugiin"),
            ],
        ),
    ];
    let mut failures = Vec::new();
    let opts = Options::new("en").expect("tag").all(true);
    for (text, want) in cases {
        let notes = annotator.annotate(text, &opts);
        let got: Vec<(&str, &str)> = notes
            .iter()
            .map(|a| (&text[a.range()], a.entry().id.as_str()))
            .collect();
        if got != *want {
            failures.push(format!("{text}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One sample article: the entries annotated on first use, in order, and the
/// terms a reader would want explained that the glossary misses.
struct Article {
    file: &'static str,
    lang: &'static str,
    found: &'static [&'static str],
    missed: &'static [&'static str],
}

const ARTICLES: &[Article] = &[
    Article {
        file: "moscow-tokyo.txt",
        lang: "en",
        found: &[
            "judo",
            "hiki-wake",
            "hajime",
            "kuril-islands",
            "hoppo-ryodo",
            "shimoda-treaty",
            "iturup",
            "soviet-japanese-declaration",
            "shikotan",
            "habomai",
            "karaoke-diplomacy",
            "kantei",
            "kasumigaseki",
            "nemawashi",
            "keidanren",
            "eight-point-plan",
            "seikei-bunri",
            "sogo-shosha",
            "sakhalin",
            "nagatacho",
        ],
        missed: &[],
    },
    Article {
        file: "moscow-tokyo.ru.txt",
        lang: "ru",
        found: &[
            "judo",
            "hiki-wake",
            "kuril-islands",
            "hoppo-ryodo",
            "shimoda-treaty",
            "soviet-japanese-declaration",
            "shikotan",
            "habomai",
            "karaoke-diplomacy",
            "nemawashi",
            "kasumigaseki",
            "keidanren",
            "joint-economic-activities",
        ],
        missed: &[],
    },
    Article {
        file: "tokyo.ja.txt",
        lang: "ja",
        found: &[
            "hiki-wake",
            "judo",
            "kuril-dispute",
            "shimoda-treaty",
            "iturup",
            "soviet-japanese-declaration",
            "habomai",
            "shikotan",
            "kantei",
            "kasumigaseki",
            "karaoke-diplomacy",
            "joint-economic-activities",
            "keidanren",
            "nemawashi",
            "nagatacho",
        ],
        missed: &[],
    },
    Article {
        file: "tokyo-security.txt",
        lang: "en",
        found: &[
            "yoshida-doctrine",
            "san-francisco-treaty",
            "us-japan-alliance",
            "anpo-toso",
            "nixon-shocks",
            "system-1955",
            "jcg",
            "senkaku",
            "dpj",
            "gaiatsu",
            "jiminto",
            "nsc-japan",
            "sekkyokuteki-heiwashugi",
            "article-9",
            "collective-self-defense",
            "kokkai",
            "nagatacho",
            "kantei",
            "komeito",
            "kasumigaseki",
            "gaimusho",
            "naikaku-kanbo-chokan",
            "nemawashi",
            "foip",
            "quad",
            "tpp",
            "rcep",
            "salami-slicing",
            "realpolitik",
            "eight-point-plan",
            "two-plus-two",
            "kremlin",
            "soviet-japanese-declaration",
        ],
        // "the Ministry of Defense" without "of Japan" would fire on every country's.
        missed: &["boeisho"],
    },
    Article {
        file: "nagato.ru.txt",
        lang: "ru",
        found: &[
            "ryokan",
            "onsen",
            "kremlin",
            "iturup",
            "kunashir",
            "shikotan",
            "habomai",
            "hoppo-ryodo",
            "joint-economic-activities",
            "kuril-islands",
            "gaimusho",
            "smolenskaya-square",
            "state-duma",
            "united-russia",
            "ldpr",
            "yalta-agreement",
            "instrument-of-surrender",
            "siloviki",
            "fsb",
            "eight-point-plan",
            "pivot-to-the-east",
            "keidanren",
            "sakhalin-2",
            "soviet-japanese-declaration",
            "anpo",
            "visa-free-exchanges",
        ],
        // A bare «мирного договора», which could be any peace treaty.
        missed: &["peace-treaty"],
    },
    Article {
        file: "nichiro.ja.txt",
        lang: "ja",
        found: &[
            "shimoda-treaty",
            "iturup",
            "st-petersburg-treaty",
            "kuril-islands",
            "nichiro-senso",
            "portsmouth-treaty",
            "karafuto",
            "siberian-intervention",
            "lake-khasan",
            "khalkhin-gol",
            "neutrality-pact",
            "yalta-agreement",
            "manchukuo",
            "kwantung-army",
            "siberian-internment",
            "san-francisco-treaty",
            "soviet-japanese-declaration",
            "tokyo-declaration",
            "irkutsk-statement",
            "eight-point-plan",
            "joint-economic-activities",
            "kuril-dispute",
            "gaimusho",
            "diplomatic-bluebook",
            "kantei",
            "keidanren",
            "sogo-shosha",
            "sakhalin-2",
            "visa-free-exchanges",
            "judo",
            "hiki-wake",
            "nemawashi",
        ],
        // A bare 平和条約, which could be any peace treaty.
        missed: &["peace-treaty"],
    },
];

#[test]
fn sample_articles_find_the_expected_terms() {
    let annotator = Annotator::builtin().expect("built-in glossary");
    let mut failures = Vec::new();
    let (mut labelled, mut found) = (0, 0);
    for article in ARTICLES {
        let path = format!(
            "{}/examples/articles/{}",
            env!("CARGO_MANIFEST_DIR"),
            article.file
        );
        let text = std::fs::read_to_string(&path).expect("article");
        let notes = annotator.annotate(&text, &Options::new(article.lang).expect("tag"));
        let got: Vec<&str> = notes.iter().map(|a| a.entry().id.as_str()).collect();
        if got != article.found {
            failures.push(format!(
                "{}:\n  want {:?}\n  got  {got:?}",
                article.file, article.found
            ));
        }
        for id in article.missed {
            assert!(annotator.glossaries().get(id).is_some(), "{id} is no entry");
            if got.contains(id) {
                failures.push(format!("{}: {id} is found now", article.file));
            }
        }
        if !notes.warnings().is_empty() {
            failures.push(format!("{}: warnings {:?}", article.file, notes.warnings()));
        }
        labelled += article.found.len() + article.missed.len();
        found += article.found.len();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The recall the README reports (section "The built-in glossary").
    assert_eq!((found, labelled), (139, 142));
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
