#!/usr/bin/env python3
"""Prepares the data of the side-by-side comparison (see README.md).

    prepare.py dict NAME PREFIX OUTDIR     FOLDOC or GCIDE (dictd files) -> glossator glossary
    prepare.py corpus HTMLDIR OUT BYTES    prose of the Python docs, repeated up to BYTES
    prepare.py slice IN OUT BYTES          the first BYTES of a corpus, cut at a paragraph end
    prepare.py split IN OUTDIR N           a corpus cut into N files at paragraph ends
    prepare.py terms RON OUT               every form of a glossary file, one a line
    prepare.py jsonl IN BYTES              JSON Lines {"text": paragraph} on stdout, up to BYTES

Standard library only: it runs before the virtual environment exists.
"""

import gzip
import html.parser
import json
import os
import re
import sys
import unicodedata

# --- dictd -------------------------------------------------------------------------

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_VALUE = {c: i for i, c in enumerate(B64)}


def b64_number(s):
    """dictd's index numbers: big-endian base 64 with the digits of B64."""
    n = 0
    for c in s:
        n = n * 64 + B64_VALUE[c]
    return n


def read_index(path):
    """(headword, offset, length) per line of a dictd .index file, in file order."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            out.append((parts[0], b64_number(parts[1]), b64_number(parts[2])))
    return out


# --- glossator's form key, approximated ----------------------------------------------
# glossator rejects one form claimed by two entries when the forms fold to the same
# key (src/matcher/fold.rs): NFKC, full case folding, separator runs (white space,
# hyphens, dashes, middle dots) to one space, typographic apostrophes to ', invisible
# characters dropped, outer spaces trimmed.

SEPARATORS = "-\u2010\u2011\u2012\u2013\ufe63\uff0d\u30fb\uff65"
SEPARATOR_RUN = re.compile("[\\s" + re.escape(SEPARATORS) + "]+")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


def form_key(form):
    s = unicodedata.normalize("NFKC", form)
    s = unicodedata.normalize("NFKC", s.casefold())
    s = IGNORABLE.sub("", s).translate(APOSTROPHES)
    return SEPARATOR_RUN.sub(" ", s).strip(" ")


def usable_form(form):
    """At least two characters, at least one of them a letter or digit, and no
    control characters (applied to a headword and to its folded key)."""
    return len(form) >= 2 and any(c.isalnum() for c in form) and not any(
        unicodedata.category(c).startswith("C") for c in form
    )


# --- definitions ---------------------------------------------------------------------

WS = re.compile(r"\s+")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z(\"'])")


def first_sentence(text, limit=200):
    text = WS.sub(" ", text).strip()
    m = SENTENCE_END.search(text)
    if m and m.start() <= limit:
        return text[: m.start()]
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


def foldoc_definition(body):
    # Headword lines, a blank line, then the text: "<category> Text with {links}."
    _, _, text = body.partition("\n\n")
    text = WS.sub(" ", text).strip()
    text = re.sub(r"^(?:\d+\.\s*)?(<[^>]*>\s*)+", "", text)
    text = re.sub(r"\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\(\d{4}-\d{2}-\d{2}\)\s*$", "", text)
    return first_sentence(text)


def gcide_definition(body):
    # "Word \Word\ (pron), n. [etymology] 1. First sense. [1913 Webster] 2. ..."
    text = WS.sub(" ", body).strip()
    text = re.sub(r"\\[^\\]*\\", "", text)
    text = re.sub(r"\[[^\[\]]*\]", "", text)
    text = re.sub(r"\{([^{}]*)\}", r"\1", text)
    m = re.search(r"\s1\.\s", text)
    if m:
        text = text[m.end():]
    else:
        text = re.sub(r"^[^,]*,\s*(?:[a-z]+\.\s*)+", "", text, count=1)
    text = re.sub(r"^\((?:[A-Z][a-z]*\.\s*)+\)\s*", "", text)
    text = re.sub(r"\s*--\s*\w+\.?$", "", first_sentence(text))
    return text


def fluent_escape(text):
    """A single-line Fluent pattern: braces as string literals, and a leading
    `[`, `*` or `.` quoted too (they would start a variant or attribute on a
    continuation line)."""
    out = []
    for i, c in enumerate(text):
        if c in "{}" or (i == 0 and c in "[*."):
            out.append('{"' + c + '"}')
        else:
            out.append(c)
    return "".join(out)


def ron_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def convert_dict(name, prefix, outdir):
    """Writes OUTDIR/glossaries/NAME.ron, OUTDIR/locales/en/NAME.ftl and
    OUTDIR/terms.txt (every form, one a line)."""
    index = read_index(prefix + ".index")
    with gzip.open(prefix + ".dict.dz") as f:
        data = f.read()
    id_prefix = name[0]
    define = foldoc_definition if name == "foldoc" else gcide_definition
    # Headwords that share a definition (same offset and length) are one entry.
    # glossator rejects one folded key in two entries, so each key goes to one entry:
    # the one of its plainest spelling (no leading or trailing hyphen: `a` rather than
    # the prefix `a-`), the first in index order among equals. Spellings of a key that
    # point at that entry are all kept (`e-mail`, `e mail`).
    skipped = {"short or punctuation": 0, "duplicate": 0, "dictd metadata": 0}
    words = []
    for word, off, length in index:
        word = WS.sub(" ", word).strip()
        if word.startswith("00-database") or word.startswith("00database"):
            skipped["dictd metadata"] += 1
            continue
        if not usable_form(word):
            skipped["short or punctuation"] += 1
            continue
        key = form_key(word)
        if not usable_form(key):  # `A-` is the one-letter key `a`
            skipped["short or punctuation"] += 1
            continue
        words.append((word, key, (off, length)))
    best = {}
    for i, (word, key, slot) in enumerate(words):
        rank = (0 if word.strip(SEPARATORS + " ") == word else 1, i)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, slot)
    entries = {}  # (offset, length) -> [forms]
    order = []
    taken = set()
    for word, key, slot in words:
        if best[key][1] != slot or (slot, word.lower()) in taken:
            skipped["duplicate"] += 1
            continue
        taken.add((slot, word.lower()))
        if slot not in entries:
            entries[slot] = []
            order.append(slot)
        entries[slot].append(word)
    os.makedirs(os.path.join(outdir, "glossaries"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "locales", "en"), exist_ok=True)
    n_forms = 0
    with open(os.path.join(outdir, "glossaries", name + ".ron"), "w", encoding="utf-8") as ron, \
            open(os.path.join(outdir, "locales", "en", name + ".ftl"), "w", encoding="utf-8") as ftl, \
            open(os.path.join(outdir, "terms.txt"), "w", encoding="utf-8") as terms:
        ron.write(f'// Converted from {prefix}.index by benches/compare/prepare.py\n')
        ron.write(f'Glossary(\n    id: "{name}",\n    language: "en",\n    entries: [\n')
        ftl.write(f"# {name}: first sentence of each entry, converted by benches/compare/prepare.py\n\n")
        for n, slot in enumerate(order, 1):
            forms = entries[slot]
            eid = f"{id_prefix}{n}"
            body = data[slot[0]: slot[0] + slot[1]].decode("utf-8", errors="replace")
            definition = define(body) or forms[0]
            ron.write(f"        Entry(id: \"{eid}\", forms: [{', '.join(map(ron_string, forms))}]),\n")
            ftl.write(f"{eid} = {fluent_escape(definition)}\n")
            for form in forms:
                terms.write(form + "\n")
            n_forms += len(forms)
        ron.write("    ],\n)\n")
    print(json.dumps({"glossary": name, "entries": len(order), "forms": n_forms, "skipped": skipped}))


# --- corpus --------------------------------------------------------------------------


class Paragraphs(html.parser.HTMLParser):
    """Text of each <p>, outside <script>, <style> and <pre>; entities decoded."""

    SKIP = {"script", "style", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self.depth_p = 0
        self.skip = 0
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "p":
            if self.depth_p == 0:
                self.buf = []
            self.depth_p += 1
        elif tag == "br" and self.depth_p:
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "p" and self.depth_p:
            self.depth_p -= 1
            if self.depth_p == 0:
                text = WS.sub(" ", "".join(self.buf)).strip()
                if len(text) >= 20:
                    self.paragraphs.append(text)

    def handle_data(self, data):
        if self.depth_p and not self.skip:
            self.buf.append(data)


def html_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("_"))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".html"))
    return out


def make_corpus(root, out, size):
    paragraphs = []
    for path in html_files(root):
        parser = Paragraphs()
        with open(path, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        parser.close()
        paragraphs.extend(parser.paragraphs)
    unique = "\n\n".join(paragraphs) + "\n\n"
    unique_bytes = unique.encode("utf-8")
    with open(out, "wb") as f:
        written = 0
        while written + len(unique_bytes) <= size:
            f.write(unique_bytes)
            written += len(unique_bytes)
        rest = unique_bytes[: size - written]
        cut = rest.rfind(b"\n\n")
        if cut > 0:
            f.write(rest[: cut + 2])
            written += cut + 2
    print(json.dumps({"corpus": out, "bytes": written, "unique_prose_bytes": len(unique_bytes),
                      "paragraphs": len(paragraphs), "html_files": len(html_files(root))}))


def make_slice(src, out, size):
    with open(src, "rb") as f:
        data = f.read(size + 1)
    if len(data) > size:
        cut = data.rfind(b"\n\n", 0, size)
        data = data[: cut + 2] if cut > 0 else data[:size]
    with open(out, "wb") as f:
        f.write(data)
    print(json.dumps({"slice": out, "bytes": len(data)}))


def split(src, outdir, n):
    with open(src, "rb") as f:
        data = f.read()
    os.makedirs(outdir, exist_ok=True)
    step = max(1, len(data) // n)
    start, i = 0, 0
    while start < len(data):
        end = data.find(b"\n\n", start + step)
        end = len(data) if end < 0 else end + 2
        with open(os.path.join(outdir, f"part{i:05}.txt"), "wb") as f:
            f.write(data[start:end])
        start, i = end, i + 1
    print(json.dumps({"split": outdir, "files": i, "bytes": len(data)}))


def jsonl(src, size):
    with open(src, encoding="utf-8") as f:
        lines = [json.dumps({"text": p}, ensure_ascii=False) + "\n" for p in f.read().split("\n\n") if p]
    block = "".join(lines).encode("utf-8")
    out = sys.stdout.buffer
    written = 0
    try:
        while written < size:
            chunk = block[: size - written]
            if len(chunk) < len(block):
                chunk = chunk[: chunk.rfind(b"\n") + 1]
                if not chunk:
                    break
            out.write(chunk)
            written += len(chunk)
        out.flush()
    except BrokenPipeError:
        pass


def terms_of_ron(ron, out):
    """Every form of every entry of a glossary file, one a line (for the built-in
    glossary, whose forms are written one or more a line inside `forms: [...]`)."""
    with open(ron, encoding="utf-8") as f:
        text = re.sub(r"//[^\n]*", "", f.read())
    forms = []
    for block in re.findall(r"forms:\s*\[(.*?)\]", text, flags=re.S):
        forms.extend(json.loads('"' + s + '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', block))
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(form + "\n" for form in forms)
    print(json.dumps({"terms": out, "forms": len(forms)}))


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "dict" and len(argv) == 5:
        convert_dict(argv[2], argv[3], argv[4])
    elif cmd == "corpus" and len(argv) == 5:
        make_corpus(argv[2], argv[3], int(argv[4]))
    elif cmd == "slice" and len(argv) == 5:
        make_slice(argv[2], argv[3], int(argv[4]))
    elif cmd == "split" and len(argv) == 5:
        split(argv[2], argv[3], int(argv[4]))
    elif cmd == "terms" and len(argv) == 4:
        terms_of_ron(argv[2], argv[3])
    elif cmd == "jsonl" and len(argv) == 4:
        jsonl(argv[2], int(argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
