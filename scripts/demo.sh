#!/usr/bin/env bash
# The demo: build and install the extension, start a throwaway cluster, load the
# bundled Sequin sample schemas, and print SELECT sequin_hasura_metadata('hubspot').
# Nothing is left running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh 15 >&2   # the demo needs only Debian's 15
echo "demo: building and installing the extension" >&2
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null 2>&1 \
  || cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >&2
trap 'bash scripts/cluster.sh stop' EXIT
bash scripts/cluster.sh start
eval "$(bash scripts/cluster.sh env)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE demo" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d demo -f tests/fixtures/hubspot.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d demo -f tests/fixtures/salesforce.sql >/dev/null
echo "demo: psql> CREATE EXTENSION pg_sequin_hasura; SELECT sequin_hasura_metadata('hubspot');" >&2
psql -X -q -v ON_ERROR_STOP=1 -d demo -At \
  -c "CREATE EXTENSION pg_sequin_hasura" \
  -c "SELECT jsonb_pretty(sequin_hasura_metadata('hubspot'))"
