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

article="$here/article.html"
ja="$root/tests/data/html/ja.html"
rtl="$here/rtl"
hostile="$here/hostile"
# The tooltip script, where the pages load it from (next to them).
cp "$root/assets/glossator.js" "$out/glossator.js"
js=(--stylesheet --script glossator.js)
# Every mode the accessibility engine and the interaction tests look at; the
# same list is in .ci/steps/browser.sh, which checks that the command line
# writes the very same pages.
"$bin" "${js[@]}" "$article" > "$out/tooltip.html"
"$bin" --stylesheet "$article" > "$out/tooltip-css-only.html"
"$bin" "${js[@]}" --focusable-terms --its "$article" > "$out/focusable.html"
"$bin" "${js[@]}" --focusable-terms --terms "$article" > "$out/terms-list.html"
"$bin" "${js[@]}" --abbr "$article" > "$out/abbr.html"
"$bin" --stylesheet --footnotes --all --terms "$article" > "$out/footnotes.html"
"$bin" "${js[@]}" --lang ja "$ja" > "$out/ja.html"
"$bin" "${js[@]}" --lang ar --glossary "$rtl" "$rtl/page.html" > "$out/rtl.html"
"$bin" "${js[@]}" --glossary "$hostile" "$hostile/page.html" > "$out/hostile-tooltip.html"
"$bin" --stylesheet --footnotes --terms --glossary "$hostile" "$hostile/page.html" > "$out/hostile-footnotes.html"

[ -d "$here/node_modules/playwright-core" ] || { echo "run.sh: run tests/browser/install.sh first" >&2; exit 2; }
node "$here/browser-test.mjs" "$out" "$out"
# The README's screenshot, from this run, when asked for.
if [ -n "${GLOSSATOR_BLESS:-}" ]; then
    cp "$out/tooltip.png" "$root/docs/tooltip.png"
    echo "run.sh: docs/tooltip.png updated"
fi
