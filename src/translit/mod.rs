//! Romanization of Japanese kana readings and Latin transliteration of
//! Russian Cyrillic.
//!
//! Everything here is a pure function of its input: no I/O, no global
//! state, and no panics on any input. Input that a system cannot handle
//! yields a [`TranslitError`] naming the first offending character.
//!
//! ```rust
//! use glossator::translit::{capitalize_words, transliterate, System};
//!
//! assert_eq!(transliterate("ほっぽう りょうど", System::Hepburn).unwrap(), "hoppō ryōdo");
//! assert_eq!(transliterate("とうきょう", System::HepburnPlain).unwrap(), "tokyo");
//! assert_eq!(transliterate("かすみがせき", System::Polivanov).unwrap(), "касумигасэки");
//! assert_eq!(capitalize_words("hoppō ryōdo"), "Hoppō Ryōdo");
//! assert_eq!(transliterate("Щёлково", System::BgnPcgn).unwrap(), "Shchëlkovo");
//! ```
//!
//! # Systems
//!
//! | [`System`] | name | from | example |
//! |---|---|---|---|
//! | [`Hepburn`](System::Hepburn) | `hepburn` | kana | とうきょう → tōkyō |
//! | [`HepburnPlain`](System::HepburnPlain) | `hepburn-plain` | kana | とうきょう → tokyo |
//! | [`Wapuro`](System::Wapuro) | `wapuro` | kana | とうきょう → toukyou |
//! | [`Kunrei`](System::Kunrei) | `kunrei` | kana | とうきょう → tôkyô |
//! | [`Polivanov`](System::Polivanov) | `polivanov` | kana | とうきょう → токё |
//! | [`BgnPcgn`](System::BgnPcgn) | `bgn-pcgn` | Cyrillic | Щёлково → Shchëlkovo |
//! | [`Iso9`](System::Iso9) | `iso9` | Cyrillic | Щёлково → Ŝëlkovo |
//!
//! The output of [`transliterate`] is lowercase for the kana systems; use
//! [`capitalize_words`] for proper names. The Cyrillic systems preserve case.
//!
//! # Kana readings
//!
//! A reading is hiragana and/or katakana, optionally split into words by
//! spaces (see [`is_kana`] for the exact character set). Katakana are
//! romanized exactly like hiragana. Every space (ASCII or ideographic) and
//! every katakana middle dot `・` becomes one ASCII space in the output.
//! Decomposed (semi-)voicing marks (か + U+3099) and the iteration marks
//! ゝ ゞ ヽ ヾ are understood. Kana digraphs are matched greedily, longest
//! first (きゃ before き).
//!
//! Rules shared by the kana systems:
//!
//! * **Long vowels.** あ after an *a*, う after an *u* or *o*, and お after
//!   an *o* lengthen the preceding syllable (おかあさん, ゆうき, とうきょう,
//!   おおさか); い and え never do (ちいさい → chiisai, おねえさん →
//!   oneesan, せんせい → sensei). The long-vowel mark ー lengthens the
//!   preceding vowel, whatever it is (コーヒー → kōhī). Hepburn marks length
//!   with a macron, Kunrei with a circumflex; Hepburn-plain and Polivanov
//!   write the bare vowel; Wāpuro writes every kana (おう → ou, ー → `-`).
//! * **ん** is "n" — also before b, m, p (しんぶん → shinbun, modified
//!   Hepburn) — and "n'" before a vowel or y (しんいち → shin'ichi,
//!   きんようび → kin'yōbi). Wāpuro writes "nn" there instead (shinnichi);
//!   Polivanov writes "м" before б, п, м (симбун) and "нъ" before vowels and
//!   я, ю, ё (синъити).
//! * **っ** doubles the next consonant (きっぷ → kippu); in Hepburn っち is
//!   "tch" (まっちゃ → matcha). Wāpuro doubles the first letter as typed
//!   (maccha). A っ that is not followed by a consonant (word-final, or before
//!   a vowel or ー) is dropped, except in Wāpuro where it is "xtu".
//! * **Particles.** A word consisting of just は, へ or を that is *not the
//!   first word* of the reading (so the author has set it off with a
//!   space, as in "わたし は ...") is read as a particle: wa, e, o (Polivanov
//!   ва, э, о). Wāpuro keeps the kana spelling (ha, he, wo). A reading that
//!   is only "は" is the noun "ha".
//! * **Small kana** that do not combine with the preceding kana are read as
//!   their full-size counterparts ("ゃ" → "ya"); Wāpuro writes them with an
//!   `x` prefix as typed on a keyboard ("xya"). A leading ー is dropped
//!   (Wāpuro: `-`).
//!
//! System-specific choices:
//!
//! * **Hepburn** (modified, also called revised, Hepburn): ぢ → ji,
//!   づ → zu, を → o, ゐ → i, ゑ → e, ゔ → vu; ああ → ā, うう → ū, おう/おお → ō,
//!   but いい → ii and ええ → ee (only ー gives ī and ē). Loanword
//!   combinations: ティ ti, ディ di, トゥ tu, ドゥ du, テュ tyu, デュ dyu,
//!   ファ fa, フィ fi, フェ fe, フォ fo, フュ fyu, ウィ wi, ウェ we, ウォ wo,
//!   ヴァ va, ヴィ vi, ヴェ ve, ヴォ vo, ヴュ vyu, チェ che, シェ she, ジェ je,
//!   イェ ye, ツァ tsa, ツィ tsi, ツェ tse, ツォ tso, クァ kwa, グァ gwa,
//!   スィ si, ズィ zi.
//! * **Hepburn-plain**: Hepburn without length marks (tōkyō → tokyo,
//!   kōhī → kohi).
//! * **Wāpuro**: kana by kana with Hepburn consonants, the way a reading is
//!   typed into a Japanese input method: ぢ → di, づ → du, を → wo, ゐ → wyi,
//!   ゑ → wye, ティ → thi, ディ → dhi, トゥ → twu, ドゥ → dwu, ウォ → who.
//!   (The output is meant to be readable; it is not guaranteed to round-trip
//!   through every input method, which would need e.g. "nn" before n-row
//!   kana and word-final ん.)
//! * **Kunrei** (ISO 3602): si, ti, tu, zi, hu, sya, tya, zya; ぢ → zi,
//!   づ → zu, を → o; long vowels with a circumflex (tôkyô, â, û); particles
//!   as in Hepburn. Kunrei has no spelling for loanword combinations; this
//!   module uses sye, tye, zye for シェ, チェ, ジェ and otherwise the Hepburn
//!   spelling (ti, di, tu, fa, va, ...).
//! * **Polivanov**: the standard table (си, ти, цу, фу, дза/дзи/дзу/дзэ/дзо,
//!   э for え, я ю ё for や ゆ よ, ва for わ, о for を); い after a, u, e, o
//!   is й (かい → кай, せんせい → сэнсэй); long vowels are not marked: a
//!   single vowel is written exactly where Hepburn writes a macron
//!   (とうきょう → токё, not "то:кё:"; ちいさい → тиисай); ー is ignored.
//!   Loanword combinations, for which there is no single standard: ティ ти,
//!   ディ ди, トゥ ту, ファ фа, ウィ уи, ウェ уэ, ウォ уо, ヴァ ва, シェ сэ,
//!   チェ тэ, ジェ дзэ, イェ е, ツァ ца.
//!
//! # Known limits
//!
//! Long vowels are detected from the kana alone, so morpheme boundaries are
//! invisible: 子牛 こうし "koushi" (ko + ushi) comes out as "kōshi" like
//! 講師, and a verb's final う is taken as a lengthening: 思う おもう should
//! be "omou" but the rule gives "omō". A short list of common verbs whose
//! final う is unambiguous when they stand as a whole word (おもう, まよう,
//! さそう, ただよう, ...) is recognized and romanized "omou", "mayou", ...;
//! words such as かよう (通う "kayou" vs 歌謡 "kayō") or こう stay ambiguous
//! and get the long vowel. Likewise a particle is only recognized when set
//! off by a space: こんにちは written as one word is "konnichiha". Where
//! the derived romanization is wrong, the
//! glossary entry's explicit `romanization` field overrides it;
//! [`romanization_agrees`] accepts both readings of such vowel sequences so
//! that it does not flag the explicit spelling as a typo.
//!
//! # Russian
//!
//! * **BGN/PCGN** (1947 system for Russian, the common simplified form
//!   without the optional middle dot `·`): а a, б b, в v, г g, д d, е e/ye,
//!   ё ë/yë, ж zh, з z, и i, й y, к k, л l, м m, н n, о o, п p, р r, с s, т t,
//!   у u, ф f, х kh, ц ts, ч ch, ш sh, щ shch, ъ ” (U+201D), ы y,
//!   ь ’ (U+2019), э e, ю yu, я ya. е and ё are written ye and yë at the start
//!   of a word and after а е ё и о у ы э ю я й ъ ь (Елена → Yelena, объём →
//!   ob”yëm). Uppercase letters become "Zh" in a capitalized word and "ZH" in
//!   an all-caps one. Only the 33 letters of the Russian alphabet are
//!   supported.
//! * **ISO 9:1995** (identical to GOST 7.79-2000 System A): one Latin letter
//!   per Cyrillic letter: ж ž, х h, ц c, ч č, ш š, щ ŝ, ъ ʺ (U+02BA), ы y,
//!   ь ʹ (U+02B9), э è, ю û, я â, ё ë, й j. The Ukrainian, Belarusian,
//!   Serbian and Macedonian letters of the standard and the pre-1918 ѣ, ѳ,
//!   ѵ, ѫ are supported too.
//!
//! In both systems, characters that are not letters (spaces, digits,
//! punctuation, combining stress accents) and ASCII Latin letters are copied
//! unchanged; any other letter is an error.

#![warn(missing_docs)]
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cyrillic;
mod kana;
mod kana_table;

use std::fmt;

/// A romanization or transliteration system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum System {
    /// Modified Hepburn with macrons for long vowels (とうきょう → tōkyō).
    Hepburn,
    /// Modified Hepburn without length marks (とうきょう → tokyo).
    HepburnPlain,
    /// Wāpuro rōmaji, kana by kana as typed on a keyboard
    /// (とうきょう → toukyou).
    Wapuro,
    /// Kunrei-shiki / ISO 3602 with circumflexes (とうきょう → tôkyô).
    Kunrei,
    /// Polivanov Cyrillic transcription (とうきょう → токё).
    Polivanov,
    /// BGN/PCGN romanization of Russian (Москва → Moskva).
    BgnPcgn,
    /// ISO 9:1995 / GOST 7.79-2000 System A (Щука → Ŝuka).
    Iso9,
}

/// The script a [`System`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Script {
    /// Hiragana and katakana (a reading, see [`is_kana`]).
    Kana,
    /// Cyrillic.
    Cyrillic,
}

impl System {
    /// Every system, in declaration order.
    pub const ALL: &'static [System] = &[
        System::Hepburn,
        System::HepburnPlain,
        System::Wapuro,
        System::Kunrei,
        System::Polivanov,
        System::BgnPcgn,
        System::Iso9,
    ];

    /// The system's stable lowercase name: `"hepburn"`, `"hepburn-plain"`,
    /// `"wapuro"`, `"kunrei"`, `"polivanov"`, `"bgn-pcgn"` or `"iso9"`.
    ///
    /// ```rust
    /// use glossator::translit::System;
    ///
    /// assert_eq!(System::HepburnPlain.name(), "hepburn-plain");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            System::Hepburn => "hepburn",
            System::HepburnPlain => "hepburn-plain",
            System::Wapuro => "wapuro",
            System::Kunrei => "kunrei",
            System::Polivanov => "polivanov",
            System::BgnPcgn => "bgn-pcgn",
            System::Iso9 => "iso9",
        }
    }

    /// The system with the given [`name`](System::name) (exact, lowercase),
    /// if any.
    ///
    /// ```rust
    /// use glossator::translit::System;
    ///
    /// assert_eq!(System::from_name("bgn-pcgn"), Some(System::BgnPcgn));
    /// assert_eq!(System::from_name("Hepburn"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<System> {
        System::ALL.iter().copied().find(|s| s.name() == name)
    }

    /// The script this system transliterates from.
    ///
    /// ```rust
    /// use glossator::translit::{Script, System};
    ///
    /// assert_eq!(System::Polivanov.source_script(), Script::Kana);
    /// assert_eq!(System::Iso9.source_script(), Script::Cyrillic);
    /// ```
    #[must_use]
    pub fn source_script(self) -> Script {
        match self {
            System::BgnPcgn | System::Iso9 => Script::Cyrillic,
            _ => Script::Kana,
        }
    }
}

impl fmt::Display for System {
    /// Writes [`System::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a character was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorReason {
    /// A kana system met something that is not kana, ー or a space.
    NotKana,
    /// A Cyrillic system met a letter of another script.
    NotCyrillic,
    /// A Cyrillic system met a Cyrillic letter it has no mapping for.
    Unsupported,
}

/// The first character of an input that a [`System`] cannot transliterate.
///
/// ```rust
/// use glossator::translit::{transliterate, System};
///
/// let err = transliterate("とうkyo", System::Hepburn).unwrap_err();
/// assert_eq!(err.character(), 'k');
/// assert_eq!(err.position(), 2);
/// assert_eq!(err.to_string(), "character 'k' (U+006B) at position 2 is not kana");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslitError {
    character: char,
    position: usize,
    system: System,
    reason: ErrorReason,
}

impl TranslitError {
    fn new(character: char, position: usize, system: System, reason: ErrorReason) -> Self {
        TranslitError {
            character,
            position,
            system,
            reason,
        }
    }

    /// The offending character.
    #[must_use]
    pub fn character(&self) -> char {
        self.character
    }

    /// The offending character's index in the input, counted in `char`s
    /// (not bytes) from 0.
    #[must_use]
    pub fn position(&self) -> usize {
        self.position
    }

    /// The system that was asked to transliterate.
    #[must_use]
    pub fn system(&self) -> System {
        self.system
    }
}

impl fmt::Display for TranslitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "character {:?} (U+{:04X}) at position {} ",
            self.character,
            u32::from(self.character),
            self.position
        )?;
        match self.reason {
            ErrorReason::NotKana => f.write_str("is not kana"),
            ErrorReason::NotCyrillic => f.write_str("is not Cyrillic"),
            ErrorReason::Unsupported => write!(f, "is not supported by {}", self.system),
        }
    }
}

impl std::error::Error for TranslitError {}

/// Transliterates `input` with `system`.
///
/// For the kana systems `input` is a reading (see [`is_kana`]) and the
/// output is lowercase; for the Cyrillic systems case is preserved. The
/// empty string transliterates to the empty string. The module
/// documentation lists the exact conventions of each system.
///
/// # Errors
///
/// Returns a [`TranslitError`] naming the first character (and its char
/// index) the system cannot handle: for the kana systems anything that is
/// not kana, ー, ・ or a space; for the Cyrillic systems a letter that is
/// neither ASCII nor in the system's table.
///
/// ```rust
/// use glossator::translit::{transliterate, System};
///
/// assert_eq!(transliterate("きんようび", System::Hepburn).unwrap(), "kin'yōbi");
/// assert_eq!(transliterate("コーヒー", System::Hepburn).unwrap(), "kōhī");
/// assert_eq!(transliterate("しんいち", System::Wapuro).unwrap(), "shinnichi");
/// assert_eq!(transliterate("しゃしん", System::Kunrei).unwrap(), "syasin");
/// assert_eq!(transliterate("しんぶん", System::Polivanov).unwrap(), "симбун");
/// assert_eq!(transliterate("Москва", System::Iso9).unwrap(), "Moskva");
/// assert!(transliterate("Москва", System::Hepburn).is_err());
/// ```
pub fn transliterate(input: &str, system: System) -> Result<String, TranslitError> {
    match system.source_script() {
        Script::Kana => kana::romanize(input, system, true),
        Script::Cyrillic => cyrillic::transliterate(input, system),
    }
}

/// Capitalizes the first letter of each whitespace-separated word, for
/// proper names. Leading non-alphanumeric characters of a word (quotes,
/// brackets) are skipped; a word starting with a digit is left alone.
/// Whitespace is preserved as is.
///
/// ```rust
/// use glossator::translit::capitalize_words;
///
/// assert_eq!(capitalize_words("tōkyō"), "Tōkyō");
/// assert_eq!(capitalize_words("kasumigaseki (касумигасэки)"), "Kasumigaseki (Касумигасэки)");
/// assert_eq!(capitalize_words("ōsaka  jō"), "Ōsaka  Jō");
/// ```
#[must_use]
pub fn capitalize_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if c.is_whitespace() {
            at_start = true;
            out.push(c);
        } else if at_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            at_start = false;
        } else {
            if c.is_alphanumeric() {
                at_start = false;
            }
            out.push(c);
        }
    }
    out
}

/// True when `s` is a valid kana reading: at least one character that is
/// not a space, and every character hiragana, katakana, the long-vowel mark
/// ー, the middle dot ・, or a space (ASCII or ideographic U+3000).
///
/// Exactly the strings that the kana systems of [`transliterate`] accept,
/// except that the empty string and all-space strings are not readings
/// (they transliterate to themselves).
///
/// Precisely: hiragana U+3041–U+3096 and U+3099–U+309F (voicing marks,
/// ゝ ゞ ゟ), katakana U+30A1–U+30FF (including ・ ー ヽ ヾ ヿ), U+0020 and
/// U+3000. Half-width katakana, the double hyphen ゠ and Japanese
/// punctuation are not accepted.
///
/// ```rust
/// use glossator::translit::is_kana;
///
/// assert!(is_kana("ほっぽう りょうど"));
/// assert!(is_kana("コーヒー"));
/// assert!(!is_kana("tokyo"));
/// assert!(!is_kana("東京"));
/// assert!(!is_kana(""));
/// ```
#[must_use]
pub fn is_kana(s: &str) -> bool {
    s.chars().all(kana::is_reading_char) && s.chars().any(|c| !matches!(c, ' ' | '\u{3000}'))
}

/// Whether a glossary author's `romanization` agrees with the Hepburn
/// derived from `reading` — a typo catcher.
///
/// Both sides are compared after lowercasing and removing spaces, hyphens,
/// apostrophes and middle dots, and after folding:
///
/// * diacritics on vowels (ō, ô, ó → o, ...), so "Tokyo" and "Tōkyō" agree;
/// * runs of the same vowel (ii, ī → i; ee, ē → e; oo → o), so "ojīsan"
///   agrees with おじいさん ("ojiisan");
/// * m before b, m, p to n, so traditional "shimbun" agrees with しんぶん.
///
/// Because long-vowel detection cannot see morpheme boundaries, the
/// spelling with every kana vowel written out is accepted as well
/// ("omou" for おもう, "koushi" for こうし), but other systems' spellings
/// are not ("nemawasi" does not agree with ねまわし).
///
/// # Errors
///
/// Returns a [`TranslitError`] when `reading` is not kana (see
/// [`transliterate`]).
///
/// ```rust
/// use glossator::translit::romanization_agrees;
///
/// assert!(romanization_agrees("とうきょう", "Tokyo").unwrap());
/// assert!(romanization_agrees("ひきわけ", "hiki-wake").unwrap());
/// assert!(!romanization_agrees("ねまわし", "nemawasi").unwrap());
/// assert!(romanization_agrees("tokyo", "tokyo").is_err());
/// ```
pub fn romanization_agrees(reading: &str, romanization: &str) -> Result<bool, TranslitError> {
    let given = fold(romanization);
    let merged = kana::romanize(reading, System::Hepburn, true)?;
    if fold(&merged) == given {
        return Ok(true);
    }
    let unmerged = kana::romanize(reading, System::Hepburn, false)?;
    Ok(fold(&unmerged) == given)
}

/// Normal form for [`romanization_agrees`].
fn fold(s: &str) -> String {
    let mut letters: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'ā' | 'á' | 'à' | 'â' | 'ä' | 'ǎ' => 'a',
            'ī' | 'í' | 'ì' | 'î' | 'ï' | 'ǐ' => 'i',
            'ū' | 'ú' | 'ù' | 'û' | 'ü' | 'ǔ' => 'u',
            'ē' | 'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
            'ō' | 'ó' | 'ò' | 'ô' | 'ö' | 'ǒ' => 'o',
            // Combining diacritics (decomposed input).
            '\u{0300}'..='\u{036F}' => continue,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => continue,
            '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '´' => continue,
            '·' | '・' => continue,
            c if c.is_whitespace() => continue,
            c => c,
        };
        letters.push(base);
    }
    let mut out = String::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let next = letters.get(i + 1).copied();
        let prev = i.checked_sub(1).and_then(|p| letters.get(p)).copied();
        if matches!(c, 'a' | 'i' | 'u' | 'e' | 'o') && prev == Some(c) {
            continue; // collapse runs of one vowel
        }
        if c == 'm' && matches!(next, Some('b' | 'm' | 'p')) {
            out.push('n');
        } else {
            out.push(c);
        }
    }
    out
}
