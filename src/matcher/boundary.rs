//! Grapheme and word boundaries of the original text, from `unicode-segmentation`.
//!
//! - [`is_grapheme_boundary`]: extended grapheme cluster boundaries (UAX #29),
//!   asked of [`GraphemeCursor`]. A match never starts or ends inside a cluster:
//!   not between a letter and its combining marks, inside a Thai, Lao, Khmer or
//!   Burmese syllable, an Indic conjunct, an emoji ZWJ sequence, a pair of
//!   regional indicators (a flag) or a Hangul jamo sequence.
//! - [`is_word_boundary`]: UAX #29 word boundaries, asked of
//!   `unicode-segmentation`'s word-bound iterator over a small window around the
//!   position (the rules look at most two characters to each side, once
//!   extending characters are set aside, and regional indicators pair up exactly
//!   as they do in grapheme clusters). Characters that glossator's folding makes
//!   invisible (soft hyphen, zero-width space and joiners, bidi controls,
//!   variation selectors) and the protected parts of a matcher (inline tags)
//!   are left out of the window, so they never make or break a word.
//!
//! Both have a fast path for the common case, a position with ASCII around it,
//! which the tests check against the crate on generated text.
//!
//! What the matcher layers on top of UAX #29 (possessives, elision, Korean
//! particles, scripts written without spaces) lives in the matcher itself.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use super::fold::is_ignorable;

/// Whether byte offset `i` of `text` is an extended grapheme cluster boundary.
/// Offsets that are not character boundaries are not.
pub(crate) fn is_grapheme_boundary(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if i == 0 || i >= bytes.len() {
        return i <= bytes.len();
    }
    let (before, at) = (bytes[i - 1], bytes[i]);
    if before < 0x80 && at < 0x80 {
        // Between two ASCII characters only CR LF is one cluster (GB3).
        return !(before == b'\r' && at == b'\n');
    }
    if !text.is_char_boundary(i) {
        return false;
    }
    GraphemeCursor::new(i, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(true)
}

/// The next grapheme boundary after `i` (a boundary), or `text.len()`.
fn next_grapheme(text: &str, i: usize) -> usize {
    GraphemeCursor::new(i, text.len(), true)
        .next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

/// The grapheme boundary before `i` (a boundary), or 0.
fn prev_grapheme(text: &str, i: usize) -> usize {
    GraphemeCursor::new(i, text.len(), true)
        .prev_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(0)
}

/// When `i` falls inside a cluster only because invisible characters follow it
/// (a variation selector after an emoji, a zero-width joiner after a letter),
/// the end of that cluster; otherwise `i`.
pub(crate) fn past_invisible_extenders(text: &str, i: usize) -> usize {
    if i >= text.len() || text.as_bytes()[i] < 0x80 || !text.is_char_boundary(i) {
        return i;
    }
    let mut end = i;
    for c in text[i..].chars() {
        if !is_ignorable(c) {
            break;
        }
        end += c.len_utf8();
        if is_grapheme_boundary(text, end) {
            return end;
        }
    }
    i
}

/// Whether UAX #29 puts a word boundary at byte offset `i` of `text`, a grapheme
/// boundary, with invisible characters and the `protected` strings left out.
#[inline]
pub(crate) fn is_word_boundary(text: &str, i: usize, protected: &[Box<str>]) -> bool {
    if protected.is_empty() {
        let at = |j: usize| text.as_bytes().get(j).copied();
        let (p, a) = (i.checked_sub(2).and_then(at), i.checked_sub(1).and_then(at));
        let (b, n) = (at(i), at(i + 1));
        if [p, a, b, n].iter().all(|x| x.is_none_or(|v| v < 0x80)) {
            return ascii_word_boundary(p, a, b, n);
        }
    }
    word_boundary_in_window(text, i, protected)
}

/// The slow path of [`is_word_boundary`]: two visible clusters on each side of
/// `i` (clusters of bare combining marks come along without counting),
/// segmented by `unicode-segmentation`.
fn word_boundary_in_window(text: &str, i: usize, protected: &[Box<str>]) -> bool {
    let mut before: Vec<&str> = Vec::with_capacity(3);
    let (mut q, mut counted) = (i, 0);
    while counted < 2 && q > 0 {
        if let Some(p) = protected.iter().find(|p| text[..q].ends_with(&***p)) {
            q -= p.len();
            continue;
        }
        let p = prev_grapheme(text, q);
        let cluster = &text[p..q];
        if !cluster.chars().all(is_ignorable) {
            before.push(cluster);
            counted += usize::from(!only_marks(cluster));
        }
        q = p;
    }
    let mut after: Vec<&str> = Vec::with_capacity(3);
    let (mut q, mut counted) = (i, 0);
    while counted < 2 && q < text.len() {
        if let Some(p) = protected.iter().find(|p| text[q..].starts_with(&***p)) {
            q += p.len();
            continue;
        }
        let n = next_grapheme(text, q);
        let cluster = &text[q..n];
        if !cluster.chars().all(is_ignorable) {
            after.push(cluster);
            counted += usize::from(!only_marks(cluster));
        }
        q = n;
    }
    if before.is_empty() || after.is_empty() {
        return true;
    }
    let mut window = String::with_capacity(32);
    for cluster in before.iter().rev() {
        window.push_str(cluster);
    }
    let at = window.len();
    for cluster in &after {
        window.push_str(cluster);
    }
    window
        .split_word_bound_indices()
        .any(|(offset, _)| offset == at)
}

/// A cluster of combining marks alone (left after an invisible character): the
/// word rules pass over it (WB4), so it does not count as context.
fn only_marks(cluster: &str) -> bool {
    cluster
        .chars()
        .all(unicode_normalization::char::is_combining_mark)
}

/// UAX #29's word break property of an ASCII byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    WSegSpace,
    ALetter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNumLet,
    SingleQuote,
    MidNum,
    Other,
}

fn ascii_class(b: u8) -> Wb {
    ASCII_WB[usize::from(b & 0x7F)]
}

/// [`Wb`] of each ASCII byte.
static ASCII_WB: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\r' => Wb::Cr,
            b'\n' => Wb::Lf,
            0x0B | 0x0C => Wb::Newline,
            b' ' => Wb::WSegSpace,
            b'A'..=b'Z' | b'a'..=b'z' => Wb::ALetter,
            b'0'..=b'9' => Wb::Numeric,
            b'_' => Wb::ExtendNumLet,
            b':' => Wb::MidLetter,
            b'.' => Wb::MidNumLet,
            b'\'' => Wb::SingleQuote,
            b',' | b';' => Wb::MidNum,
            // The double quote only matters between Hebrew letters (WB7b, WB7c).
            _ => Wb::Other,
        };
        b += 1;
    }
    t
};

/// UAX #29's word boundary rules between `a` and `b`, with `p` before `a` and
/// `n` after `b`, for ASCII characters (`None` past either end of the text).
#[inline]
fn ascii_word_boundary(p: Option<u8>, a: Option<u8>, b: Option<u8>, n: Option<u8>) -> bool {
    use Wb::*;
    let (Some(a), Some(b)) = (a, b) else {
        return true; // WB1, WB2
    };
    let (a, b) = (ascii_class(a), ascii_class(b));
    let (p, n) = (p.map(ascii_class), n.map(ascii_class));
    match (a, b) {
        (Cr, Lf) => false,                                                     // WB3
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => true,               // WB3a, WB3b
        (WSegSpace, WSegSpace) => false,                                       // WB3d
        (ALetter, ALetter) => false,                                           // WB5
        (ALetter, MidLetter | MidNumLet | SingleQuote) => n != Some(ALetter),  // WB6
        (MidLetter | MidNumLet | SingleQuote, ALetter) => p != Some(ALetter),  // WB7
        (Numeric, Numeric) | (ALetter, Numeric) | (Numeric, ALetter) => false, // WB8–WB10
        (MidNum | MidNumLet | SingleQuote, Numeric) => p != Some(Numeric),     // WB11
        (Numeric, MidNum | MidNumLet | SingleQuote) => n != Some(Numeric),     // WB12
        (ALetter | Numeric | ExtendNumLet, ExtendNumLet) => false,             // WB13a
        (ExtendNumLet, ALetter | Numeric) => false,                            // WB13b
        _ => true,                                                             // WB999
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Word boundaries of the whole text, straight from the crate.
    fn crate_word_bounds(text: &str) -> Vec<usize> {
        let mut b: Vec<usize> = text.split_word_bound_indices().map(|(i, _)| i).collect();
        b.push(text.len());
        b
    }

    fn ours(text: &str) -> Vec<usize> {
        (0..=text.len())
            .filter(|&i| is_grapheme_boundary(text, i) && is_word_boundary(text, i, &[]))
            .collect()
    }

    #[test]
    fn word_boundaries_by_example() {
        // (text, boundaries shown as |)
        let cases: &[&str] = &[
            "|Kasumigaseki's| |view|",
            "|don't| |3.14| |U.S|.| |e.g|.|",
            "|os.path.join|(|a|,| |b|)",
            "|l'Europe| |you're|",
            "|G8|サミット|",
            "|hiki|-|wake|\r\n|x|",
            "|nema\u{00AD}washi| |a|\u{00AD}",
            "|a_b| |1,000| |x|  |y|",
            "|naïve| |café|",
            "|根|回|し|が|",
            "|🇯🇵|🇺🇸|",
        ];
        for case in cases {
            let text = case.replace('|', "");
            let mut want = Vec::new();
            let mut offset = 0;
            for piece in case.split('|') {
                offset += piece.len();
                want.push(offset);
            }
            want.dedup();
            assert_eq!(ours(&text), want, "{case}");
        }
    }

    #[test]
    fn invisible_characters_and_protected_parts_make_no_boundary() {
        let text = "x\u{200B}nemawashi";
        assert!(!is_word_boundary(text, "x\u{200B}".len(), &[]));
        let tag: Box<str> = "<b>".into();
        let text = "x<b>source";
        assert!(!is_word_boundary(text, 4, std::slice::from_ref(&tag)));
        assert!(is_word_boundary(text, 4, &[]));
        let text = "a <b>source";
        assert!(is_word_boundary(text, 5, &[tag]));
    }

    #[test]
    fn grapheme_boundaries_by_example() {
        // (text, offset, boundary?)
        let cases: &[(&str, usize, bool)] = &[
            ("e\u{0301}", 1, false),
            ("\r\n", 1, false),
            ("ab", 1, true),
            ("🇯🇵🇺🇸", 4, false),
            ("🇯🇵🇺🇸", 8, true),
            ("กิ", 3, false),
            ("👩\u{200D}🔬", 4, false),
            ("क्ष", 6, false),
            ("\u{1100}\u{1161}", 3, false),
            ("é", 1, false),
        ];
        for &(text, i, want) in cases {
            assert_eq!(is_grapheme_boundary(text, i), want, "{text:?} at {i}");
        }
    }

    #[test]
    fn trailing_invisible_extenders_join_the_match() {
        let text = "❤\u{FE0F} x";
        assert_eq!(past_invisible_extenders(text, "❤".len()), "❤\u{FE0F}".len());
        assert_eq!(past_invisible_extenders(text, 0), 0);
        let text = "e\u{0301}";
        assert_eq!(past_invisible_extenders(text, 1), 1);
    }

    const ALPHABET: &[&str] = &[
        "a",
        "Z",
        "7",
        "_",
        ":",
        ".",
        "'",
        ",",
        ";",
        "\"",
        " ",
        "\t",
        "\r",
        "\n",
        "\u{0B}",
        "-",
        "(",
        "é",
        "\u{0301}",
        "\u{05D0}",
        "\u{05F3}",
        "カ",
        "根",
        "し",
        "\u{1F1EF}",
        "\u{1F1F5}",
        "👩",
        "\u{200D}",
        "🔬",
        "\u{00A0}",
        "\u{3000}",
        "\u{2019}",
        "١",
        "\u{0E01}",
        "\u{0E34}",
        "\u{AC00}",
        "\u{FF21}",
        "\u{2060}",
    ];

    fn texts(ascii_only: bool) -> impl proptest::strategy::Strategy<Value = String> {
        let n = if ascii_only { 16 } else { ALPHABET.len() };
        proptest::collection::vec(0..n, 0..14)
            .prop_map(|picks| picks.into_iter().map(|i| ALPHABET[i]).collect::<String>())
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// The ASCII fast path and the window agree with segmenting the whole text.
        #[test]
        fn agrees_with_unicode_segmentation(text in texts(false)) {
            // Invisible characters are left out of the window on purpose, so
            // compare on texts without them.
            proptest::prop_assume!(!text.chars().any(is_ignorable));
            let want: Vec<usize> = crate_word_bounds(&text)
                .into_iter()
                .filter(|&i| is_grapheme_boundary(&text, i))
                .collect();
            proptest::prop_assert_eq!(ours(&text), want);
        }

        #[test]
        fn ascii_fast_path_agrees(text in texts(true)) {
            proptest::prop_assert_eq!(ours(&text), crate_word_bounds(&text));
            for i in 0..=text.len() {
                proptest::prop_assert_eq!(
                    is_word_boundary(&text, i, &[]),
                    word_boundary_in_window(&text, i, &[]),
                    "at {}", i
                );
            }
        }

        #[test]
        fn grapheme_fast_path_agrees(text in texts(false)) {
            for i in 0..=text.len() {
                let want = text.is_char_boundary(i)
                    && GraphemeCursor::new(i, text.len(), true).is_boundary(&text, 0).unwrap_or(true);
                proptest::prop_assert_eq!(is_grapheme_boundary(&text, i), want, "at {}", i);
            }
        }
    }
}

/// Unicode's own boundary tests, `WordBreakTest.txt` and `GraphemeBreakTest.txt`,
/// read from Debian's `unicode-data` (or `$GLOSSATOR_UNICODE_DATA`).
#[cfg(test)]
mod unicode_tests {
    use super::*;
    use std::path::PathBuf;

    fn data_file(name: &str) -> Option<String> {
        let dir = std::env::var_os("GLOSSATOR_UNICODE_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/share/unicode/auxiliary"));
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(_) => {
                eprintln!(
                    "note: {} not found; install Debian's unicode-data or set \
                     GLOSSATOR_UNICODE_DATA to run Unicode's boundary tests",
                    path.display()
                );
                None
            }
        }
    }

    /// One test line: the text, and whether each char boundary is a break.
    /// (line, text, breaks): whether each listed offset is a boundary.
    type Case = (usize, String, Vec<(usize, bool)>);

    fn cases(file: &str) -> Vec<Case> {
        let mut out = Vec::new();
        for (n, line) in file.lines().enumerate() {
            let body = line.split('#').next().unwrap_or("").trim();
            if body.is_empty() {
                continue;
            }
            let mut text = String::new();
            let mut marks = Vec::new();
            for token in body.split_whitespace() {
                match token {
                    "÷" => marks.push((text.len(), true)),
                    "×" => marks.push((text.len(), false)),
                    hex => {
                        let c = u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or_else(|| panic!("line {}: {hex}", n + 1));
                        text.push(c);
                    }
                }
            }
            out.push((n + 1, text, marks));
        }
        out
    }

    /// Cases where Debian 12's test file (Unicode 15.0) and the crate's tables
    /// (Unicode 17.0) disagree: U+2701 UPPER BLADE SCISSORS after a zero-width
    /// joiner is joined by GB11 in 15.0, split by unicode-segmentation 1.13.
    const KNOWN_GRAPHEME_DIFFERENCES: &[&str] = &["\u{2701}\u{200D}\u{2701}"];

    #[test]
    fn grapheme_break_test() {
        let Some(file) = data_file("GraphemeBreakTest.txt") else {
            return;
        };
        let mut failures = Vec::new();
        let mut checked = 0;
        for (line, text, marks) in cases(&file) {
            if KNOWN_GRAPHEME_DIFFERENCES.contains(&text.as_str()) {
                continue;
            }
            for &(i, want) in &marks {
                checked += 1;
                if is_grapheme_boundary(&text, i) != want {
                    failures.push(format!("line {line}: {text:?} at {i}: want {want}"));
                }
            }
        }
        eprintln!(
            "GraphemeBreakTest: {checked} positions, {} differ",
            failures.len()
        );
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn word_break_test() {
        let Some(file) = data_file("WordBreakTest.txt") else {
            return;
        };
        let mut failures = Vec::new();
        let (mut checked, mut skipped) = (0, 0);
        for (line, text, marks) in cases(&file) {
            for &(i, want) in &marks {
                // The matcher asks only at grapheme boundaries.
                if !is_grapheme_boundary(&text, i) {
                    continue;
                }
                // The documented exception: invisible characters are left out,
                // so next to one the boundary is decided as if it were absent
                // (UAX #29 attaches a trailing format character to the word
                // before it, WB4).
                let invisible_before = text[..i].chars().next_back().is_some_and(is_ignorable);
                let invisible_after = text[i..].chars().next().is_some_and(is_ignorable);
                if invisible_before || invisible_after {
                    skipped += 1;
                    continue;
                }
                checked += 1;
                if is_word_boundary(&text, i, &[]) != want {
                    failures.push(format!("line {line}: {text:?} at {i}: want {want}"));
                }
            }
        }
        eprintln!(
            "WordBreakTest: {checked} positions checked, {skipped} next to an invisible \
             character left out, {} differ",
            failures.len()
        );
        assert!(checked > 6000, "only {checked} positions checked");
        assert!(
            failures.is_empty(),
            "{} differ: {failures:#?}",
            failures.len()
        );
    }
}
