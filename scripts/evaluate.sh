#!/usr/bin/env bash
# The inference evaluation: precision and recall of the suggestions on every bundled
# fixture (tests/fixtures/<schema>.sql with its hand-written <schema>.truth), from
# names alone and with rows. Builds and installs the extension and runs on its own
# throwaway cluster. For a schema of your own, run scripts/evaluate.py against your
# database instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null 2>&1
export PSH_PORT=${PSH_PORT:-54331}
trap 'bash scripts/cluster.sh stop' EXIT
bash scripts/cluster.sh start
eval "$(bash scripts/cluster.sh env)"
export PGDATABASE=evaluate
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE evaluate"
for f in tests/fixtures/*.sql; do psql -X -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null; done
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pg_sequin_hasura" -c "ANALYZE"
python3 scripts/evaluate.py hubspot tests/fixtures/hubspot.truth
python3 scripts/evaluate.py salesforce tests/fixtures/salesforce.truth --include public
python3 scripts/evaluate.py stripe tests/fixtures/stripe.truth
python3 scripts/evaluate.py airtable tests/fixtures/airtable.truth
