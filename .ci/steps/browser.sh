#!/usr/bin/env bash
# CI step: the end-to-end browser test. Pages annotated by glossator are opened in
# Debian's headless Chromium: tooltips show on hover and keyboard focus, footnote
# links jump and come back, and a hostile glossary runs no script and adds no
# element (tests/browser/browser-test.mjs). Screenshots are left in
# tests/browser/artifacts/.
#
# Needs Debian's package archive (chromium, a Japanese font, and Node.js when it
# is missing) and the npm registry (playwright-core, without its browser
# download). Installing packages needs root.
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
article=tests/data/html/article.html
hostile=tests/browser/hostile
same() {
    local page="$1"
    shift
    if ! "$bin" annotate "$@" | cmp -s - "$pages/$page"; then
        echo "browser.sh: glossator annotate $* differs from $pages/$page" >&2
        exit 1
    fi
    echo "ok   glossator annotate $* = $page"
}
same tooltip.html --stylesheet "$article"
same footnotes.html --stylesheet --notes --all --terms-list "$article"
same hostile-tooltip.html --stylesheet --glossary "$hostile" "$hostile/page.html"
same hostile-footnotes.html --stylesheet --notes --terms-list --glossary "$hostile" "$hostile/page.html"
