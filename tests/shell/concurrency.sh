#!/usr/bin/env bash
# Concurrency and faults: metadata takes nothing stronger than ACCESS SHARE, so the
# sync keeps writing while it runs; two sessions applying the same plan end with one
# set of objects and no deadlock; a statement_timeout in the middle of apply leaves
# nothing half-applied.
set -euo pipefail
db=psh_concurrency
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db -f tests/fixtures/hubspot.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db <<'SQL'
CREATE EXTENSION pg_sequin_hasura;
CREATE SCHEMA c;
CREATE TABLE c.parent (id text PRIMARY KEY);
CREATE TABLE c.a (id text PRIMARY KEY, parent_id numeric);
CREATE TABLE c.b (id text PRIMARY KEY, parent_id numeric);
INSERT INTO c.parent VALUES ('1'), ('2');
INSERT INTO c.a VALUES ('a1', 1); INSERT INTO c.b VALUES ('b1', 2);
SQL

# 1. the locks metadata takes, and a writer during it
locks=$(psql -X -q -At -d $db <<'SQL'
BEGIN;
SELECT length(sequin_hasura_metadata('hubspot')::text) > 0;
SELECT string_agg(DISTINCT l.mode, ',') FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() AND n.nspname = 'hubspot';
COMMIT;
SQL
)
echo "metadata locks: $locks"
[ "$(tail -1 <<<"$locks")" = "AccessShareLock" ] || [ "$(tail -1 <<<"$locks")" = "" ]
psql -X -q -d $db -c "BEGIN; SELECT sequin_hasura_metadata('hubspot'); SELECT pg_sleep(3); COMMIT;" >/dev/null 2>&1 &
reader=$!
sleep 1
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "SET lock_timeout = '1s'" \
  -c "INSERT INTO hubspot.contact (id, firstname) VALUES ('during-metadata', 'x')" \
  -c "UPDATE hubspot.contact SET lastname = 'y' WHERE id = 'during-metadata'"
wait $reader
echo "a sync write went through while metadata ran"

# 2. two sessions apply the same plan at once
psql -X -q -d $db -c "BEGIN; SELECT count(*) FROM sequin_hasura_apply('hubspot'); SELECT pg_sleep(2); COMMIT;" > /tmp/psh_apply_a.txt 2>&1 &
first=$!
sleep 0.7
set +e
second=$(psql -X -q -At -d $db -c "SELECT count(*) FROM sequin_hasura_apply('hubspot', '{\"lock_timeout\": \"10s\"}')" 2>&1)
second_rc=$?
set -e
wait $first
echo "first: $(cat /tmp/psh_apply_a.txt | tr '\n' ' ')"
echo "second (rc $second_rc): $second"
# the second either finds nothing left to do, or stops with a clear error
if [ $second_rc -ne 0 ]; then
  grep -qE "already exists: another session created it while this one was planning|could not lock" <<<"$second"
fi
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hubspot' AND table_name = 'contact' AND column_name = '_associatedcompanyid'")" = 1 ]
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM sequin_hasura_plan('hubspot')")" = 0 ]

# 3. a statement_timeout mid-apply: c.a is altered, c.b waits for the sync's lock, the
#    timeout fires, and c.a is left as it was
psql -X -q -d $db -c "BEGIN; INSERT INTO c.b VALUES ('sync-row', 3); SELECT pg_sleep(4); COMMIT;" >/dev/null 2>&1 &
holder=$!
sleep 0.7
set +e
out=$(psql -X -q -At -d $db -c "SET statement_timeout = '1500ms'" -c "SELECT * FROM sequin_hasura_apply('c', '{\"lock_timeout\": \"30s\"}')" 2>&1)
rc=$?
set -e
wait $holder
echo "apply under statement_timeout (rc $rc): $out"
[ $rc -ne 0 ] && grep -q "statement timeout" <<<"$out"
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'c' AND column_name = '_parent_id'")" = 0 ]
# SET lock_timeout, four statements, RESET lock_timeout
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM sequin_hasura_plan('c')")" = 6 ]
psql -X -q -d postgres -c "DROP DATABASE $db"
rm -f /tmp/psh_apply_a.txt
echo "concurrency: ACCESS SHARE only, one of two applies wins cleanly, a timeout leaves nothing half-done"
