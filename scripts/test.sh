#!/usr/bin/env bash
# Every test, as root on a fresh clone: set-up, formatting, clippy (warnings are errors),
# the layer rule, the core's unit and property tests (no Postgres), the #[pg_test]s
# (cargo pgrx test), then the golden SQL tests, the strict Hasura validator, the shell
# scenarios (upgrades included) and the inference-quality bars (scripts/regress.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
python3 scripts/check_layers.py
cargo test -p sequin_hasura_core
# initdb refuses root: pgrx runs its test cluster as postgres, in a short writable dir.
pgdata=/tmp/psh_pgrx_test
mkdir -p "$pgdata" && chown postgres "$pgdata"
cargo pgrx test pg15 --runas postgres --pgdata "$pgdata/data"
# cargo pgrx test installed its test build; install the real one for the SQL tests.
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null
bash scripts/regress.sh
