#!/usr/bin/env bash
# CI step: the end-to-end browser test. Pages annotated by glossator, in every
# mode (default tooltips, --focusable-terms --its, --terms-list, --markup abbr,
# --notes, Japanese with ruby, right-to-left Arabic), are opened in Debian's
# headless Chromium: axe-core reports no WCAG 2.2 A/AA violation; keyboard,
# touch and pointer interaction, Escape (SC 1.4.13), the accessibility tree,
# narrow screens, print, forced colours, a Content Security Policy and a
# hostile glossary are checked (tests/browser/browser-test.mjs). Screenshots of
# each state are left in tests/browser/artifacts/.
#
# Needs Debian's package archive (chromium, a Japanese font, and Node.js when it
# is missing) and the npm registry (playwright-core, without its browser
# download, and axe-core). Installing packages needs root.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y nodejs npm
fi

bash tests/browser/install.sh && bash tests/browser/run.sh

# The pages the browser opened are made by the annotate_page example; the
# command line must write the very same bytes.
cargo build --quiet --bin glossator
bin="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/glossator"
pages=tests/browser/artifacts
article=tests/browser/article.html
ja=tests/data/html/ja.html
rtl=tests/browser/rtl
hostile=tests/browser/hostile
js=(--stylesheet --script glossator.js)
same() {
    local page="$1"
    shift
    if ! "$bin" annotate "$@" | cmp -s - "$pages/$page"; then
        echo "browser.sh: glossator annotate $* differs from $pages/$page" >&2
        exit 1
    fi
    echo "ok   glossator annotate $* = $page"
}
same tooltip.html "${js[@]}" "$article"
same tooltip-css-only.html --stylesheet "$article"
same focusable.html "${js[@]}" --focusable-terms --its "$article"
same terms-list.html "${js[@]}" --focusable-terms --terms-list "$article"
same abbr.html "${js[@]}" --markup abbr "$article"
same footnotes.html --stylesheet --notes --all --terms-list "$article"
same ja.html "${js[@]}" --lang ja "$ja"
same rtl.html "${js[@]}" --lang ar --glossary "$rtl" "$rtl/page.html"
same hostile-tooltip.html "${js[@]}" --glossary "$hostile" "$hostile/page.html"
same hostile-footnotes.html --stylesheet --notes --terms-list --glossary "$hostile" "$hostile/page.html"
