-- The three output formats carry the same tables and relationships.
SELECT d->>'type' AS type, (d->>'version')::int AS version,
       jsonb_array_length(d->'args'->'metadata'->'sources'->0->'tables') AS tables
FROM sequin_hasura_metadata('hubspot', '{"format": "replace_metadata"}') d;
SELECT call->>'type' AS call, count(*)
FROM jsonb_array_elements(sequin_hasura_metadata('hubspot', '{"format": "bulk", "source": "crm"}')->'args') call
GROUP BY 1 ORDER BY 1;
SELECT sequin_hasura_metadata('hubspot', '{"source": "crm", "database_url_env": "CRM_DB_URL"}')->'sources'->0->'configuration';
-- the same call twice gives byte-identical output
SELECT sequin_hasura_metadata('hubspot')::text = sequin_hasura_metadata('hubspot')::text AS deterministic;
-- Merging into a project's export: what is not ours stays, and the request carries
-- the export's resource_version.
SELECT d->'resource_version' AS resource_version,
       d->'args'->'metadata'->'actions' AS actions,
       jsonb_array_length(d->'args'->'metadata'->'sources') AS sources
FROM sequin_hasura_metadata('hubspot', '{"format": "replace_metadata", "merge_into": {"resource_version": 12, "metadata": {"version": 3, "sources": [{"name": "other", "kind": "postgres", "configuration": {"connection_info": {"database_url": "postgres://o"}}, "tables": []}], "actions": [{"name": "a", "definition": {"handler": "http://h"}}]}}}') d;
-- The incremental request: from an empty source, one pg_track_tables and the
-- relationships; against its own result, nothing.
SELECT call->>'type' AS call, count(*)
FROM jsonb_array_elements(sequin_hasura_metadata('hubspot', '{"format": "bulk_keep_going"}')->'args') call
GROUP BY 1 ORDER BY 1;
SELECT call->>'type' AS call, count(*)
FROM jsonb_array_elements(sequin_hasura_metadata('hubspot', '{"format": "bulk_keep_going", "track_tables_in_one_call": false}')->'args') call
GROUP BY 1 ORDER BY 1;
SELECT sequin_hasura_metadata('hubspot', jsonb_build_object('format', 'bulk_keep_going',
         'merge_into', sequin_hasura_metadata('hubspot', '{"merge_into": {"version": 3, "sources": [{"name": "default", "tables": []}]}}'))) AS nothing_to_send;
-- bad delivery options
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": [1]}');
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": {"metadata": "x"}}');
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": {"version": 3, "sources": {"default": {}}}}');
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": {"version": 3, "sources": [{"name": "default", "tables": "x"}]}}');
SELECT sequin_hasura_metadata('hubspot', '{"track_tables_in_one_call": true}');
SELECT sequin_hasura_metadata('hubspot', '{"ddn_subgraph": []}');
SELECT sequin_hasura_metadata('hubspot', '{"format": "ddn", "merge_into": {"sources": []}}');
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": {"version": 2, "tables": []}}');
SELECT sequin_hasura_metadata('hubspot', '{"merge_into": {"version": 3, "sources": [{"name": "default", "tables": [{"table": 5}]}]}}');
