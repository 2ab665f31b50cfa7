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
