#!/usr/bin/env bash
# Golden SQL tests: pg_regress against a throwaway cluster with the sample schemas
# loaded, then the Hasura validator (--strict) over every document the samples give.
# The PostgreSQL is the one of $PSH_PG_CONFIG (default: pg_config on PATH, Debian's 15);
# each major version has its own port and output dir, so runs never collide.
# Assumes the extension is installed there (cargo pgrx install --pg-config …). Prints a
# closing "regress (PostgreSQL X.Y): N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
export PSH_PG_CONFIG=${PSH_PG_CONFIG:-pg_config}
pg_version=$("$PSH_PG_CONFIG" --version | awk '{print $2}')
pg_major=${pg_version%%.*}
if [ "$pg_major" = 15 ]; then port=54330 out=/tmp/psh_regress; else port=543$pg_major out=/tmp/psh_regress_pg$pg_major; fi
export PSH_PORT=${PSH_PORT:-$port}
out=${PSH_REGRESS_OUT:-$out}
echo "regress on PostgreSQL $pg_version ($("$PSH_PG_CONFIG" --bindir)), port $PSH_PORT, output in $out"
rm -rf "$out" && mkdir -p "$out"
trap 'bash scripts/cluster.sh stop' EXIT
bash scripts/cluster.sh start
eval "$(bash scripts/cluster.sh env)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE regress"
for f in tests/fixtures/*.sql; do psql -X -q -v ON_ERROR_STOP=1 -d regress -f "$f" >/dev/null; done
psql -X -q -v ON_ERROR_STOP=1 -d regress -c "CREATE EXTENSION pg_sequin_hasura"

tests=$(cd tests/pg_regress/sql && ls *.sql | sed 's/\.sql$//' | sort)
passed=0; failed=0
if "$("$PSH_PG_CONFIG" --pkglibdir)/pgxs/src/test/regress/pg_regress" \
    --bindir="$("$PSH_PG_CONFIG" --bindir)" --inputdir=tests/pg_regress --outputdir="$out" \
    --use-existing --dbname=regress --host="$PGHOST" --port="$PGPORT" --user=postgres $tests; then
  passed=$((passed + $(echo $tests | wc -w)))
else
  n_failed=$(grep -cE "^(not ok|test .*FAILED)" "$out/regression.out" 2>/dev/null || true)
  # pg_regress failed without naming a test (it could not run or diff): count them all
  [ "${n_failed:-0}" -gt 0 ] || n_failed=$(echo $tests | wc -w)
  failed=$((failed + n_failed)); passed=$((passed + $(echo $tests | wc -w) - n_failed))
  cat "$out/regression.diffs" >&2 || true
fi

# Every document must pass Hasura's own schema, strictly.
shared=../shared/hasura
if [ -f "$shared/validate_metadata.py" ]; then
  while read -r name call; do
    psql -X -At -v ON_ERROR_STOP=1 -d regress -c "SELECT $call" > "$out/$name.json" 2>/dev/null
    if python3 "$shared/validate_metadata.py" "$shared/metadata.openapi.json" "$out/$name.json" --strict > "$out/$name.validation" 2>&1; then
      echo "validate $name ... ok"; passed=$((passed + 1))
    else
      echo "validate $name ... FAILED"; cat "$out/$name.validation"; failed=$((failed + 1))
    fi
  done <<'CALLS'
hubspot sequin_hasura_metadata('hubspot')
hubspot_low_threshold sequin_hasura_metadata('hubspot', '{"min_confidence": 0}')
salesforce sequin_hasura_metadata('salesforce')
salesforce_with_public sequin_hasura_metadata('salesforce', '{"include_schemas": ["public"], "min_confidence": 0}')
hubspot_replace_metadata sequin_hasura_metadata('hubspot', '{"format": "replace_metadata"}')->'args'->'metadata'
CALLS
else
  echo "validate: ../shared/hasura not present, skipped"
fi
# Scenarios that need more than one session or a database of their own.
for t in tests/shell/*.sh; do
  name=$(basename "$t" .sh)
  if PSH_REGRESS_OUT="$out" bash "$t" > "$out/shell_$name.txt" 2>&1; then
    echo "shell $name ... ok"; passed=$((passed + 1))
  else
    echo "shell $name ... FAILED"; cat "$out/shell_$name.txt"; failed=$((failed + 1))
  fi
done

# Inference quality on every fixture against its hand-written truth (the bar is in evaluate.py).
for truth in tests/fixtures/*.truth; do
  schema=$(basename "$truth" .truth)
  include=(); [ "$schema" = salesforce ] && include=(--include public)
  if PGDATABASE=regress python3 scripts/evaluate.py "$schema" "$truth" "${include[@]}" --check > "$out/evaluate_$schema.txt" 2>&1; then
    echo "evaluate $schema ... ok"; passed=$((passed + 1))
  else
    echo "evaluate $schema ... FAILED"; cat "$out/evaluate_$schema.txt"; failed=$((failed + 1))
  fi
  grep -E "precision" "$out/evaluate_$schema.txt" | sed 's/^/    /'
done
# Inference quality on every corpus (real schemas, their foreign keys or documented
# references as truth), in a database of their own: no figure may fall below
# tests/corpora/recorded.tsv.
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE corpora"
for f in tests/corpora/*.sql; do psql -X -q -v ON_ERROR_STOP=1 -d corpora -f "$f" >/dev/null; done
psql -X -q -v ON_ERROR_STOP=1 -d corpora -c "CREATE EXTENSION pg_sequin_hasura" -c "ANALYZE"
if PGDATABASE=corpora python3 scripts/evaluate.py --summary --recorded tests/corpora/recorded.tsv tests/corpora/*.truth > "$out/evaluate_corpora.txt" 2>&1; then
  echo "evaluate corpora ... ok"; passed=$((passed + 1))
else
  echo "evaluate corpora ... FAILED"; cat "$out/evaluate_corpora.txt"; failed=$((failed + 1))
fi
grep -E "precision" "$out/evaluate_corpora.txt" | sed 's/^/    /'
echo "regress (PostgreSQL $pg_version): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
