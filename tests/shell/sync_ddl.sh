#!/usr/bin/env bash
# The sync's own DDL always succeeds (review H5): for every kind of object we create
# (cast column, cast view, join view) and every DDL a sync runs on its tables, the
# statement succeeds; afterwards our object is back (or pending and flagged) and the
# metadata is still valid. Prints one line per (DDL × object) scenario.
set -euo pipefail
db=psh_sync_ddl
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
mkdir -p "$out"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
q() { psql -X -At -v ON_ERROR_STOP=1 -d $db "$@"; }
setup() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  q -q <<'SQL' >/dev/null
CREATE EXTENSION pg_sequin_hasura;
CREATE SCHEMA hubspot;
CREATE TABLE hubspot._sync_meta (x int);
CREATE TABLE hubspot.company (id text PRIMARY KEY, name text, owner_id varchar);
CREATE TABLE hubspot.contact (id text PRIMARY KEY, email text, firstname text, user_id varchar);
CREATE TABLE hubspot.associations_company_contact (company_id text, contact_id text, labels text[]);
CREATE TABLE public.users (id int4 PRIMARY KEY);
INSERT INTO public.users SELECT g FROM generate_series(1, 5) g;
INSERT INTO hubspot.company VALUES ('co1', 'Acme', '1');
INSERT INTO hubspot.contact VALUES ('c1', 'a@acme.example', 'Ann', '2'), ('c2', 'b@acme.example', 'Bob', 'x');
INSERT INTO hubspot.associations_company_contact VALUES ('co1', 'c1', '{}');
SELECT sequin_hasura_create_cast_column('hubspot.contact', 'user_id', 'int4');
SELECT sequin_hasura_create_cast_view('hubspot.company', 'owner_id', 'int4');
SELECT sequin_hasura_create_join_view('hubspot.associations_company_contact');
SQL
}
# what of ours exists: cast column, cast view, join view (t/f each), and what is pending
ours() {
  q -c "SELECT (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hubspot' AND table_name = 'contact' AND column_name = '_user_id')::text
       || (SELECT count(*) FROM pg_views WHERE schemaname = 'hubspot' AND viewname = 'company_owner_id_int4')::text
       || (SELECT count(*) FROM pg_views WHERE schemaname = 'hubspot' AND viewname = 'companies_and_contacts')::text
       || '/' || (SELECT count(*) FROM _sequin_hasura.pending)"
}
valid() {
  q -c "SELECT sequin_hasura_metadata('hubspot', '{\"include_schemas\": [\"public\"]}')" > "$out/sync_ddl.json" 2>/dev/null
  if [ -f ../shared/hasura/validate_metadata.py ]; then
    python3 ../shared/hasura/validate_metadata.py ../shared/hasura/metadata.openapi.json "$out/sync_ddl.json" --strict >/dev/null 2>&1 && echo valid || echo INVALID
  else
    python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$out/sync_ddl.json" && echo valid
  fi
}
passed=0; failed=0
scenario() { # name, expected "ours" after, then the DDL (one psql -c per statement)
  local name=$1 expect=$2; shift 2
  setup
  local before; before=$(ours)
  local args=() s
  for s in "$@"; do args+=(-c "$s"); done
  local result
  if result=$(q "${args[@]}" 2>&1); then
    local after v; after=$(ours); v=$(valid)
    if [ "$after" = "$expect" ] && [ "$v" = valid ]; then
      echo "ok   $name: DDL succeeded; ours before $before, after $after; metadata $v"; passed=$((passed + 1))
    else
      echo "FAIL $name: DDL succeeded; ours before $before, after $after (expected $expect); metadata $v"; failed=$((failed + 1))
    fi
  else
    echo "FAIL $name: the DDL failed: $(tr '\n' ' ' <<<"$result" | cut -c1-300)"; failed=$((failed + 1))
  fi
}
# ours = cast column, cast view, join view present (1/0), then pending count
scenario "retype source column varchar -> varchar(50)" "111/0" "ALTER TABLE hubspot.contact ALTER COLUMN user_id TYPE varchar(50)"
scenario "retype source column varchar -> text" "111/0" "ALTER TABLE hubspot.contact ALTER COLUMN user_id TYPE text"
scenario "retype text -> varchar(255) (join view side column)" "111/0" "ALTER TABLE hubspot.contact ALTER COLUMN email TYPE varchar(255)"
scenario "retype a key (company.id)" "111/0" "ALTER TABLE hubspot.company ALTER COLUMN id TYPE varchar"
scenario "drop the cast column's source" "011/1" "ALTER TABLE hubspot.contact DROP COLUMN user_id"
scenario "drop a side's shown column" "110/1" "ALTER TABLE hubspot.contact DROP COLUMN email"
scenario "drop the join table's attribute" "110/1" "ALTER TABLE hubspot.associations_company_contact DROP COLUMN labels"
scenario "drop and re-create a side (resync)" "111/0" \
  "DROP TABLE hubspot.contact" "CREATE TABLE hubspot.contact (id text PRIMARY KEY, email text, firstname text, user_id varchar)"
scenario "drop and re-create the cast view's table" "111/0" \
  "DROP TABLE hubspot.company" "CREATE TABLE hubspot.company (id text PRIMARY KEY, name text, owner_id varchar)"
scenario "drop and re-create the join table" "111/0" \
  "DROP TABLE hubspot.associations_company_contact" "CREATE TABLE hubspot.associations_company_contact (company_id text, contact_id text, labels text[])"
# the staging leftover (contact_old) keeps a pending entry for its own cast column
scenario "rename swap of a staging table" "111/1" \
  "CREATE TABLE hubspot.contact_new (id text PRIMARY KEY, email text, firstname text, user_id varchar)" \
  "ALTER TABLE hubspot.contact RENAME TO contact_old" "ALTER TABLE hubspot.contact_new RENAME TO contact" "DROP TABLE hubspot.contact_old"
scenario "drop a table for good (object un-synced)" "010/2" "DROP TABLE hubspot.contact"
scenario "truncate" "111/0" "TRUNCATE hubspot.contact, hubspot.company, hubspot.associations_company_contact"
scenario "add a column (the common case)" "111/0" "ALTER TABLE hubspot.contact ADD COLUMN phone text"
scenario "create table (like) + insert select *" "111/0" \
  "CREATE TABLE hubspot.contact_stage (LIKE hubspot.contact)" \
  "INSERT INTO hubspot.contact_stage (id, email) VALUES ('c9', 'z@x.example')" \
  "INSERT INTO hubspot.contact SELECT * FROM hubspot.contact_stage" "DROP TABLE hubspot.contact_stage"
echo "sync_ddl: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
