#!/usr/bin/env bash
# End-to-end browser test: builds the annotate_page example, annotates the test
# pages with it (the same library calls as `glossator annotate --format html`),
# and opens them in headless Chromium (tests/browser/browser-test.mjs).
# Run tests/browser/install.sh once first. Exits non-zero on any failure.
# Pages and screenshots go to tests/browser/artifacts/ (not committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/artifacts"
mkdir -p "$out"
cd "$root"

cargo build --quiet --example annotate_page
bin="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/examples/annotate_page"
[ -x "$bin" ] || { echo "run.sh: $bin was not built" >&2; exit 2; }

article="$root/tests/data/html/article.html"
"$bin" --stylesheet "$article" > "$out/tooltip.html"
"$bin" --stylesheet --footnotes --all --terms "$article" > "$out/footnotes.html"
"$bin" --stylesheet --glossary "$here/hostile" "$here/hostile/page.html" > "$out/hostile-tooltip.html"
"$bin" --stylesheet --footnotes --terms --glossary "$here/hostile" "$here/hostile/page.html" > "$out/hostile-footnotes.html"

[ -d "$here/node_modules/playwright-core" ] || { echo "run.sh: run tests/browser/install.sh first" >&2; exit 2; }
node "$here/browser-test.mjs" "$out" "$out"
