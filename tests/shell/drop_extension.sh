#!/usr/bin/env bash
# Objects we create do not depend on the extension: DROP EXTENSION (no CASCADE)
# succeeds and leaves cast columns and views working, dirty values included. Before
# that, the metadata relating salesforce.contact to public.users through _user_id,
# with the join view tracked, passes Hasura's validator strictly.
set -euo pipefail
db=psh_drop
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
for f in tests/fixtures/hubspot.sql tests/fixtures/salesforce.sql; do psql -X -q -v ON_ERROR_STOP=1 -d $db -f $f >/dev/null; done
psql -X -q -v ON_ERROR_STOP=1 -d $db <<'SQL'
CREATE EXTENSION pg_sequin_hasura;
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4');
CREATE SCHEMA hasura_views;
SELECT sequin_hasura_create_cast_view('salesforce.contact', 'user_id', 'int8', options => '{"schema": "hasura_views"}');
SELECT sequin_hasura_create_join_view('hubspot.associations_contact_deal');
SQL
psql -X -At -v ON_ERROR_STOP=1 -d $db -c "SELECT sequin_hasura_metadata('salesforce', '{\"include_schemas\": [\"public\", \"hasura_views\"]}')" > "$out/drop_salesforce.json"
psql -X -At -v ON_ERROR_STOP=1 -d $db -c "SELECT sequin_hasura_metadata('hubspot')" > "$out/drop_hubspot.json"
python3 - "$out/drop_salesforce.json" "$out/drop_hubspot.json" <<'PY'
import json, sys
sf, hs = (json.load(open(p))["sources"][0]["tables"] for p in sys.argv[1:3])
def table(tables, schema, name):
    return next(t for t in tables if t["table"] == {"schema": schema, "name": name})
def rels(t):
    return {r["name"]: r["using"]["manual_configuration"] for k in ("object_relationships", "array_relationships") for r in t.get(k, [])}
contact = rels(table(sf, "salesforce", "contact"))
assert contact["user"]["column_mapping"] == {"_user_id": "id"}, contact["user"]
assert contact["user"]["remote_table"] == {"schema": "public", "name": "users"}
users = rels(table(sf, "public", "users"))
assert users["salesforce_contacts"]["column_mapping"] == {"id": "_user_id"}, users
view = rels(table(sf, "hasura_views", "contact_user_id_int8"))
assert view["contact"]["column_mapping"] == {"id": "id"} and view["user"]["column_mapping"] == {"_user_id": "id"}, view
jv = rels(table(hs, "hubspot", "contacts_and_deals"))
assert jv["contact"]["column_mapping"] == {"contact_id": "id"} and jv["deal"]["column_mapping"] == {"deal_id": "id"}, jv
assert "contacts_and_deals" in rels(table(hs, "hubspot", "contact"))
print("metadata relates contact -> users through _user_id, and tracks the cast and join views")
PY
if [ -f ../shared/hasura/validate_metadata.py ]; then
  for f in drop_salesforce drop_hubspot; do
    python3 ../shared/hasura/validate_metadata.py ../shared/hasura/metadata.openapi.json "$out/$f.json" --strict
  done
fi
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "DROP EXTENSION pg_sequin_hasura"
result=$(psql -X -q -At -v ON_ERROR_STOP=1 -d $db <<'SQL'
INSERT INTO salesforce.contact (id, user_id) VALUES ('after1', 'not a number'), ('after2', '7'), ('after3', '12345678901');
SELECT string_agg(id || '=' || coalesce(_user_id::text, 'null'), ',' ORDER BY id) FROM salesforce.contact WHERE id LIKE 'after%';
SELECT string_agg(id || '=' || coalesce(_user_id::text, 'null'), ',' ORDER BY id) FROM hasura_views.contact_user_id_int8 WHERE id LIKE 'after%';
SELECT count(*) > 0 FROM hubspot.contacts_and_deals;
SQL
)
echo "$result"
[ "$result" = $'after1=null,after2=7,after3=null\nafter1=null,after2=7,after3=12345678901\nt' ]
echo "drop_extension: cast column and views work without the extension"
