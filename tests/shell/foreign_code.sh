#!/usr/bin/env bash
# Reading a table can run its owner's code as the reader: an index predicate or
# expression (the planner folds an IMMUTABLE function of constants), a row security
# policy. Such a table is never sampled: it is judged by names, with a NOTICE, and no
# planted function runs as the caller. A control query shows the hazard is real.
set -euo pipefail
db=psh_foreign_code
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS psh_fc_owner" -c "DROP ROLE IF EXISTS psh_fc_reader"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS psh_fc_owner" -c "DROP ROLE IF EXISTS psh_fc_reader" >/dev/null 2>&1 || true' EXIT
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" -c "CREATE ROLE psh_fc_owner" -c "CREATE ROLE psh_fc_reader"
psql -X -q -v ON_ERROR_STOP=1 -d $db <<'SQL'
CREATE EXTENSION pg_sequin_hasura;
-- a trace that even an IMMUTABLE function can leave
CREATE SEQUENCE public.ran_index; CREATE SEQUENCE public.ran_policy;
GRANT USAGE, SELECT ON SEQUENCE public.ran_index, public.ran_policy TO PUBLIC;
CREATE SCHEMA s AUTHORIZATION psh_fc_owner;
GRANT USAGE ON SCHEMA s TO psh_fc_reader;
SET ROLE psh_fc_owner;
CREATE FUNCTION s.planted(x int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $f$
BEGIN PERFORM pg_catalog.nextval('public.ran_index'); RETURN true; END $f$;
CREATE FUNCTION s.policy() RETURNS boolean LANGUAGE plpgsql STABLE AS $f$
BEGIN PERFORM pg_catalog.nextval('public.ran_policy'); RETURN true; END $f$;
CREATE TABLE s.account (id text PRIMARY KEY);
CREATE TABLE s.contact (id text PRIMARY KEY, account_id text);
CREATE TABLE s.deal (id text PRIMARY KEY, account_id text);
INSERT INTO s.account SELECT 'a' || g FROM generate_series(1, 20) g;
INSERT INTO s.contact SELECT 'c' || g, 'a' || (g % 20 + 1) FROM generate_series(1, 40) g;
INSERT INTO s.deal SELECT 'd' || g, 'a' || (g % 20 + 1) FROM generate_series(1, 40) g;
CREATE INDEX contact_planted ON s.contact (account_id) WHERE s.planted(1);
ALTER TABLE s.deal ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON s.deal TO PUBLIC USING (s.policy());
GRANT SELECT ON ALL TABLES IN SCHEMA s TO psh_fc_reader;
RESET ROLE;
ANALYZE s.account, s.contact, s.deal;
SQL
ran() { psql -X -At -d $db -c "SELECT (SELECT last_value * is_called::int FROM public.ran_index) || ',' || (SELECT last_value * is_called::int FROM public.ran_policy)"; }
psql -X -q -d $db -c "SELECT setval('public.ran_index', 1, false), setval('public.ran_policy', 1, false)" >/dev/null
# the extension, as a superuser and as a reader subject to the policy
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db -c "SELECT count(*) FROM sequin_hasura_suggest_relationships('s')" \
  -c "SET ROLE psh_fc_reader" -c "SELECT count(*) FROM sequin_hasura_suggest_relationships('s')" 2>&1)
echo "$out"
[ "$(ran)" = "0,0" ] || { echo "planted code ran during our calls (index,policy): $(ran)"; exit 1; }
grep -q "table s.contact is judged by names alone" <<<"$out"
grep -q "table s.deal is judged by names alone" <<<"$out"
# still related by names
[ "$(psql -X -At -d $db -c "SELECT count(*) FROM sequin_hasura_suggest_relationships('s') WHERE from_table IN ('contact', 'deal') AND kind = 'object'" 2>/dev/null)" = 2 ]
# control: reading those tables the ordinary way does run the owner's code as the reader
psql -X -q -d $db -c "SET ROLE psh_fc_reader" -c "SELECT count(*) FROM s.deal" -c "SELECT count(*) FROM s.contact WHERE account_id = 'a1'" >/dev/null
control=$(ran)
echo "control (ordinary reads), calls of index,policy: $control"
[ "${control#*,}" != 0 ]
echo "foreign_code: 0 planted calls from our reads (index predicate, policy; superuser and reader); names still relate both tables"
