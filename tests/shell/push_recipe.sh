#!/usr/bin/env bash
# The README's push recipe (scripts/push_to_hasura.sh, which the README shows
# verbatim) against a stand-in for Hasura's metadata API (tests/fake_hasura.py)
# holding the realistic project of tests/hasura/project_export.json: the push keeps
# everything the project had and adds ours; the incremental push (each call applied by
# the stand-in) reaches the same project; a second push has nothing to send; one
# failed call is reported as a failure with the others applied; a project changed
# between export and replace is refused (409), not overwritten; a wrong admin secret
# changes nothing; neither the secret nor the export is ever on a command line.
set -euo pipefail
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}/push_recipe
rm -rf "$out" && mkdir -p "$out"
export PGDATABASE=regress
fail() { echo "FAILED: $*"; exit 1; }

# the README carries the script itself, so what users paste is what is tested here
python3 - <<'PY' || fail "README.md does not show scripts/push_to_hasura.sh verbatim"
import sys
script = open("scripts/push_to_hasura.sh").read()
sys.exit(0 if "```bash\n" + script + "```" in open("README.md").read() else 1)
PY

start() { # start STATE [--race]
  rm -f "$out/port"
  # shellcheck disable=SC2086 # the options are words
  python3 tests/fake_hasura.py "$out/port" "$1" s3cret ${2:-} & server=$!
  for _ in $(seq 50); do [ -s "$out/port" ] && break; sleep 0.1; done
  export HASURA_URL="http://127.0.0.1:$(cat "$out/port")"
}
stop() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
trap stop EXIT

cp tests/hasura/project_export.json "$out/state.json"
start "$out/state.json"
HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/push1.txt" \
  || fail "first push: $(cat "$out/push1.txt")"
grep -q success "$out/push1.txt" || fail "first push: $(cat "$out/push1.txt")"
python3 - "$out/state.json" <<'PY' || fail "the pushed project lost something or lacks ours"
import json, sys
before = json.load(open("tests/hasura/project_export.json"))["metadata"]
after = json.load(open(sys.argv[1]))
assert after["resource_version"] == 58, after["resource_version"]
m = after["metadata"]
for key in before:
    if key != "sources":
        assert m[key] == before[key], key
assert m["sources"][1] == before["sources"][1]
tables = {(t["table"]["schema"], t["table"]["name"]): t for t in m["sources"][0]["tables"]}
for t in before["sources"][0]["tables"]:
    mine = tables[(t["table"]["schema"], t["table"]["name"])]
    for k, v in t.items():
        if k.endswith("_relationships"):
            assert all(r in mine[k] for r in v), (t["table"], k)
        elif k != "configuration":
            assert mine[k] == v, (t["table"], k)
assert ("hubspot", "associations_contact_deal") in tables
print("pushed: %d tables in source default, resource_version %d" % (len(tables), after["resource_version"]))
PY
grep -q s3cret "$out/state.json.log" && fail "the admin secret reached a request body"
PUSH_FORMAT=bulk_keep_going HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/push2.txt"
grep -q "nothing to send" "$out/push2.txt" || fail "second push sent something: $(cat "$out/push2.txt")"
# the incremental push reaches the same project as the replace (the calls applied one by one)
cp "$out/state.json" "$out/after_replace.json"
stop
cp tests/hasura/project_export.json "$out/incremental.json"
start "$out/incremental.json"
PUSH_FORMAT=bulk_keep_going HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/incremental.txt" \
  || fail "incremental push: $(cat "$out/incremental.txt")"
python3 - "$out/after_replace.json" "$out/incremental.json" <<'PY' || fail "bulk_keep_going and replace_metadata reach different projects"
import json, sys
a, b = (json.dumps(json.load(open(p))["metadata"], sort_keys=True) for p in sys.argv[1:])
sys.exit(0 if a == b else 1)
PY
# a failing call is reported as a failure, the others applied
stop
cp tests/hasura/project_export.json "$out/incremental.json"
start "$out/incremental.json" "--fail-first pg_create_array_relationship"
if PUSH_FORMAT=bulk_keep_going HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/partial.txt" 2>&1; then
  fail "a push with a failed call reported success: $(cat "$out/partial.txt")"
fi
grep -q "some calls failed" "$out/partial.txt" || fail "no partial-failure message: $(cat "$out/partial.txt")"
python3 -c "
import json, sys
m = json.load(open('$out/incremental.json'))['metadata']
sys.exit(0 if any(t['table']['name'] == 'associations_contact_deal' for t in m['sources'][0]['tables']) else 1)" \
  || fail "after one failed call the others were not applied"
stop
start "$out/state.json"

# pushing again replaces the project with itself: the same metadata, a new resource_version
python3 -c "import json; print(json.dumps(json.load(open('$out/state.json'))['metadata'], sort_keys=True))" > "$out/before3.json"
HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/push3.txt" || fail "re-push"
python3 -c "import json; print(json.dumps(json.load(open('$out/state.json'))['metadata'], sort_keys=True))" > "$out/after3.json"
cmp -s "$out/before3.json" "$out/after3.json" || fail "pushing twice changed the project"

# the admin secret never appears on a command line: record every curl and psql argv
mkdir -p "$out/shim"
for tool in curl psql; do
  printf '#!/bin/sh\nprintf "%%s\\n" "$0 $*" >> "%s/argv.log"\nexec %s "$@"\n' "$out" "$(command -v $tool)" > "$out/shim/$tool"
  chmod +x "$out/shim/$tool"
done
PATH="$out/shim:$PATH" HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/shim.txt" || fail "push through the shims"
[ -s "$out/argv.log" ] || fail "the shims recorded nothing"
grep -q s3cret "$out/argv.log" && fail "the admin secret was on a command line"
grep -q PG_DATABASE_URL "$out/argv.log" && fail "the export was on a command line"
stop

# the project changes between export and replace: Hasura's 409, nothing overwritten
cp tests/hasura/project_export.json "$out/race.json"
start "$out/race.json" --race
if HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/race.txt" 2>&1; then
  fail "a push over a changed project succeeded: $(cat "$out/race.txt")"
fi
grep -q "did not match" "$out/race.txt" || fail "no 409 shown: $(cat "$out/race.txt")"
python3 -c "
import json, sys
s = json.load(open('$out/race.json'))
sys.exit(0 if s['metadata'] == json.load(open('tests/hasura/project_export.json'))['metadata'] else 1)" \
  || fail "the changed project was overwritten"
stop

# a wrong secret: refused, nothing sent beyond the export attempt
cp tests/hasura/project_export.json "$out/secret.json"
start "$out/secret.json"
if HASURA_GRAPHQL_ADMIN_SECRET=wrong bash scripts/push_to_hasura.sh hubspot > "$out/secret.txt" 2>&1; then
  fail "a wrong secret was accepted"
fi
[ "$(wc -l < "$out/secret.json.log")" = 1 ] || fail "requests after a refused export"
# unset variables: a clear message, nothing sent
if env -u HASURA_URL HASURA_GRAPHQL_ADMIN_SECRET=s3cret bash scripts/push_to_hasura.sh hubspot > "$out/unset.txt" 2>&1; then
  fail "ran without HASURA_URL"
fi
grep -q "set HASURA_URL" "$out/unset.txt" || fail "no message without HASURA_URL: $(cat "$out/unset.txt")"
echo "push recipe: pushed, re-push empty, 409 on a changed project, wrong secret refused"
