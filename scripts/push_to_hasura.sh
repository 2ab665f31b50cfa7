#!/usr/bin/env bash
# Push the relationships of one synced schema into a living Hasura project, keeping
# everything else it has: export_metadata -> merge (sequin_hasura_metadata with
# merge_into) -> replace_metadata carrying the export's resource_version, so a change
# made in between is refused (409: run it again) instead of lost.
# PUSH_FORMAT=bulk_keep_going sends only the calls the project needs instead.
# Needs psql (connection from PG* variables) and curl.
#   HASURA_URL=http://localhost:8080 HASURA_GRAPHQL_ADMIN_SECRET=... \
#     bash push_to_hasura.sh hubspot '{"source": "default"}'
set -euo pipefail
schema=${1:?usage: push_to_hasura.sh SCHEMA [OPTIONS_JSON]}
options=${2:-"{}"}
format=${PUSH_FORMAT:-replace_metadata}
case $format in replace_metadata | bulk_keep_going) ;;
  *) echo "push_to_hasura: PUSH_FORMAT must be replace_metadata or bulk_keep_going" >&2; exit 2 ;;
esac
: "${HASURA_URL:?set HASURA_URL, e.g. http://localhost:8080}"
: "${HASURA_GRAPHQL_ADMIN_SECRET:?set HASURA_GRAPHQL_ADMIN_SECRET}"
umask 077
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# the secret goes in a header file, never on a command line others can read
printf 'X-Hasura-Admin-Secret: %s\nContent-Type: application/json\n' \
  "$HASURA_GRAPHQL_ADMIN_SECRET" > "$dir/headers"
hasura() { # hasura REQUEST_FILE ANSWER_FILE: Hasura's error shown when it refuses
  curl -sS --fail-with-body -H "@$dir/headers" --data-binary "@$1" \
    "$HASURA_URL/v1/metadata" > "$2" || { cat "$2" >&2; echo >&2; return 1; }
}
echo '{"type": "export_metadata", "version": 2, "args": {}}' > "$dir/export_request.json"
hasura "$dir/export_request.json" "$dir/export.json"
# the export (database URLs, secrets) is read from a file, never put in SQL text a
# server log or pg_stat_activity would show
export PUSH_EXPORT="$dir/export.json"
psql -X -q -At -v ON_ERROR_STOP=1 -v schema="$schema" -v options="$options" \
  -v format="$format" > "$dir/request.json" <<'SQL'
CREATE TEMP TABLE push_export (n serial, line text);
\copy push_export (line) FROM PROGRAM 'cat "$PUSH_EXPORT"' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
SELECT CASE WHEN d->'args' = '[]'::jsonb THEN 'nothing to send' ELSE d::text END
FROM (SELECT sequin_hasura_metadata(:'schema', :'options'::jsonb
        || jsonb_build_object('format', :'format', 'merge_into',
             (SELECT string_agg(line, E'\n' ORDER BY n) FROM push_export)::jsonb)) AS d) AS request;
SQL
if [ "$(cat "$dir/request.json")" = "nothing to send" ]; then
  echo "push_to_hasura: nothing to send, the project has every relationship already"
  exit 0
fi
hasura "$dir/request.json" "$dir/answer.json"
cat "$dir/answer.json"; echo
# bulk_keep_going answers 200 with each call's own result: any error is a failure
if [ "$format" = bulk_keep_going ] && grep -q '"error"' "$dir/answer.json"; then
  echo "push_to_hasura: some calls failed (above); the others were applied" >&2
  exit 1
fi
