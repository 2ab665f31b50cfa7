#!/usr/bin/env bash
# Every test, as root on a fresh clone: set-up (PostgreSQL 17 and 18 are built from source
# once per machine, see scripts/setup.sh), formatting, clippy (warnings are errors), the
# layer rule, the core's unit and property tests (no Postgres: once), then on each of
# PostgreSQL 15, 17 and 18 (PSH_PG_VERSIONS="15 18" picks some): the #[pg_test]s
# (cargo pgrx test pgNN), and the golden SQL tests, the strict Hasura validator, the shell
# scenarios (upgrades included) and the inference-quality bars (scripts/regress.sh).
# The closing line sums every version: "regress: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
read -ra versions <<<"${PSH_PG_VERSIONS:-15 17 18}"
phase_start=$SECONDS
phase() { echo "time: $1 $((SECONDS - phase_start))s (total $((SECONDS / 60))m$((SECONDS % 60))s)" >&2; phase_start=$SECONDS; }

bash scripts/setup.sh "${versions[@]}"
phase setup
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
python3 scripts/check_layers.py
phase "fmt, clippy, layers"
cargo test -p sequin_hasura_core
phase "core tests"

pg_config_of() { sed -nE "s/^pg$1 *= *\"(.*)\"\$/\1/p" "${PGRX_HOME:-$HOME/.pgrx}/config.toml"; }
passed=0; failed=0; summary=()
for v in "${versions[@]}"; do
  pg_config=$(pg_config_of "$v")
  [ -x "$pg_config" ] || { echo "test: no pg_config for PostgreSQL $v in ~/.pgrx/config.toml" >&2; exit 1; }
  # initdb refuses root: pgrx runs its test cluster as postgres, in a short writable dir.
  pgdata=/tmp/psh_pgrx_test
  mkdir -p "$pgdata" && chown postgres "$pgdata"
  cargo pgrx test "pg$v" --runas postgres --pgdata "$pgdata/data$v"
  phase "pg$v cargo pgrx test"
  # cargo pgrx test installed its test build; install the real one for the SQL tests.
  cargo pgrx install --pg-config "$pg_config" >/dev/null
  phase "pg$v cargo pgrx install"
  log=$(mktemp)
  PSH_PG_CONFIG=$pg_config bash scripts/regress.sh | tee "$log" || true
  line=$(grep -E '^regress \(PostgreSQL [^)]*\): [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 || true)
  rm -f "$log"
  if [ -n "$line" ]; then
    counts=${line##*: }; p=${counts%% passed*}; f=${counts#*passed, }; f=${f%% failed}
  else
    p=0; f=1; line="regress (PostgreSQL $v): did not finish, counted as 1 failed"
  fi
  passed=$((passed + p)); failed=$((failed + f)); summary+=("$line")
  phase "pg$v regress"
done
printf '%s\n' "${summary[@]}"
echo "regress: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
