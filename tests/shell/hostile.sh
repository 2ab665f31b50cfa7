#!/usr/bin/env bash
# Hostile identifiers end to end, with the extension in its own schema that is not
# on the caller's search_path: mixed case, spaces, quotes, reserved words, unicode,
# 63-byte names, __typename, leading digits and injection payloads give a
# strict-valid document, and the DDL functions create exactly the objects named,
# injecting nothing.
set -euo pipefail
db=psh_hostile
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db <<'SQL'
CREATE SCHEMA ext;
CREATE EXTENSION pg_sequin_hasura SCHEMA ext;
CREATE SCHEMA "Sales Force";
CREATE TABLE "Sales Force"."Order" (id text PRIMARY KEY, "user id" varchar, "select" text, "Account_ID" text, "__typename" text, "1st" text);
CREATE TABLE "Sales Force".account (id text PRIMARY KEY, "order" text, "naïve café" text);
CREATE TABLE "Sales Force"."x""; DROP TABLE canary; --" (id text PRIMARY KEY, account_id text, "x'); DROP TABLE canary; --_id" text);
CREATE TABLE "Sales Force".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id text PRIMARY KEY, account_id text);
CREATE TABLE "Sales Force"."User" (id text PRIMARY KEY, "Order_id" text);
CREATE TABLE "Sales Force"."user" (id text PRIMARY KEY, order_id text);
CREATE TABLE "Sales Force"."associations_account_Order" (account_id text, "Order_id" text, labels text[]);
CREATE TABLE public.canary (id int);
CREATE TABLE public."Sales Force_account" (id text PRIMARY KEY);
INSERT INTO "Sales Force".account VALUES ('a1', 'o', 'c'), ('a2', 'o', 'c');
INSERT INTO "Sales Force"."Order" VALUES ('o1', '12', 's', 'a1', 't', 'f'), ('o2', 'x', 's', 'a2', 't', 'f');
CREATE ROLE psh_hostile_caller;
GRANT USAGE ON SCHEMA ext, "Sales Force" TO psh_hostile_caller;
GRANT SELECT ON ALL TABLES IN SCHEMA "Sales Force", public TO psh_hostile_caller;
SQL
# a caller whose search_path has neither the extension's schema nor public
psql -X -q -At -v ON_ERROR_STOP=1 -d $db -c "SET ROLE psh_hostile_caller" -c "SET search_path = pg_catalog" \
  -c "SELECT ext.sequin_hasura_metadata('Sales Force', '{\"include_schemas\": [\"public\"], \"min_confidence\": 0}')" > "$out/hostile.json"
if [ -f ../shared/hasura/validate_metadata.py ]; then
  python3 ../shared/hasura/validate_metadata.py ../shared/hasura/metadata.openapi.json "$out/hostile.json" --strict
fi
# DDL with hostile names creates exactly what it is told to
psql -X -q -At -v ON_ERROR_STOP=1 -d $db <<'SQL'
SET search_path = pg_catalog;
SELECT ext.sequin_hasura_create_cast_column('"Sales Force"."Order"', 'user id', 'int4', 'x"; DROP TABLE public.canary; --');
SELECT ext.sequin_hasura_create_cast_view('"Sales Force"."Order"', 'user id', 'int8', 'v''); DROP TABLE public.canary; --');
SELECT ext.sequin_hasura_create_join_view('"Sales Force"."associations_account_Order"', 'select');
SQL
check=$(psql -X -At -d $db <<'SQL'
SELECT to_regclass('public.canary') IS NOT NULL;
SELECT string_agg(_u::text, ',' ORDER BY id) FROM (SELECT id, "x""; DROP TABLE public.canary; --" AS _u FROM "Sales Force"."Order") s;
SELECT count(*) FROM "Sales Force"."v'); DROP TABLE public.canary; --";
SELECT count(*) FROM "Sales Force"."select";
SQL
)
echo "$check"
[ "$check" = $'t\n12\n2\n0' ]
# injection payloads in option values and arguments are data, not SQL
for bad in "'{\"lock_timeout\": \"1s; DROP TABLE public.canary\"}'" "'{\"schema\": \"x\\\"; DROP TABLE public.canary; --\"}'"; do
  if psql -X -q -d $db -c "SELECT ext.sequin_hasura_create_cast_view('\"Sales Force\".account', 'order', 'int4', NULL, $bad)" 2>/dev/null; then
    echo "accepted $bad"; exit 1
  fi
done
[ "$(psql -X -At -d $db -c "SELECT to_regclass('public.canary') IS NOT NULL")" = t ]
psql -X -q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE psh_hostile_caller"
echo "hostile: strict-valid document, exact objects, no injection, extension off the search_path"
