#!/usr/bin/env bash
# The event trigger with the sync's own unprivileged role: a new table is flagged
# and NOTIFY sequin_hasura is received; an internal failure becomes a WARNING and
# the DDL goes through; pg_dump / pg_restore keeps the trigger and its state; after
# DROP EXTENSION, DDL still works.
set -euo pipefail
db=psh_events
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db}_restored" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -d postgres -c "DROP ROLE IF EXISTS psh_sync" -c "CREATE ROLE psh_sync"
psql -X -q -v ON_ERROR_STOP=1 -d $db -f tests/fixtures/hubspot.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db <<'SQL'
CREATE EXTENSION pg_sequin_hasura;
GRANT USAGE, CREATE ON SCHEMA hubspot TO psh_sync;
SQL

# 1. the sync creates a table: flagged, announced
out=$(psql -X -d $db 2>&1 <<'SQL'
LISTEN sequin_hasura;
SET ROLE psh_sync;
CREATE TABLE hubspot.call (id text PRIMARY KEY, hs_call_title text, hubspot_owner_id text);
SQL
)
echo "$out"
grep -q 'Asynchronous notification "sequin_hasura" with payload "{"schema" : "hubspot", "table" : "call", "event" : "create table"}" received' <<<"$out"
[ "$(psql -X -At -d $db -c "SELECT table_name || ':' || event FROM sequin_hasura_new_tables()")" = "call:create table" ]

# 2. an internal step fails: a WARNING, and the sync's DDL succeeds
psql -X -q -d $db -c "ALTER TABLE _sequin_hasura.flagged ADD CONSTRAINT psh_fault CHECK (false) NOT VALID"
out=$(psql -X -v ON_ERROR_STOP=1 -d $db -c "SET ROLE psh_sync" -c "CREATE TABLE hubspot.task (id text PRIMARY KEY)" 2>&1)
echo "$out"
grep -q "WARNING:  pg_sequin_hasura could not flag a table change" <<<"$out"
[ "$(psql -X -At -d $db -c "SELECT to_regclass('hubspot.task') IS NOT NULL")" = t ]
psql -X -q -d $db -c "ALTER TABLE _sequin_hasura.flagged DROP CONSTRAINT psh_fault"

# 3. dump and restore: the extension, its trigger, the choices and flags survive
psql -X -q -d $db -c "SELECT sequin_hasura_watch('public')"
pg_dump -Fc -d $db -f /tmp/psh_events.dump
psql -X -q -d postgres -c "CREATE DATABASE ${db}_restored"
pg_restore --exit-on-error -d ${db}_restored /tmp/psh_events.dump
# the dumped flag comes back first (oldest); the restore's own tables are flagged too
# (no role can tell the trigger "this is a restore": acknowledge them after one)
restored=$(psql -X -At -d ${db}_restored <<'SQL'
SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'sequin_hasura%';
SELECT string_agg(schema_name || '/' || reason, ',') FROM sequin_hasura_watched();
SELECT table_name FROM sequin_hasura_new_tables() LIMIT 1;
SELECT count(DISTINCT table_name) > 10 FROM sequin_hasura_new_tables() WHERE table_schema = 'hubspot';
SELECT sequin_hasura_ack() > 0;
CREATE TABLE public.after_restore (id int);
SELECT string_agg(table_name, ',') FROM sequin_hasura_new_tables();
SQL
)
echo "$restored"
[ "$restored" = $'3\nhubspot/_sync_meta,public/explicit\ncall\nt\nt\nCREATE TABLE\nafter_restore' ]

# 4. without the extension, DDL is untouched
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "DROP EXTENSION pg_sequin_hasura"
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM pg_event_trigger")" = 0 ]
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "SET ROLE psh_sync" -c "CREATE TABLE hubspot.email (id text)"
psql -X -q -d postgres -c "DROP DATABASE ${db}_restored" -c "DROP DATABASE $db" -c "DROP ROLE psh_sync"
rm -f /tmp/psh_events.dump
echo "event_trigger: flagged, announced, fault-tolerant, dumped and restored, removable"
