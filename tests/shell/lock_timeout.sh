#!/usr/bin/env bash
# While another session holds a lock on a synced table (as the sync's open
# transaction would), creating a cast column gives up after lock_timeout with a
# clear error, and changes nothing.
set -euo pipefail
db=psh_lock
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db -f tests/fixtures/salesforce.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "CREATE EXTENSION pg_sequin_hasura"
# the "sync": an open transaction that has written to the table
psql -X -q -d $db -c "BEGIN; INSERT INTO salesforce.contact (id) VALUES ('sync1'); SELECT pg_sleep(20); COMMIT;" >/dev/null 2>&1 &
holder=$!
trap 'kill $holder 2>/dev/null || true; wait $holder 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  held=$(psql -X -At -d $db -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                                WHERE c.relname = 'contact' AND l.granted AND l.pid <> pg_backend_pid()")
  [ "$held" -gt 0 ] && break
  sleep 0.1
done
[ "$held" -gt 0 ] || { echo "the holder never got its lock"; exit 1; }
if out=$(psql -X -d $db -c "SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4', NULL, '{\"lock_timeout\": \"300ms\"}')" 2>&1); then
  echo "expected a lock_timeout error, got: $out"; exit 1
fi
echo "$out"
grep -q "could not lock table salesforce.contact within lock_timeout 300ms: another session holds it" <<<"$out"
grep -q "HINT:  nothing was changed" <<<"$out"
sqlstate=$(psql -X -At -d $db -c "DO \$\$ BEGIN PERFORM sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4', NULL, '{\"lock_timeout\": \"100ms\"}');
  EXCEPTION WHEN lock_not_available THEN RAISE NOTICE 'sqlstate 55P03'; END \$\$" 2>&1)
grep -q "sqlstate 55P03" <<<"$sqlstate"
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM information_schema.columns WHERE table_name = 'contact' AND column_name = '_user_id'")" = 0 ]
echo "lock_timeout: the DDL gave up cleanly"
