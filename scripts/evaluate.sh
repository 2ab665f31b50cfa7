#!/usr/bin/env bash
# The inference evaluation: precision and recall of the suggestions on every bundled
# fixture (tests/fixtures/<schema>.sql with its hand-written <schema>.truth) and every
# corpus (tests/corpora/<schema>.sql and .truth, real sample databases with their
# foreign keys dropped), from names alone and with rows, one line per schema and
# mode, then the macro average over the corpora. Builds and installs the extension
# and runs on its own throwaway cluster. For a schema of your own, run
# scripts/evaluate.py against your database instead.
#
# Usage: evaluate.sh [--summary] [--check] [NAME ...]
#   NAME ...   only these fixtures or corpora (default: all of them)
#   --summary  leave out the extra and missed pairs
#   --check    fail when a fixture is below its bar or a corpus is worse than
#              tests/corpora/recorded.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
summary=() check=0 names=()
for a in "$@"; do
  case "$a" in
    --summary) summary=(--summary) ;;
    --check) check=1 ;;
    -*) echo "unknown option $a" >&2; exit 2 ;;
    *) names+=("$a") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for f in tests/fixtures/*.truth tests/corpora/*.truth; do names+=("$(basename "$f" .truth)"); done
fi
fixtures=() corpora=()
for n in "${names[@]}"; do
  if [ -f "tests/fixtures/$n.truth" ]; then fixtures+=("$n")
  elif [ -f "tests/corpora/$n.truth" ]; then corpora+=("$n")
  else echo "no fixture or corpus named $n" >&2; exit 2
  fi
done
bash scripts/setup.sh >&2
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null 2>&1
export PSH_PORT=${PSH_PORT:-54331}
trap 'bash scripts/cluster.sh stop' EXIT
bash scripts/cluster.sh start
eval "$(bash scripts/cluster.sh env)"
export PGDATABASE=evaluate
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE evaluate"
for n in ${fixtures[@]+"${fixtures[@]}"}; do psql -X -q -v ON_ERROR_STOP=1 -f "tests/fixtures/$n.sql" >/dev/null; done
for n in ${corpora[@]+"${corpora[@]}"}; do psql -X -q -v ON_ERROR_STOP=1 -f "tests/corpora/$n.sql" >/dev/null; done
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pg_sequin_hasura" -c "ANALYZE"
failed=0
# the fixtures: each against the bar
for n in ${fixtures[@]+"${fixtures[@]}"}; do
  include=(); [ "$n" = salesforce ] && include=(--include public)
  if [ ${#summary[@]} -gt 0 ]; then
    python3 scripts/evaluate.py "$n" "tests/fixtures/$n.truth" "${include[@]}" --check | grep -E "precision|below" || failed=1
  else
    python3 scripts/evaluate.py "$n" "tests/fixtures/$n.truth" "${include[@]}" --check || failed=1
  fi
done
# the corpora: the macro average, and with --check each against what was recorded
if [ ${#corpora[@]} -gt 0 ]; then
  truths=(); for n in "${corpora[@]}"; do truths+=("tests/corpora/$n.truth"); done
  recorded=(); [ "$check" = 1 ] && recorded=(--recorded tests/corpora/recorded.tsv)
  python3 scripts/evaluate.py ${summary[@]+"${summary[@]}"} ${recorded[@]+"${recorded[@]}"} "${truths[@]}" || failed=1
fi
if [ "$check" = 1 ] && [ "$failed" = 1 ]; then exit 1; fi
exit 0
