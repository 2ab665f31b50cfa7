-- The suggestions behind the documents, one row per direction.
SELECT from_table, from_columns, kind, name, to_schema || '.' || to_table AS target, to_columns,
       confidence, "cast", runner_up
FROM sequin_hasura_suggest_relationships('hubspot')
ORDER BY from_schema, from_table, kind, name;
SELECT from_table, from_columns, kind, name, to_schema || '.' || to_table AS target, to_columns,
       confidence, "cast", runner_up
FROM sequin_hasura_suggest_relationships('salesforce', '{"include_schemas": ["public"], "min_confidence": 0}')
ORDER BY from_schema, from_table, kind, name;
-- evidence is jsonb: the rules that fired
SELECT evidence FROM sequin_hasura_suggest_relationships('salesforce')
WHERE from_table = 'lead' AND from_columns = '{converted_account_id}';
