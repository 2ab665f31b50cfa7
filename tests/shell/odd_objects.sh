#!/usr/bin/env bash
# One odd object never fails a call (review M2, M3; repro 09 and 10, all cases).
#  - A table whose rows cannot be read is judged by names, with a NOTICE naming it and
#    why, and metadata / suggest / plan / apply go on: a materialized view WITH NO
#    DATA, a table dropped by another session during the call (42P01 after waiting,
#    and the review's 3-second drop, which now gives up after the short lock_timeout),
#    a lock held by another session during sampling, row_security = off under RLS,
#    1 MB values in an id-named column, an oid-keyed table. A statement_timeout or a
#    cancel still stops the whole call.
#  - Names in a plan never fail the plan: a 63-byte column, a default view name over
#    63 bytes, two default names that collide, join view columns that Postgres would
#    truncate into one. Every plan applies cleanly twice (the second plan is empty),
#    the names in the database are exactly those of the plan, and every document
#    passes Hasura's validator (--strict) when ../shared is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=psh_odd_objects
reader=psh_odd_reader
out_dir=${PSH_REGRESS_OUT:-/tmp/psh_regress}/odd_objects
mkdir -p "$out_dir"
shared=../shared/hasura
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS $reader" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" -c "CREATE ROLE $reader LOGIN"
checks=0
ok() { checks=$((checks + 1)); echo "ok $checks - $*"; }
fail() { echo "FAILED: $*"; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@"; }
# run a call; its output (NOTICEs included) in $out; fail on an error
call() { out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d $db "$@" 2>&1) || fail "the call failed: $out"; }
validate() { # <name> <schema>: the schema's document, through Hasura's validator
  local file="$out_dir/$1.json"
  q -c "SELECT sequin_hasura_metadata('$2')" > "$file" 2>/dev/null
  if [ -f "$shared/validate_metadata.py" ]; then
    python3 "$shared/validate_metadata.py" "$shared/metadata.openapi.json" "$file" --strict >"$file.validation" 2>&1 \
      || { cat "$file.validation"; fail "document $1 is not valid"; }
    ok "document $1 passes Hasura's validator (--strict)"
  fi
}
# wait until another session holds a granted lock on relation s.$1 (in schema $2)
wait_lock() {
  for _ in $(seq 100); do
    held=$(q -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = '$2' AND c.relname = '$1' AND l.mode = 'AccessExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid()")
    [ "$held" -gt 0 ] && return 0
    sleep 0.05
  done
  fail "the other session never got its lock on $2.$1"
}
# every name a plan gives (columns added, views created, view columns) exists in the
# database exactly so, none over 63 bytes
check_names() { # <plan table>
  missing=$(q <<SQL
WITH p AS (SELECT s FROM $1),
cols AS (SELECT m[1] AS sch, m[2] AS tbl, m[3] AS col FROM p,
           regexp_matches(s, '^COMMENT ON COLUMN "((?:[^"]|"")*)"\."((?:[^"]|"")*)"\."((?:[^"]|"")*)" IS') m),
views AS (SELECT (regexp_match(s, '^CREATE VIEW "((?:[^"]|"")*)"\."((?:[^"]|"")*)"')) v, s FROM p WHERE s LIKE 'CREATE VIEW %'),
aliases AS (SELECT v[1] AS sch, v[2] AS tbl, a[1] AS col FROM views,
              regexp_matches(split_part(s, ' FROM ', 1), ' AS "((?:[^"]|"")*)"', 'g') a),
wanted AS (SELECT sch, tbl, col FROM cols UNION ALL SELECT sch, tbl, col FROM aliases
           UNION ALL SELECT v[1], v[2], NULL FROM views),
names AS (SELECT replace(sch, '""', '"') sch, replace(tbl, '""', '"') tbl, replace(col, '""', '"') col FROM wanted)
SELECT coalesce(string_agg(sch || '.' || tbl || coalesce('.' || col, ''), ', '), '') FROM names w
WHERE octet_length(w.tbl) > 63 OR octet_length(w.col) > 63 OR NOT EXISTS (
  SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = w.sch AND c.relname = w.tbl
    AND (w.col IS NULL OR EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = w.col AND NOT a.attisdropped)))
SQL
)
  [ -z "$missing" ] || fail "names of the plan not in the database as planned: $missing"
  [ "$(q -c "SELECT count(*) FROM $1")" -gt 0 ] || fail "$1 is empty"
}
# plan, apply, apply again (nothing), plan again (empty), and the names
plan_apply_twice() { # <schema> <options> <label>
  q -c "CREATE TABLE public.plan_$1 AS SELECT s FROM sequin_hasura_plan('$1', '$2') s" 2>"$out_dir/plan_$1.notices"
  n=$(q -c "SELECT count(*) - 2 FROM public.plan_$1")
  call -c "SELECT count(*) FROM sequin_hasura_apply('$1', '$2')"
  [ "$(tail -1 <<<"$out")" = "$n" ] || fail "$3: apply ran $(tail -1 <<<"$out") statements, the plan held $n"
  call -c "SELECT count(*) FROM sequin_hasura_apply('$1', '$2')"
  [ "$(tail -1 <<<"$out")" = 0 ] || fail "$3: a second apply ran $(tail -1 <<<"$out") statements"
  [ "$(q -c "SELECT count(*) FROM sequin_hasura_plan('$1', '$2')")" = 0 ] || fail "$3: the plan after apply is not empty"
  check_names "public.plan_$1"
  ok "$3: the plan ($n statements) applies, again with nothing to do, and every name in it is in the database as planned"
}

psql -X -q -v ON_ERROR_STOP=1 -d $db >/dev/null <<SQL
CREATE EXTENSION pg_sequin_hasura;
-- repro 09
CREATE SCHEMA a; CREATE TABLE a._sync_meta (x int);
CREATE TABLE a."user" (id int4 PRIMARY KEY);
CREATE TABLE a.ticket (id text PRIMARY KEY, owner_id varchar,
  "last_modified_by_the_automated_enterprise_integration_flo_by_id" varchar);
INSERT INTO a."user" SELECT g FROM generate_series(1, 10) g;
INSERT INTO a.ticket SELECT 't' || g, (g % 10 + 1)::text, (g % 10 + 1)::text FROM generate_series(1, 20) g;
CREATE SCHEMA b; CREATE TABLE b._sync_meta (x int);
CREATE TABLE b."user" (id int4 PRIMARY KEY);
CREATE TABLE b.opportunity_line_item_schedule_history_items (id text PRIMARY KEY, last_modified_by_id varchar);
CREATE SCHEMA c; CREATE TABLE c._sync_meta (x int);
CREATE TABLE c.users (id int4 PRIMARY KEY);
CREATE TABLE c.deal (id text PRIMARY KEY, owner_user_id varchar);
CREATE TABLE c.deal_owner (id text PRIMARY KEY, user_id varchar);
CREATE SCHEMA d; CREATE TABLE d._sync_meta (x int);
DO \$\$ BEGIN EXECUTE format('CREATE TABLE d.contact (id text PRIMARY KEY, %I text, %I text)',
  repeat('x', 56) || '_a_name', repeat('x', 56) || '_b_name'); END \$\$;
CREATE TABLE d.deal (id text PRIMARY KEY, dealname text);
CREATE TABLE d.associations_contact_deal (contact_id text, deal_id text);
-- repro 10, and more odd tables, in one schema
CREATE SCHEMA s; CREATE TABLE s._sync_meta (x int);
CREATE TABLE s.account (id text PRIMARY KEY);
CREATE TABLE s.contact (id text PRIMARY KEY, account_id text);
INSERT INTO s.account SELECT 'a' || g FROM generate_series(1, 10) g;
INSERT INTO s.contact SELECT 'c' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
CREATE MATERIALIZED VIEW s.contact_report AS SELECT id, account_id FROM s.contact WITH NO DATA;
CREATE TABLE s.blob (id oid PRIMARY KEY);
INSERT INTO s.blob SELECT g FROM generate_series(1, 20) g;
CREATE TABLE s.document (id text PRIMARY KEY, blob_id text);
INSERT INTO s.document SELECT 'd' || g, (g % 20 + 1)::text FROM generate_series(1, 40) g;
CREATE TABLE s.note (id text PRIMARY KEY, account_id text);
INSERT INTO s.note SELECT 'n' || g, g::text || repeat('x', 1000000) FROM generate_series(1, 300) g;
-- row security, for a reader with row_security = off
CREATE TABLE s.secret (id text PRIMARY KEY, account_id text);
INSERT INTO s.secret SELECT 's' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
ALTER TABLE s.secret ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON s.secret USING (account_id OPERATOR(pg_catalog.=) 'a1');
GRANT USAGE ON SCHEMA s TO $reader;
GRANT SELECT ON ALL TABLES IN SCHEMA s TO $reader;
-- dropped and locked by other sessions during the call
CREATE TABLE s.zz_case (id text PRIMARY KEY, account_id text);
INSERT INTO s.zz_case SELECT 'z' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
CREATE TABLE s.zz_long (id text PRIMARY KEY, account_id text);
INSERT INTO s.zz_long SELECT 'z' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
CREATE TABLE s.locked (id text PRIMARY KEY, account_id text);
INSERT INTO s.locked SELECT 'l' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
-- a schema whose plan has a cast column, beside a table locked during sampling
CREATE SCHEMA p; CREATE TABLE p._sync_meta (x int);
CREATE TABLE p.users (id int4 PRIMARY KEY);
CREATE TABLE p.ticket (id text PRIMARY KEY, users_id varchar);
CREATE TABLE p.busy (id text PRIMARY KEY, ticket_id text);
INSERT INTO p.users SELECT g FROM generate_series(1, 10) g;
INSERT INTO p.ticket SELECT 't' || g, (g % 10 + 1)::text FROM generate_series(1, 20) g;
INSERT INTO p.busy SELECT 'b' || g, 't' || (g % 20 + 1) FROM generate_series(1, 20) g;
SELECT sequin_hasura_ack() >= 0 AS acknowledged;
SQL

echo "== names (repro 09)"
# (a) a 63-byte column that needs a cast
plan_apply_twice a '{}' "(a) a 63-byte column"
long=$(q -c "SELECT attname FROM pg_attribute WHERE attrelid = 'a.ticket'::regclass AND attname LIKE '\_last%'")
[ "${#long}" -le 63 ] && [ "$long" != "_last_modified_by_the_automated_enterprise_integration_flo_by_id" ] || fail "(a) cast column: $long"
mapping=$(q -c "SELECT r->'using'->'manual_configuration'->'column_mapping' FROM jsonb_array_elements(sequin_hasura_metadata('a')->'sources'->0->'tables') t,
  jsonb_array_elements(t->'object_relationships') r WHERE t->'table'->>'name' = 'ticket' AND r::text LIKE '%$long%'")
[ -n "$mapping" ] || fail "(a) the metadata does not relate through $long"
ok "(a) the shortened cast column $long (${#long} bytes) is what the metadata relates through: $mapping"
validate a a
# (b) a default cast view name over 63 bytes
plan_apply_twice b '{"cast": "view"}' "(b) a default view name over 63 bytes"
view=$(q -c "SELECT relname FROM pg_class WHERE relnamespace = 'b'::regnamespace AND relkind = 'v'")
[ "$(wc -l <<<"$view")" = 1 ] && [ "${#view}" -le 63 ] || fail "(b) views: $view"
ok "(b) the cast view is $view (${#view} bytes)"
validate b b
# (c) two default cast view names collide
plan_apply_twice c '{"cast": "view"}' "(c) two colliding default view names"
views=$(q -c "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class WHERE relnamespace = 'c'::regnamespace AND relkind = 'v'")
[ "$(wc -w <<<"$views")" = 2 ] || fail "(c) views: $views"
ok "(c) two views, two names: $views"
validate c c
# (d) join view columns Postgres would truncate into one
call -c "SELECT sequin_hasura_create_join_view('d.associations_contact_deal')"
grep -q "^d.contacts_and_deals$" <<<"$out" || fail "(d) $out"
cols=$(q -c "SELECT string_agg(attname, ' ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'd.contacts_and_deals'::regclass AND attnum > 0")
[ "$(wc -w <<<"$cols")" = 5 ] || fail "(d) columns: $cols"
! grep -q "truncated" <<<"$out" || fail "(d) Postgres truncated a name: $out"
ok "(d) the join view has 5 distinct columns, none truncated: $cols"
call -c "SELECT count(*) FROM sequin_hasura_plan('d', '{\"join_views\": true}')"
[ "$(tail -1 <<<"$out")" = 0 ] || fail "(d) a plan after create_join_view is not empty"
! grep -q "is tracked as" <<<"$out" || fail "(d) the join view is not believed to be ours: $out"
validate d d

echo "== odd tables (repro 10 and more)"
# the plain calls, as superuser: matview WITH NO DATA, oid key, 1 MB values
for f in "sequin_hasura_metadata('s')::text" "count(*) FROM sequin_hasura_suggest_relationships('s')" \
         "count(*) FROM sequin_hasura_plan('s')" "count(*) FROM sequin_hasura_apply('s')"; do
  call -c "SELECT $f"
  grep -q 'NOTICE:  table s.contact_report is judged by names alone: its rows could not be read: it is not populated' <<<"$out" \
    || fail "no NOTICE for the unpopulated materialized view in: SELECT ${f%%(*}: $out"
  grep -q "55000: materialized view \"contact_report\" has not been populated" <<<"$out" || fail "no reason: $out"
  ! grep -q "54000\|exceeds the maximum" <<<"$out" || fail "54000: $out"
done
ok "metadata, suggest, plan and apply succeed with a materialized view WITH NO DATA (NOTICE: 55000), an oid key and 1 MB values (no 54000)"
[ "$(q -c "SELECT count(*) FROM sequin_hasura_suggest_relationships('s') WHERE from_table = 'note' AND to_table = 'account' AND kind = 'object'" 2>/dev/null)" = 1 ] \
  || fail "note.account_id (1 MB values) is not related by names"
ok "s.note (300 × 1 MB values, none sampled) is still related to s.account by names"
validate s s

# row_security = off, as pg_dump sets it, for a reader under RLS
for f in "sequin_hasura_metadata('s')::text" "count(*) FROM sequin_hasura_suggest_relationships('s')" "count(*) FROM sequin_hasura_plan('s')"; do
  call -c "SET ROLE $reader" -c "SET row_security = off" -c "SELECT $f"
  grep -q "NOTICE:  table s.secret is judged by names alone: its rows could not be read: reading it is not allowed here.*42501" <<<"$out" \
    || fail "no NOTICE for row security: $out"
done
ok "a reader under RLS with row_security = off: metadata, suggest and plan succeed, NOTICE names s.secret (42501)"

# dropped by another session while the call runs: the drop commits while we wait for
# its lock (it commits as soon as it sees a waiter), and the table is gone (42P01)
psql -X -q -d $db >/dev/null 2>&1 <<'SQL' &
BEGIN;
SELECT pg_catalog.set_config('psh.dropped', 's.zz_case'::regclass::oid::text, false);
DROP TABLE s.zz_case;
DO $$ BEGIN
  FOR i IN 1..1000 LOOP
    EXIT WHEN EXISTS (SELECT FROM pg_catalog.pg_locks
                      WHERE relation = pg_catalog.current_setting('psh.dropped')::oid AND NOT granted);
    PERFORM pg_catalog.pg_sleep(0.01);
  END LOOP;
END $$;
COMMIT;
SQL
pids+=($!)
wait_lock zz_case s
call -c "SELECT length(sequin_hasura_metadata('s')::text) > 0"
wait "${pids[-1]}"
grep -q "NOTICE:  table s.zz_case is judged by names alone: its rows could not be read: it was dropped while this call ran (42P01" <<<"$out" \
  || fail "no 42P01 NOTICE for the dropped table: $out"
ok "a table dropped by another session during metadata: NOTICE (42P01), the call goes on"
# the review's two sessions: a drop held for 3 s; we give up after the short lock_timeout
psql -X -q -d $db -c "BEGIN" -c "DROP TABLE s.zz_long" -c "SELECT pg_sleep(3)" -c "COMMIT" >/dev/null 2>&1 &
pids+=($!)
wait_lock zz_long s
start=$(date +%s%N)
call -c "SELECT length(sequin_hasura_metadata('s')::text) > 0"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q "NOTICE:  table s.zz_long is judged by names alone: its rows could not be read: another session holds a lock on it.*55P03" <<<"$out" \
  || fail "no 55P03 NOTICE for the table being dropped: $out"
[ "$ms" -lt 2500 ] || fail "metadata waited ${ms} ms for the dropping session"
wait "${pids[-1]}"
ok "the review's concurrent drop (held 3 s): metadata returns in ${ms} ms with a NOTICE (55P03)"

# a lock held by another session during sampling, for every call; plan/apply of p goes on
psql -X -q -d $db -c "BEGIN" -c "LOCK TABLE s.locked, p.busy IN ACCESS EXCLUSIVE MODE" -c "SELECT pg_sleep(20)" -c "COMMIT" >/dev/null 2>&1 &
holder=$!
pids+=($holder)
wait_lock locked s
for f in "sequin_hasura_metadata('s')::text" "count(*) FROM sequin_hasura_suggest_relationships('s')" "count(*) FROM sequin_hasura_plan('s')"; do
  call -c "SELECT $f"
  grep -q "NOTICE:  table s.locked is judged by names alone: its rows could not be read: another session holds a lock on it.*55P03" <<<"$out" \
    || fail "no NOTICE for the locked table: $out"
done
ok "a table locked by another session: metadata, suggest and plan succeed, NOTICE names s.locked (55P03)"
validate s_locked s
q -c "CREATE TABLE public.plan_p AS SELECT s FROM sequin_hasura_plan('p') s" 2>"$out_dir/plan_p.notices"
grep -q "table p.busy is judged by names alone" "$out_dir/plan_p.notices" || fail "plan p: $(cat "$out_dir/plan_p.notices")"
call -c "SELECT count(*) FROM sequin_hasura_apply('p')"
grep -q "table p.busy is judged by names alone" <<<"$out" || fail "apply p: $out"
[ "$(tail -1 <<<"$out")" = "$(q -c "SELECT count(*) - 2 FROM public.plan_p")" ] || fail "apply p ran another plan: $out"
call -c "SELECT count(*) FROM sequin_hasura_apply('p')"
[ "$(tail -1 <<<"$out")" = 0 ] || fail "a second apply of p ran: $out"
check_names public.plan_p
ok "plan and apply of p while p.busy is locked: NOTICE, the plan applies, again with nothing to do, names as planned"

# a statement_timeout or a cancel still stops the call (57014 is never swallowed)
if out=$(psql -X -q -At -d $db -c "SET statement_timeout = '200ms'" -c "SELECT sequin_hasura_metadata('s')" 2>&1); then
  fail "statement_timeout did not stop metadata: $out"
fi
grep -q "ERROR:  canceling statement due to statement timeout" <<<"$out" || fail "statement_timeout: $out"
ok "statement_timeout during sampling (waiting on the lock) fails the call: $(grep ERROR <<<"$out")"
psql -X -q -At -d $db -c "SET application_name = 'psh_odd_cancel'" -c "SELECT sequin_hasura_metadata('s')" >"$out_dir/cancel.txt" 2>&1 &
victim=$!
pids+=($victim)
cancelled=0
for _ in $(seq 100); do
  if [ "$(q -c "SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity WHERE application_name = 'psh_odd_cancel' AND wait_event_type = 'Lock'")" -gt 0 ]; then
    cancelled=1; break
  fi
  sleep 0.02
done
if wait $victim; then rc=0; else rc=$?; fi
[ $cancelled = 1 ] || fail "never saw the call wait on the lock to cancel it"
[ $rc -ne 0 ] && grep -q "ERROR:  canceling statement due to user request" "$out_dir/cancel.txt" || fail "cancel (rc $rc): $(cat "$out_dir/cancel.txt")"
ok "a cancel during sampling fails the call: $(grep ERROR "$out_dir/cancel.txt")"
kill $holder 2>/dev/null || true
wait $holder 2>/dev/null || true
echo "odd_objects: $checks checks passed"
