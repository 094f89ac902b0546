#!/usr/bin/env python3
"""False positives of the built-in glossary on ordinary English (see builtin_fp.sh).

    builtin_fp.py WORDLIST HTMLDIR GLOSSATOR OUTDIR

1. Every Latin-script form of glossaries/*.ron is looked up in WORDLIST (Debian's
   wamerican-huge): a form that is an English word fires on ordinary prose unless
   the entry is case-sensitive and the word list has it only in another case, or
   the English word is the loanword itself (ALLOWED: judo, karaoke, tatami...).
2. The prose of the Python 3.11 documentation (every <p> outside <pre>, made by
   benches/compare/prepare.py, each paragraph once) is scanned with
   `GLOSSATOR scan`; each hit on that corpus is counted as a false positive, and
   the figure is given per million words.

Prints a Markdown report; exits 1 when a form is an English word that is not
ALLOWED. Standard library only.
"""

import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "compare"))
import prepare  # noqa: E402  (the corpus extraction of the side-by-side comparison)

# English words that are the loanword itself, in the sense the entry defines
# (Merriam-Webster lists each with this sense): a match is a true positive.
ALLOWED = {
    "aikido", "anime", "bonsai", "bushido", "daimyo", "detente", "démarche", "demarche",
    "dojo", "entente", "geisha", "glasnost", "haiku", "hibakusha", "ikebana", "judo",
    "kabuki", "kamikaze", "kanban", "kanji", "karaoke", "karate", "katakana", "hiragana",
    "keiretsu", "kendo", "kimono", "manga", "ninja", "otaku", "perestroika", "politburo",
    "rapprochement", "realpolitik", "ronin", "sake", "samurai", "sensei", "seppuku",
    "shinto", "shogun", "shogi", "sumo", "tatami", "torii", "tsunami", "yakuza", "zaibatsu",
    "apparatchik", "apparatchiks", "nomenklatura", "kremlin", "duma", "ainu", "shinkansen",
    "karoshi", "harakiri", "hara-kiri", "communiqué", "communique", "exequatur", "agrément",
    "finlandization", "ostpolitik", "sakhalin", "salaryman", "salarymen", "noh", "ryukyu",
    "kodokan", "tenno", "gaijin", "ninjo", "kami", "matsuri", "ryokan", "onsen", "izakaya",
    "zen", "showa", "meiji", "heisei", "reiwa", "edo", "yasukuni", "senkaku", "anpo", "ezo",
    "yezo", "sambo", "koban", "dokdo", "kunashir", "iturup", "shikotan", "habomai",
    "manchukuo", "karafuto", "nikkei", "kyodo", "yomiuri", "gazprom", "rosneft", "keidanren",
    "détente", "genro", "ghq", "giri", "ippon", "kaizen", "kgb", "maskirovka", "meishi",
    "multipolarity", "nogaku", "chanoyu", "yokozuna", "zaikai",
}

WORD = re.compile(r"\w+", re.UNICODE)


def entries(ron_path):
    """(id, case_sensitive, forms) of each entry of a glossary file."""
    text = open(ron_path, encoding="utf-8").read()
    out = []
    for block in re.findall(r"Entry\((.*?)\n        \),", text, flags=re.S):
        eid = re.search(r'id: "([^"]+)"', block).group(1)
        forms = re.search(r"forms:\s*\[(.*?)\]", block, flags=re.S).group(1)
        forms = [json.loads('"' + s + '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', forms)]
        out.append((eid, "case_sensitive: true" in block, forms))
    return out


def latin(form):
    return any("LATIN" in unicodedata.name(c, "") for c in form) and not any(
        "CYRILLIC" in unicodedata.name(c, "") or "CJK" in unicodedata.name(c, "") for c in form
    )


def word_list_check(words_path, glossaries):
    words = set()
    lower = set()
    with open(words_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            words.add(w)
            lower.add(w.casefold())
    allowed, unexpected, checked = [], [], 0
    for ron in glossaries:
        for eid, sensitive, forms in entries(ron):
            for form in forms:
                if not latin(form):
                    continue
                checked += 1
                key = form.replace("’", "'")
                hit = key in words if sensitive else key.casefold() in lower
                if not hit:
                    continue
                plain = key.casefold()
                (allowed if plain in ALLOWED else unexpected).append((eid, form))
    return checked, allowed, unexpected


def corpus(html_dir, out):
    """Each paragraph of the Python docs once, as benches/compare/prepare.py makes it."""
    paragraphs = []
    for path in prepare.html_files(html_dir):
        parser = prepare.Paragraphs()
        with open(path, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        parser.close()
        paragraphs.extend(parser.paragraphs)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n\n")
    return out


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    words_path, html_dir, glossator, outdir = argv[1:]
    os.makedirs(outdir, exist_ok=True)
    gdir = os.path.join(ROOT, "glossaries")
    glossaries = sorted(os.path.join(gdir, f) for f in os.listdir(gdir) if f.endswith(".ron"))
    checked, allowed, unexpected = word_list_check(words_path, glossaries)
    text_path = corpus(html_dir, os.path.join(outdir, "python-docs-prose.txt"))
    text = open(text_path, encoding="utf-8").read()
    n_words = len(WORD.findall(text))
    report = json.loads(subprocess.run(
        [glossator, "scan", "--format", "json", "-j", "1", text_path],
        check=True, capture_output=True, text=True).stdout)
    hits = report["occurrences"]
    print("## Built-in glossary: false positives on ordinary English\n")
    print(f"Latin-script forms checked against `{words_path}`: {checked}")
    print(f"- English words that are the loanword itself (allowed): {len(allowed)}"
          + (": " + ", ".join(sorted({f for _, f in allowed})) if allowed else ""))
    print(f"- other English words (would fire on ordinary prose): {len(unexpected)}")
    for eid, form in unexpected:
        print(f"  - `{form}` ({eid})")
    print()
    print(f"Python 3.11 docs prose: {len(text.encode('utf-8'))} bytes, {n_words} words")
    print(f"- matches: {hits}, false positives per million words: {hits * 1e6 / n_words:.2f}")
    for e in report["entries"]:
        first = e["first"]
        print(f"  - {e['entry']}: {e['count']} (first at line {first['line']}, column {first['column']})")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
