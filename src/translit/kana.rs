//! Kana → Latin / Cyrillic romanization (Hepburn, Kunrei, Wāpuro, Polivanov).
//!
//! The work happens in three steps:
//!
//! 1. [`tokenize`] validates the input and folds it to a list of hiragana,
//!    long-vowel marks and word breaks (katakana → hiragana, combining and
//!    spacing (semi-)voicing marks applied, iteration marks expanded).
//! 2. Each space-delimited word is cut into [`Unit`]s by greedy longest match
//!    against the tables in `kana_table.rs`.
//! 3. The units are rendered for the requested system; long vowels, ん, っ and
//!    particles look at their neighbours.

use super::kana_table::{self, Row};
use super::{ErrorReason, System, TranslitError};

/// A normalized input token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    /// A hiragana character (katakana are folded to hiragana).
    Kana(char),
    /// The long-vowel mark ー.
    Long,
    /// A word break: space, ideographic space or the katakana middle dot ・.
    Space,
}

/// A mora-sized unit inside a word.
#[derive(Clone, Copy, Debug)]
enum Unit {
    /// A syllable from the table.
    Syl(&'static Row),
    /// っ: doubles the following consonant.
    Sokuon,
    /// ん: the moraic nasal.
    N,
    /// ー: lengthens the preceding vowel.
    Long,
}

/// Whole words whose final う is a verb ending rather than a lengthening of
/// the preceding vowel, so Hepburn keeps it ("omou", not "omō"). Only verbs
/// without a common homophonous noun are listed (so not こう, とう, そう,
/// かよう, ひろう, ...); the glossary's explicit romanization covers the rest.
const VERBS_WITH_FINAL_U: &[&str] = &[
    "おもう",
    "まよう",
    "さそう",
    "ただよう",
    "よそおう",
    "つくろう",
    "あらそう",
    "うるおう",
    "そろう",
    "まとう",
    "つどう",
    "すくう",
    "ぬう",
    "ぬぐう",
];

/// Whether a character may appear in a kana reading (see `is_kana`).
pub(crate) fn is_reading_char(c: char) -> bool {
    matches!(c,
        ' ' | '\u{3000}' | '・' | 'ー'
        | '\u{3041}'..='\u{3096}' // hiragana ぁ..ゖ
        | '\u{3099}'..='\u{309F}' // (semi-)voicing marks, ゝ ゞ ゟ
        | '\u{30A1}'..='\u{30FA}' // katakana ァ..ヺ
        | '\u{30FD}'..='\u{30FF}' // ヽ ヾ ヿ
    )
}

/// Transliterates a kana reading with one of the kana-based systems.
///
/// With `merge_vowels` false, kana vowel sequences (おう, ああ, ...) are never
/// merged into long vowels; `romanization_agrees` uses that as a second
/// accepted spelling.
pub(crate) fn romanize(
    input: &str,
    system: System,
    merge_vowels: bool,
) -> Result<String, TranslitError> {
    let tokens = tokenize(input, system)?;
    let mut out = String::with_capacity(input.len() * 2);
    let mut word: Vec<Tok> = Vec::new();
    let mut first_word = true;
    for tok in tokens {
        if tok == Tok::Space {
            if !word.is_empty() {
                render_word(&word, first_word, system, merge_vowels, &mut out);
                first_word = false;
                word.clear();
            }
            out.push(' ');
        } else {
            word.push(tok);
        }
    }
    if !word.is_empty() {
        render_word(&word, first_word, system, merge_vowels, &mut out);
    }
    Ok(out)
}

/// Validates and normalizes the input.
fn tokenize(input: &str, system: System) -> Result<Vec<Tok>, TranslitError> {
    let mut tokens: Vec<Tok> = Vec::with_capacity(input.len() / 3 + 1);
    for (position, c) in input.chars().enumerate() {
        match c {
            ' ' | '\u{3000}' | '・' => tokens.push(Tok::Space),
            'ー' => tokens.push(Tok::Long),
            '\u{3041}'..='\u{3096}' => tokens.push(Tok::Kana(c)),
            // ヷ ヸ ヹ ヺ: va vi ve vo.
            'ヷ' => push_va(&mut tokens, 'ぁ'),
            'ヸ' => push_va(&mut tokens, 'ぃ'),
            'ヹ' => push_va(&mut tokens, 'ぇ'),
            'ヺ' => push_va(&mut tokens, 'ぉ'),
            '\u{30A1}'..='\u{30F6}' => {
                // Katakana ァ..ヶ sit exactly 0x60 above hiragana ぁ..ゖ.
                let folded = char::from_u32(u32::from(c) - 0x60).unwrap_or(c);
                tokens.push(Tok::Kana(folded));
            }
            // Combining and spacing voicing marks.
            '\u{3099}' | '\u{309B}' => apply_voicing(&mut tokens, false),
            '\u{309A}' | '\u{309C}' => apply_voicing(&mut tokens, true),
            // Iteration marks repeat the preceding kana (unvoiced / voiced).
            'ゝ' | 'ヽ' => {
                if let Some(Tok::Kana(prev)) = tokens.last().copied() {
                    tokens.push(Tok::Kana(unvoiced(prev).unwrap_or(prev)));
                }
            }
            'ゞ' | 'ヾ' => {
                if let Some(Tok::Kana(prev)) = tokens.last().copied() {
                    let base = unvoiced(prev).unwrap_or(prev);
                    tokens.push(Tok::Kana(voiced(base).unwrap_or(base)));
                }
            }
            // Digraphs ゟ (yori) and ヿ (koto).
            'ゟ' => tokens.extend([Tok::Kana('よ'), Tok::Kana('り')]),
            'ヿ' => tokens.extend([Tok::Kana('こ'), Tok::Kana('と')]),
            _ => {
                return Err(TranslitError::new(
                    c,
                    position,
                    system,
                    ErrorReason::NotKana,
                ))
            }
        }
    }
    Ok(tokens)
}

/// Pushes ゔ followed by a small vowel (for ヷ ヸ ヹ ヺ and voiced わ-row).
fn push_va(tokens: &mut Vec<Tok>, small_vowel: char) {
    tokens.push(Tok::Kana('ゔ'));
    tokens.push(Tok::Kana(small_vowel));
}

/// Applies a voicing mark (dakuten, or handakuten when `semi`) to the
/// preceding kana. A mark that cannot combine with what precedes it is
/// dropped.
fn apply_voicing(tokens: &mut Vec<Tok>, semi: bool) {
    let Some(Tok::Kana(prev)) = tokens.last().copied() else {
        return;
    };
    let combined = if semi {
        semi_voiced(prev)
    } else {
        voiced(prev)
    };
    if let Some(v) = combined {
        tokens.pop();
        tokens.push(Tok::Kana(v));
        return;
    }
    if semi {
        return;
    }
    // わ゛ ゐ゛ ゑ゛ を゛ are va vi ve vo.
    let small = match prev {
        'わ' => 'ぁ',
        'ゐ' => 'ぃ',
        'ゑ' => 'ぇ',
        'を' => 'ぉ',
        _ => return,
    };
    tokens.pop();
    push_va(tokens, small);
}

/// Voiced/unvoiced hiragana pairs (dakuten).
const VOICED: &[(char, char)] = &[
    ('か', 'が'),
    ('き', 'ぎ'),
    ('く', 'ぐ'),
    ('け', 'げ'),
    ('こ', 'ご'),
    ('さ', 'ざ'),
    ('し', 'じ'),
    ('す', 'ず'),
    ('せ', 'ぜ'),
    ('そ', 'ぞ'),
    ('た', 'だ'),
    ('ち', 'ぢ'),
    ('つ', 'づ'),
    ('て', 'で'),
    ('と', 'ど'),
    ('は', 'ば'),
    ('ひ', 'び'),
    ('ふ', 'ぶ'),
    ('へ', 'べ'),
    ('ほ', 'ぼ'),
    ('う', 'ゔ'),
];

/// Semi-voiced hiragana pairs (handakuten).
const SEMI_VOICED: &[(char, char)] = &[
    ('は', 'ぱ'),
    ('ひ', 'ぴ'),
    ('ふ', 'ぷ'),
    ('へ', 'ぺ'),
    ('ほ', 'ぽ'),
];

fn voiced(c: char) -> Option<char> {
    VOICED
        .iter()
        .find(|(plain, _)| *plain == c)
        .map(|(_, v)| *v)
}

fn semi_voiced(c: char) -> Option<char> {
    SEMI_VOICED
        .iter()
        .find(|(plain, _)| *plain == c)
        .map(|(_, v)| *v)
}

fn unvoiced(c: char) -> Option<char> {
    VOICED
        .iter()
        .chain(SEMI_VOICED)
        .find(|(_, v)| *v == c)
        .map(|(plain, _)| *plain)
}

/// Cuts a word into units, greedy longest match.
fn units(word: &[Tok]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(word.len());
    let mut i = 0;
    while let Some(&tok) = word.get(i) {
        i += 1;
        let c = match tok {
            Tok::Long => {
                out.push(Unit::Long);
                continue;
            }
            Tok::Kana('っ') => {
                out.push(Unit::Sokuon);
                continue;
            }
            Tok::Kana('ん') => {
                out.push(Unit::N);
                continue;
            }
            Tok::Kana(c) => c,
            Tok::Space => continue, // words never contain spaces
        };
        if let Some(Tok::Kana(next)) = word.get(i) {
            if let Some(row) = kana_table::digraph(c, *next) {
                out.push(Unit::Syl(row));
                i += 1;
                continue;
            }
        }
        // Every hiragana that is not っ/ん has a row; the guard keeps odd
        // code points (unassigned in older Unicode) from panicking.
        if let Some(row) = kana_table::mono(c) {
            out.push(Unit::Syl(row));
        }
    }
    out
}

fn word_is(word: &[Tok], kana: &str) -> bool {
    let mut chars = kana.chars();
    word.iter().all(|t| match t {
        Tok::Kana(c) => chars.next() == Some(*c),
        _ => false,
    }) && chars.next().is_none()
}

/// The reading of a particle は / へ / を in a system that respells it.
fn particle(word: &[Tok], system: System) -> Option<&'static str> {
    let [Tok::Kana(c)] = word else { return None };
    Some(match (c, system) {
        (_, System::Wapuro) => return None,
        ('は', System::Polivanov) => "ва",
        ('へ', System::Polivanov) => "э",
        ('を', System::Polivanov) => "о",
        ('は', _) => "wa",
        ('へ', _) => "e",
        ('を', _) => "o",
        _ => return None,
    })
}

/// Whether two vowels in a row form a long vowel in Hepburn
/// (ああ, うう, おう, おお; not いい, ええ, えい).
fn lengthens(prev: char, next: char) -> bool {
    matches!((prev, next), ('a', 'a') | ('u' | 'o', 'u') | ('o', 'o'))
}

fn text(row: &Row, system: System) -> &'static str {
    match system {
        System::Kunrei => row.kunrei,
        System::Wapuro => row.wapuro,
        System::Polivanov => row.polivanov,
        _ => row.hepburn,
    }
}

fn render_word(
    word: &[Tok],
    first_word: bool,
    system: System,
    merge_vowels: bool,
    out: &mut String,
) {
    if !first_word {
        if let Some(p) = particle(word, system) {
            out.push_str(p);
            return;
        }
    }
    let units = units(word);
    let n = units.len();

    // Long vowels: `long[i]` lengthens unit i, `absorbed[i]` means unit i is
    // the kana vowel that did it and is not written on its own.
    let mut long = vec![false; n];
    let mut absorbed = vec![false; n];
    if system != System::Wapuro {
        let keep_final_u = VERBS_WITH_FINAL_U.iter().any(|v| word_is(word, v));
        let mut last_syl: Option<usize> = None;
        for (i, unit) in units.iter().enumerate() {
            match unit {
                Unit::Syl(row) => {
                    let target = last_syl.filter(|&p| {
                        merge_vowels
                            && row.is_bare_vowel()
                            && !long.get(p).copied().unwrap_or(true)
                            && !(keep_final_u && i + 1 == n)
                            && matches!(
                                (units.get(p), row.vowel()),
                                (Some(Unit::Syl(prev)), Some(v))
                                    if prev.vowel().is_some_and(|pv| lengthens(pv, v))
                            )
                    });
                    if let Some(p) = target {
                        set(&mut long, p);
                        set(&mut absorbed, i);
                    } else {
                        last_syl = Some(i);
                    }
                }
                Unit::Long => {
                    if let Some(p) = last_syl {
                        set(&mut long, p);
                    }
                }
                Unit::N | Unit::Sokuon => last_syl = None,
            }
        }
    }

    for (i, unit) in units.iter().enumerate() {
        let next = units.get(i + 1).copied();
        match *unit {
            Unit::Syl(row) => {
                if absorbed.get(i).copied().unwrap_or(false) {
                    continue;
                }
                let t = text(row, system);
                if system == System::Polivanov && row.vowel() == Some('i') && row.is_bare_vowel() {
                    // い after a, u, e, o forms a diphthong: かい → кай.
                    let after_vowel =
                        i.checked_sub(1)
                            .and_then(|p| units.get(p))
                            .is_some_and(|u| {
                                matches!(u, Unit::Syl(prev)
                                if matches!(prev.vowel(), Some('a' | 'u' | 'e' | 'o')))
                            });
                    out.push(if after_vowel { 'й' } else { 'и' });
                } else if long.get(i).copied().unwrap_or(false) {
                    push_long(t, system, out);
                } else {
                    out.push_str(t);
                }
            }
            Unit::N => out.push_str(moraic_n(system, next)),
            Unit::Sokuon => sokuon(system, next, out),
            Unit::Long => {
                if system == System::Wapuro {
                    out.push('-');
                }
            }
        }
    }
}

fn set(flags: &mut [bool], i: usize) {
    if let Some(f) = flags.get_mut(i) {
        *f = true;
    }
}

/// Writes a syllable whose vowel is long.
fn push_long(t: &str, system: System, out: &mut String) {
    let mut chars = t.chars();
    let Some(last) = chars.next_back() else {
        return;
    };
    let marked = match system {
        System::Hepburn => match last {
            'a' => 'ā',
            'i' => 'ī',
            'u' => 'ū',
            'e' => 'ē',
            'o' => 'ō',
            other => other,
        },
        System::Kunrei => match last {
            'a' => 'â',
            'i' => 'î',
            'u' => 'û',
            'e' => 'ê',
            'o' => 'ô',
            other => other,
        },
        // HepburnPlain and Polivanov do not mark length.
        _ => last,
    };
    out.push_str(chars.as_str());
    out.push(marked);
}

/// The first letter of the next unit, as the current system writes it.
fn next_initial(system: System, next: Option<Unit>) -> Option<&'static str> {
    match next {
        Some(Unit::Syl(row)) => Some(text(row, system)),
        _ => None,
    }
}

/// ん before the next unit.
fn moraic_n(system: System, next: Option<Unit>) -> &'static str {
    let initial = next_initial(system, next).and_then(|t| t.chars().next());
    match system {
        System::Polivanov => match initial {
            Some('б' | 'п' | 'м') => "м",
            Some('а' | 'и' | 'у' | 'э' | 'о' | 'я' | 'ю' | 'ё' | 'е') => "нъ",
            _ => "н",
        },
        System::Wapuro => match initial {
            Some('a' | 'i' | 'u' | 'e' | 'o' | 'y') => "nn",
            _ => "n",
        },
        _ => match initial {
            Some('a' | 'i' | 'u' | 'e' | 'o' | 'y') => "n'",
            _ => "n",
        },
    }
}

/// っ before the next unit: doubles its consonant.
fn sokuon(system: System, next: Option<Unit>, out: &mut String) {
    let t = next_initial(system, next).unwrap_or("");
    let initial = t.chars().next();
    match system {
        System::Polivanov => {
            if let Some(c) = initial.filter(|c| !"аиуэояюёей".contains(*c)) {
                out.push(c);
            }
        }
        System::Wapuro => match initial.filter(|c| !"aiueo".contains(*c)) {
            Some(c) => out.push(c),
            None => out.push_str("xtu"),
        },
        _ => {
            if t.starts_with("ch") {
                out.push('t'); // まっちゃ → matcha
            } else if let Some(c) = initial.filter(|c| !"aiueo".contains(*c)) {
                out.push(c);
            }
        }
    }
}
