#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages (if it is not there), starts it
# on loopback, creates a test database and exports its DSN as
# NEWSGRAPH_TEST_POSTGRES for the store tests.
#
# Source it from .ci/run so that the variable reaches `go test`:
#     . .ci/postgres.sh
# Run on its own, it prints the export line instead.
# Needs root (as CI and the development machines run).
(
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
# Loopback only; a little more room for the tests' connections.
conf=/etc/postgresql/$version/main/postgresql.conf
grep -q "^listen_addresses = 'localhost'" "$conf" || echo "listen_addresses = 'localhost'" >> "$conf"
grep -q "^max_connections = 200" "$conf" || echo "max_connections = 200" >> "$conf"
grep -q "^fsync = off" "$conf" || echo "fsync = off  # test database: speed over durability" >> "$conf"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL' >/dev/null
ALTER USER postgres PASSWORD 'newsgraph';
SELECT 'CREATE DATABASE newsgraph_test' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'newsgraph_test')\gexec
SQL
) >&2 || { echo ".ci/postgres.sh: PostgreSQL could not be set up" >&2; return 1 2>/dev/null || exit 1; }
NEWSGRAPH_TEST_POSTGRES='postgres://postgres:newsgraph@127.0.0.1:5432/newsgraph_test?sslmode=disable'
export NEWSGRAPH_TEST_POSTGRES
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "export NEWSGRAPH_TEST_POSTGRES='$NEWSGRAPH_TEST_POSTGRES'"
fi
