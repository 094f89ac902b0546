//! Cyrillic → Latin transliteration (BGN/PCGN for Russian, ISO 9:1995).

use super::{ErrorReason, System, TranslitError};

/// A Cyrillic input character with its char index in the original input.
#[derive(Clone, Copy, Debug)]
struct Src {
    c: char,
    position: usize,
}

/// Transliterates Cyrillic text with [`System::BgnPcgn`] or [`System::Iso9`].
pub(crate) fn transliterate(input: &str, system: System) -> Result<String, TranslitError> {
    let src = compose(input);
    let mut out = String::with_capacity(input.len());
    for (i, s) in src.iter().enumerate() {
        let c = s.c;
        // Neighbours for BGN/PCGN's context rules, looking past combining
        // marks such as stress accents.
        let prev = src
            .get(..i)
            .and_then(|before| before.iter().rev().map(|s| s.c).find(|&c| !is_combining(c)));
        let next = src
            .get(i + 1..)
            .and_then(|after| after.iter().map(|s| s.c).find(|&c| !is_combining(c)));
        let mapped = match system {
            System::Iso9 => iso9(c),
            _ => bgn_pcgn(c, prev, next),
        };
        if let Some(latin) = mapped {
            out.push_str(&latin);
        } else if !c.is_alphabetic() || c.is_ascii_alphabetic() {
            // Spaces, digits, punctuation, combining accents (stress marks)
            // and ASCII Latin letters pass through unchanged.
            out.push(c);
        } else {
            let reason = if is_cyrillic(c) {
                ErrorReason::Unsupported
            } else {
                ErrorReason::NotCyrillic
            };
            return Err(TranslitError::new(c, s.position, system, reason));
        }
    }
    Ok(out)
}

/// Whether `c` is a combining diacritical mark (U+0300–U+036F).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Whether `c` is in one of the Unicode Cyrillic blocks.
fn is_cyrillic(c: char) -> bool {
    matches!(c,
        '\u{0400}'..='\u{052F}' // Cyrillic, Cyrillic Supplement
        | '\u{1C80}'..='\u{1C8F}' // Cyrillic Extended-C
        | '\u{2DE0}'..='\u{2DFF}' // Cyrillic Extended-A
        | '\u{A640}'..='\u{A69F}' // Cyrillic Extended-B
    )
}

/// Collects the input, composing the decomposed letters й (и + U+0306),
/// ё (е + U+0308), ї (і + U+0308) and ў (у + U+0306) so that NFD input
/// transliterates like NFC input.
fn compose(input: &str) -> Vec<Src> {
    let mut out: Vec<Src> = Vec::with_capacity(input.len());
    for (position, c) in input.chars().enumerate() {
        let composed = out.last().and_then(|prev| match (prev.c, c) {
            ('и', '\u{0306}') => Some('й'),
            ('И', '\u{0306}') => Some('Й'),
            ('е', '\u{0308}') => Some('ё'),
            ('Е', '\u{0308}') => Some('Ё'),
            ('і', '\u{0308}') => Some('ї'),
            ('І', '\u{0308}') => Some('Ї'),
            ('у', '\u{0306}') => Some('ў'),
            ('У', '\u{0306}') => Some('Ў'),
            _ => None,
        });
        match (composed, out.last_mut()) {
            (Some(k), Some(last)) => last.c = k,
            _ => out.push(Src { c, position }),
        }
    }
    out
}

/// ISO 9:1995 (= GOST 7.79-2000 System A): one Latin letter per Cyrillic
/// letter, with diacritics.
fn iso9(c: char) -> Option<String> {
    let s = match c {
        'а' => "a",
        'А' => "A",
        'б' => "b",
        'Б' => "B",
        'в' => "v",
        'В' => "V",
        'г' => "g",
        'Г' => "G",
        'д' => "d",
        'Д' => "D",
        'е' => "e",
        'Е' => "E",
        'ё' => "ë",
        'Ё' => "Ë",
        'ж' => "ž",
        'Ж' => "Ž",
        'з' => "z",
        'З' => "Z",
        'и' => "i",
        'И' => "I",
        'й' => "j",
        'Й' => "J",
        'к' => "k",
        'К' => "K",
        'л' => "l",
        'Л' => "L",
        'м' => "m",
        'М' => "M",
        'н' => "n",
        'Н' => "N",
        'о' => "o",
        'О' => "O",
        'п' => "p",
        'П' => "P",
        'р' => "r",
        'Р' => "R",
        'с' => "s",
        'С' => "S",
        'т' => "t",
        'Т' => "T",
        'у' => "u",
        'У' => "U",
        'ф' => "f",
        'Ф' => "F",
        'х' => "h",
        'Х' => "H",
        'ц' => "c",
        'Ц' => "C",
        'ч' => "č",
        'Ч' => "Č",
        'ш' => "š",
        'Ш' => "Š",
        'щ' => "ŝ",
        'Щ' => "Ŝ",
        'ъ' | 'Ъ' => "ʺ",
        'ы' => "y",
        'Ы' => "Y",
        'ь' | 'Ь' => "ʹ",
        'э' => "è",
        'Э' => "È",
        'ю' => "û",
        'Ю' => "Û",
        'я' => "â",
        'Я' => "Â",
        // Letters of other Cyrillic alphabets and pre-1918 Russian.
        'ѓ' => "ǵ",
        'Ѓ' => "Ǵ",
        'ґ' => "g\u{300}",
        'Ґ' => "G\u{300}",
        'є' => "ê",
        'Є' => "Ê",
        'ѕ' => "ẑ",
        'Ѕ' => "Ẑ",
        'і' => "ì",
        'І' => "Ì",
        'ї' => "ï",
        'Ї' => "Ï",
        'ј' => "ǰ",
        'Ј' => "J\u{30C}",
        'љ' => "l\u{302}",
        'Љ' => "L\u{302}",
        'њ' => "n\u{302}",
        'Њ' => "N\u{302}",
        'ќ' => "ḱ",
        'Ќ' => "Ḱ",
        'ћ' => "ć",
        'Ћ' => "Ć",
        'ђ' => "đ",
        'Ђ' => "Đ",
        'ў' => "ǔ",
        'Ў' => "Ǔ",
        'џ' => "d\u{302}",
        'Џ' => "D\u{302}",
        'ѣ' => "ě",
        'Ѣ' => "Ě",
        'ѫ' => "ǎ",
        'Ѫ' => "Ǎ",
        'ѳ' => "f\u{300}",
        'Ѳ' => "F\u{300}",
        'ѵ' => "ỳ",
        'Ѵ' => "Ỳ",
        _ => return None,
    };
    Some(s.to_owned())
}

/// BGN/PCGN (1947) for Russian, lowercase.
fn bgn_pcgn_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "ë",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "\u{201D}",
        'ы' => "y",
        'ь' => "\u{2019}",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// Whether `c` (any case) lets a following е/ё start with "y" in BGN/PCGN:
/// vowels, й, ъ, ь.
fn bgn_ye_trigger(c: char) -> bool {
    c.to_lowercase().all(|l| "аеёиоуыэюяйъь".contains(l))
}

/// Lowercase of a Cyrillic letter (every Russian letter has exactly one).
fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn bgn_pcgn(c: char, prev: Option<char>, next: Option<char>) -> Option<String> {
    let l = lower(c);
    let mut latin = bgn_pcgn_lower(l)?;
    if matches!(l, 'е' | 'ё') {
        // ye / yë at the start of a word and after vowels, й, ъ, ь.
        let initial = prev.is_none_or(|p| !p.is_alphabetic() || bgn_ye_trigger(p));
        if initial {
            latin = if l == 'е' { "ye" } else { "yë" };
        }
    }
    if !c.is_uppercase() {
        return Some(latin.to_owned());
    }
    // Uppercase: "Zh" inside a capitalized word, "ZH" in an all-caps one.
    let all_caps = match next {
        Some(n) if n.is_alphabetic() => n.is_uppercase(),
        _ => prev.is_some_and(|p| p.is_alphabetic() && p.is_uppercase()),
    };
    let mut chars = latin.chars();
    let mut out = String::with_capacity(latin.len());
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
    }
    if all_caps {
        out.extend(chars.flat_map(char::to_uppercase));
    } else {
        out.push_str(chars.as_str());
    }
    Some(out)
}
