#!/usr/bin/env python3
"""The Python peers of the side-by-side comparison (see README.md).

    peers.py TOOL TERMS CORPUS [--runs N] [--spans FILE]

TOOL is flashtext, pyahocorasick or spacy. TERMS holds one term a line. Builds
the tool's matcher once (timed as build_s), scans CORPUS N times (default 5) and
prints one JSON line with the median scan time, MB/s (10^6 bytes of UTF-8 input
per second) and the match count. `--spans FILE` writes each match as
`start<TAB>end` in UTF-8 byte offsets, for diff_spans.py.
"""

import bisect
import json
import statistics
import sys
import time

WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


# --- FlashText: KeywordProcessor(case_sensitive=False) ---------------------------------


def flashtext_build(terms):
    from flashtext import KeywordProcessor

    kp = KeywordProcessor(case_sensitive=False)
    for term in terms:
        kp.add_keyword(term)
    return kp


def flashtext_scan(kp, text):
    # (keyword, start, end) in character offsets of FlashText's lowercased copy of
    # the text (see unlower).
    return [(s, e) for _, s, e in kp.extract_keywords(text, span_info=True)]


def unlower(text, spans):
    """FlashText reports offsets into `text.lower()`, which is longer than the text
    after a character such as İ whose lowercase is two characters: maps them back."""
    special = [c for c in set(text) if len(c.lower()) != 1]
    if not special:
        return spans
    at = sorted((i, len(c.lower()) - 1) for c in special for i in find_all(text, c))
    points, shifts, shift = [], [], 0
    for i, extra in at:
        shift += extra
        points.append(i + shift + 1)  # first lowered offset after the expanded character
        shifts.append(shift)

    def back(p):
        k = bisect.bisect_right(points, p) - 1
        return p - (shifts[k] if k >= 0 else 0)

    return [(back(s), back(e)) for s, e in spans]


def find_all(text, c):
    i = text.find(c)
    while i >= 0:
        yield i
        i = text.find(c, i + 1)


# --- pyahocorasick: lowercase keys, iter_long, ASCII whole-word check ------------------


def pyahocorasick_build(terms):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for term in terms:
        key = term.lower()
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def pyahocorasick_scan(automaton, text):
    low = text.lower()
    if len(low) != len(text):
        # A few characters lowercase to two (İ -> i̇): map those to their first
        # character so that offsets stay aligned.
        table = {ord(c): c.lower()[0] for c in set(text) if len(c.lower()) != 1}
        low = text.translate(table).lower()
    n = len(low)
    spans = []
    for end, length in automaton.iter_long(low):
        start = end - length + 1
        if (start == 0 or low[start - 1] not in WORD) and (end + 1 == n or low[end + 1] not in WORD):
            spans.append((start, end + 1))
    return spans


# --- spaCy: PhraseMatcher(attr="LOWER") on spacy.blank("en") ---------------------------


class SpacyPeer:
    CHUNK = 100_000  # characters per Doc, cut at paragraph ends

    def __init__(self, terms):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        patterns = list(self.nlp.tokenizer.pipe(terms, batch_size=1000))
        for i in range(0, len(patterns), 10_000):
            self.matcher.add("TERM", patterns[i: i + 10_000])

    def chunks(self, text):
        start = 0
        while start < len(text):
            end = text.find("\n\n", start + self.CHUNK)
            end = len(text) if end < 0 else end + 2
            yield start, text[start:end]
            start = end

    def scan(self, text):
        from spacy.util import filter_spans

        pieces = list(self.chunks(text))
        spans = []
        docs = self.nlp.pipe((p for _, p in pieces), batch_size=8)
        for (offset, _), doc in zip(pieces, docs):
            found = filter_spans(self.matcher(doc, as_spans=True))
            spans.extend(sorted((offset + s.start_char, offset + s.end_char) for s in found))
        return spans


def byte_spans(text, spans):
    """Character offsets -> UTF-8 byte offsets (spans in text order)."""
    out = []
    pos_c, pos_b = 0, 0
    for s, e in sorted(spans):
        pos_b += len(text[pos_c:s].encode("utf-8"))
        pos_c = s
        out.append((pos_b, pos_b + len(text[s:e].encode("utf-8"))))
    return out


def main(argv):
    if len(argv) < 4 or argv[1] not in ("flashtext", "pyahocorasick", "spacy"):
        sys.exit(__doc__)
    tool, terms_path, corpus_path = argv[1:4]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    spans_path = argv[argv.index("--spans") + 1] if "--spans" in argv else None

    with open(terms_path, encoding="utf-8") as f:
        terms = [t for t in f.read().split("\n") if t]
    with open(corpus_path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")

    t = time.perf_counter()
    if tool == "flashtext":
        state, scan = flashtext_build(terms), flashtext_scan
    elif tool == "pyahocorasick":
        state, scan = pyahocorasick_build(terms), pyahocorasick_scan
    else:
        peer = SpacyPeer(terms)
        state, scan = peer, SpacyPeer.scan
    build_s = time.perf_counter() - t

    times, spans = [], []
    for _ in range(max(1, runs)):
        t = time.perf_counter()
        spans = scan(state, text)
        times.append(time.perf_counter() - t)
    scan_s = statistics.median(times)

    if tool == "flashtext":
        spans = unlower(text, spans)
    if spans_path:
        with open(spans_path, "w") as f:
            f.writelines(f"{s}\t{e}\n" for s, e in byte_spans(text, spans))

    print(json.dumps({
        "tool": tool, "terms": len(terms), "bytes": len(raw), "build_s": round(build_s, 6),
        "scan_s": round(scan_s, 6), "mb_s": round(len(raw) / 1e6 / scan_s, 3),
        "matches": len(spans), "runs": len(times),
    }))


if __name__ == "__main__":
    main(sys.argv)
