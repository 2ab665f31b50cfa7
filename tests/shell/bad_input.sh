#!/usr/bin/env bash
# Bad input to every function: each call either works or raises a clear error with
# a SQLSTATE of the right class (never XX000, never a crashed backend, never a
# half-applied change); and the privilege rules of the install: nothing user-facing
# is SECURITY DEFINER, every SECURITY DEFINER function pins search_path, and the
# install script never uses CREATE OR REPLACE.
set -euo pipefail
db=psh_bad_input
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db -f tests/fixtures/hubspot.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "CREATE EXTENSION pg_sequin_hasura" -c "CREATE ROLE psh_stranger"
report=$(psql -X -q -At -v ON_ERROR_STOP=1 -d $db 2>&1 <<'SQL'
CREATE TEMP TABLE tried (call text, sqlstate text, message text);
-- run one call and record how it ended; with undo, roll back whatever it created
CREATE FUNCTION pg_temp.try(call text, undo boolean) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE st text := '00000'; msg text := '';
BEGIN
  BEGIN
    EXECUTE call;
    IF undo THEN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo'; END IF;
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    IF msg = 'undo' THEN st := '00000'; msg := ''; END IF;
  END;
  INSERT INTO tried VALUES (call, st, msg);
END $f$;
DO $$
DECLARE
  schemas text[] := ARRAY['NULL', '''''', '''hubspt''', '''HUBSPOT''', '''hubspot''', '''pg_catalog''',
                          '''x"; DROP TABLE hubspot.contact; --''', '''' || repeat('s', 100) || ''''];
  options text[] := ARRAY['NULL', '''{}''', '''[]''', '''"text"''', '''{"formt": 1}''', '''{"min_confidence": -1}''',
                          '''{"min_confidence": "0.5"}''', '''{"include_schemas": [null]}''', '''{"include_schemas": ["nope"]}''',
                          '''{"format": null}''', '''{"sample_rows": 0}''', '''{"row_evidence": "no"}''',
                          '''{"source": "x''''; DROP TABLE hubspot.deal; --"}''', '''{"lock_timeout": "0"}''',
                          '''{"cast": "view", "view_schema": "nope"}''', '''{"join_views": 1}'''];
  tables text[] := ARRAY['NULL', '''hubspot.contact''', '''hubspot.nope''', '''pg_class''', '''hubspot.associations_contact_deal'''];
  columns text[] := ARRAY['NULL', '''''', '''nope''', '''associatedcompanyid''', '''id''', '''x"; --'''];
  types text[] := ARRAY['NULL', '''int4''', '''text''', '''jsonb''', '''nope''', '''numeric'''];
  s text; o text; t text; c text; ty text;
BEGIN
  FOREACH s IN ARRAY schemas LOOP
    FOREACH o IN ARRAY options LOOP
      PERFORM pg_temp.try(format('SELECT sequin_hasura_metadata(%s, %s)', s, o), false);
      PERFORM pg_temp.try(format('SELECT count(*) FROM sequin_hasura_suggest_relationships(%s, %s)', s, o), false);
      PERFORM pg_temp.try(format('SELECT count(*) FROM sequin_hasura_plan(%s, %s)', s, o), false);
      PERFORM pg_temp.try(format('SELECT count(*) FROM sequin_hasura_apply(%s, %s)', s, o), true);
    END LOOP;
    PERFORM pg_temp.try(format('SELECT sequin_hasura_watch(%s)', s), true);
    PERFORM pg_temp.try(format('SELECT sequin_hasura_unwatch(%s)', s), true);
    PERFORM pg_temp.try(format('SELECT sequin_hasura_ack(%s)', s), true);
  END LOOP;
  FOREACH t IN ARRAY tables LOOP
    FOREACH c IN ARRAY columns LOOP
      FOREACH ty IN ARRAY types LOOP
        PERFORM pg_temp.try(format('SELECT sequin_hasura_create_cast_column(%s, %s, %s)', t, c, ty), true);
        PERFORM pg_temp.try(format('SELECT sequin_hasura_create_cast_view(%s, %s, %s)', t, c, ty), true);
      END LOOP;
    END LOOP;
    FOREACH o IN ARRAY options LOOP
      PERFORM pg_temp.try(format('SELECT sequin_hasura_create_join_view(%s, NULL, %s)', t, o), true);
    END LOOP;
  END LOOP;
END $$;
SELECT 'calls ' || count(*) || ', ok ' || count(*) FILTER (WHERE sqlstate = '00000') || ', errors by SQLSTATE: '
       || (SELECT string_agg(sqlstate || '×' || n, ' ' ORDER BY sqlstate) FROM (SELECT sqlstate, count(*) n FROM tried WHERE sqlstate <> '00000' GROUP BY 1) g)
FROM tried;
SELECT 'per function: ' || string_agg(f || ' ' || n, ', ' ORDER BY f)
FROM (SELECT substring(call from 'sequin_hasura_[a-z_]+') AS f, count(*) AS n FROM tried GROUP BY 1) g;
SELECT 'internal: ' || count(*) FROM tried WHERE sqlstate LIKE 'XX%';
SELECT call || ' -> ' || sqlstate || ' ' || message FROM tried WHERE sqlstate LIKE 'XX%' LIMIT 5;
-- the install's privilege rules
SELECT 'security definer without pinned search_path: ' || count(*)
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_sequin_hasura'
WHERE p.prosecdef AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, pg_temp'];
SELECT 'user-facing security definer: ' || count(*)
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_sequin_hasura'
WHERE p.prosecdef AND p.proname LIKE 'sequin_hasura%';
SELECT 'definer functions executable by PUBLIC: ' || count(*)
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_sequin_hasura'
WHERE p.prosecdef AND has_function_privilege('psh_stranger', p.oid, 'EXECUTE');
SELECT 'fixtures intact: ' || (to_regclass('hubspot.contact') IS NOT NULL AND to_regclass('hubspot.deal') IS NOT NULL);
SQL
)
echo "$report"
grep -q "^internal: 0$" <<<"$report"
grep -q "^security definer without pinned search_path: 0$" <<<"$report"
grep -q "^user-facing security definer: 0$" <<<"$report"
grep -q "^definer functions executable by PUBLIC: 0$" <<<"$report"
grep -q "^fixtures intact: true$" <<<"$report"
# DDL needs ownership: a stranger gets Postgres's own 42501, nothing changes
set +e
out=$(psql -X -q -d $db -c "GRANT USAGE ON SCHEMA hubspot TO psh_stranger" -c "GRANT SELECT ON ALL TABLES IN SCHEMA hubspot TO psh_stranger" \
  -c "SET ROLE psh_stranger" -c "SELECT sequin_hasura_create_cast_column('hubspot.contact', 'associatedcompanyid', 'text')" 2>&1)
set -e
echo "$out"
grep -q "must be owner of table contact" <<<"$out"
# the install script: no CREATE OR REPLACE, no IF NOT EXISTS
script=$(ls "$(pg_config --sharedir)"/extension/pg_sequin_hasura--*.sql | head -1)
! grep -nE "CREATE OR REPLACE|IF NOT EXISTS" "$script"
psql -X -q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE psh_stranger"
echo "bad_input: every call worked or failed cleanly; privilege rules hold"
