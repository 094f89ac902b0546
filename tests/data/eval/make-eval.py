#!/usr/bin/env python3
"""Builds articles/*.txt and labels/*.tsv from the hand-marked sources in marked/.

In a marked source every occurrence a reader would mark as a glossary term is
written `[[entry-id|text as it stands]]`; everything else is the article as is.
`\\uXXXX` stands for one code point (decomposed accents, no-break spaces, soft
hyphens), so the articles contain the exact code points the markup names.

labels/<name>.tsv: `start<TAB>end<TAB>entry-id<TAB>text`, UTF-8 byte offsets into
articles/<name>.txt. In the text column `\\`, tab and newline are written `\\\\`,
`\\t` and `\\n`, and invisible or combining characters `\\u{XXXX}`.

Run from anywhere: python3 tests/data/eval/make-eval.py
"""

import pathlib
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Za-z][A-Za-z0-9_-]*)\|(.*?)\]\]", re.S)
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def tsv_text(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif unicodedata.category(c) in ("Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp") and c != " ":
            out.append("\\u{%04X}" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def build(src):
    raw = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), src.read_text(encoding="utf-8"))
    article = bytearray()
    labels = []
    pos = 0
    for m in MARK.finditer(raw):
        article += raw[pos : m.start()].encode()
        start = len(article)
        article += m.group(2).encode()
        labels.append((start, len(article), m.group(1), m.group(2)))
        pos = m.end()
    article += raw[pos:].encode()
    text = article.decode()
    assert "[[" not in text and "]]" not in text, f"{src.name}: unbalanced markup"
    return text, labels


def main():
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "labels").mkdir(exist_ok=True)
    for src in sorted((HERE / "marked").glob("*.txt")):
        text, labels = build(src)
        (HERE / "articles" / src.name).write_text(text, encoding="utf-8")
        lines = [f"{s}\t{e}\t{entry}\t{tsv_text(t)}\n" for s, e, entry, t in labels]
        (HERE / "labels" / (src.stem + ".tsv")).write_text("".join(lines), encoding="utf-8")
        print(f"{src.stem}: {len(labels)} labels")


if __name__ == "__main__":
    main()
