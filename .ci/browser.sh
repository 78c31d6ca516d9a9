#!/usr/bin/env bash
# CI: install Debian's Chromium and the browser test's npm packages, then
# run the end-to-end browser test (e2e/run.sh). Screenshots are kept under
# $NEWSGRAPH_SHOTS (default: a new folder under $TMPDIR), printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
if ! [ -x /usr/bin/chromium ]; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
fi
(cd e2e && npm ci --no-audit --no-fund)
e2e/run.sh
