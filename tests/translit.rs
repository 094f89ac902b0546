//! Tests for `glossator::translit`.
//!
//! The bulk of the cases are tables in `tests/data/translit/<system>.tsv`,
//! one file per [`System`] named after [`System::name`]. Format, per line:
//!
//! ```text
//! input<TAB>expected
//! ```
//!
//! * lines that are empty (or only whitespace) or whose first non-blank
//!   character is `#` are ignored;
//! * cells are taken verbatim (no trimming), so spaces inside a reading
//!   matter;
//! * `<empty>` stands for the empty string (in either column);
//! * an expected cell starting with `!error ` expects an error whose
//!   `Display` is the rest of the cell.
//!
//! Every row of every file is checked; all mismatches are reported together.

use std::collections::BTreeMap;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use glossator::translit::{
    capitalize_words, is_kana, romanization_agrees, transliterate, Script, System, TranslitError,
};

/// Minimum number of rows each system's table must have.
const MIN_ROWS: usize = 40;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/translit")
}

fn cell(s: &str) -> String {
    if s == "<empty>" {
        String::new()
    } else {
        s.to_owned()
    }
}

fn show(s: &str) -> String {
    if s.is_empty() {
        "<empty>".to_owned()
    } else {
        s.to_owned()
    }
}

#[test]
fn tsv_tables() {
    let dir = data_dir();
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "tsv"))
        .collect();
    paths.sort();

    let mut problems: Vec<String> = Vec::new();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for path in &paths {
        let file = path
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
        let stem = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let Some(system) = System::from_name(&stem) else {
            problems.push(format!("{file}: no system named {stem:?}"));
            continue;
        };
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{file}: {e}"));
                continue;
            }
        };
        let count = counts.entry(system.name()).or_insert(0);
        for (n, line) in text.lines().enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let lineno = n + 1;
            let Some((input, expected)) = line.split_once('\t') else {
                problems.push(format!("{file}:{lineno}: no tab in {line:?}"));
                continue;
            };
            if expected.contains('\t') {
                problems.push(format!("{file}:{lineno}: more than two columns"));
                continue;
            }
            *count += 1;
            let input = cell(input);
            let expected = cell(expected);
            let actual = match transliterate(&input, system) {
                Ok(s) => s,
                Err(e) => format!("!error {e}"),
            };
            if actual != expected {
                problems.push(format!(
                    "{file}:{lineno}: {} → got {}, expected {}",
                    show(&input),
                    show(&actual),
                    show(&expected)
                ));
            }
        }
    }
    for system in System::ALL {
        let rows = counts.get(system.name()).copied().unwrap_or(0);
        if rows < MIN_ROWS {
            problems.push(format!(
                "{}.tsv: {rows} rows, want at least {MIN_ROWS}",
                system.name()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in {}:\n{}",
        problems.len(),
        dir.display(),
        problems.join("\n")
    );
}

#[test]
fn romanization_agrees_accepts_variants() {
    let agree = [
        ("とうきょう", "Tokyo"),
        ("とうきょう", "Tōkyō"),
        ("とうきょう", "TŌKYŌ"),
        ("とうきょう", "tôkyô"),
        ("ひきわけ", "hiki-wake"),
        ("ほっぽう りょうど", "Hoppō Ryōdo"),
        ("ほっぽう りょうど", "hopporyodo"),
        ("しんいち", "Shin'ichi"),
        ("しんいち", "Shinichi"),
        ("しんぶん", "shimbun"),
        ("しんぶん", "shinbun"),
        ("おじいさん", "ojīsan"),
        ("おじいさん", "ojiisan"),
        ("おもう", "omou"),
        ("こうし", "koushi"),
        ("こうし", "kōshi"),
        ("まっちゃ", "matcha"),
        ("コーヒー", "kōhī"),
        ("コーヒー", "kohi"),
        ("わたし は", "watashi wa"),
        ("きんようび", "kin’yōbi"),
    ];
    for (reading, romanization) in agree {
        assert_eq!(
            romanization_agrees(reading, romanization),
            Ok(true),
            "{reading} / {romanization}"
        );
    }
}

#[test]
fn romanization_agrees_rejects_typos() {
    let disagree = [
        ("ねまわし", "nemawasi"),
        ("とうきょう", "kyoto"),
        ("まっちゃ", "macha"),
        ("きっぷ", "kipu"),
        ("しゃしん", "syasin"),
        ("ひきわけ", "hikiwaki"),
        ("ほっぽう りょうど", "hoppo ryodoo kai"),
        ("かすみがせき", ""),
    ];
    for (reading, romanization) in disagree {
        assert_eq!(
            romanization_agrees(reading, romanization),
            Ok(false),
            "{reading} / {romanization}"
        );
    }
}

#[test]
fn romanization_agrees_reports_bad_readings() {
    let err = romanization_agrees("とうkyo", "tokyo").unwrap_err();
    assert_eq!(err.character(), 'k');
    assert_eq!(err.position(), 2);
    assert_eq!(err.system(), System::Hepburn);
    assert_eq!(romanization_agrees("", ""), Ok(true));
}

#[test]
fn is_kana_accepts_readings_only() {
    for yes in [
        "ほっぽう りょうど",
        "とうきょう",
        "コーヒー",
        "ジョン・スミス",
        "ー",
        "ゃ",
        "っ",
        "いすゞ",
        "か\u{3099}",
        "とうきょう\u{3000}えき",
        " か ",
    ] {
        assert!(is_kana(yes), "{yes:?} should be kana");
    }
    for no in [
        "",
        " ",
        "\u{3000}",
        "tokyo",
        "とうkyo",
        "東京",
        "ｶﾗｵｹ",
        "とう\tきょう",
        "とうきょう。",
        "Москва",
        "ほっぽう-りょうど",
    ] {
        assert!(!is_kana(no), "{no:?} should not be kana");
    }
}

#[test]
fn is_kana_matches_transliterate() {
    // Every single char in and around the kana blocks: is_kana must say yes
    // exactly when the kana systems accept it.
    for cp in (0x0000..0x0100).chain(0x3000..0x3100).chain(0xFF60..0xFFA0) {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let s = c.to_string();
        let accepted = transliterate(&s, System::Hepburn).is_ok();
        let blank = matches!(c, ' ' | '\u{3000}');
        assert_eq!(is_kana(&s), accepted && !blank, "U+{cp:04X}");
    }
}

#[test]
fn capitalize_words_handles_names() {
    let cases = [
        ("tōkyō", "Tōkyō"),
        ("hoppō ryōdo", "Hoppō Ryōdo"),
        ("касумигасэки", "Касумигасэки"),
        ("ōsaka", "Ōsaka"),
        ("shin'ichi", "Shin'ichi"),
        ("hiki-wake", "Hiki-wake"),
        ("(tōkyō) eki", "(Tōkyō) Eki"),
        ("  two  spaces ", "  Two  Spaces "),
        ("3d model", "3d Model"),
        ("", ""),
        ("Already Capital", "Already Capital"),
    ];
    for (input, expected) in cases {
        assert_eq!(capitalize_words(input), expected, "{input:?}");
    }
    let name = transliterate("かすみがせき", System::Polivanov).map(|s| capitalize_words(&s));
    assert_eq!(name.as_deref(), Ok("Касумигасэки"));
}

#[test]
fn system_names_round_trip() {
    let names: Vec<&str> = System::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(
        names,
        [
            "hepburn",
            "hepburn-plain",
            "wapuro",
            "kunrei",
            "polivanov",
            "bgn-pcgn",
            "iso9"
        ]
    );
    for &system in System::ALL {
        assert_eq!(System::from_name(system.name()), Some(system));
        assert_eq!(system.to_string(), system.name());
    }
    assert_eq!(System::from_name(""), None);
    assert_eq!(System::from_name("HEPBURN"), None);
    assert_eq!(System::from_name("iso-9"), None);
    for system in [System::BgnPcgn, System::Iso9] {
        assert_eq!(system.source_script(), Script::Cyrillic);
    }
    for system in [
        System::Hepburn,
        System::HepburnPlain,
        System::Wapuro,
        System::Kunrei,
        System::Polivanov,
    ] {
        assert_eq!(system.source_script(), Script::Kana);
    }
}

fn assert_error_traits<E: Error + Clone + PartialEq + Send + Sync + 'static>(_: &E) {}

#[test]
fn errors_name_the_first_offending_char() {
    let err: TranslitError = transliterate("ほっぽう ryodo", System::Polivanov).unwrap_err();
    assert_error_traits(&err);
    assert_eq!(err.character(), 'r');
    assert_eq!(err.position(), 5);
    assert_eq!(err.system(), System::Polivanov);
    assert_eq!(
        err.to_string(),
        "character 'r' (U+0072) at position 5 is not kana"
    );
    assert_eq!(err.clone(), err);
    assert!(format!("{err:?}").contains("TranslitError"));

    // Positions count chars, not bytes.
    let err = transliterate("とうきょうx", System::Hepburn).unwrap_err();
    assert_eq!(err.position(), 5);

    let err = transliterate("Москва東", System::Iso9).unwrap_err();
    assert_eq!((err.character(), err.position()), ('東', 6));
    assert_eq!(
        err.to_string(),
        "character '東' (U+6771) at position 6 is not Cyrillic"
    );

    let err = transliterate("хлѣбъ", System::BgnPcgn).unwrap_err();
    assert_eq!(
        err.to_string(),
        "character 'ѣ' (U+0463) at position 2 is not supported by bgn-pcgn"
    );
    assert_eq!(transliterate("хлѣбъ", System::Iso9).as_deref(), Ok("hlěbʺ"));
}

#[test]
fn empty_and_blank_inputs() {
    for &system in System::ALL {
        assert_eq!(transliterate("", system).as_deref(), Ok(""), "{system}");
        assert_eq!(transliterate("  ", system).as_deref(), Ok("  "), "{system}");
    }
}

/// Every system on every short combination of interesting characters:
/// must not panic, and must fail exactly on the non-kana / non-Cyrillic
/// characters.
#[test]
fn no_panics_on_odd_input() {
    // One representative of each code path: vowels that merge, digraph
    // starters, ん, っ, small kana, ー, marks, iteration, separators.
    let kana: Vec<char> = "あうおしちんっゃぁゎーゝゞゟ゙゚゛・ヷをはゔ ア\u{3000}"
        .chars()
        .collect();
    let cyrillic: Vec<char> = "аеёийъьЕЁЙЪЬщЩ \u{301}\u{306}\u{308}-1".chars().collect();
    let mut checked = 0usize;
    for &system in System::ALL {
        let alphabet = match system.source_script() {
            Script::Kana => &kana,
            _ => &cyrillic,
        };
        for &a in alphabet {
            for &b in alphabet {
                for &c in alphabet {
                    let s: String = [a, b, c].iter().collect();
                    assert!(transliterate(&s, system).is_ok(), "{system} {s:?}");
                    checked += 1;
                }
            }
        }
        for s in [
            "ゃ", "っ", "ー", "ん", "ゝ", "゛", "ーっ", "っー", "ん ", " っ", "ъ", "Ъ", "Ё",
        ] {
            let _ = transliterate(s, system);
        }
        let _ = romanization_agrees("ー", "");
    }
    assert!(checked > 50_000);
}
