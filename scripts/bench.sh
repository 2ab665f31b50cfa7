#!/usr/bin/env bash
# The benchmark (figures, nothing asserted): builds and installs the extension in
# release mode, starts its own throwaway cluster, generates the schemas, and prints
# medians (scripts/bench.py says what is measured). A full run takes a few minutes;
# BENCH_SIZES=100,1000 shortens it; BENCH_SECTIONS=rows,trigger runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
echo "bench: building the extension in release mode" >&2
cargo pgrx install --release --pg-config "$(pg_config --bindir)/pg_config" >/dev/null 2>&1 \
  || cargo pgrx install --release --pg-config "$(pg_config --bindir)/pg_config" >&2
export PSH_PORT=${PSH_PORT:-54350}
trap 'bash scripts/cluster.sh stop' EXIT
bash scripts/cluster.sh start
eval "$(bash scripts/cluster.sh env)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE bench" -c "CREATE DATABASE bench_plain"
psql -X -q -v ON_ERROR_STOP=1 -d bench -c "CREATE EXTENSION pg_sequin_hasura"
python3 scripts/bench.py
# the tests use the debug build: put it back
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null 2>&1
