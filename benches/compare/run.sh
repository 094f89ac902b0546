#!/usr/bin/env bash
# Side-by-side comparison of glossator with a bare aho-corasick floor, ripgrep,
# FlashText, pyahocorasick and spaCy on FOLDOC, GCIDE and the built-in glossary over
# prose from the Python docs. See benches/compare/README.md.
#
#   benches/compare/run.sh [--quick] [--runs N] [--glossaries builtin,foldoc,gcide]
#                          [--skip peers,rg,html,batch,stream,startup]
#
# Installs what it needs (Debian packages as root, a virtual environment under
# benches/compare/.venv), prepares the data under benches/compare/data/ (never
# committed), builds glossator and the two comparison examples in release mode, runs
# everything and prints a Markdown report, also written to data/results.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

say() { printf '[run.sh] %s\n' "$*" >&2; }

# --- Debian packages ---------------------------------------------------------------
# dict-foldoc, dict-gcide: the glossaries; python3.11-doc: the corpus; ripgrep: a
# peer; time: /usr/bin/time -v for peak RSS; hyperfine: handy, not required.
want=(dict-foldoc dict-gcide python3.11-doc ripgrep time hyperfine)
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        say "missing Debian packages: ${missing[*]} (run as root, or install them first)"
        exit 2
    fi
    say "installing ${missing[*]}"
    apt-get update -qq
    available=()
    for p in "${missing[@]}"; do
        if apt-cache show "$p" >/dev/null 2>&1; then available+=("$p"); else say "not in the archive: $p"; fi
    done
    ((${#available[@]})) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${available[@]}" >&2
fi
for f in /usr/share/dictd/foldoc.index /usr/share/dictd/gcide.index /usr/share/doc/python3.11/html/index.html /usr/bin/time; do
    [[ -e $f ]] || { say "needed and missing: $f"; exit 2; }
done
command -v rg >/dev/null || say "ripgrep missing: its rows will say so"

# --- Python peers ------------------------------------------------------------------
python=${PYTHON:-python3}
venv="$here/.venv"
if [[ ! -x $venv/bin/python ]]; then
    say "creating $venv"
    "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import flashtext, ahocorasick, spacy' 2>/dev/null; then
    say "installing flashtext pyahocorasick spacy into $venv"
    "$venv/bin/pip" install -q flashtext pyahocorasick spacy >&2
fi

# --- builds --------------------------------------------------------------------------
say "cargo build --release (glossator, examples floor and scan_throughput)"
cargo build --release --bin glossator --example floor --example scan_throughput >&2

# --- run -----------------------------------------------------------------------------
exec "$python" "$here/bench.py" "$@"
