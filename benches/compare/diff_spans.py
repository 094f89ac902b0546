#!/usr/bin/env python3
"""Explains the difference between two tools' matches on the same text.

    diff_spans.py CORPUS TERMS GLOSSATOR_SPANS OTHER_SPANS OTHER_NAME [--limit BYTES] [--examples K]

Span files hold `start<TAB>end` byte offsets, one match a line. Only matches that
end within the first BYTES of CORPUS (default: all of it) count. Each match that
one tool finds and the other does not is put in one category by looking at the
text around it; prints one JSON object: both counts and, per category, how many
and a few examples. Categories of matches found by both tools at different
extents are listed once per side.

With OTHER_NAME floor or pyahocorasick (a leftmost-longest scan that drops rejected
candidates), the candidates that tool rejected are recomputed, which tells
glossator's shorter-match fallback and resumption at the next word start apart.
"""

import bisect
import json
import re
import sys
import unicodedata

from prepare import form_key

WORD = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
CONTRACTION = re.compile(r"['\u2019](?!s\b|S\b)[A-Za-z]")


def read_spans(path, limit):
    out = []
    with open(path) as f:
        for line in f:
            s, e = line.split()
            s, e = int(s), int(e)
            if e <= limit:
                out.append((s, e))
    return sorted(set(out))


def overlapping(spans, starts, s, e):
    i = bisect.bisect_left(starts, s)
    found = []
    for j in (i - 1, i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < e and s < spans[j][1]:
            found.append(spans[j])
    k = i + 2
    while k < len(spans) and spans[k][0] < e:
        found.append(spans[k])
        k += 1
    return found


def floor_candidates(data, terms):
    """The leftmost-longest, ASCII-case-insensitive candidates of the floor, before
    its whole-word check: (start, end) byte offsets, sorted."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for t in terms:
        key = t.encode("utf-8").lower().decode("latin-1")
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    text = data.lower().decode("latin-1")
    return [(end - n + 1, end + 1) for end, n in automaton.iter_long(text)]


_NLP = []


def spacy_splits_differently(text):
    """spaCy's English tokenizer exceptions are case-sensitive (`id` → `i d`, `ID`
    stays whole), so a pattern and the same word in another case in the text can
    become different token sequences."""
    if not _NLP:
        import spacy

        _NLP.append(spacy.blank("en"))
    nlp = _NLP[0]
    variants = {text, text.lower(), text.upper(), text.capitalize()}
    return len({tuple(t.lower_ for t in nlp.make_doc(v)) for v in variants}) > 1


def char_before(data, s):
    piece = data[max(0, s - 4): s].decode("utf-8", "ignore")
    return piece[-1:] if piece else ""


def char_after(data, e):
    piece = data[e: e + 4].decode("utf-8", "ignore")
    return piece[:1]


def glued(c):
    return bool(c) and (c.isalnum() or c == "_")


def main(argv):
    if len(argv) < 6:
        sys.exit(__doc__)
    corpus, terms_path, ref_path, other_path, other = argv[1:6]
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    k = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 3
    with open(corpus, "rb") as f:
        data = f.read() if limit is None else f.read(limit)
    limit = len(data)
    with open(terms_path, encoding="utf-8") as f:
        terms = [t for t in f.read().split("\n") if t]
    literal = {t.lower() for t in terms}
    keys = {form_key(t) for t in terms}

    ref = read_spans(ref_path, limit)
    oth = read_spans(other_path, limit)
    ref_set, oth_set = set(ref), set(oth)
    ref_starts = [s for s, _ in ref]
    oth_starts = [s for s, _ in oth]

    cands, cand_starts = None, None
    if other in ("floor", "pyahocorasick"):
        cands = floor_candidates(data, terms)
        cand_starts = [s for s, _ in cands]

    cats = {}

    def put(side, reason, s, e):
        c = cats.setdefault((side, reason), {"side": side, "reason": reason, "count": 0, "examples": []})
        c["count"] += 1
        if len(c["examples"]) < k:
            before = data[max(0, s - 30): s].decode("utf-8", "ignore").replace("\n", " ")
            after = data[e: e + 30].decode("utf-8", "ignore").replace("\n", " ")
            c["examples"].append(f"…{before}[{data[s:e].decode('utf-8', 'replace')}]{after}…")

    for s, e in ref:
        if (s, e) in oth_set:
            continue
        text = data[s:e].decode("utf-8", "replace")
        as_written = text.lower() in literal
        folded = form_key(text) in keys
        b, a = char_before(data, s), char_after(data, e)
        over = overlapping(oth, oth_starts, s, e)
        if over:
            if not as_written and folded:
                reason = "different extent: glossator's longer match is a form only after folding hyphen/space/line break"
            elif any(os_ > s and glued(char_before(data, os_)) for os_, _ in over):
                reason = "the other tool's match starts inside this word" + (
                    " (ripgrep 13's -w emulation, BurntSushi/ripgrep#2623: F[red])" if other == "rg" else "")
            elif any(os_ == s and oe < e for os_, oe in over):
                reason = "different extent: a longer match at the same start" + (
                    " (ripgrep's alternation is leftmost-first: the term listed first wins, `log` before `log in`)"
                    if other == "rg" else "")
            else:
                reason = "different extent (overlapping matches)"
        elif not as_written:
            if folded and any(ord(c) > 127 for c in text):
                reason = "Unicode folding (case beyond ASCII, typographic apostrophe, NFKC)"
            elif folded:
                reason = "separator folding: hyphen = space = line break, trailing/leading hyphen of a form dropped"
            else:
                reason = "derived variant (plural, stem, joined form) not in the term list"
        elif b in "'\u2019":
            reason = "right after an apostrophe (you’[re]): glossator accepts a form there, the other tool does not"
        elif cands is not None:
            hit = overlapping(cands, cand_starts, s, e)
            if any(c[0] == s and c[1] > e for c in hit):
                reason = "shorter-match fallback: the longest candidate at this start failed the boundary check"
            elif any(c[0] < s for c in hit):
                reason = "resumed at the next word start: a rejected candidate had swallowed this start"
            else:
                reason = "boundary rule differs"
        elif glued(b) or glued(a):
            reason = "boundary rule differs (the other tool reads a neighbouring character as part of the word)"
        elif b in ".@/:" or a in ".@/:":
            reason = "part of a dotted name, URL or address (one token for the other tool: docs@[python].org)"
        elif b in "([{)]}" or a in "([{)]}":
            reason = "next to a bracket (one token for the other tool: [range](10))"
        elif (b and not b.isspace()) or (a and not a.isspace()):
            reason = "next to other punctuation the other tool keeps in its token"
        elif other == "spacy" and spacy_splits_differently(text):
            reason = "spaCy tokenizes the form and the text differently (tokenizer exceptions: `id` → `i d`, `ID` one token)"
        else:
            reason = "the other tool did not report it (other)"
        put("glossator only", reason, s, e)

    for s, e in oth:
        if (s, e) in ref_set:
            continue
        b, a = char_before(data, s), char_after(data, e)
        text = data[s:e].decode("utf-8", "replace")
        over = overlapping(ref, ref_starts, s, e)
        if over and any(
            data[rs:re_].decode("utf-8", "replace").lower() not in literal for rs, re_ in over
        ):
            reason = "part of a compound glossator matches whole after separator folding (for-loop)"
        elif over and glued(b):
            reason = "starts inside a word" + (
                " (ripgrep 13's -w emulation, BurntSushi/ripgrep#2623: F[red])" if other == "rg" else "")
        elif over and any(rs == s and re_ > e for rs, re_ in over):
            reason = "different extent: a shorter match at the same start" + (
                " (ripgrep's alternation is leftmost-first: the term listed first wins, `log` before `log in`)"
                if other == "rg" else "")
        elif over and all(rs < s for rs, _ in over):
            reason = "rest of a multi-word form the other tool matched in pieces (log in → log, in)"
        elif over:
            reason = "different extent (overlapping matches)"
        elif CONTRACTION.match(data[e: e + 4].decode("utf-8", "ignore")):
            reason = "followed by ’t, ’re, ’ll, ’d… : glossator reads the contraction (can’t) as one word"
        elif a and not a.isalnum() and any(ch.isalnum() for ch in unicodedata.normalize("NFKC", a)):
            reason = "followed by a character whose compatibility form is a letter (Core™: ™ → TM)"
        elif (b and ord(b) > 127 and b.isalnum()) or (a and ord(a) > 127 and a.isalnum()):
            reason = "beside a non-ASCII letter: glossator's word characters are Unicode"
        elif glued(b) or glued(a):
            reason = "inside a word: the other tool's tokens split it (do|n’t, can|not, __|index|__)"
        elif text.lower() not in literal and form_key(text) not in keys:
            reason = "not a form as written (the other tool's normalization)"
        else:
            reason = "glossator did not report it (other)"
        put(other + " only", reason, s, e)

    print(json.dumps({
        "other": other, "bytes": limit, "glossator": len(ref), other: len(oth),
        "glossator_only": sum(c["count"] for c in cats.values() if c["side"] == "glossator only"),
        "other_only": sum(c["count"] for c in cats.values() if c["side"] != "glossator only"),
        "categories": sorted(cats.values(), key=lambda c: (c["side"] != "glossator only", -c["count"])),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
