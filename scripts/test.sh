#!/usr/bin/env bash
# Every test, as root on a fresh clone: set-up, formatting, the pure unit tests and
# the #[pg_test]s (cargo pgrx test), then the golden SQL tests and the strict Hasura
# validator over every sample document (scripts/regress.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --check
# initdb refuses root: pgrx runs its test cluster as postgres, in a short writable dir.
pgdata=/tmp/psh_pgrx_test
mkdir -p "$pgdata" && chown postgres "$pgdata"
cargo pgrx test pg15 --runas postgres --pgdata "$pgdata/data"
# cargo pgrx test installed its test build; install the real one for the SQL tests.
cargo pgrx install --pg-config "$(pg_config --bindir)/pg_config" >/dev/null
bash scripts/regress.sh
