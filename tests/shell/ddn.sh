#!/usr/bin/env bash
# format "ddn" end to end: the HubSpot sample's relationships as OpenDD documents,
# by the DDN CLI's naming convention and with names taken from a subgraph
# (tests/ddn/hubspot_subgraph.hml, passed as {path: hml text}); every file passes
# ../shared/hasura/validate_opendd.py and tests/ddn_check.py's reference checks
# (every type, model and field named exists in the subgraph; no clash with a field).
set -euo pipefail
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}/ddn
rm -rf "$out" && mkdir -p "$out"
export PGDATABASE=regress
if [ ! -f ../shared/hasura/validate_opendd.py ]; then echo "ddn: ../shared/hasura not present, skipped"; exit 0; fi
python3 -c "import yaml, jsonschema" 2>/dev/null || pip install -q jsonschema PyYAML
psql -X -q -At -v ON_ERROR_STOP=1 -c "SELECT sequin_hasura_metadata('hubspot', '{\"format\": \"ddn\"}')" > "$out/convention.json"
python3 tests/ddn_check.py "$out/convention.json"
python3 -c "import json; print(json.dumps({'app/metadata/hubspot.hml': open('tests/ddn/hubspot_subgraph.hml').read()}))" > "$out/subgraph.json"
export PSH_SUBGRAPH="$out/subgraph.json"
psql -X -q -At -v ON_ERROR_STOP=1 > "$out/from_subgraph.json" <<'SQL'
\set subgraph `cat "$PSH_SUBGRAPH"`
SELECT sequin_hasura_metadata('hubspot', jsonb_build_object('format', 'ddn', 'ddn_subgraph', :'subgraph'::jsonb));
SQL
python3 tests/ddn_check.py "$out/from_subgraph.json" --subgraph "$out/subgraph.json"
python3 - "$out/convention.json" "$out/from_subgraph.json" <<'PY'
import json, sys
conv, sub = (json.load(open(p)) for p in sys.argv[1:])
assert conv and all(p.startswith("metadata/pg_sequin_hasura/") and p.endswith(".hml") for p in conv), list(conv)
assert "sourceType: HubspotContact" in conv["metadata/pg_sequin_hasura/HubspotContactRelationships.hml"]
# the subgraph renames hubspot.owner's model and a contact field: its names win
text = "".join(sub.values())
assert "name: Owner" in text and "fieldName: ownerId" in text, text[:2000]
print("ddn: %d files by convention, %d from the subgraph" % (len(conv), len(sub)))
PY
