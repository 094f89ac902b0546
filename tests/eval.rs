//! Measured matching quality: precision and recall against a hand-labeled corpus.
//!
//! `tests/data/eval/` holds an evaluation glossary (`glossaries/eval.ron`), short
//! articles in several languages and scripts (`articles/<lang>-<n>.txt`) and, for
//! each article, every occurrence of a glossary term that a careful reader marks
//! (`labels/<lang>-<n>.tsv`: `start<TAB>end<TAB>entry-id<TAB>text`, UTF-8 byte
//! offsets). The labels were written by hand in `marked/` and turned into offsets
//! by `make-eval.py`; they were never produced by glossator.
//!
//! A match is a true positive only when its start, end and entry all equal a
//! label's. The test prints a Markdown table per language, lists every false
//! positive and false negative, and fails when any language falls below
//! [`THRESHOLD`] precision or recall. Run it with
//! `cargo test --test eval -- --nocapture` to see the table.
//!
//! The property tests at the end check, over generated texts built from the same
//! glossary's forms, that spans slice the text exactly, that NFC and NFD give the
//! same matches, and that changing the letter case of the text changes nothing for
//! case-insensitive entries.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use glossator::glossary::load::parse_glossary;
use glossator::{GlossarySet, Matcher};
use proptest::prelude::*;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

/// The lowest precision and recall any language may have.
const THRESHOLD: f64 = 0.98;

/// Entries the corpus is built around; the glossary must keep them.
const REQUIRED_ENTRIES: &[&str] = &[
    "nemawashi",
    "hiki-wake",
    "kasumigaseki",
    "karaoke-diplomacy",
    "karaoke",
    "tokyo",
    "hoppo-ryodo",
    "kurils",
    "bundestag",
    "auswaertiges-amt",
    "wilhelmstrasse",
    "songarak",
    "judoka",
    "keiretsu",
    "diet",
    "ldp",
    "hajime",
    "hajime-name",
    "g8",
];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval")
}

struct Eval {
    set: GlossarySet,
    matcher: Matcher,
}

fn eval() -> &'static Eval {
    static EVAL: OnceLock<Eval> = OnceLock::new();
    EVAL.get_or_init(|| {
        let path = data_dir().join("glossaries/eval.ron");
        let text = std::fs::read_to_string(&path).expect("evaluation glossary");
        let glossary = parse_glossary(&path.display().to_string(), &text).expect("eval.ron parses");
        let set = GlossarySet::new(vec![glossary]).expect("eval.ron has no clashes");
        let matcher = Matcher::new(&set).expect("matcher builds");
        Eval { set, matcher }
    })
}

/// A labeled or found occurrence: byte span and entry id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    start: usize,
    end: usize,
    entry: String,
}

struct Label {
    span: Span,
    text: String,
    line: usize,
}

struct Article {
    name: String,
    lang: String,
    text: String,
    labels: Vec<Label>,
}

/// Undoes the escapes of the label files' text column: `\\`, `\t`, `\n`,
/// `\u{XXXX}`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {s:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(code).expect("scalar value"));
            }
            other => panic!("bad escape \\{other:?} in {s:?}"),
        }
    }
    out
}

fn load_articles() -> Vec<Article> {
    let dir = data_dir();
    let mut names: Vec<String> = std::fs::read_dir(dir.join("articles"))
        .expect("articles folder")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text =
                std::fs::read_to_string(dir.join(format!("articles/{name}.txt"))).expect("article");
            let tsv = std::fs::read_to_string(dir.join(format!("labels/{name}.tsv")))
                .unwrap_or_else(|e| panic!("labels/{name}.tsv: {e}"));
            let labels = tsv
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.is_empty())
                .map(|(i, l)| {
                    let cols: Vec<&str> = l.split('\t').collect();
                    assert_eq!(cols.len(), 4, "labels/{name}.tsv:{}: four columns", i + 1);
                    let num = |s: &str| {
                        s.parse::<usize>()
                            .unwrap_or_else(|_| panic!("labels/{name}.tsv:{}: offset", i + 1))
                    };
                    Label {
                        span: Span {
                            start: num(cols[0]),
                            end: num(cols[1]),
                            entry: cols[2].to_string(),
                        },
                        text: unescape(cols[3]),
                        line: i + 1,
                    }
                })
                .collect();
            let lang = name.split('-').next().expect("lang prefix").to_string();
            Article {
                name,
                lang,
                text,
                labels,
            }
        })
        .collect()
}

/// `line:column` (1-based, columns in characters) of a byte offset.
fn position(text: &str, offset: usize) -> String {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("{line}:{col}")
}

fn found_spans(text: &str) -> Vec<Span> {
    let e = eval();
    e.matcher
        .find_all(text)
        .into_iter()
        .map(|m| Span {
            start: m.start(),
            end: m.end(),
            entry: e.set.entry(m.entry()).id.clone(),
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    articles: usize,
    labels: usize,
    found: usize,
    true_positives: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.found as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.labels == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.labels as f64
        }
    }

    fn add(&mut self, other: &Tally) {
        self.articles += other.articles;
        self.labels += other.labels;
        self.found += other.found;
        self.true_positives += other.true_positives;
    }

    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} | {} | {:.3} | {:.3} |",
            self.articles,
            self.labels,
            self.found,
            self.true_positives,
            self.precision(),
            self.recall()
        )
    }
}

/// Quotes a span of text for a report line, with invisible characters shown.
fn shown(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            ' ' => out.push(' '),
            c if c.is_whitespace() || c.is_control() || is_combining_mark(c) => {
                let _ = write!(out, "\\u{{{:04X}}}", c as u32);
            }
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => {
                let _ = write!(out, "\\u{{{:04X}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    format!("“{out}”")
}

#[test]
fn corpus_is_well_formed() {
    let e = eval();
    for id in REQUIRED_ENTRIES {
        assert!(e.set.get(id).is_some(), "eval.ron lacks entry {id}");
    }
    let articles = load_articles();
    assert!(articles.len() >= 8, "at least eight articles");
    let langs: BTreeSet<&str> = articles.iter().map(|a| a.lang.as_str()).collect();
    assert!(langs.len() >= 5, "at least five languages: {langs:?}");
    let mut scripts = BTreeSet::new();
    for a in &articles {
        for c in a.text.chars().filter(|c| c.is_alphabetic()) {
            let s = c.script();
            if !matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
                scripts.insert(format!("{s:?}"));
            }
        }
    }
    assert!(scripts.len() >= 4, "at least four scripts: {scripts:?}");

    let mut problems = Vec::new();
    for a in &articles {
        // Spaced languages: 150–350 words; Japanese: a comparable length in characters.
        let size = if a.lang == "ja" {
            a.text.chars().filter(|c| !c.is_whitespace()).count() / 3
        } else {
            a.text.split_whitespace().count()
        };
        if !(150..=350).contains(&size) {
            problems.push(format!("{}: {size} words (or equivalent)", a.name));
        }
        let mut last_end = 0;
        for l in &a.labels {
            let at = format!("labels/{}.tsv:{}", a.name, l.line);
            if e.set.get(&l.span.entry).is_none() {
                problems.push(format!("{at}: unknown entry {}", l.span.entry));
            }
            match a.text.get(l.span.start..l.span.end) {
                Some(s) if s == l.text => {}
                Some(s) => problems.push(format!(
                    "{at}: article[{}..{}] is {} but the label says {}",
                    l.span.start,
                    l.span.end,
                    shown(s),
                    shown(&l.text)
                )),
                None => problems.push(format!(
                    "{at}: {}..{} is not a span of the article",
                    l.span.start, l.span.end
                )),
            }
            if l.span.start < last_end || l.span.start >= l.span.end {
                problems.push(format!("{at}: labels must be in order and not overlap"));
            }
            last_end = l.span.end;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn precision_and_recall_per_language() {
    let articles = load_articles();
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut false_positives = Vec::new();
    let mut false_negatives = Vec::new();
    for a in &articles {
        let found = found_spans(&a.text);
        let labeled: BTreeSet<Span> = a.labels.iter().map(|l| l.span.clone()).collect();
        let found_set: BTreeSet<Span> = found.iter().cloned().collect();
        let tally = Tally {
            articles: 1,
            labels: labeled.len(),
            found: found.len(),
            true_positives: found.iter().filter(|s| labeled.contains(s)).count(),
        };
        per_lang.entry(a.lang.clone()).or_default().add(&tally);

        let overlapping = |s: &Span, others: &mut dyn Iterator<Item = &Span>| {
            others
                .filter(|o| o.start < s.end && s.start < o.end)
                .map(|o| {
                    format!(
                        "{} {} at {}..{}",
                        o.entry,
                        shown(&a.text[o.start..o.end]),
                        o.start,
                        o.end
                    )
                })
                .collect::<Vec<_>>()
        };
        for s in found.iter().filter(|s| !labeled.contains(s)) {
            let near = overlapping(s, &mut labeled.iter());
            false_positives.push(format!(
                "- {}.txt {} (bytes {}..{}): {} {}{}",
                a.name,
                position(&a.text, s.start),
                s.start,
                s.end,
                s.entry,
                shown(&a.text[s.start..s.end]),
                if near.is_empty() {
                    String::new()
                } else {
                    format!("; labeled there: {}", near.join(", "))
                }
            ));
        }
        for l in a.labels.iter().filter(|l| !found_set.contains(&l.span)) {
            let near = overlapping(&l.span, &mut found.iter());
            false_negatives.push(format!(
                "- {}.txt {} (bytes {}..{}): {} {}{}",
                a.name,
                position(&a.text, l.span.start),
                l.span.start,
                l.span.end,
                l.span.entry,
                shown(&l.text),
                if near.is_empty() {
                    String::new()
                } else {
                    format!("; found there instead: {}", near.join(", "))
                }
            ));
        }
    }

    let mut total = Tally::default();
    let mut report = String::from(
        "| language | articles | labels | found | true positives | precision | recall |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for (lang, t) in &per_lang {
        report.push_str(&t.row(lang));
        report.push('\n');
        total.add(t);
    }
    report.push_str(&total.row("all"));
    report.push('\n');
    for (title, list) in [
        ("False positives (found, not labeled)", &false_positives),
        ("False negatives (labeled, not found)", &false_negatives),
    ] {
        let _ = write!(report, "\n{title}: {}\n", list.len());
        for line in list.iter() {
            report.push_str(line);
            report.push('\n');
        }
    }
    println!("{report}");

    let below: Vec<String> = per_lang
        .iter()
        .filter(|(_, t)| t.precision() < THRESHOLD || t.recall() < THRESHOLD)
        .map(|(lang, t)| {
            format!(
                "{lang} (precision {:.3}, recall {:.3})",
                t.precision(),
                t.recall()
            )
        })
        .collect();
    assert!(
        below.is_empty(),
        "below {THRESHOLD} precision or recall: {}\n\n{report}",
        below.join(", ")
    );
}

// ---------------------------------------------------------------------------
// Properties over generated texts.

/// Every form of the evaluation glossary, with whether its entry is
/// case-sensitive.
fn all_forms() -> &'static [(String, bool)] {
    static FORMS: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        eval()
            .set
            .entries()
            .flat_map(|(_, e)| e.forms.iter().map(move |f| (f.clone(), e.case_sensitive)))
            .collect()
    })
}

/// Forms of case-insensitive entries that no change of letter case can turn
/// into a form of a case-sensitive entry (so `hajime`, twin of the name `Hajime`,
/// is left out).
fn caseless_forms() -> &'static [String] {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let sensitive: Vec<String> = all_forms()
            .iter()
            .filter(|(_, cs)| *cs)
            .map(|(f, _)| f.to_lowercase())
            .collect();
        all_forms()
            .iter()
            .filter(|(f, cs)| !cs && !sensitive.contains(&f.to_lowercase()))
            .map(|(f, _)| f.clone())
            .collect()
    })
}

/// Words that are no glossary form in any letter case, in the corpus's scripts,
/// with some awkward code points (ligature, decomposed accent, dotted capital I,
/// half-width voiced kana, soft hyphen, zero-width space).
const FILLER: &[&str] = &[
    "the",
    "and",
    "of",
    "minister",
    "и",
    "в",
    "острова",
    "министр",
    "und",
    "der",
    "Amt",
    "Straße",
    "και",
    "το",
    "σοφός",
    "の",
    "が",
    "を",
    "は",
    "です",
    "会議",
    "外交",
    "이",
    "를",
    "는",
    "의",
    "에서",
    "들",
    "42",
    "café",
    "cafe\u{301}",
    "ﬁnal",
    "İstanbul",
    "ｶﾞｲﾑ",
    "Ａ１",
    "soft\u{AD}ware",
    "zero\u{200B}width",
    "x",
];

/// What goes between two words.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", "\u{A0}", ", ", ". ", "; ", " — ", "\n", "-", "\u{2011}", "’s ", "'s ", "「",
    "」", "“", "” ", "(", ") ", "",
];

#[derive(Clone, Copy, Debug)]
enum CaseChange {
    Keep,
    Upper,
    Lower,
    Title,
}

fn in_cased_script(c: char) -> bool {
    matches!(c.script(), Script::Latin | Script::Cyrillic | Script::Greek)
}

/// Changes the letter case of the Latin, Cyrillic and Greek letters of `text`.
fn change_case(text: &str, how: CaseChange) -> String {
    match how {
        CaseChange::Keep => text.to_string(),
        CaseChange::Upper => text.to_uppercase(),
        CaseChange::Lower => text.to_lowercase(),
        CaseChange::Title => {
            let mut out = String::with_capacity(text.len());
            let mut word_start = true;
            for c in text.chars() {
                if in_cased_script(c) && c.is_alphabetic() {
                    if word_start {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    word_start = false;
                } else {
                    out.push(c);
                    // An apostrophe stays inside a word: `Diet’s`, not `Diet’S`.
                    word_start =
                        !(c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\'' | '’'));
                }
            }
            out
        }
    }
}

fn case_change() -> impl Strategy<Value = CaseChange> {
    prop_oneof![
        4 => Just(CaseChange::Keep),
        1 => Just(CaseChange::Upper),
        1 => Just(CaseChange::Lower),
        1 => Just(CaseChange::Title),
    ]
}

/// A text of `words` built from `pool` (glossary forms) and filler, each word
/// with a random case change, joined by random separators.
fn text_from(pool: &'static [String]) -> impl Strategy<Value = String> {
    let word = prop_oneof![
        3 => (0..pool.len()).prop_map(move |i| pool[i].clone()),
        2 => (0..FILLER.len()).prop_map(|i| FILLER[i].to_string()),
    ];
    prop::collection::vec((word, case_change(), 0..SEPARATORS.len()), 0..14).prop_map(|words| {
        let mut text = String::new();
        for (w, how, sep) in words {
            text.push_str(&change_case(&w, how));
            text.push_str(SEPARATORS[sep]);
        }
        text
    })
}

fn all_form_strings() -> &'static [String] {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    FORMS.get_or_init(|| all_forms().iter().map(|(f, _)| f.clone()).collect())
}

/// Checks that every match is a non-empty span on character boundaries that
/// slices `text`, starts on a letter or digit, ends on one (or on a combining
/// mark), and that matches are in order and do not overlap.
fn check_spans(text: &str) -> Result<Vec<Span>, TestCaseError> {
    let found = found_spans(text);
    let mut last_end = 0;
    for s in &found {
        prop_assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} not on char boundaries of {text:?}"
        );
        let slice = text.get(s.start..s.end);
        prop_assert!(slice.is_some(), "span {s:?} outside {text:?}");
        let slice = slice.unwrap_or_default();
        let first = slice.chars().next().unwrap_or(' ');
        let last = slice.chars().next_back().unwrap_or(' ');
        prop_assert!(
            first.is_alphanumeric(),
            "span {s:?} = {slice:?} starts on {first:?} in {text:?}"
        );
        prop_assert!(
            last.is_alphanumeric() || is_combining_mark(last),
            "span {s:?} = {slice:?} ends on {last:?} in {text:?}"
        );
        prop_assert!(
            s.start >= last_end,
            "span {s:?} overlaps or precedes the previous one in {text:?}"
        );
        last_end = s.end;
    }
    Ok(found)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// (a) Every reported span slices the text exactly, on char boundaries.
    #[test]
    fn spans_slice_the_text(text in text_from(all_form_strings())) {
        check_spans(&text)?;
        let nfd: String = text.nfd().collect();
        check_spans(&nfd)?;
    }

    /// (b) NFC and NFD give the same entries, over text that normalizes alike.
    #[test]
    fn nfc_and_nfd_match_alike(text in text_from(all_form_strings())) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        let a = check_spans(&nfc)?;
        let b = check_spans(&nfd)?;
        let entries = |v: &[Span]| v.iter().map(|s| s.entry.clone()).collect::<Vec<_>>();
        prop_assert_eq!(entries(&a), entries(&b), "NFC {:?} / NFD {:?}", nfc, nfd);
        for (x, y) in a.iter().zip(&b) {
            let xs: String = nfc[x.start..x.end].nfc().collect();
            let ys: String = nfd[y.start..y.end].nfc().collect();
            prop_assert_eq!(xs, ys, "span texts differ in {:?}", nfc);
        }
    }

    /// (c) For case-insensitive entries, changing the case of the whole text
    /// changes nothing.
    #[test]
    fn case_changes_change_nothing(text in text_from(caseless_forms())) {
        let entries = |t: &str| -> Result<Vec<String>, TestCaseError> {
            Ok(check_spans(t)?.into_iter().map(|s| s.entry).collect())
        };
        let base = entries(&text)?;
        for how in [CaseChange::Upper, CaseChange::Lower, CaseChange::Title] {
            let changed = change_case(&text, how);
            prop_assert_eq!(
                &base,
                &entries(&changed)?,
                "{:?}: {:?} -> {:?}",
                how,
                text,
                changed
            );
        }
    }
}
