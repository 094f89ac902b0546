#!/usr/bin/env bash
# Installs what the browser test needs: Debian's Chromium and playwright-core (no
# browser download: the test drives /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")"
# Chromium, and a Japanese font so that screenshots show the original script.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-ipafont-gothic >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y chromium fonts-ipafont-gothic
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
