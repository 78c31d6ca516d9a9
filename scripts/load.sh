#!/usr/bin/env bash
# Load benchmark of newsgraph serve's search API, the same way each time:
# builds newsgraph and the load tool (e2e/load), makes N synthetic
# articles from the example articles (load -gen N), ingests them into a
# SQLite store (kept and reused while it holds N articles, so reruns
# start at once), serves the store on a loopback port and puts C clients
# on /api/search for D. Prints `uptime` before and after the load, since
# other work on the machine skews the numbers. Stops the server on exit.
#
#   scripts/load.sh [-n ARTICLES] [-c CLIENTS] [-d DURATION] [-db PATH] [-port PORT]
#
# Defaults, also settable in the environment: LOAD_N=10000,
# LOAD_CLIENTS=200, LOAD_DURATION=30s,
# LOAD_DB=${TMPDIR:-/tmp}/newsgraph-load/store-N.db, LOAD_PORT=0 (a free
# port). Remove the store to build it anew.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${LOAD_N:-10000}
clients=${LOAD_CLIENTS:-200}
duration=${LOAD_DURATION:-30s}
db=${LOAD_DB:-}
port=${LOAD_PORT:-0}
usage() { echo "usage: scripts/load.sh [-n ARTICLES] [-c CLIENTS] [-d DURATION] [-db PATH] [-port PORT]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage
  case $1 in
    -n) n=$2 ;;
    -c) clients=$2 ;;
    -d) duration=$2 ;;
    -db | --db) db=$2 ;;
    -port | --port) port=$2 ;;
    *) usage ;;
  esac
  shift 2
done
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "load: -n wants a positive whole number, not '$n'" >&2; exit 2; }
command -v curl >/dev/null || { echo "load: curl is missing (apt-get install -y curl)" >&2; exit 2; }
db=${db:-${TMPDIR:-/tmp}/newsgraph-load/store-$n.db}
mkdir -p "$(dirname "$db")"

work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-load-XXXXXX")
pid= lpid=
cleanup() {
  for p in $lpid $pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rev=$(git rev-parse --short HEAD 2>/dev/null) || rev='?'
git diff --quiet 2>/dev/null || [ "$rev" = '?' ] || rev+=' (uncommitted changes)'
echo "== $(go version), $(nproc) CPUs, $rev"
go build -o "$work/newsgraph" ./cmd/newsgraph
go build -o "$work/load" ./e2e/load

# stored prints how many articles the store holds.
stored() { "$work/newsgraph" query articles --db "$db" --limit $((n + 1)) --format jsonl | wc -l; }

have=0
[ -s "$db" ] && have=$(stored)
if [ "$have" -eq "$n" ]; then
  echo "== reusing $db: $have articles"
else
  echo "== ingesting $n generated articles into $db (it holds $have)"
  "$work/load" -gen "$n" >"$work/articles.jsonl"
  "$work/newsgraph" ingest --db "$db" -q "$work/articles.jsonl"
  have=$(stored)
  if [ "$have" -ne "$n" ]; then
    echo "load: $db holds $have articles, not $n: remove it or name another with -db" >&2
    exit 1
  fi
fi

"$work/newsgraph" serve --db "$db" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
pid=$!
url=
for _ in $(seq 300); do
  kill -0 "$pid" 2>/dev/null || { echo "load: the server stopped:" >&2; cat "$work/serve.log" >&2; exit 1; }
  [ -n "$url" ] || url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)
  if [ -n "$url" ] && curl -fsS -o /dev/null --max-time 2 "$url/api/search?q=reservoir"; then
    break
  fi
  sleep 0.1
done
curl -fsS -o /dev/null --max-time 2 "$url/api/search?q=reservoir" 2>/dev/null || {
  echo "load: the server did not answer in 30s:" >&2; cat "$work/serve.log" >&2; exit 1
}
echo "== serving on $url"

echo "== uptime before: $(uptime)"
status=0
"$work/load" -url "$url" -c "$clients" -d "$duration" &
lpid=$!
wait "$lpid" || status=$?
lpid=
echo "== uptime after:  $(uptime)"
exit "$status"
