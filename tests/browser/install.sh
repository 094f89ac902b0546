#!/usr/bin/env bash
# Installs what the browser test needs: Debian's Chromium, fonts, playwright-core
# (no browser download: the test drives /usr/bin/chromium) and axe-core.
set -euo pipefail
cd "$(dirname "$0")"
# Chromium, a Japanese font so that screenshots show the original script, and
# DejaVu for the Arabic of the right-to-left page.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-ipafont-gothic fonts-dejavu-core >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y chromium fonts-ipafont-gothic fonts-dejavu-core
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
