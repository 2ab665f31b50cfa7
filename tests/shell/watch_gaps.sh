#!/usr/bin/env bash
# The event trigger sees every change the document depends on, and never makes the
# DDL's transaction fail (review M4, M5, L2):
#   DROP SCHEMA … CASCADE (default-watched and explicitly watched), tables dropped in
#   the statement that drops _sync_meta, CREATE SCHEMA … CREATE TABLE, views,
#   materialized views and foreign tables created and dropped; PREPARE TRANSACTION of
#   DDL in a watched schema; open flags coalesced and capped at 10,000 per schema;
#   a reader sees only the flags of schemas it may use.
set -euo pipefail
db=psh_watch_gaps
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
cleanup() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS psh_wg_reader" -c "DROP ROLE IF EXISTS psh_wg_owner" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" -c "CREATE ROLE psh_wg_reader" -c "CREATE ROLE psh_wg_owner"
q() { psql -X -At -v ON_ERROR_STOP=1 -d $db "$@"; }
flags() { q -c "SELECT coalesce(string_agg(table_schema || '.' || table_name || ':' || event, ',' ORDER BY table_schema, table_name, event), '') FROM sequin_hasura_new_tables()"; }
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then echo "ok $1"; else echo "FAILED $1: expected [$2], got [$3]"; exit 1; fi
}
q -q <<'SQL'
CREATE EXTENSION pg_sequin_hasura;
CREATE SCHEMA hubspot; CREATE TABLE hubspot._sync_meta (x int); CREATE TABLE hubspot.contact (id text);
CREATE VIEW hubspot.contact_names AS SELECT id FROM hubspot.contact;
CREATE SCHEMA crm; SELECT sequin_hasura_watch('crm'); CREATE TABLE crm.deal (id text);
SELECT sequin_hasura_ack();
SQL
q -c "DROP SCHEMA hubspot CASCADE" -c "DROP SCHEMA crm CASCADE" >/dev/null 2>&1
check "drop schema cascade (default and explicit watch)" \
  "crm.deal:drop table,hubspot._sync_meta:drop table,hubspot.contact:drop table,hubspot.contact_names:drop view" "$(flags)"
q -c "SELECT sequin_hasura_ack()" >/dev/null
q -c "CREATE SCHEMA hs2" -c "CREATE TABLE hs2._sync_meta (x int)" -c "CREATE TABLE hs2.a (id text)" -c "CREATE TABLE hs2.b (id text)" -c "SELECT sequin_hasura_ack()" >/dev/null
q -c "DROP TABLE hs2._sync_meta, hs2.b" >/dev/null
check "tables dropped with _sync_meta" "hs2._sync_meta:drop table,hs2.b:drop table" "$(flags)"
q -c "SELECT sequin_hasura_ack()" >/dev/null
q -c "CREATE SCHEMA s3 CREATE TABLE _sync_meta (x int) CREATE TABLE t (id text)" >/dev/null
check "create schema … create table" "s3._sync_meta:create table,s3.t:create table" "$(flags)"
q -c "SELECT sequin_hasura_ack()" >/dev/null
q -q <<'SQL'
CREATE VIEW s3.v AS SELECT id FROM s3.t;
CREATE MATERIALIZED VIEW s3.m AS SELECT id FROM s3.t;
CREATE FOREIGN DATA WRAPPER psh_wg_fdw;
CREATE SERVER psh_wg_server FOREIGN DATA WRAPPER psh_wg_fdw;
CREATE FOREIGN TABLE s3.f (id text) SERVER psh_wg_server;
ALTER VIEW s3.v RENAME TO v2;
SQL
check "views, matviews, foreign tables created and altered" \
  "s3.f:create foreign table,s3.m:create materialized view,s3.v:create view,s3.v2:alter view" "$(flags)"
q -c "SELECT sequin_hasura_ack()" >/dev/null
q -c "DROP VIEW s3.v2" -c "DROP MATERIALIZED VIEW s3.m" -c "DROP FOREIGN TABLE s3.f" >/dev/null
check "views, matviews, foreign tables dropped" "s3.f:drop foreign table,s3.m:drop materialized view,s3.v2:drop view" "$(flags)"
q -c "SELECT sequin_hasura_ack()" >/dev/null
# coalesced: the same change twice is one open flag
q -c "ALTER TABLE s3.t ADD COLUMN a int" -c "ALTER TABLE s3.t ADD COLUMN b int" >/dev/null
check "one open flag per table and event" "s3.t:alter table" "$(flags)"
# a reader sees only the flags of schemas it may use
q -c "CREATE SCHEMA hr" -c "CREATE TABLE hr._sync_meta (x int)" -c "CREATE TABLE hr.layoffs (id text)" -c "GRANT USAGE ON SCHEMA s3 TO psh_wg_reader" >/dev/null
seen=$(q -c "SET ROLE psh_wg_reader" -c "SELECT string_agg(DISTINCT table_schema, ',') FROM sequin_hasura_new_tables()" | tail -1)
check "a reader sees only schemas it may use" "s3" "$seen"
direct=$(q -c "SET ROLE psh_wg_reader" -c "SELECT count(*) FROM _sequin_hasura.flagged WHERE table_schema = 'hr'" | tail -1)
check "nor through the table itself" "0" "$direct"
# capped: a role with a schema of its own and _sync_meta in it cannot grow the table
# without bound (10,000 open flags per schema)
q -q -c "CREATE SCHEMA spam AUTHORIZATION psh_wg_owner" -c "SELECT sequin_hasura_ack()" >/dev/null
q -q -c "SET ROLE psh_wg_owner" -c "CREATE TABLE spam._sync_meta (x int)"
for batch in $(seq 0 10); do  # 11 transactions of 1,000 (one would run out of locks)
  q -q -c "SET ROLE psh_wg_owner" \
    -c "DO \$\$ BEGIN FOR i IN $((batch * 1000 + 1))..$((batch * 1000 + 1000)) LOOP EXECUTE format('CREATE TABLE spam.t%s ()', i); END LOOP; END \$\$"
done
check "open flags capped per schema" "10000" "$(q -c "SELECT count(*) FROM _sequin_hasura.flagged WHERE acked_at IS NULL AND table_schema = 'spam'")"
q -c "SELECT sequin_hasura_ack()" >/dev/null

# PREPARE TRANSACTION of DDL in a watched schema: a cluster of its own allows it
port=$((PGPORT + 61))
export PSH_PORT=$port PSH_DIR=/tmp/psh_wg_$port
bash scripts/cluster.sh start
trap 'cleanup; PSH_PORT=$port PSH_DIR=/tmp/psh_wg_$port bash scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
p() { psql -X -At -v ON_ERROR_STOP=1 -h "$PSH_DIR/sock" -p $port -U postgres -d postgres "$@"; }
p -q -c "ALTER SYSTEM SET max_prepared_transactions = 4"
runuser -u postgres -- "$(pg_config --bindir)/pg_ctl" -D "$PSH_DIR/data" -w restart -o "-p $port -k $PSH_DIR/sock -c listen_addresses=''" >/dev/null
p -q -c "CREATE EXTENSION pg_sequin_hasura" -c "CREATE SCHEMA hub" -c "CREATE TABLE hub._sync_meta (x int)" -c "SELECT sequin_hasura_ack()" >/dev/null
p -q -c "LISTEN sequin_hasura" -c "BEGIN" -c "CREATE TABLE hub.prepared (id text)" -c "PREPARE TRANSACTION 'psh_wg'" -c "COMMIT PREPARED 'psh_wg'"
check "PREPARE TRANSACTION of watched DDL succeeds, and is flagged" "hub.prepared:create table" \
  "$(p -c "SELECT string_agg(table_schema || '.' || table_name || ':' || event, ',') FROM sequin_hasura_new_tables()")"
# an ordinary commit announces at commit
notified=$(p -c "LISTEN sequin_hasura" -c "CREATE TABLE hub.committed (id text)" -c "SELECT 1" 2>&1)
grep -q 'Asynchronous notification "sequin_hasura" with payload "{"schema" : "hub", "table" : "committed"' <<<"$notified" \
  && echo "ok a commit announces the change" || { echo "FAILED a commit announces the change: $notified"; exit 1; }
# a rolled-back change announces nothing
rolled=$(p -c "LISTEN sequin_hasura" -c "BEGIN" -c "CREATE TABLE hub.rolled (id text)" -c "ROLLBACK" -c "SELECT 1" 2>&1)
! grep -q "rolled" <<<"$rolled" && echo "ok a rollback announces nothing" || { echo "FAILED a rollback announced: $rolled"; exit 1; }
echo "watch_gaps: 12 checks"
