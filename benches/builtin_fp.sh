#!/usr/bin/env bash
# False positives of the built-in glossary on ordinary English prose.
#
#   benches/builtin_fp.sh
#
# Installs Debian's wamerican-huge (the word list) and python3.11-doc (the corpus)
# when they are missing, builds glossator, and runs benches/builtin_fp.py: every
# Latin-script form checked against the word list, and `glossator scan` over the
# prose of the Python docs (extracted as benches/compare/prepare.py does), reported
# per million words. Data goes to benches/compare/data/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -f /usr/share/dict/american-english-huge ] || need+=(wamerican-huge)
[ -d /usr/share/doc/python3.11/html ] || need+=(python3.11-doc)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${need[@]}"
fi

nice -n 15 cargo build --release --quiet --bin glossator
python3 benches/builtin_fp.py /usr/share/dict/american-english-huge \
    /usr/share/doc/python3.11/html target/release/glossator benches/compare/data/builtin-fp
