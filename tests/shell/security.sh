#!/usr/bin/env bash
# The security review's findings as tests whose assertions are the GOOD outcome
# (C1, C2, H1, H2, H3, H4, M1, L1, L3, L4; repro files in the review's repro/ folder):
#   1. nothing user-defined runs when a superuser calls the extension (or writes rows,
#      or pastes the plan), whatever is planted in the synced schema, public or pg_temp
#   2. no value breaks a sync write through a cast column or a cast view
#   3. marker comments are never trusted alone
#   4. our views apply the reader's rights (security_invoker)
#   5. flagging cannot be switched off by an unprivileged role
#   6. lock_timeout: nonsense refused, the pasted plan's timeout works in autocommit
#   7. error hygiene, on a cluster whose server HAS RUST_BACKTRACE=1
# Each check prints "ok <name> (<variants>)" or "FAILED <name>: <why>"; the last line is
# "security: N passed, N failed". Databases and roles are named psh_sec_*; all are
# dropped at the end, also on failure. Needs PGHOST/PGPORT/PGUSER (a superuser) set.
set -uo pipefail
cd "$(dirname "$0")/../.."
here=$PWD
sql=$here/tests/security
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}/security
bt_port=${PSH_SEC_BT_PORT:-$((${PGPORT:-5432} + 97))}
bt_dir=/tmp/psh_cluster_$bt_port   # passed explicitly: never the main cluster's PSH_DIR
rm -rf "$out"; mkdir -p "$out"
passed=0
failed=0
bg_pids=()

ok() { echo "ok $1${2:+ ($2)}"; passed=$((passed + 1)); }
fail() { echo "FAILED $1: $2"; failed=$((failed + 1)); }
# psql against the main cluster, never reading ~/.psqlrc
q() { psql -X -q "$@"; }
# one value from one query
val() { local db=$1; shift; psql -X -q -At -d "$db" "$@" 2>&1; }

cleanup() {
  local p
  for p in "${bg_pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  for d in $(psql -X -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE 'psh\_sec\_%'" 2>/dev/null); do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$d\" WITH (FORCE)" >/dev/null 2>&1
  done
  for r in $(psql -X -At -d postgres -c "SELECT rolname FROM pg_roles WHERE rolname LIKE 'psh\_sec\_%'" 2>/dev/null); do
    psql -X -q -d postgres -c "DROP ROLE IF EXISTS \"$r\"" >/dev/null 2>&1
  done
  if [ -d "$bt_dir" ]; then
    PSH_PORT=$bt_port PSH_DIR=$bt_dir bash scripts/cluster.sh stop >/dev/null 2>&1
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cleanup

# a fresh database with the extension
newdb() {
  q -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\" ${2:-}" >/dev/null 2>&1 || return 1
  q -v ON_ERROR_STOP=1 -d "$1" -c "CREATE EXTENSION pg_sequin_hasura" >/dev/null
}
# plan_sql <db> <schema> <options json> [psql args run first]: the plan, one statement
# per row, each terminated, as a migration file would hold it
plan_sql() {
  local db=$1 schema=$2 opts=$3; shift 3
  q -At -d "$db" "$@" -c "SELECT s OPERATOR(pg_catalog.||) ';' FROM sequin_hasura_plan('$schema', '$opts') AS s"
}
# marks <file> <tag>: "name sqlstate last-error-before-it" for each "<tag> name sqlstate" line
marks() {
  awk -v tag="$2" '/ERROR:/ { err = $0; sub(/^psql:[^ ]*: /, "", err) }
    $1 == tag { print $2, $3, (err == "" ? "-" : substr(err, 1, 200)); err = "" }' "$1"
}
newrole() { q -d postgres -c "DROP ROLE IF EXISTS \"$1\"" -c "CREATE ROLE \"$1\" ${2:-LOGIN}" >/dev/null 2>&1; }

start=$(date +%s)

###############################################################################
# 1. Nothing user-defined runs (C2, H1, H2; repro 04, 05, 06, 13)
###############################################################################
# Three scenarios, each planting the same hostile set (tests/security/plant.sql):
#   synced  the synced schema hub is owned by the attacker, who plants there and uses
#           its own types named text/varchar/int4... for reference-named columns
#   public  GRANT CREATE ON SCHEMA public TO PUBLIC; the attacker plants in public and
#           creates a table there (include_schemas: public) with those types
#   pg_temp the caller's own session has them in pg_temp before it calls
# Each scenario has two databases: "apply" (every SQL function called by a superuser,
# then writes and reads as the superuser and as the attacker) and "paste" (the plan's
# text pasted in a session whose search_path puts pg_catalog last, then the same).
c1_why=()
c1_calls=0; c1_writes=0; c1_objects=0; c1_pasted=0; c1_planted=0
c1_scenario() {
  local scen=$1 db_apply=psh_sec_c1_${1}_apply db_paste=psh_sec_c1_${1}_paste
  local attacker owner plant_schema path
  case $scen in
    synced) attacker=psh_sec_c1_syncer; owner=$attacker; plant_schema=hub; path="hub, public, pg_catalog" ;;
    public) attacker=psh_sec_c1_mallory; owner=postgres; plant_schema=public; path="public, pg_catalog" ;;
    pg_temp) attacker=psh_sec_c1_tmp; owner=postgres; plant_schema=pg_temp; path="public, pg_catalog" ;;
  esac
  newrole "$attacker"
  local db
  for db in "$db_apply" "$db_paste"; do
    newdb "$db" || { c1_why+=("$scen: could not create $db"); return; }
    if ! q -d "$db" -v owner="$owner" -f "$sql/c1_fixture.sql" >"$out/c1_${scen}_fixture.txt" 2>&1; then
      c1_why+=("$scen: fixture failed: $(tail -3 "$out/c1_${scen}_fixture.txt" | tr '\n' ' ')"); return
    fi
    # the attacker may write to the synced tables (it is the sync, or was granted it)
    q -d "$db" -c "GRANT USAGE ON SCHEMA hub TO $attacker" >/dev/null 2>&1
    case $scen in
      synced)
        q -v ON_ERROR_STOP=1 -d "$db" -c "SET ROLE $attacker" -v s=hub -v attacker="$attacker" -f "$sql/plant.sql" \
          >"$out/c1_${scen}_plant.txt" 2>&1 || { c1_why+=("$scen: planting failed: $(tail -3 "$out/c1_${scen}_plant.txt")"); return; }
        q -v ON_ERROR_STOP=1 -d "$db" >>"$out/c1_${scen}_plant.txt" 2>&1 <<SQL || { c1_why+=("$scen: attacker tables failed"); return; }
SET ROLE $attacker;
SET search_path = pg_catalog;
-- repro 05 and 13: reference-named columns of the attacker's types named like built-ins
CREATE TABLE hub.contact_h (id text PRIMARY KEY, email text, account_id hub."text", company_id hub."varchar",
  user_id hub."int4", owner_id hub."int8", deal_id hub."numeric", ticket_id hub."uuid", partner_id hub."name",
  vendor_id hub."bpchar", active hub."bool");
INSERT INTO hub.contact_h SELECT 'h' || g, 'h@x', ROW('a' || (g % 10 + 1))::hub."text", ROW('co' || (g % 10 + 1))::hub."varchar",
  ROW(g % 30 + 1)::hub."int4", ROW(g % 30 + 1)::hub."int8", ROW(g % 30 + 1)::hub."numeric",
  ROW('123e4567-e89b-12d3-a456-426614174000')::hub."uuid", ROW('p')::hub."name", ROW('v')::hub."bpchar", ROW(true)::hub."bool"
  FROM generate_series(1, 30) g;
CREATE TABLE hub.ticket_h (id text PRIMARY KEY, user_id hub."varchar");
INSERT INTO hub.ticket_h SELECT 'th' || g, ROW((g % 20 + 1)::text)::hub."varchar" FROM generate_series(1, 30) g;
SQL
        ;;
      public)
        q -d "$db" -c "GRANT CREATE ON SCHEMA public TO PUBLIC" >/dev/null
        q -v ON_ERROR_STOP=1 -d "$db" -c "SET ROLE $attacker" -v s=public -v attacker="$attacker" -f "$sql/plant.sql" \
          >"$out/c1_${scen}_plant.txt" 2>&1 || { c1_why+=("$scen: planting failed: $(tail -3 "$out/c1_${scen}_plant.txt")"); return; }
        q -v ON_ERROR_STOP=1 -d "$db" >>"$out/c1_${scen}_plant.txt" 2>&1 <<SQL || { c1_why+=("$scen: attacker tables failed"); return; }
SET ROLE $attacker;
SET search_path = pg_catalog;
CREATE TABLE public.psh_ticket (id text PRIMARY KEY, user_id public."varchar", account_id public."text", company_id public."int4");
INSERT INTO public.psh_ticket SELECT 'pt' || g, ROW((g % 20 + 1)::text)::public."varchar", ROW('a' || (g % 10 + 1))::public."text",
  ROW(g % 10 + 1)::public."int4" FROM generate_series(1, 30) g;
SQL
        ;;
      pg_temp) : ;;  # planted in the caller's session, below
    esac
  done
  c1_planted=$(grep -ho 'planted [0-9]*' "$out/c1_${scen}_plant.txt" 2>/dev/null | head -1 | cut -d' ' -f2)

  # --- apply: every function, as a superuser with the default search_path
  local calls_out=$out/c1_${scen}_calls.txt
  if [ "$scen" = pg_temp ]; then
    q -d "$db_apply" -v s=pg_temp -v attacker="$attacker" -f "$sql/plant.sql" -f "$sql/c1_calls.sql" >"$calls_out" 2>&1
    c1_planted=$(grep -o 'planted [0-9]*' "$calls_out" | head -1 | cut -d' ' -f2)
  else
    q -d "$db_apply" -f "$sql/c1_calls.sql" >"$calls_out" 2>&1
  fi
  local name st err
  while read -r name st err; do
    c1_calls=$((c1_calls + 1))
    case $st in
      00000|0A000|22023|3F000|42P01|42703|42501) ;;
      *) c1_why+=("$scen: $name ended with $st: $err") ;;
    esac
  done < <(marks "$calls_out" CALL)
  grep -q '^CALL ' "$calls_out" || c1_why+=("$scen: no call ran: $(head -3 "$calls_out" | tr '\n' ' ')")

  # --- paste: the plan's text run by a superuser with pg_catalog last on the search_path
  local plan_views=$out/c1_${scen}_plan_views.sql plan_cols=$out/c1_${scen}_plan_cols.sql
  plan_sql "$db_paste" hub '{"include_schemas": ["public"], "cast": "view", "join_views": true}' >"$plan_views" 2>"$out/c1_${scen}_plan.err"
  plan_sql "$db_paste" hub '{"include_schemas": ["public"]}' >"$plan_cols" 2>>"$out/c1_${scen}_plan.err"
  c1_pasted=$((c1_pasted + $(cat "$plan_views" "$plan_cols" | grep -cvE '^(SET|RESET) ')))
  [ -s "$plan_cols" ] || c1_why+=("$scen: the plan was empty: $(head -2 "$out/c1_${scen}_plan.err" | tr '\n' ' ')")
  # one script, one session: (pg_temp plants,) the search_path, the plan as pasted
  { [ "$scen" = pg_temp ] && cat "$sql/plant.sql"; echo "SET search_path = $path;"; echo '\set ON_ERROR_STOP 1'
    cat "$plan_views" "$plan_cols"; } >"$out/c1_${scen}_paste_script.sql"
  if ! q -d "$db_paste" -v s=pg_temp -v attacker="$attacker" -f "$out/c1_${scen}_paste_script.sql" >"$out/c1_${scen}_paste.txt" 2>&1; then
    c1_why+=("$scen: the pasted plan failed: $(grep -m1 ERROR "$out/c1_${scen}_paste.txt" | cut -c1-160)")
  fi

  # --- writes and reads, then the verdict, in both databases
  for db in "$db_apply" "$db_paste"; do
    q -d "$db" -c "GRANT USAGE ON SCHEMA hub TO $attacker" \
      -c "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA hub, public TO $attacker" >/dev/null 2>&1
    local w=$out/c1_${scen}_writes_$db.txt
    q -d "$db" -v tag=su -f "$sql/c1_writes.sql" >"$w" 2>&1
    q -d "$db" -v tag=att -c "SET ROLE $attacker" -f "$sql/c1_writes.sql" >>"$w" 2>&1
    # the attacker (owning the watched schema) does DDL from a session with its own pg_temp plants
    [ "$scen" = synced ] && q -d "$db" -c "SET ROLE $attacker" -v s=pg_temp -v attacker="$attacker" \
      -f "$sql/plant.sql" -f "$sql/c1_ddl.sql" >>"$w" 2>&1
    while read -r name st err; do
      c1_writes=$((c1_writes + 1))
      [ "$st" = 00000 ] || c1_why+=("$scen/${db##*_}: write $name ended with $st: $err")
    done < <(marks "$w" WRITE)
    local verdict
    verdict=$(q -At -d "$db" -f "$sql/c1_check.sql" 2>&1)
    echo "$verdict" >"$out/c1_${scen}_verdict_$db.txt"
    local log super objects
    log=$(grep '^LOG ' <<<"$verdict"); super=$(grep '^SUPER ' <<<"$verdict"); objects=$(grep '^OBJECTS ' <<<"$verdict")
    [ -n "$log" ] && [ -n "$objects" ] || { c1_why+=("$scen/${db##*_}: verdict query failed: $verdict"); continue; }
    [ "$(cut -d' ' -f2 <<<"$log")" = 0 ] || c1_why+=("$scen/${db##*_}: planted code ran $(cut -d' ' -f2 <<<"$log") times: $(cut -d' ' -f3- <<<"$log" | cut -c1-400)")
    [ "$super" = "SUPER " ] || c1_why+=("$scen/${db##*_}: became superuser: ${super#SUPER }")
    local ncols nviews ndeps bad
    read -r _ ncols nviews ndeps bad <<<"$objects"
    c1_objects=$((c1_objects + ncols + nviews))
    [ -z "$bad" ] || c1_why+=("$scen/${db##*_}: objects depend on non-pg_catalog objects: ${bad:0:400}")
    [ $((ncols + nviews)) -gt 0 ] || c1_why+=("$scen/${db##*_}: the extension created nothing to inspect")
  done
}
for scen in synced public pg_temp; do c1_scenario "$scen"; done
c1_detail="$c1_planted planted objects × 3 schemas (synced/public/pg_temp), $c1_calls calls, $c1_writes writes/reads, $c1_pasted pasted statements, pg_depend of $c1_objects objects"
if [ ${#c1_why[@]} -eq 0 ]; then
  ok nothing_user_defined_runs "$c1_detail"
else
  fail nothing_user_defined_runs "${#c1_why[@]} problem(s) [$c1_detail]"
  printf '    %s\n' "${c1_why[@]}"
fi


###############################################################################
# 2. No value breaks a sync write (C1, H3; repro 01, 02, 03)
###############################################################################
# values_failures <db>: the number of values tried, then one line per failure
values_failures() {
  q -At -F ' | ' -d "$1" -c "SELECT count(*) FROM public.psh_sec_values" \
    -c "SELECT * FROM public.psh_sec_check_values()" 2>&1
}
c2_why=(); c2_values=0; c2_counts=()
c2_run() {  # <db> <what>
  local res n
  res=$(values_failures "$1")
  n=$(head -1 <<<"$res")
  [[ $n =~ ^[0-9]+$ ]] || { c2_why+=("$2: the runner failed: $(head -3 <<<"$res" | tr '\n' ' ')"); return; }
  c2_values=$((c2_values + n)); c2_counts+=("$n $2")
  while IFS= read -r line; do
    [ -n "$line" ] && c2_why+=("$2: $line")
  done < <(tail -n +2 <<<"$res")
}
# C.UTF-8 (the cluster's locale)
if newdb psh_sec_c2; then
  q -d psh_sec_c2 -f "$sql/values_runner.sql" -f "$sql/c2_values.sql" >"$out/c2_values.txt" 2>&1
  grep -q '^CREATED 18$' "$out/c2_values.txt" || c2_why+=("C.UTF-8: not every cast column and view was created: $(grep -m1 -E 'ERROR|CREATED' "$out/c2_values.txt")")
  c2_run psh_sec_c2 C.UTF-8
else
  c2_why+=("could not create psh_sec_c2")
fi
# an ICU database (repro 02)
if newdb psh_sec_c2_icu "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' TEMPLATE template0"; then
  q -d psh_sec_c2_icu -f "$sql/values_runner.sql" -f "$sql/c2_values.sql" >"$out/c2_icu.txt" 2>&1
  grep -q '^CREATED 18$' "$out/c2_icu.txt" || c2_why+=("ICU: not every cast column and view was created: $(grep -m1 -E 'ERROR|CREATED' "$out/c2_icu.txt")")
  c2_run psh_sec_c2_icu "ICU en-US"
else
  echo "  (skipped the ICU database: CREATE DATABASE ... LOCALE_PROVIDER icu failed, ICU is unavailable on this server)"
fi
# standard_conforming_strings = off while creating (repro 03), applying, and pasting a plan
if newdb psh_sec_c2_scs; then
  q -d psh_sec_c2_scs -f "$sql/values_runner.sql" -f "$sql/c2_scs.sql" >"$out/c2_scs.txt" 2>&1
  plan_sql psh_sec_c2_scs sd '{"include_schemas": ["public"]}' >"$out/c2_scs_plan.sql" 2>>"$out/c2_scs.txt"
  [ -s "$out/c2_scs_plan.sql" ] || c2_why+=("scs off: the plan of sd was empty")
  q -d psh_sec_c2_scs -c "SET standard_conforming_strings = off" -f "$out/c2_scs_plan.sql" >>"$out/c2_scs.txt" 2>&1
  c2_run psh_sec_c2_scs "scs off (created/viewed/applied/plan pasted)"
else
  c2_why+=("could not create psh_sec_c2_scs")
fi
c2_detail="$(IFS=,; echo "${c2_counts[*]}" | sed 's/,/ + /g') = $c2_values values, each by INSERT, by UPDATE and read through its cast view"
if [ ${#c2_why[@]} -eq 0 ]; then
  ok no_value_breaks_a_sync_write "$c2_detail"
else
  fail no_value_breaks_a_sync_write "${#c2_why[@]} failure(s) [$c2_detail]"
  printf '    %s\n' "${c2_why[@]:0:40}"
  [ ${#c2_why[@]} -le 40 ] || echo "    … and $(( ${#c2_why[@]} - 40 )) more"
fi

###############################################################################
# 3. Markers are never trusted alone (H4; repro 07)
###############################################################################
c3_why=()
db=psh_sec_h4
newrole psh_sec_h4_owner; newrole psh_sec_h4_mallory
if newdb $db; then
  q -v ON_ERROR_STOP=1 -d $db >"$out/c3_setup.txt" 2>&1 <<'SQL' || c3_why+=("setup failed: $(grep -m1 ERROR "$out/c3_setup.txt")")
SET client_min_messages = warning;
CREATE TABLE public.users (id int4 PRIMARY KEY);
INSERT INTO public.users SELECT g FROM generate_series(1, 20) g;
GRANT SELECT ON public.users TO PUBLIC;
CREATE FUNCTION public.psh_sec_h4_fn() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$;
CREATE FUNCTION public.psh_sec_h4_pred(text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE SCHEMA hubspot AUTHORIZATION psh_sec_h4_owner;
CREATE SCHEMA mallory AUTHORIZATION psh_sec_h4_mallory;
GRANT USAGE, CREATE ON SCHEMA hubspot TO psh_sec_h4_mallory;   -- the forger can create in a requested schema
SET ROLE psh_sec_h4_owner;
CREATE TABLE hubspot._sync_meta (x int);
CREATE TABLE hubspot.company (id text PRIMARY KEY, name text);
CREATE TABLE hubspot.contact (id text PRIMARY KEY, email text, company_id text, user_id varchar);
CREATE TABLE hubspot.associations_company_contact (company_id text, contact_id text);
INSERT INTO hubspot.company SELECT 'co' || g, 'Company ' || g FROM generate_series(1, 10) g;
INSERT INTO hubspot.contact SELECT 'k' || g, 'k@x', 'co' || (g % 10 + 1), (g % 20 + 1)::text FROM generate_series(1, 30) g;
INSERT INTO hubspot.associations_company_contact SELECT 'co' || (g % 10 + 1), 'k' || g FROM generate_series(1, 30) g;
GRANT SELECT ON ALL TABLES IN SCHEMA hubspot TO psh_sec_h4_mallory;
ANALYZE;
SQL
  # the legitimate objects' DDL, as the plan gives it (before they exist), to forge copies from
  q -At -d $db -c "SET ROLE psh_sec_h4_owner" \
    -c "SELECT * FROM sequin_hasura_plan('hubspot', '{\"include_schemas\": [\"public\"], \"cast\": \"view\", \"join_views\": true}')" \
    >"$out/c3_plan.sql" 2>>"$out/c3_setup.txt"
  cv_create=$(grep -m1 '^CREATE VIEW "hubspot"."contact_user_id_int4"' "$out/c3_plan.sql")
  cv_comment=$(grep -m1 '^COMMENT ON VIEW "hubspot"."contact_user_id_int4"' "$out/c3_plan.sql")
  jv_create=$(grep -m1 '^CREATE VIEW "hubspot"."companies_and_contacts"' "$out/c3_plan.sql")
  jv_comment=$(grep -m1 '^COMMENT ON VIEW "hubspot"."companies_and_contacts"' "$out/c3_plan.sql")
  [ -n "$cv_create" ] && [ -n "$cv_comment" ] && [ -n "$jv_create" ] && [ -n "$jv_comment" ] \
    || c3_why+=("the plan did not hold the cast view and join view to copy: $(head -c 300 "$out/c3_plan.sql")")
  # the legitimate ones, by the tables' owner
  q -v ON_ERROR_STOP=1 -d $db -c "SET ROLE psh_sec_h4_owner" \
    -c "SELECT sequin_hasura_create_cast_view('hubspot.contact', 'user_id', 'int4')" \
    -c "SELECT sequin_hasura_create_join_view('hubspot.associations_company_contact')" >>"$out/c3_setup.txt" 2>&1 \
    || c3_why+=("the legitimate cast view / join view could not be created: $(grep -m1 ERROR "$out/c3_setup.txt")")
  rename() { sed -E -e "s/^(CREATE VIEW|COMMENT ON VIEW) \"hubspot\"\.\"$1\"/\1 \"$2\".\"$3\"/" -e 's/;?$/;/' <<<"$4"; }
  with_extra() {  # add a column calling a function, before the last " FROM "
    local s=${1%;}
    if [[ $s == *' FROM '* ]]; then echo "${s% FROM *}, public.psh_sec_h4_fn() AS extra FROM ${s##* FROM };"; else echo "$s;"; fi
  }
  {
    echo "SET client_min_messages = warning;"
    echo "SET ROLE psh_sec_h4_mallory;"
    echo "-- repro 07: outside the requested schemas, a forged cast view and a broken join view"
    cat <<'SQL'
CREATE FUNCTION mallory.f() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$;
CREATE VIEW mallory.contact_company_id_int4 AS
  SELECT b.id, b.company_id, 1 AS _company_id, mallory.f() AS runs_as FROM hubspot.contact b;
COMMENT ON VIEW mallory.contact_company_id_int4 IS
  'pg_sequin_hasura:{"kind":"cast_view","base":{"schema":"hubspot","name":"contact"},"key":"id","column":"company_id","cast_column":"_company_id","type":"int4"}';
CREATE VIEW mallory.broken AS SELECT 1 AS a;
COMMENT ON VIEW mallory.broken IS
  'pg_sequin_hasura:{"kind":"join_view","join_table":{"schema":"hubspot","name":"contact"},"attributes":[],"sides":[{"table":{"schema":"hubspot","name":"contact"},"join_column":"a","key":"id","prefix":"x","columns":[]},{"table":{"schema":"hubspot","name":"company"},"join_column":"a","key":"id","prefix":"y","columns":[]}]}';
SQL
    echo "-- outside: exact copies of the legitimate views (definition and marker), owned by the forger"
    rename contact_user_id_int4 mallory contact_user_id_int4 "$cv_create"
    rename contact_user_id_int4 mallory contact_user_id_int4 "$cv_comment"
    rename companies_and_contacts mallory companies_and_contacts "$jv_create"
    rename companies_and_contacts mallory companies_and_contacts "$jv_comment"
    echo "-- inside a requested schema (CREATE granted): exact copies owned by the forger"
    rename contact_user_id_int4 hubspot contact_user_id_int4_m "$cv_create"
    rename contact_user_id_int4 hubspot contact_user_id_int4_m "$cv_comment"
    rename companies_and_contacts hubspot companies_and_contacts_m "$jv_create"
    rename companies_and_contacts hubspot companies_and_contacts_m "$jv_comment"
    echo "GRANT USAGE ON SCHEMA mallory TO PUBLIC;"
    echo "GRANT SELECT ON ALL TABLES IN SCHEMA mallory TO PUBLIC;"
    echo "RESET ROLE;"
    echo "-- owned by the tables' owner, but the definition does not match the marker"
    echo "SET ROLE psh_sec_h4_owner;"
    with_extra "$(rename contact_user_id_int4 hubspot contact_user_id_int4_extra "$cv_create")"
    rename contact_user_id_int4 hubspot contact_user_id_int4_extra "$cv_comment"
    echo "$(rename contact_user_id_int4 hubspot contact_user_id_int4_where "$cv_create" | sed 's/;$//') WHERE public.psh_sec_h4_pred(b.\"id\");"
    rename contact_user_id_int4 hubspot contact_user_id_int4_where "$cv_comment"
    echo "$(rename companies_and_contacts hubspot companies_and_contacts_where "$jv_create" | sed 's/;$//') WHERE public.psh_sec_h4_pred(j.\"contact_id\");"
    rename companies_and_contacts hubspot companies_and_contacts_where "$jv_comment"
    echo "-- owned by the tables' owner, only pg_catalog in it, but not what the marker says"
    echo "CREATE VIEW hubspot.contact_user_id_int4_const AS SELECT b.id, b.user_id, 1 AS _user_id FROM hubspot.contact AS b;"
    rename contact_user_id_int4 hubspot contact_user_id_int4_const "$cv_comment"
    echo "$(rename companies_and_contacts hubspot companies_and_contacts_filtered "$jv_create" | sed 's/;$//') WHERE j.\"company_id\" <> 'co1';"
    rename companies_and_contacts hubspot companies_and_contacts_filtered "$jv_comment"
    echo "RESET ROLE;"
  } >"$out/c3_forge.sql"
  q -v ON_ERROR_STOP=1 -d $db -f "$out/c3_forge.sql" >"$out/c3_forge.txt" 2>&1 \
    || c3_why+=("forging failed: $(grep -m1 ERROR "$out/c3_forge.txt")")
  # every forged view must exist, else the check proves nothing
  nforged=$(val $db -c "SELECT count(*) FROM pg_class c WHERE c.relkind = 'v' AND obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'
    AND (c.relnamespace = 'mallory'::regnamespace OR c.relname ~ '_(m|extra|where|const|filtered)$')")
  [ "$nforged" = 11 ] || c3_why+=("expected 11 forged views, found $nforged")
  # the verdict on a document: forged (schema, name, inside the requested schemas?)
  c3_doc() {  # <label> <options json> <forged rows as VALUES> <names that must be in a NOTICE, regex>
    local label=$1 opts=$2 forged=$3 noticed=$4 res err
    err=$out/c3_notice_$label.txt
    res=$(q -At -d $db 2>"$err" <<SQL
CREATE TEMP TABLE doc AS SELECT sequin_hasura_metadata('hubspot', '$opts') AS d;
CREATE TEMP TABLE forged (schema text, name text, inside boolean);
INSERT INTO forged VALUES $forged;
CREATE TEMP TABLE tbl AS SELECT t->'table'->>'schema' AS schema, t->'table'->>'name' AS name, t FROM doc, jsonb_array_elements(d->'sources'->0->'tables') t;
CREATE TEMP TABLE rel AS
  SELECT tbl.schema, tbl.name, k AS kind, r->>'name' AS rel, r#>>'{using,manual_configuration,remote_table,schema}' AS rschema,
         r#>>'{using,manual_configuration,remote_table,name}' AS rname, r->>'comment' AS comment
  FROM tbl, LATERAL (VALUES ('object'), ('array')) v(k), jsonb_array_elements(coalesce(t->(k || '_relationships'), '[]')) r;
SELECT 'TABLES ' || count(*) FROM tbl;
SELECT 'PROBLEM tracks ' || f.schema || '.' || f.name || ', outside the requested schemas'
FROM forged f JOIN tbl USING (schema, name) WHERE NOT f.inside;
SELECT 'PROBLEM ' || r.schema || '.' || r.name || ' has ' || r.kind || ' relationship ' || r.rel || ' from a forged marker: ' || r.comment
FROM rel r WHERE r.comment ~ '(cast_view|join_view)'
  AND (EXISTS (SELECT FROM forged f WHERE f.schema = r.schema AND f.name = r.name)
       OR EXISTS (SELECT FROM forged f WHERE f.schema = r.rschema AND f.name = r.rname));
-- the legitimate path still works
SELECT 'PROBLEM the legitimate cast view is not tracked' WHERE NOT EXISTS (SELECT FROM tbl WHERE schema = 'hubspot' AND name = 'contact_user_id_int4');
SELECT 'PROBLEM the legitimate cast view has no object relationship to hubspot.contact (cast_view_base)'
WHERE NOT EXISTS (SELECT FROM rel WHERE name = 'contact_user_id_int4' AND kind = 'object' AND rschema = 'hubspot' AND rname = 'contact' AND comment LIKE '%cast_view%');
SELECT 'PROBLEM hubspot.contact has no object relationship to the legitimate cast view'
WHERE NOT EXISTS (SELECT FROM rel WHERE name = 'contact' AND kind = 'object' AND rname = 'contact_user_id_int4' AND comment LIKE '%cast_view%');
SELECT 'PROBLEM the legitimate cast view does not carry the reference to public.users'
WHERE NOT EXISTS (SELECT FROM rel WHERE name = 'contact_user_id_int4' AND kind = 'object' AND rschema = 'public' AND rname = 'users' AND comment LIKE '%cast_view%');
SELECT 'PROBLEM the legitimate join view is not tracked' WHERE NOT EXISTS (SELECT FROM tbl WHERE schema = 'hubspot' AND name = 'companies_and_contacts');
SELECT 'PROBLEM the legitimate join view has no object relationship to ' || s
FROM (VALUES ('company'), ('contact')) v(s)
WHERE NOT EXISTS (SELECT FROM rel WHERE name = 'companies_and_contacts' AND kind = 'object' AND rname = s AND comment LIKE '%join_view%');
SELECT 'PROBLEM hubspot.' || s || ' has no array relationship to the legitimate join view'
FROM (VALUES ('company'), ('contact')) v(s)
WHERE NOT EXISTS (SELECT FROM rel WHERE name = s AND kind = 'array' AND rname = 'companies_and_contacts' AND comment LIKE '%join_view%');
SQL
)
    echo "$res" >"$out/c3_doc_$label.txt"
    grep -q '^TABLES [1-9]' <<<"$res" || { c3_why+=("$label: metadata failed: $(grep -m1 ERROR "$err")"); return; }
    while IFS= read -r line; do c3_why+=("$label: ${line#PROBLEM }"); done < <(grep '^PROBLEM' <<<"$res")
    local n
    for n in $noticed; do
      # the extension's generic notices (casts left out, flagged tables) do not count
      grep -E '(NOTICE|WARNING):' "$err" | grep -vE 'left out [0-9]+ relationship|table change\(s\) flagged' | grep -qE "$n" \
        || c3_why+=("$label: no NOTICE names the forged view $n")
    done
  }
  outside="('mallory', 'contact_company_id_int4', false), ('mallory', 'broken', false), ('mallory', 'contact_user_id_int4', false), ('mallory', 'companies_and_contacts', false)"
  inside="('hubspot', 'contact_user_id_int4_m', true), ('hubspot', 'companies_and_contacts_m', true), ('hubspot', 'contact_user_id_int4_extra', true), ('hubspot', 'contact_user_id_int4_where', true), ('hubspot', 'companies_and_contacts_where', true), ('hubspot', 'contact_user_id_int4_const', true), ('hubspot', 'companies_and_contacts_filtered', true)"
  inside_names="contact_user_id_int4_m companies_and_contacts_m contact_user_id_int4_extra contact_user_id_int4_where companies_and_contacts_where contact_user_id_int4_const companies_and_contacts_filtered"
  c3_doc hubspot '{"include_schemas": ["public"]}' "$outside, $inside" "$inside_names"
  c3_doc with_mallory '{"include_schemas": ["public", "mallory"]}' \
    "$(sed 's/, false)/, true)/g' <<<"$outside"), $inside" \
    "$inside_names mallory\"?\.\"?contact_company_id_int4 mallory\"?\.\"?broken mallory\"?\.\"?contact_user_id_int4 mallory\"?\.\"?companies_and_contacts"
  # suggest_relationships never reports a relationship of a forged view's marker either
  bad=$(q -At -d $db -c "SELECT string_agg(from_schema || '.' || from_table || ' -> ' || to_schema || '.' || to_table, '; ')
    FROM sequin_hasura_suggest_relationships('hubspot', '{\"include_schemas\": [\"public\", \"mallory\"]}')
    WHERE evidence::text ~ '(cast_view|join_view)'
      AND (from_schema = 'mallory' OR to_schema = 'mallory' OR from_table ~ '_(m|extra|where|const|filtered)$' OR to_table ~ '_(m|extra|where|const|filtered)$')" 2>/dev/null || echo "(the call failed)")
  [ -z "$bad" ] || c3_why+=("suggest_relationships: forged marker relationships: ${bad:0:300}")
else
  c3_why+=("could not create $db")
fi
c3_detail="11 forged views: 4 outside the requested schemas (repro 07 ×2, exact copies ×2), 2 exact copies by a non-owner inside, 5 owner's views not matching their marker (extra column calling a function, WHERE calling a function ×2, constant cast column, WHERE with pg_catalog only); 2 documents (hubspot; hubspot + mallory) + suggest; legitimate cast view and join view still related"
if [ ${#c3_why[@]} -eq 0 ]; then
  ok markers_never_trusted_alone "$c3_detail"
else
  fail markers_never_trusted_alone "${#c3_why[@]} problem(s) [$c3_detail]"
  printf '    %s\n' "${c3_why[@]:0:30}"
fi

###############################################################################
# 4. Our views apply the reader's rights (M1; repro 11)
###############################################################################
c4_why=(); c4_reads=0
db=psh_sec_m1
newrole psh_sec_m1_syncer; newrole psh_sec_m1_hasura
if newdb $db; then
  fixture() {  # <schema>
    cat <<SQL
CREATE SCHEMA $1 AUTHORIZATION psh_sec_m1_syncer;
GRANT USAGE ON SCHEMA $1 TO psh_sec_m1_hasura;
ALTER DEFAULT PRIVILEGES FOR ROLE psh_sec_m1_syncer IN SCHEMA $1 GRANT SELECT ON TABLES TO psh_sec_m1_hasura;
SET ROLE psh_sec_m1_syncer;
CREATE TABLE $1._sync_meta (x int);
CREATE TABLE $1.company (id text PRIMARY KEY, name text);
CREATE TABLE $1.contact (id text PRIMARY KEY, email text, secret boolean, owner_id varchar, user_id varchar);
CREATE TABLE $1.associations_company_contact (company_id text, contact_id text);
INSERT INTO $1.company VALUES ('1', 'Acme');
INSERT INTO $1.contact VALUES ('k1', 'ceo@acme.example', true, '5', '1'), ('k2', 'ok@acme.example', false, '6', '2');
INSERT INTO $1.contact SELECT 'k' || g, 'x@acme.example', false, g::text, (g % 20 + 1)::text FROM generate_series(3, 20) g;
INSERT INTO $1.associations_company_contact VALUES ('1', 'k1'), ('1', 'k2');
REVOKE SELECT ON $1.contact FROM psh_sec_m1_hasura;
GRANT SELECT (id) ON $1.contact TO psh_sec_m1_hasura;                 -- no email for hasura
ALTER TABLE $1.contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY hide_secret ON $1.contact TO psh_sec_m1_hasura USING (NOT secret);
RESET ROLE;
SQL
  }
  { echo "SET client_min_messages = warning;"
    echo "CREATE TABLE public.users (id int4 PRIMARY KEY); INSERT INTO public.users SELECT g FROM generate_series(1, 20) g;"
    echo "GRANT SELECT ON public.users TO PUBLIC;"
    fixture hubspot; fixture hubspot2
    echo "ANALYZE;"
    echo "SET ROLE psh_sec_m1_syncer;"
    echo "SELECT sequin_hasura_create_join_view('hubspot.associations_company_contact');"
    echo "SELECT sequin_hasura_create_cast_view('hubspot.contact', 'owner_id', 'int4');"
    echo "SELECT count(*) FROM sequin_hasura_apply('hubspot', '{\"include_schemas\": [\"public\"], \"cast\": \"view\"}');"
  } >"$out/c4_setup.sql"
  q -d $db -f "$out/c4_setup.sql" >"$out/c4_setup.txt" 2>&1
  grep -q ERROR "$out/c4_setup.txt" && c4_why+=("setup: $(grep -m1 ERROR "$out/c4_setup.txt")")
  # the plan for hubspot2, pasted by the syncer
  plan_sql $db hubspot2 '{"include_schemas": ["public"], "cast": "view", "join_views": true}' -c "SET ROLE psh_sec_m1_syncer" \
    >"$out/c4_plan.sql" 2>>"$out/c4_setup.txt"
  q -d $db -v ON_ERROR_STOP=1 -c "SET ROLE psh_sec_m1_syncer" -f "$out/c4_plan.sql" >>"$out/c4_setup.txt" 2>&1 \
    || c4_why+=("the pasted plan failed: $(grep -m1 ERROR "$out/c4_setup.txt")")
  views=$(val $db -c "SELECT string_agg(c.oid::regclass::text, ' ' ORDER BY 1) FROM pg_class c WHERE c.relkind = 'v'
    AND obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'")
  nviews=$(wc -w <<<"$views")
  [ "$nviews" -ge 5 ] || c4_why+=("expected at least 5 views of ours (join view, cast views by create and apply, plan's), found $nviews: $views")
  # every view of ours says security_invoker
  notinv=$(val $db -c "SELECT string_agg(c.oid::regclass::text || ' ' || coalesce(c.reloptions::text, '(no reloptions)'), '; ')
    FROM pg_class c WHERE c.relkind = 'v' AND obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'
      AND NOT coalesce(c.reloptions, '{}') && ARRAY['security_invoker=true', 'security_invoker=on', 'security_invoker=1', 'security_invoker=yes']")
  [ -z "$notinv" ] || c4_why+=("views without security_invoker=true: $notinv")
  # reads as hasura: (a) only id granted: permission denied, or rows without k1's;
  # (b) all read columns granted: works, and RLS hides k1
  read_as_hasura() {  # <phase> <view>
    local res
    res=$(q -At -F '|' -d $db -c "SET ROLE psh_sec_m1_hasura" -c "SELECT * FROM $2" 2>&1)
    c4_reads=$((c4_reads + 1))
    if grep -q 'ERROR' <<<"$res"; then
      grep -q 'permission denied' <<<"$res" && [ "$1" = a ] && return
      c4_why+=("phase $1, $2: $(grep -m1 ERROR <<<"$res")"); return
    fi
    grep -qE 'ceo@acme|(^|\|)k1(\||$)' <<<"$res" && c4_why+=("phase $1, $2 shows what hasura may not see: $(grep -m1 -E 'ceo@acme|k1' <<<"$res")")
    [ "$1" = b ] && ! grep -qE '(^|\|)k2(\||$)' <<<"$res" && c4_why+=("phase $1, $2 shows no row at all (expected k2's)")
  }
  denied=$(q -At -d $db -c "SET ROLE psh_sec_m1_hasura" -c "SELECT email FROM hubspot.contact" 2>&1)
  grep -q 'permission denied' <<<"$denied" || c4_why+=("sanity: hasura could read contact.email directly: $denied")
  for v in $views; do read_as_hasura a "$v"; done
  q -d $db -c "GRANT SELECT (id, email, owner_id, user_id) ON hubspot.contact, hubspot2.contact TO psh_sec_m1_hasura" >/dev/null
  for v in $views; do read_as_hasura b "$v"; done
else
  c4_why+=("could not create $db")
fi
c4_detail="${nviews:-0} views (create_join_view, create_cast_view, apply, pasted plan) × 2 grant levels = $c4_reads reads as the Hasura role (column grants + RLS); reloptions"
if [ ${#c4_why[@]} -eq 0 ]; then
  ok views_apply_readers_rights "$c4_detail"
else
  fail views_apply_readers_rights "${#c4_why[@]} problem(s) [$c4_detail]"
  printf '    %s\n' "${c4_why[@]:0:20}"
fi

###############################################################################
# 5. Flagging cannot be switched off by an unprivileged role (L1)
###############################################################################
c5_why=(); c5_n=0
db=psh_sec_l1
newrole psh_sec_l1_sync
if newdb $db; then
  q -v ON_ERROR_STOP=1 -d $db >/dev/null 2>&1 <<'SQL' || c5_why+=("setup failed")
CREATE SCHEMA w AUTHORIZATION psh_sec_l1_sync;
SET ROLE psh_sec_l1_sync;
CREATE TABLE w._sync_meta (x int);
CREATE TABLE w.base (id text);
CREATE TABLE w.victim1 (id text);
CREATE TABLE w.victim2 (id text);
RESET ROLE;
SELECT sequin_hasura_ack();
SQL
  : >"$out/c5.txt"
  # variant <table> <event> <how>  [env=value…] -- <psql args>: the role connects as itself
  # (not SET ROLE from a superuser session), tries to switch flagging off, then does DDL
  c5_variants=()
  variant() {
    local tbl=$1 event=$2 how=$3; shift 3
    local envs=()
    while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
    c5_n=$((c5_n + 1)); c5_variants+=("$tbl|$event|$how")
    echo "== $how ($tbl, $event)" >>"$out/c5.txt"
    env "${envs[@]}" psql -X -q -U psh_sec_l1_sync -d $db "$@" >>"$out/c5.txt" 2>&1
  }
  variant h_set create "SET pg_sequin_hasura.internal_ddl = on" -- \
    -c "SET pg_sequin_hasura.internal_ddl = on" -c "CREATE TABLE w.h_set (id text)"
  variant h_set_local create "SET LOCAL pg_sequin_hasura.internal_ddl = on" -- \
    -c "BEGIN" -c "SET LOCAL pg_sequin_hasura.internal_ddl = on" -c "CREATE TABLE w.h_set_local (id text)" -c "COMMIT"
  variant h_set_config create "set_config('pg_sequin_hasura.internal_ddl', 'on', false)" -- \
    -c "SELECT set_config('pg_sequin_hasura.internal_ddl', 'on', false)" -c "CREATE TABLE w.h_set_config (id text)"
  variant h_pgoptions create "PGOPTIONS=-c pg_sequin_hasura.internal_ddl=on" "PGOPTIONS=-c pg_sequin_hasura.internal_ddl=on" -- \
    -c "CREATE TABLE w.h_pgoptions (id text)"
  variant base alter "internal_ddl = on, then ALTER TABLE ADD COLUMN" -- \
    -c "SET pg_sequin_hasura.internal_ddl = on" -c "ALTER TABLE w.base ADD COLUMN c1 text"
  variant victim1 drop "internal_ddl = on, then DROP TABLE" -- \
    -c "SET pg_sequin_hasura.internal_ddl = on" -c "DROP TABLE w.victim1"
  variant h_appname create "SET application_name = 'pg_restore'" -- \
    -c "SET application_name = 'pg_restore'" -c "CREATE TABLE w.h_appname (id text)"
  variant h_pgappname create "PGAPPNAME=pg_restore" PGAPPNAME=pg_restore -- \
    -c "CREATE TABLE w.h_pgappname (id text)"
  variant h_both create "application_name = 'pg_restore' and internal_ddl = on" -- \
    -c "SET application_name = 'pg_restore'" -c "SET pg_sequin_hasura.internal_ddl = on" -c "CREATE TABLE w.h_both (id text)"
  variant victim2 drop "application_name = 'pg_restore', then DROP TABLE" -- \
    -c "SET application_name = 'pg_restore'" -c "DROP TABLE w.victim2"
  psql -X -q -U psh_sec_l1_sync -d $db -c "ALTER ROLE psh_sec_l1_sync SET pg_sequin_hasura.internal_ddl = on" >>"$out/c5.txt" 2>&1
  variant h_role_setting create "ALTER ROLE (itself) SET pg_sequin_hasura.internal_ddl = on, new session" -- \
    -c "CREATE TABLE w.h_role_setting (id text)"
  psql -X -q -d postgres -c "ALTER ROLE psh_sec_l1_sync RESET ALL" >/dev/null 2>&1
  flagged=$(val $db -c "SELECT table_name || ':' || event FROM sequin_hasura_new_tables()")
  echo "$flagged" >>"$out/c5.txt"
  for v in "${c5_variants[@]}"; do
    IFS='|' read -r tbl event how <<<"$v"
    if grep -q "^$tbl:$event" <<<"$flagged"; then continue; fi
    # not flagged: acceptable only if the switch itself was refused and so the DDL never happened
    case $event in
      create) done_=$(val $db -c "SELECT to_regclass('w.$tbl') IS NOT NULL") ;;
      drop) done_=$(val $db -c "SELECT to_regclass('w.$tbl') IS NULL") ;;
      alter) done_=$(val $db -c "SELECT count(*) = 1 FROM pg_attribute WHERE attrelid = 'w.base'::regclass AND attname = 'c1'") ;;
    esac
    if [ "$done_" = t ]; then
      c5_why+=("not flagged after $how: $tbl ($event)")
    elif ! sed -n "/^== $(sed 's/[][\.*^$/]/\\&/g' <<<"$how") /,/^== /p" "$out/c5.txt" | grep -qiE 'permission denied|must be superuser|not allowed|cannot (be )?set'; then
      c5_why+=("$how: the DDL did not happen, and not because the setting was refused (see $out/c5.txt)")
    fi
  done
else
  c5_why+=("could not create $db")
fi
c5_detail="$c5_n ways, connected as the unprivileged schema owner: internal_ddl by SET / SET LOCAL / set_config / PGOPTIONS / ALTER ROLE SET, application_name pg_restore by SET / PGAPPNAME, both; CREATE, ALTER and DROP TABLE"
if [ ${#c5_why[@]} -eq 0 ]; then
  ok flagging_cannot_be_switched_off "$c5_detail"
else
  fail flagging_cannot_be_switched_off "${#c5_why[@]} of $c5_n unflagged [$c5_detail]"
  printf '    %s\n' "${c5_why[@]}"
fi

###############################################################################
# 6. lock_timeout (L3)
###############################################################################
c6_why=(); c6_calls=0
db=psh_sec_l3
try_fn='CREATE FUNCTION public.psh_sec_try(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE st text; h text; m text;
BEGIN
  EXECUTE q;
  RETURN $$00000||$$;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, h = PG_EXCEPTION_HINT, m = MESSAGE_TEXT;
  RETURN st || $$|$$ || coalesce(h, $$$$) || $$|$$ || m;
END $f$'
if newdb $db; then
  q -v ON_ERROR_STOP=1 -d $db -c "$try_fn" >/dev/null 2>&1
  q -v ON_ERROR_STOP=1 -d $db >"$out/c6_setup.txt" 2>&1 <<'SQL' || c6_why+=("setup failed: $(grep -m1 ERROR "$out/c6_setup.txt")")
SET client_min_messages = warning;
CREATE TABLE public.users (id int4 PRIMARY KEY);
INSERT INTO public.users SELECT g FROM generate_series(1, 20) g;
CREATE SCHEMA s;
CREATE TABLE s._sync_meta (x int);
CREATE TABLE s.company (id text PRIMARY KEY, name text);
CREATE TABLE s.contact (id text PRIMARY KEY, email text, company_id text, user_id varchar);
CREATE TABLE s.associations_company_contact (company_id text, contact_id text);
INSERT INTO s.company SELECT 'co' || g, 'C' FROM generate_series(1, 10) g;
INSERT INTO s.contact SELECT 'k' || g, 'k@x', 'co' || (g % 10 + 1), (g % 20 + 1)::text FROM generate_series(1, 30) g;
INSERT INTO s.associations_company_contact SELECT 'co' || (g % 10 + 1), 'k' || g FROM generate_series(1, 30) g;
CREATE SCHEMA p;
CREATE TABLE p.ticket (id text PRIMARY KEY, user_id varchar);
INSERT INTO p.ticket SELECT 't' || g, (g % 20 + 1)::text FROM generate_series(1, 30) g;
ANALYZE;
SQL
  calls="('create_cast_column', \$\$SELECT sequin_hasura_create_cast_column('s.contact', 'user_id', 'int4', NULL, %L)\$\$),
    ('create_cast_view', \$\$SELECT sequin_hasura_create_cast_view('s.contact', 'user_id', 'int4', NULL, %L)\$\$),
    ('create_join_view', \$\$SELECT sequin_hasura_create_join_view('s.associations_company_contact', NULL, %L)\$\$),
    ('plan', \$\$SELECT count(*) FROM sequin_hasura_plan('s', %L)\$\$),
    ('apply', \$\$SELECT count(*) FROM sequin_hasura_apply('s', %L)\$\$)"
  opts="jsonb_build_object('lock_timeout', v) || CASE WHEN f IN ('plan', 'apply') THEN '{\"include_schemas\": [\"public\"]}'::jsonb ELSE '{}' END"
  refused=$(q -At -d $db -F ' ' -c "SELECT f, v, psh_sec_try(format(t, ($opts)::text))
    FROM (VALUES $calls) c(f, t), (VALUES ('0'), ('0ms'), ('0s'), ('9999999min'), ('-1s'), ('1h')) x(v)" 2>/dev/null)
  echo "$refused" >"$out/c6_refused.txt"
  while read -r f v res; do
    c6_calls=$((c6_calls + 1))
    IFS='|' read -r st hint msg <<<"$res"
    [ "$st" = 22023 ] && [ -n "$hint" ] || c6_why+=("$f with lock_timeout \"$v\": ${st:-?}${msg:+ $msg}${hint:+ (hint: $hint)} — expected 22023 with a hint")
  done <<<"$refused"
  [ "$(grep -c . <<<"$refused")" = 30 ] || c6_why+=("expected 30 refusal calls to run, got $(grep -c . <<<"$refused")")
  accepted=$(q -At -d $db -F ' ' -c "SELECT f, v, psh_sec_try(format(t, ($opts)::text))
    FROM (VALUES ('500ms'), ('2s')) x(v), (VALUES $calls) c(f, t)" 2>/dev/null)
  echo "$accepted" >"$out/c6_accepted.txt"
  while read -r f v res; do
    c6_calls=$((c6_calls + 1))
    IFS='|' read -r st hint msg <<<"$res"
    [ "$st" = 00000 ] || c6_why+=("$f with lock_timeout \"$v\" was not accepted: $st $msg")
  done <<<"$accepted"
  [ "$(grep -c . <<<"$accepted")" = 10 ] || c6_why+=("expected 10 accepted calls to run, got $(grep -c . <<<"$accepted")")
  # the pasted plan: SET lock_timeout first (not SET LOCAL), RESET lock_timeout last
  plan_sql $db p '{"include_schemas": ["public"]}' >"$out/c6_plan.sql" 2>"$out/c6_plan.err"
  first=$(head -1 "$out/c6_plan.sql"); last=$(tail -1 "$out/c6_plan.sql")
  [[ $first =~ ^SET\ lock_timeout\ (=|TO)\ \'[^\']+\'\;$ ]] || c6_why+=("the plan's first line is not SET lock_timeout = '…': $first")
  [[ $last =~ ^RESET\ lock_timeout\;$ ]] || c6_why+=("the plan's last line is not RESET lock_timeout: $last")
  # pasted in autocommit while another session holds ACCESS EXCLUSIVE on the table: 55P03 quickly
  PGAPPNAME=psh_sec_holder psql -X -q -d $db -c "BEGIN" -c "LOCK p.ticket IN ACCESS EXCLUSIVE MODE" -c "SELECT pg_sleep(9)" -c "COMMIT" >/dev/null 2>&1 &
  holder=$!; bg_pids+=("$holder")
  for _ in $(seq 100); do
    held=$(val $db -c "SELECT count(*) FROM pg_locks WHERE relation = 'p.ticket'::regclass AND mode = 'AccessExclusiveLock' AND granted")
    [ "$held" = 1 ] && break; sleep 0.1
  done
  t0=$(date +%s.%N)
  pasted=$(timeout 30 psql -X -q -d $db -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -f "$out/c6_plan.sql" 2>&1); rc=$?
  t1=$(date +%s.%N)
  took=$(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }")
  q -d $db -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'psh_sec_holder' AND datname = '$db'" >/dev/null 2>&1
  wait "$holder" 2>/dev/null
  echo "$pasted" >"$out/c6_paste.txt"
  if [ $rc -eq 0 ] || ! grep -q '55P03' <<<"$pasted"; then
    c6_why+=("the pasted plan did not fail with 55P03 while the table was locked (rc $rc, ${took}s): $(grep -m1 -E 'ERROR|WARNING' <<<"$pasted")")
  elif awk "BEGIN { exit !($took > 6) }"; then
    c6_why+=("the pasted plan failed with 55P03 only after ${took}s")
  fi
  [ "$(val $db -c "SELECT count(*) FROM pg_attribute WHERE attrelid = 'p.ticket'::regclass AND attname = '_user_id'")" = 0 ] \
    || c6_why+=("the pasted plan changed p.ticket although it could not lock it")
else
  c6_why+=("could not create $db")
fi
c6_detail="6 bad values × 5 functions refused, 2 good × 5 accepted ($c6_calls calls); plan text SET/RESET; pasted plan vs ACCESS EXCLUSIVE: ${took:-?}s"
if [ ${#c6_why[@]} -eq 0 ]; then
  ok lock_timeout "$c6_detail"
else
  fail lock_timeout "${#c6_why[@]} problem(s) [$c6_detail]"
  printf '    %s\n' "${c6_why[@]:0:40}"
fi

###############################################################################
# 7. Error hygiene (L4), on a cluster of its own whose server has RUST_BACKTRACE=1
###############################################################################
c7_why=(); c7_errors=0; c7_paths=0; : >"$out/c7_errors.txt"
if PSH_PORT=$bt_port PSH_DIR=$bt_dir PSH_KEEP_BACKTRACE=1 RUST_BACKTRACE=1 bash scripts/cluster.sh start >"$out/c7_cluster.txt" 2>&1; then
  bt() { PGHOST=$bt_dir/sock PGPORT=$bt_port PGUSER=postgres "$@"; }
  pm=$(head -1 "$bt_dir/data/postmaster.pid")
  tr '\0' '\n' <"/proc/$pm/environ" 2>/dev/null | grep -q '^RUST_BACKTRACE=1$' \
    || c7_why+=("setup: the server's environment has no RUST_BACKTRACE=1 (scripts/cluster.sh must keep it with PSH_KEEP_BACKTRACE=1)")
  db=psh_sec_l4
  bt psql -X -q -d postgres -c "CREATE ROLE psh_sec_l4_user LOGIN" -c "CREATE DATABASE $db" >/dev/null 2>&1
  bt psql -X -q -v ON_ERROR_STOP=1 -d $db >"$out/c7_setup.txt" 2>&1 <<'SQL' || c7_why+=("setup failed: $(grep -m1 ERROR "$out/c7_setup.txt")")
SET client_min_messages = warning;
CREATE EXTENSION pg_sequin_hasura;
CREATE SCHEMA s;
CREATE TABLE s.users (id int4 PRIMARY KEY);
INSERT INTO s.users SELECT g FROM generate_series(1, 20) g;
CREATE TABLE s.t (id text PRIMARY KEY, user_id varchar, name text);
INSERT INTO s.t SELECT 't' || g, (g % 20 + 1)::text, 'n' FROM generate_series(1, 30) g;
CREATE TABLE s.blob (id oid PRIMARY KEY, n text);
CREATE TABLE s.p (id text, user_id varchar) PARTITION BY LIST (id);
CREATE TABLE s.p1 PARTITION OF s.p FOR VALUES IN ('a');
CREATE TABLE s.r (id text PRIMARY KEY, user_id text);
INSERT INTO s.r SELECT 'r' || g, (g % 20 + 1)::text FROM generate_series(1, 30) g;
ALTER TABLE s.r ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON s.r USING (true);
GRANT USAGE ON SCHEMA s TO psh_sec_l4_user;
GRANT SELECT ON ALL TABLES IN SCHEMA s TO psh_sec_l4_user;
CREATE SCHEMA m;
CREATE TABLE m.account (id text PRIMARY KEY);
CREATE TABLE m.contact (id text PRIMARY KEY, account_id text);
INSERT INTO m.account SELECT 'a' || g FROM generate_series(1, 10) g;
INSERT INTO m.contact SELECT 'c' || g, 'a' || (g % 10 + 1) FROM generate_series(1, 20) g;
CREATE MATERIALIZED VIEW m.contact_report AS SELECT id, account_id FROM m.contact WITH NO DATA;
ANALYZE;
SQL
  # err <name> <expected sqlstate or "any"> <psql args…>: run, and look at what the client sees
  err() {
    local name=$1 want=$2 res st; shift 2
    c7_paths=$((c7_paths + 1))
    res=$(bt psql -X -q -d $db -v VERBOSITY=verbose "$@" 2>&1 >/dev/null)
    echo "== $name" >>"$out/c7_errors.txt"; echo "$res" >>"$out/c7_errors.txt"
    st=$(grep -m1 -oE '^(psql:[^ ]* )?ERROR:  [0-9A-Z]{5}' <<<"$res" | grep -oE '[0-9A-Z]{5}$')
    [ -n "$st" ] && c7_errors=$((c7_errors + 1))
    if [ "$want" != any ] && [ "$st" != "$want" ]; then
      c7_why+=("$name: expected $want, got ${st:-no error}: $(grep -m1 ERROR <<<"$res" | cut -c1-200)")
    fi
    local dirty
    dirty=$(grep -v '^LOCATION:' <<<"$res" | grep -m1 -nE 'backtrace|\.rs:|/root/|\.cargo|rustc')
    [ -z "$dirty" ] || c7_why+=("$name ($st): the error carries build details ($(grep -c . <<<"$res") lines), e.g. ${dirty:0:160}")
    LAST_ERR=$res
  }
  err not_owner 42501 -c "SET ROLE psh_sec_l4_user" -c "SELECT sequin_hasura_create_cast_column('s.t', 'user_id', 'int4')"
  err not_owner_view 42501 -c "SET ROLE psh_sec_l4_user" -c "SELECT sequin_hasura_create_cast_view('s.t', 'user_id', 'int4')"
  err not_owner_apply 42501 -c "SET ROLE psh_sec_l4_user" -c "SELECT * FROM sequin_hasura_apply('s')"
  err row_security_off any -c "SET ROLE psh_sec_l4_user" -c "SET row_security = off" -c "SELECT sequin_hasura_metadata('s') IS NOT NULL"
  err unpopulated_matview any -c "SELECT sequin_hasura_metadata('m') IS NOT NULL"
  err oid_column 0A000 -c "SELECT sequin_hasura_create_cast_column('s.blob', 'id', 'int4')"
  err partition 42809 -c "SELECT sequin_hasura_create_cast_column('s.p1', 'user_id', 'int4')"
  grep -m1 -E '^ERROR:' <<<"$LAST_ERR" | grep -qi 'partition' || c7_why+=("partition: the message does not say it is a partition: $(grep -m1 ERROR <<<"$LAST_ERR")")
  grep -m1 -E '^HINT:' <<<"$LAST_ERR" | grep -qi 'partitioned table' || c7_why+=("partition: no hint to add the column to the partitioned table: $(grep -m1 HINT <<<"$LAST_ERR")")
  err unwatch_unknown 3F000 -c "SELECT sequin_hasura_unwatch('no_such_schema')"
  err unknown_column 42703 -c "SELECT sequin_hasura_create_cast_column('s.t', 'nope', 'int4')"
  err unsupported_type 0A000 -c "SELECT sequin_hasura_create_cast_column('s.t', 'user_id', 'jsonb')"
  err unknown_schema 3F000 -c "SELECT sequin_hasura_metadata('no_such_schema')"
  err not_a_join_table 22023 -c "SELECT sequin_hasura_create_join_view('s.users')"
  err bad_option 22023 -c "SELECT sequin_hasura_metadata('s', '{\"nope\": 1}')"
  # SPI errors while another session holds the table: lock_timeout (55P03) and a statement_timeout cancel (57014)
  PGAPPNAME=psh_sec_holder bt psql -X -q -d $db -c "BEGIN" -c "LOCK s.t IN ACCESS EXCLUSIVE MODE" -c "SELECT pg_sleep(6)" -c "COMMIT" >/dev/null 2>&1 &
  holder=$!; bg_pids+=("$holder")
  for _ in $(seq 100); do
    held=$(bt psql -X -At -d $db -c "SELECT count(*) FROM pg_locks WHERE relation = 's.t'::regclass AND mode = 'AccessExclusiveLock' AND granted")
    [ "$held" = 1 ] && break; sleep 0.1
  done
  err lock_not_available 55P03 -c "SELECT sequin_hasura_create_cast_column('s.t', 'user_id', 'int4', NULL, '{\"lock_timeout\": \"500ms\"}')"
  err statement_timeout_apply 57014 -c "SET statement_timeout = '400ms'" -c "SELECT * FROM sequin_hasura_apply('s', '{\"lock_timeout\": \"5s\"}')"
  err statement_timeout_metadata any -c "SET statement_timeout = '400ms'" -c "SELECT sequin_hasura_metadata('s') IS NOT NULL"
  bt psql -X -q -d $db -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'psh_sec_holder'" >/dev/null 2>&1
  wait "$holder" 2>/dev/null
  PSH_PORT=$bt_port PSH_DIR=$bt_dir bash scripts/cluster.sh stop >/dev/null 2>&1
else
  c7_why+=("could not start a cluster on port $bt_port: $(tail -3 "$out/c7_cluster.txt")")
fi
c7_detail="$c7_paths error paths incl. 42501 ×3, 55P03, 57014 (apply; metadata under statement_timeout), row_security, unpopulated matview; $c7_errors errors inspected on a server with RUST_BACKTRACE=1; oid → 0A000, partition → 42809, unwatch → 3F000"
if [ ${#c7_why[@]} -eq 0 ]; then
  ok error_hygiene "$c7_detail"
else
  fail error_hygiene "${#c7_why[@]} problem(s) [$c7_detail]"
  printf '    %s\n' "${c7_why[@]:0:30}"
fi
echo "  (all checks took $(( $(date +%s) - start ))s)"

echo "security: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
