#!/usr/bin/env bash
# End-to-end browser test: builds newsgraph, ingests the example articles
# and a hostile one into a fresh store, serves it on a random loopback
# port and drives headless Chromium through it (browser.test.mjs).
# Screenshots go to $NEWSGRAPH_SHOTS, else a new temporary folder.
set -euo pipefail
cd "$(dirname "$0")"
e2e=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-e2e-XXXXXX")
export NEWSGRAPH_SHOTS="${NEWSGRAPH_SHOTS:-$work/screenshots}"
pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

(cd .. && go build -o "$work/newsgraph" ./cmd/newsgraph)
"$work/newsgraph" ingest --db "$work/store.db" -q ../examples testdata/hostile.json
"$work/newsgraph" serve --db "$work/store.db" --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
pid=$!
url=
for _ in $(seq 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "server did not start"; cat "$work/serve.log"; exit 1; }
echo "e2e: serving on $url"; echo "e2e: screenshots in $NEWSGRAPH_SHOTS"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
NEWSGRAPH_URL="$url" node "$e2e/browser.test.mjs"
