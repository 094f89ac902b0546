//! Kana → romanization tables.
//!
//! Every row is one mora-sized unit: a single kana or a kana followed by a
//! small kana (yōon such as きゃ, or the extended katakana combinations used
//! for loanwords such as ティ). Keys are hiragana: katakana input is folded to
//! hiragana before lookup. っ (sokuon), ん (moraic nasal) and ー (long-vowel
//! mark) have no rows; they depend on their neighbours and are handled by the
//! renderer in `kana.rs`.

/// One table row: a kana unit and its rendering in each kana-based system.
#[derive(Debug)]
pub(crate) struct Row {
    /// The unit in hiragana (one or two chars).
    pub(crate) kana: &'static str,
    /// Modified Hepburn, short vowels (macrons are added by the renderer).
    pub(crate) hepburn: &'static str,
    /// Kunrei-shiki / ISO 3602.
    pub(crate) kunrei: &'static str,
    /// Wāpuro (keyboard input) spelling.
    pub(crate) wapuro: &'static str,
    /// Polivanov Cyrillic.
    pub(crate) polivanov: &'static str,
}

impl Row {
    /// The vowel the unit ends in (`a`, `i`, `u`, `e` or `o`).
    pub(crate) fn vowel(&self) -> Option<char> {
        self.hepburn.chars().next_back()
    }

    /// True for the plain vowel kana (あいうえお, also small ぁぃぅぇぉ
    /// standing on their own), the only kana that can lengthen the vowel of
    /// the preceding unit.
    pub(crate) fn is_bare_vowel(&self) -> bool {
        matches!(
            self.kana,
            "あ" | "い" | "う" | "え" | "お" | "ぁ" | "ぃ" | "ぅ" | "ぇ" | "ぉ"
        )
    }
}

macro_rules! rows {
    ($($kana:literal $hep:literal $kun:literal $wap:literal $pol:literal;)*) => {
        &[$(Row { kana: $kana, hepburn: $hep, kunrei: $kun, wapuro: $wap, polivanov: $pol },)*]
    };
}

/// Single kana (including small kana standing on their own).
static MONO: &[Row] = rows! {
    // kana  hepburn kunrei wapuro polivanov
    "あ" "a" "a" "a" "а";
    "い" "i" "i" "i" "и";
    "う" "u" "u" "u" "у";
    "え" "e" "e" "e" "э";
    "お" "o" "o" "o" "о";
    "か" "ka" "ka" "ka" "ка";
    "き" "ki" "ki" "ki" "ки";
    "く" "ku" "ku" "ku" "ку";
    "け" "ke" "ke" "ke" "кэ";
    "こ" "ko" "ko" "ko" "ко";
    "が" "ga" "ga" "ga" "га";
    "ぎ" "gi" "gi" "gi" "ги";
    "ぐ" "gu" "gu" "gu" "гу";
    "げ" "ge" "ge" "ge" "гэ";
    "ご" "go" "go" "go" "го";
    "さ" "sa" "sa" "sa" "са";
    "し" "shi" "si" "shi" "си";
    "す" "su" "su" "su" "су";
    "せ" "se" "se" "se" "сэ";
    "そ" "so" "so" "so" "со";
    "ざ" "za" "za" "za" "дза";
    "じ" "ji" "zi" "ji" "дзи";
    "ず" "zu" "zu" "zu" "дзу";
    "ぜ" "ze" "ze" "ze" "дзэ";
    "ぞ" "zo" "zo" "zo" "дзо";
    "た" "ta" "ta" "ta" "та";
    "ち" "chi" "ti" "chi" "ти";
    "つ" "tsu" "tu" "tsu" "цу";
    "て" "te" "te" "te" "тэ";
    "と" "to" "to" "to" "то";
    "だ" "da" "da" "da" "да";
    "ぢ" "ji" "zi" "di" "дзи";
    "づ" "zu" "zu" "du" "дзу";
    "で" "de" "de" "de" "дэ";
    "ど" "do" "do" "do" "до";
    "な" "na" "na" "na" "на";
    "に" "ni" "ni" "ni" "ни";
    "ぬ" "nu" "nu" "nu" "ну";
    "ね" "ne" "ne" "ne" "нэ";
    "の" "no" "no" "no" "но";
    "は" "ha" "ha" "ha" "ха";
    "ひ" "hi" "hi" "hi" "хи";
    "ふ" "fu" "hu" "fu" "фу";
    "へ" "he" "he" "he" "хэ";
    "ほ" "ho" "ho" "ho" "хо";
    "ば" "ba" "ba" "ba" "ба";
    "び" "bi" "bi" "bi" "би";
    "ぶ" "bu" "bu" "bu" "бу";
    "べ" "be" "be" "be" "бэ";
    "ぼ" "bo" "bo" "bo" "бо";
    "ぱ" "pa" "pa" "pa" "па";
    "ぴ" "pi" "pi" "pi" "пи";
    "ぷ" "pu" "pu" "pu" "пу";
    "ぺ" "pe" "pe" "pe" "пэ";
    "ぽ" "po" "po" "po" "по";
    "ま" "ma" "ma" "ma" "ма";
    "み" "mi" "mi" "mi" "ми";
    "む" "mu" "mu" "mu" "му";
    "め" "me" "me" "me" "мэ";
    "も" "mo" "mo" "mo" "мо";
    "や" "ya" "ya" "ya" "я";
    "ゆ" "yu" "yu" "yu" "ю";
    "よ" "yo" "yo" "yo" "ё";
    "ら" "ra" "ra" "ra" "ра";
    "り" "ri" "ri" "ri" "ри";
    "る" "ru" "ru" "ru" "ру";
    "れ" "re" "re" "re" "рэ";
    "ろ" "ro" "ro" "ro" "ро";
    "わ" "wa" "wa" "wa" "ва";
    "ゐ" "i" "i" "wyi" "и";
    "ゑ" "e" "e" "wye" "э";
    "を" "o" "o" "wo" "о";
    "ゔ" "vu" "vu" "vu" "ву";
    // Small kana standing on their own (not part of a digraph).
    "ぁ" "a" "a" "xa" "а";
    "ぃ" "i" "i" "xi" "и";
    "ぅ" "u" "u" "xu" "у";
    "ぇ" "e" "e" "xe" "э";
    "ぉ" "o" "o" "xo" "о";
    "ゃ" "ya" "ya" "xya" "я";
    "ゅ" "yu" "yu" "xyu" "ю";
    "ょ" "yo" "yo" "xyo" "ё";
    "ゎ" "wa" "wa" "xwa" "ва";
    "ゕ" "ka" "ka" "xka" "ка";
    "ゖ" "ke" "ke" "xke" "кэ";
};

/// Kana + small kana. Looked up before [`MONO`] (greedy longest match).
static DIGRAPH: &[Row] = rows! {
    // Yōon.
    "きゃ" "kya" "kya" "kya" "кя";
    "きゅ" "kyu" "kyu" "kyu" "кю";
    "きょ" "kyo" "kyo" "kyo" "кё";
    "ぎゃ" "gya" "gya" "gya" "гя";
    "ぎゅ" "gyu" "gyu" "gyu" "гю";
    "ぎょ" "gyo" "gyo" "gyo" "гё";
    "しゃ" "sha" "sya" "sha" "ся";
    "しゅ" "shu" "syu" "shu" "сю";
    "しょ" "sho" "syo" "sho" "сё";
    "じゃ" "ja" "zya" "ja" "дзя";
    "じゅ" "ju" "zyu" "ju" "дзю";
    "じょ" "jo" "zyo" "jo" "дзё";
    "ちゃ" "cha" "tya" "cha" "тя";
    "ちゅ" "chu" "tyu" "chu" "тю";
    "ちょ" "cho" "tyo" "cho" "тё";
    "ぢゃ" "ja" "zya" "dya" "дзя";
    "ぢゅ" "ju" "zyu" "dyu" "дзю";
    "ぢょ" "jo" "zyo" "dyo" "дзё";
    "にゃ" "nya" "nya" "nya" "ня";
    "にゅ" "nyu" "nyu" "nyu" "ню";
    "にょ" "nyo" "nyo" "nyo" "нё";
    "ひゃ" "hya" "hya" "hya" "хя";
    "ひゅ" "hyu" "hyu" "hyu" "хю";
    "ひょ" "hyo" "hyo" "hyo" "хё";
    "びゃ" "bya" "bya" "bya" "бя";
    "びゅ" "byu" "byu" "byu" "бю";
    "びょ" "byo" "byo" "byo" "бё";
    "ぴゃ" "pya" "pya" "pya" "пя";
    "ぴゅ" "pyu" "pyu" "pyu" "пю";
    "ぴょ" "pyo" "pyo" "pyo" "пё";
    "みゃ" "mya" "mya" "mya" "мя";
    "みゅ" "myu" "myu" "myu" "мю";
    "みょ" "myo" "myo" "myo" "мё";
    "りゃ" "rya" "rya" "rya" "ря";
    "りゅ" "ryu" "ryu" "ryu" "рю";
    "りょ" "ryo" "ryo" "ryo" "рё";
    // Extended combinations for loanwords (mostly written in katakana).
    "いぇ" "ye" "ye" "ye" "е";
    "うぃ" "wi" "wi" "wi" "уи";
    "うぇ" "we" "we" "we" "уэ";
    "うぉ" "wo" "wo" "who" "уо";
    "ゔぁ" "va" "va" "va" "ва";
    "ゔぃ" "vi" "vi" "vi" "ви";
    "ゔぇ" "ve" "ve" "ve" "вэ";
    "ゔぉ" "vo" "vo" "vo" "во";
    "ゔゅ" "vyu" "vyu" "vyu" "вю";
    "しぇ" "she" "sye" "she" "сэ";
    "じぇ" "je" "zye" "je" "дзэ";
    "ちぇ" "che" "tye" "che" "тэ";
    "てぃ" "ti" "ti" "thi" "ти";
    "てゅ" "tyu" "tyu" "thu" "тю";
    "でぃ" "di" "di" "dhi" "ди";
    "でゅ" "dyu" "dyu" "dhu" "дю";
    "とぅ" "tu" "tu" "twu" "ту";
    "どぅ" "du" "du" "dwu" "ду";
    "つぁ" "tsa" "tsa" "tsa" "ца";
    "つぃ" "tsi" "tsi" "tsi" "ци";
    "つぇ" "tse" "tse" "tse" "цэ";
    "つぉ" "tso" "tso" "tso" "цо";
    "ふぁ" "fa" "fa" "fa" "фа";
    "ふぃ" "fi" "fi" "fi" "фи";
    "ふぇ" "fe" "fe" "fe" "фэ";
    "ふぉ" "fo" "fo" "fo" "фо";
    "ふゅ" "fyu" "fyu" "fyu" "фю";
    "くぁ" "kwa" "kwa" "kwa" "куа";
    "くぃ" "kwi" "kwi" "kwi" "куи";
    "くぇ" "kwe" "kwe" "kwe" "куэ";
    "くぉ" "kwo" "kwo" "kwo" "куо";
    "くゎ" "kwa" "kwa" "kwa" "куа";
    "ぐぁ" "gwa" "gwa" "gwa" "гуа";
    "ぐゎ" "gwa" "gwa" "gwa" "гуа";
    "すぃ" "si" "si" "swi" "си";
    "ずぃ" "zi" "zi" "zwi" "дзи";
};

/// Finds the row for `first` followed by `second` (a digraph), if any.
pub(crate) fn digraph(first: char, second: char) -> Option<&'static Row> {
    DIGRAPH.iter().find(|row| {
        let mut chars = row.kana.chars();
        chars.next() == Some(first) && chars.next() == Some(second)
    })
}

/// Finds the row for a single kana, if any.
pub(crate) fn mono(kana: char) -> Option<&'static Row> {
    let mut buf = [0u8; 4];
    let key: &str = kana.encode_utf8(&mut buf);
    MONO.iter().find(|row| row.kana == key)
}

/// All rows, for tests of table consistency.
#[cfg(test)]
pub(crate) fn all_rows() -> impl Iterator<Item = &'static Row> {
    MONO.iter().chain(DIGRAPH.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_ends_in_a_vowel() {
        for row in all_rows() {
            assert!(
                matches!(row.vowel(), Some('a' | 'i' | 'u' | 'e' | 'o')),
                "{}",
                row.kana
            );
        }
    }

    #[test]
    fn keys_are_unique() {
        let rows: Vec<_> = all_rows().collect();
        for (i, a) in rows.iter().enumerate() {
            for b in rows.iter().skip(i + 1) {
                assert_ne!(a.kana, b.kana);
            }
        }
    }
}
